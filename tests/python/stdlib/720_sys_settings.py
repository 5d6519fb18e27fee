# sys's settings that programs read back: switch interval, dlopen flags,
# coroutine origin tracking depth, displayhook, call_tracing, trace/profile.
import builtins
import sys

print(repr(sys.abiflags), sys.api_version, sys.float_repr_style, sys.platlibdir)
print(type(sys.thread_info).__name__, sys.thread_info.name, sys.thread_info.lock,
      sys.thread_info.version is None or sys.thread_info.version.startswith("NPTL"))
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError", e)
print(sys.getdlopenflags())
sys.setdlopenflags(258)
print(sys.getdlopenflags())
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(depth=3)
print(sys.get_coroutine_origin_tracking_depth())
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError", e)
sys.set_coroutine_origin_tracking_depth(0)
print(sys.gettrace(), sys.getprofile())
print(sys.call_tracing(lambda a, b=2: a + b, (1,)), sys.call_tracing(max, (3, 9, 4)))
try:
    sys.call_tracing(print, [1])
except TypeError as e:
    print("TypeError", e)
sys.displayhook(None)
print(hasattr(builtins, "_"))
sys.displayhook([1, "a"])
print(builtins._)
sys.displayhook(None)
print(builtins._)
print(sys.displayhook is sys.__displayhook__, sys.displayhook)
