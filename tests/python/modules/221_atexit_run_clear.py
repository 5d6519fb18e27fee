# atexit._run_exitfuncs runs and forgets the registered functions now;
# atexit._clear forgets them without running them
import atexit


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


def fails():
    raise KeyError("k")


atexit.register(show, 1)
atexit.register(fails)
atexit.register(show, 2, x=3)
print("run:")
print(atexit._run_exitfuncs())
print("after run:", atexit._ncallbacks())
atexit._run_exitfuncs()  # nothing left to run
atexit.register(show, "cleared")
atexit._clear()
print("after clear:", atexit._ncallbacks())
atexit.register(show, "at exit")
print(atexit._ncallbacks())
print("end of main")
