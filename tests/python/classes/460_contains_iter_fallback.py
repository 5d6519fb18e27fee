# __contains__, fallback to __iter__ then __getitem__; old sequence protocol
class WithContains:
    def __contains__(self, x):
        return x % 2 == 0
print(4 in WithContains(), 3 in WithContains(), 3 not in WithContains())
class ContainsNonBool:
    def __contains__(self, x):
        return "truthy"
print(1 in ContainsNonBool(), 1 not in ContainsNonBool())
class ContainsZero:
    def __contains__(self, x): return 0
print(1 in ContainsZero())
seen = []
class WithIter:
    def __iter__(self):
        for i in range(5):
            seen.append(i)
            yield i
print(3 in WithIter(), seen)
seen.clear()
print(9 in WithIter(), seen)
class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        seen.append(i)
        if i >= self.n:
            raise IndexError(i)
        return i * 10
seen.clear()
print(20 in Seq(5), seen)
seen.clear()
print(7 in Seq(3), seen)
print(list(Seq(4)), tuple(Seq(2)), sum(Seq(4)), sorted(Seq(3), reverse=True))
a, b, c = Seq(3)
print(a, b, c)
print([x for x in Seq(3)], max(Seq(4)), list(enumerate(Seq(2))), list(zip(Seq(2), "ab")))
# iter() on old protocol
it = iter(Seq(2))
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
# __getitem__ raising StopIteration also ends iteration
class StopSeq:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
print(list(StopSeq()))
# __getitem__ raising other error propagates
class ErrSeq:
    def __getitem__(self, i):
        if i == 1: raise KeyError("bad")
        return i
try:
    list(ErrSeq())
except KeyError as e:
    print(type(e).__name__, e)
# __iter__ = None blocks fallback to __getitem__
class Blocked:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(Blocked())
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in Blocked()
except TypeError as e:
    print(type(e).__name__, e)
# __contains__ = None
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)
# not iterable / not container messages
class Plain: pass
try:
    1 in Plain()
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(Plain())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in Plain(): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = Plain()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
# __iter__ returning non-iterator
class BadIter:
    def __iter__(self): return [1, 2]
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
# __contains__ with == on elements uses identity first then __eq__
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        seen.append("eq")
        return isinstance(o, Eq) and o.v == self.v
seen.clear()
e1 = Eq(1)
print(e1 in [Eq(0), e1], seen)
seen.clear()
print(Eq(1) in [Eq(0), Eq(1)], seen)
# iter(callable, sentinel)
vals = [3, 2, 1, 0, 5]
print(list(iter(lambda: vals.pop(0), 0)), vals)
class CallCount:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(CallCount(), 4)))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
# reversed() uses __len__ + __getitem__
class RSeq:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(RSeq())), list(RSeq()))
try:
    reversed(Seq(3))
except TypeError as e:
    print(type(e).__name__, e)
class WithRev:
    def __reversed__(self): return iter("zyx")
print(list(reversed(WithRev())))
