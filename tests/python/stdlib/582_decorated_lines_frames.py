# co_firstlineno of decorated defs and classes is the first decorator's line
# (CPython 3.11), which inspect.getsource and tracebacks rely on; a frame
# object of a running frame follows its line; dis.Positions.
import dis, inspect, sys, traceback

def deco(f):
    return f

def plain():
    pass

@deco
def one():
    return 1

@deco

@deco
def two(
        a,
        b):
    return a / b

@deco
class K:
    @staticmethod
    @deco
    def sm():
        pass

    @property
    def p(self):
        return 1

@deco
async def co():
    pass

for f in (plain, one, two, K.sm, K.p.fget, co):
    print(f.__name__, f.__code__.co_firstlineno)
print(inspect.getsourcelines(two)[1], inspect.getsource(one), end="")
print(inspect.getsource(K.sm), end="")
print(inspect.getsource(K).splitlines()[:2])
print(inspect.getsourcelines(K)[1])
try:
    two(1, 0)
except ZeroDivisionError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([(fs.name, fs.lineno, fs.line) for fs in tb])

def lines():
    fr = sys._getframe()
    first = fr.f_lineno
    second = fr.f_lineno
    info = inspect.getframeinfo(fr)
    return first, second, info.lineno, info.positions.lineno, fr.f_back.f_lineno
print(lines())
def outer():
    return inner()
def inner():
    return sys._getframe().f_back
fb = outer()
print(fb.f_code.co_name, fb.f_lineno, fb.f_lineno)

print(dis.Positions(), dis.Positions(3, 4), dis.Positions._fields, dis.Positions.__module__)
g = (x for x in range(2))
print(g.gi_suspended, next(g), g.gi_suspended, g.gi_running)
