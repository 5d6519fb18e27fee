# comparison dunders, NotImplemented, reflection
trace = []
class V:
    def __init__(self, v, name):
        self.v, self.name = v, name
    def _cmp(self, op, other, res):
        trace.append("%s.%s(%s)" % (self.name, op, getattr(other, "name", repr(other))))
        return res
    def __eq__(self, o):
        if not isinstance(o, V): return self._cmp("eq", o, NotImplemented)
        return self._cmp("eq", o, self.v == o.v)
    def __lt__(self, o):
        if not isinstance(o, V): return self._cmp("lt", o, NotImplemented)
        return self._cmp("lt", o, self.v < o.v)
    def __le__(self, o):
        if not isinstance(o, V): return self._cmp("le", o, NotImplemented)
        return self._cmp("le", o, self.v <= o.v)
    __hash__ = None

a, b = V(1, "a"), V(2, "b")
for expr in ("a == b", "a != b", "a < b", "a > b", "a <= b", "a >= b"):
    trace.clear()
    r = eval(expr)
    print(expr, r, trace)
trace.clear()
print(a == 1, trace)
trace.clear()
print(a != 1, trace)
trace.clear()
print(1 == a, trace)
for expr in ("a < 1", "1 < a", "a > 1", "a >= 'x'"):
    trace.clear()
    try:
        eval(expr)
    except TypeError as e:
        print(expr, type(e).__name__, e, trace)
# subclass reflected method tried first
class W(V):
    def __lt__(self, o):
        return self._cmp("W.lt", o, "W-lt")
    def __gt__(self, o):
        return self._cmp("W.gt", o, "W-gt")
w = W(5, "w")
trace.clear()
print(a < w, trace)
trace.clear()
print(a > w, trace)
# subclass without override: left operand first
class W2(V): pass
w2 = W2(3, "w2")
trace.clear()
print(a < w2, trace)
# __ne__ default inverts __eq__
class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, OnlyEq) and self.v == o.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(1) != 5)
# __eq__ returning non-bool
class Weird:
    def __eq__(self, o): return "yes"
    def __ne__(self, o): return 0
    def __lt__(self, o): return [1]
print(Weird() == 1, Weird() != 1, Weird() < 1, 1 > Weird())
# identity shortcut in containers
class NeverEq:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
n = NeverEq()
print(n == n, n in [n], [n] == [n], [n].count(n), (n,) == (n,))
# both NotImplemented: == falls back to identity
class NI:
    def __eq__(self, o): return NotImplemented
    def __ne__(self, o): return NotImplemented
x = NI()
print(x == x, x == NI(), x != x, x != NI())
# ordering between unrelated types
try:
    NI() < NI()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([V(2, "x"), V(1, "y"), V(3, "z")], key=None)
    print([v.v for v in sorted([V(2, "x"), V(1, "y"), V(3, "z")])])
except TypeError as e:
    print(type(e).__name__, e)
# chained comparisons short-circuit
trace.clear()
c = V(0, "c")
print(a < b < c, trace)
# comparison with exception in dunder
class Err:
    def __eq__(self, o): raise ValueError("eq failed")
try:
    Err() == 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    [Err()] == [1]
except ValueError as e:
    print(type(e).__name__, e)
# max/min use __lt__ / __gt__
class M:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "M(%d)" % self.v
ms = [M(3), M(1), M(2)]
print(max(ms), min(ms), sorted(ms))
# __gt__ used reflected for sorted when only __gt__
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return "G%d" % self.v
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))
# NotImplemented in bool context
try:
    print(bool(NotImplemented))
except TypeError as e:
    print(type(e).__name__, e)
