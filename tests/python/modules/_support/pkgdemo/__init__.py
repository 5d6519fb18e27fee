from .inner import greet
NAME = "pkgdemo"
