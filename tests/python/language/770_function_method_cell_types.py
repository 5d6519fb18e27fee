# types.MethodType, FunctionType and CellType constructors (contextlib.ExitStack
# binds __exit__ with MethodType; types.coroutine replaces __code__).
import types, contextlib
class C:
    x = 5
def f(self, a=1): return (self.x, a)
m = types.MethodType(f, C())
print(m(), m(2), m.__func__ is f, type(m).__name__)
for bad in [(1, C()), (f, None), (f,)]:
    try: types.MethodType(*bad)
    except TypeError as e: print(e)
def outer():
    v = 10
    def inner(): return v
    return inner
inn = outer()
g = types.FunctionType(inn.__code__, {}, "renamed", None, inn.__closure__)
print(g(), g.__name__)
h = types.FunctionType(f.__code__, globals(), None, (7,))
print(h(C()))
try: types.FunctionType(inn.__code__, {})
except (TypeError, ValueError) as e: print(e)
try: types.FunctionType(inn.__code__, {}, None, None, ())
except (TypeError, ValueError) as e: print(e)
c = types.CellType(3); print(c.cell_contents)
e = types.CellType()
try: e.cell_contents
except ValueError as ex: print(ex)
with contextlib.ExitStack() as st:
    class CM:
        def __enter__(self): print("enter"); return 1
        def __exit__(self, *a): print("exit")
    print(st.enter_context(CM()))
@types.coroutine
def gen():
    yield 1
print(list(gen()))
