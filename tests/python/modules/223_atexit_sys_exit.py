# sys.exit(3): the exit functions run, and the status is 3
import atexit
import sys


def cleanup(what):
    print("cleanup", what)


atexit.register(cleanup, "a")
atexit.register(cleanup, "b")
print("exiting")
sys.exit(3)
