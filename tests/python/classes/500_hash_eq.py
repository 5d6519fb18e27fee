# __hash__ = None after defining __eq__, hash rules
class OnlyEq:
    def __eq__(self, o): return True
print(OnlyEq.__hash__, "__hash__" in OnlyEq.__dict__)
try:
    hash(OnlyEq())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OnlyEq()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d = {}
    d[OnlyEq()] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    OnlyEq() in {1, 2}
except TypeError as e:
    print(type(e).__name__, e)
print(OnlyEq() in [1, 2])
# eq + explicit hash
class EqHash:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqHash) and self.v == o.v
    def __hash__(self): return hash(self.v)
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s), EqHash(1) in s, EqHash(3) in s, hash(EqHash(5)) == hash(5))
d = {EqHash(1): "a"}
d[EqHash(1)] = "b"
print(len(d), d[EqHash(1)])
# subclass inherits __hash__ unless it defines __eq__
class Sub(EqHash): pass
print(hash(Sub(7)) == hash(7))
class SubEq(EqHash):
    def __eq__(self, o): return False
try:
    hash(SubEq(1))
except TypeError as e:
    print(type(e).__name__, e)
class SubEqKeep(EqHash):
    def __eq__(self, o): return False
    __hash__ = EqHash.__hash__
print(hash(SubEqKeep(3)) == hash(3))
# explicit __hash__ = None without __eq__
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash() == NoHash(), isinstance(NoHash(), object))
# default hash is consistent; eq is identity
class Plain: pass
p = Plain()
print(hash(p) == hash(p), p == p, p == Plain(), p != Plain(), {p: 1}[p])
# __hash__ returning non-int
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class FloatHash:
    def __hash__(self): return 1.0
try:
    hash(FloatHash())
except TypeError as e:
    print(type(e).__name__, e)
# large hash values are reduced
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), type(hash(BigHash())).__name__)
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class BoolHash:
    def __hash__(self): return True
print(hash(BoolHash()))
# hash of int subclass
class MyInt(int):
    pass
print(hash(MyInt(5)) == hash(5), {MyInt(5): 1}.get(5), {5: "five"}[MyInt(5)])
class MyIntEq(int):
    def __eq__(self, o): return int(self) == o
try:
    hash(MyIntEq(1))
except TypeError as e:
    print(type(e).__name__, e)
# __eq__ called on dict collision with equal hash
calls = []
class Collide:
    def __init__(self, n): self.n = n
    def __hash__(self): return 42
    def __eq__(self, o):
        calls.append((self.n, o.n))
        return self.n == o.n
d = {Collide(1): "one", Collide(2): "two"}
calls.clear()
print(d[Collide(2)], len(calls) >= 1)
calls.clear()
c = Collide(3)
d[c] = "three"
print(d[c], len(d))
# tuples containing unhashables
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, OnlyEq()))
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, EqHash(2))) == hash((1, EqHash(2))))
# frozenset / set of custom objects
fs = frozenset([EqHash(1), EqHash(2), EqHash(1)])
print(len(fs), EqHash(2) in fs)
# __hash__ looked up on type
class InstHash:
    pass
ih = InstHash()
ih.__hash__ = lambda: 5
print(hash(ih) == 5)
