# The printed traceback of an uncaught exception with cause, context and a suppressed context.
# stderr is redirected into stdout through a writer that strips the directory from file names.
import os
import sys
DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep
class Writer:
    def write(self, s):
        sys.stdout.write(s.replace(DIR, ""))
        return len(s)
    def flush(self):
        sys.stdout.flush()
def level_one():
    raise ValueError("root cause")
def level_two():
    try:
        level_one()
    except ValueError as e:
        raise KeyError("wrapped") from e
def level_three():
    try:
        level_two()
    except KeyError:
        raise RuntimeError("during handling")
def hidden():
    try:
        raise IndexError("hidden")
    except IndexError:
        raise TypeError("visible") from None
try:
    hidden()
except TypeError as e:
    print("caught", repr(e), e.__suppress_context__)
print("main file name is absolute:", os.path.isabs(__file__))
print("before the uncaught one")
sys.stdout.flush()
sys.stderr = Writer()
level_three()
