# atexit functions still run when the program ends with an uncaught exception
# (after its traceback), and the exit status stays 1
import atexit

atexit.register(print, "first registered, runs last")
atexit.register(lambda: print("exit function runs"))
print("main")
raise RuntimeError("uncaught")
