# functools.lru_cache / cache: hits and misses, maxsize, typed, cache_clear, wrapping
import functools
from functools import lru_cache, cache

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3))
print(calls, sq.cache_info())
print(sq.cache_info().hits, sq.cache_info().misses, sq.cache_info().maxsize, sq.cache_info().currsize)
sq.cache_clear()
print(sq.cache_info())
print(sq.__name__, sq.__wrapped__.__name__, sq.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), fact.cache_info(), fact.cache_parameters())

tcalls = []
@lru_cache(maxsize=None, typed=True)
def ident(x):
    tcalls.append(type(x).__name__)
    return x
print(ident(1), ident(1.0), ident(True), ident(1), tcalls, ident.cache_info().currsize)
ucalls = []
@lru_cache(maxsize=None)
def ident2(x):
    ucalls.append(type(x).__name__)
    return x
print(ident2(1), ident2(1.0), ident2(True), ucalls)

kcalls = []
@lru_cache(maxsize=10)
def kw(a, b=2, *, c=3):
    kcalls.append((a, b, c))
    return a + b + c
print(kw(1), kw(1, 2), kw(1, b=2), kw(b=2, a=1), kw(1, c=3), kw(1))
print(len(kcalls), kw.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x + 1
print(nocache(1), nocache(1), nocache.cache_info())

try:
    sq([1, 2])
except TypeError as e:
    print("TypeError", e)

class Obj:
    def __init__(self, n):
        self.n = n
    @lru_cache(maxsize=None)
    def double(self, k):
        return self.n * 2 * k
o = Obj(5)
print(o.double(1), o.double(1), Obj.double.cache_info())

def plain(x):
    "doc of plain"
    return -x
wrapped = lru_cache(maxsize=4)(plain)
print(wrapped(3), wrapped.__doc__, wrapped.__wrapped__ is plain)
try:
    lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError", e)
ci = sq.cache_info()
print(type(ci).__name__, ci._fields, ci == (0, 0, 2, 0))
print(lru_cache(maxsize=-5)(plain).cache_parameters())
import copy
print(copy.copy(sq) is sq, copy.deepcopy(sq) is sq)
for i in range(5):
    sq(i % 3)
print(sq.cache_info())
