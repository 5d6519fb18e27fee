import sys
def f(a, b=2):
    c = a + b
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_globals is globals(), fr.f_back.f_back.f_code.co_name
def g():
    return f(1)
print(g())
print(sys._getframe(0).f_code.co_name, sys._getframe(1).f_code.co_name if False else "")
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
def boom():
    x = 1
    raise KeyError(x)
try:
    boom()
except KeyError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, type(tb.tb_frame).__name__, tb.tb_frame.f_globals is globals())
        tb = tb.tb_next
class C:
    name = sys._getframe().f_code.co_name
    here = sorted(sys._getframe().f_locals)
print(C.name, C.here)
print(sys._getframe().f_back)
import types
print(types.FrameType, types.TracebackType, types.UnionType, types.CoroutineType)
