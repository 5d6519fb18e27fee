# __bool__ / __len__ truthiness rules
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Neither: pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
print("yes" if L(0) else "no", not L(2), not B(False), L(0) or "alt", B(True) and "and")
# __bool__ must return bool
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool(): pass
except TypeError as e:
    print(type(e).__name__, e)
# __len__ must return int >= 0
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self): return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self): return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class IdxLen:
    class I:
        def __index__(self): return 4
    def __len__(self): return IdxLen.I()
for fn in (lambda: len(IdxLen()), lambda: bool(IdxLen())):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
class BoolLen:
    def __len__(self): return True
print(len(BoolLen()))
# __bool__ = None makes it not truth-testable
class NoBool:
    __bool__ = None
try:
    bool(NoBool())
except TypeError as e:
    print(type(e).__name__, e)
# __len__ = None
class NoLen:
    __len__ = None
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
# exceptions in __bool__ propagate through if/while/and/or/not
class Raise:
    def __bool__(self): raise RuntimeError("no truth")
for label, fn in [("if", lambda: 1 if Raise() else 2), ("not", lambda: not Raise()),
                  ("and", lambda: Raise() and 1), ("or", lambda: Raise() or 1),
                  ("bool", lambda: bool(Raise())), ("all", lambda: all([Raise()])),
                  ("any", lambda: any([Raise()])), ("filter", lambda: list(filter(None, [Raise()])))]:
    try:
        fn()
    except RuntimeError as e:
        print(label, type(e).__name__, e)
# `and`/`or` return operands, calling __bool__ once
calls = []
class Cnt:
    def __init__(self, v, n): self.v, self.n = v, n
    def __bool__(self):
        calls.append(self.n)
        return self.v
    def __repr__(self): return self.n
r = Cnt(False, "a") or Cnt(True, "b") or Cnt(True, "c")
print(r, calls)
calls.clear()
r = Cnt(True, "a") and Cnt(False, "b") and Cnt(True, "c")
print(r, calls)
calls.clear()
x = Cnt(True, "x")
if x and x:
    pass
print(calls)
# truthiness of subclassed builtins
class MyList(list):
    pass
class MyListB(list):
    def __bool__(self): return True
class MyInt(int):
    def __bool__(self): return True
class MyStr(str):
    def __len__(self): return 5
print(bool(MyList()), bool(MyListB()), bool(MyInt(0)), bool(MyStr("")), len(MyStr("")))
# while loop with __bool__
class Countdown:
    def __init__(self, n): self.n = n
    def __bool__(self):
        self.n -= 1
        return self.n >= 0
c = Countdown(3)
k = 0
while c:
    k += 1
print(k)
# __bool__ looked up on type, not instance
class TypeLookup:
    def __bool__(self): return False
t = TypeLookup()
t.__bool__ = lambda: True
print(bool(t))
# bool of classes is always True even with __bool__/__len__ defined on them
print(bool(B), bool(L), bool(NoBool))
