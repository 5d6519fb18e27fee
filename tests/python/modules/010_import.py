import sys
sys.path.insert(0, "_support")
import helper_mod
import helper_mod as again
from helper_mod import double, VALUE
print(helper_mod.VALUE, double(21), VALUE, again is helper_mod, __name__)
import pkgdemo
from pkgdemo.inner import greet
print(pkgdemo.NAME, pkgdemo.greet("x"), greet("y"))
import math
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.gcd(12, 18), math.pi)
