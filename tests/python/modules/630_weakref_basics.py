import _weakref, gc
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return "A(%d)" % self.n
a = A(1)
r = _weakref.ref(a)
print(r() is a, r() , _weakref.getweakrefcount(a), r is _weakref.ref(a))
called = []
r2 = _weakref.ref(a, lambda ref: called.append(ref is r2))
print(_weakref.getweakrefcount(a), r2.__callback__ is not None)
print(hash(r) == hash(a), r == r2, r != r2)
try:
    _weakref.ref(1)
except TypeError as e:
    print(e)
try:
    _weakref.ref([])
except TypeError as e:
    print(e)
print(_weakref.ref(set()) is not None, _weakref.ref(len)() is len, _weakref.ref(A)() is A)
p = _weakref.proxy(a)
print(p.n, repr(p)[:10])
p.n = 5
print(a.n)
class KeyedRef(_weakref.ref):
    __slots__ = "key",
    def __new__(type, ob, callback, key):
        self = _weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
k = KeyedRef(a, None, "kk")
print(k.key, k() is a, type(k).__name__)
def make():
    return _weakref.ref(A(2), lambda r: called.append("dead"))
def churn():
    return [A(i) for i in range(1000)]
rr = make()
for i in range(20):
    churn()
    gc.collect()
    if rr() is None:
        break
print(rr(), called)
d = {"x": rr}
_weakref._remove_dead_weakref(d, "x")
print(d)
