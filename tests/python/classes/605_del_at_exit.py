# test: skip-asan (ASan keeps the eval loop's temporaries in its native frame, which the
# conservative stack scan reads: there a dropped object is found one collection late)
# At exit, after the atexit callbacks, __del__ runs for every object still
# alive that has one and was not finalized yet, in the order the objects
# were made (module globals here, as CPython finalizes them then). One that
# raises does not change the exit status; one finalized earlier (it
# resurrected itself) is not finalized again.
import atexit
import gc
import sys


class Resource:
    def __init__(self, name):
        self.name = name
        self.parts = [name.upper()]

    def __del__(self):
        print("closing", self.name, self.parts, "finalizing:", sys.is_finalizing())


class Broken:
    def __del__(self):
        print("Broken.__del__ raises")
        raise RuntimeError("at exit")


class Phoenix:
    def __del__(self):
        global phoenix
        phoenix = self
        print("Phoenix.__del__ (once)")


first = Resource("first")
second = Resource("second")
broken = Broken()
third = Resource("third")
alias = second
phoenix = Phoenix()
del phoenix
gc.collect()
gc.collect()
last = Resource("last")
atexit.register(lambda: print("atexit callback"))
print("end of program")
