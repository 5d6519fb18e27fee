# __enter__ / __exit__ including suppression
log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append("exit %s %s %s %s" % (self.name, et.__name__ if et else None, ev, tb is not None))
        return self.suppress
with CM("a") as v:
    log.append("body " + v)
print(log)
log.clear()
try:
    with CM("b"):
        raise ValueError("inner")
except ValueError as e:
    log.append("caught " + str(e))
print(log)
log.clear()
with CM("c", suppress=True):
    raise KeyError("k")
    log.append("unreached")
log.append("after")
print(log)
log.clear()
# truthy non-bool return suppresses
with CM("d", suppress="yes"):
    1 / 0
print(log)
log.clear()
# multiple managers: exit order reversed
with CM("x") as a, CM("y") as b:
    log.append(a + b)
print(log)
log.clear()
try:
    with CM("p"), CM("q", suppress=True), CM("r"):
        raise TypeError("t")
    log.append("continued")
except TypeError:
    log.append("not suppressed?")
print(log)
log.clear()
# exception in __enter__: __exit__ not called
class BadEnter:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a):
        log.append("exit called")
try:
    with BadEnter():
        log.append("body")
except RuntimeError as e:
    print(type(e).__name__, e, log)
# exception in __exit__ replaces the original
class BadExit:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        raise LookupError("from exit")
try:
    with BadExit():
        raise ValueError("orig")
except LookupError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
# return/break/continue inside with call __exit__
def f():
    with CM("ret"):
        return "returned"
print(f(), log)
log.clear()
for i in range(3):
    with CM(str(i)):
        if i == 0:
            continue
        if i == 1:
            break
print(log)
log.clear()
# missing __exit__ / __enter__
class NoExit:
    def __enter__(self): return 1
class NoEnter:
    def __exit__(self, *a): pass
for cls in (NoExit, NoEnter, int):
    try:
        with cls():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
# __enter__ looked up on type
class Inst:
    pass
i = Inst()
i.__enter__ = lambda: 1
i.__exit__ = lambda *a: None
try:
    with i:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
# generator-like resource: __enter__ returns self
class Res:
    def __init__(self): self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, *exc):
        self.open = False
with Res() as r:
    print("inside", r.open)
print("outside", r.open)
# suppression of StopIteration-like control: exception info args
class Inspect:
    def __enter__(self): return self
    def __exit__(self, *args):
        self.args_len = len(args)
        self.types = [type(a).__name__ for a in args]
        return True
ins = Inspect()
with ins:
    raise IndexError("i")
print(ins.args_len, ins.types)
with ins:
    pass
print(ins.types)
# nested with and exception propagates through outer
try:
    with CM("outer"):
        with CM("inner", suppress=False):
            raise NameError("n")
except NameError as e:
    print(log, type(e).__name__, e)
log.clear()
# __exit__ returning NotImplemented is truthy -> suppress? (truthy)
class RetNI:
    def __enter__(self): pass
    def __exit__(self, *a): return 0
try:
    with RetNI():
        raise ValueError("not suppressed by 0")
except ValueError as e:
    print(type(e).__name__, e)
# as-target can be attribute/subscript/tuple
class Pair:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
d = {}
with Pair() as (p, q):
    pass
with Pair() as d["k"]:
    pass
print(p, q, d)
