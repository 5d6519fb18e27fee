# _functools._lru_cache_wrapper under functools.lru_cache: hits, misses
# and currsize for maxsize None, 0 and small bounds (with the LRU eviction
# order), typed keys, keyword order in keys, cache_clear, the attributes
# update_wrapper adds, binding as a method, recursion, exceptions (never
# cached), unhashable arguments, __hash__ called once per call, reentrant
# calls, copy/pickle, and CPython's errors.
import copy
import functools
import _functools
import pickle

calls = []


def t(fn, *args, **kwargs):
    try:
        print(repr(fn(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print(functools._lru_cache_wrapper is _functools._lru_cache_wrapper)


@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print(type(sq).__name__, type(sq).__module__, sq.__name__, sq.__qualname__, sq.__wrapped__.__name__)
print(sq.cache_info(), sq.cache_parameters())
print([sq(i) for i in (1, 2, 1, 3, 2, 1, 1)], calls)
print(sq.cache_info(), sq.cache_info().currsize, sq.cache_info().hits)
sq.cache_clear()
print(sq.cache_info(), sq(3), sq(3), sq.cache_info())

# eviction order: the least recently used entry goes
calls.clear()


@functools.lru_cache(maxsize=3)
def ident(x):
    calls.append(x)
    return x


for x in 'abcadeacb':
    ident(x)
print(calls, ident.cache_info())

# maxsize=None: everything kept; maxsize=0 (and negative): nothing
calls.clear()


@functools.lru_cache(maxsize=None)
def unbounded(x, y=0):
    calls.append((x, y))
    return x + y


for args in [(1,), (1,), (2,), (1, 0), (1,), (3, 4), (3, 4)]:
    unbounded(*args)
unbounded(1, y=0)
unbounded(y=0, x=1)
print(calls, unbounded.cache_info(), unbounded.cache_parameters())


@functools.lru_cache
def plain(x):
    return -x


@functools.lru_cache(0)
def nocache(x):
    calls.append(x)
    return x


@functools.lru_cache(-5)
def negative(x):
    return x


calls.clear()
print(plain(1), plain(1), plain.cache_info(), plain.cache_parameters())
print(nocache(1), nocache(1), calls, nocache.cache_info(), negative(2), negative.cache_info())

# typed: f(3) and f(3.0) are distinct only when typed
calls.clear()


@functools.lru_cache(typed=True)
def typed(x, *, k=None):
    calls.append(repr(x))
    return x


@functools.lru_cache()
def untyped(x, *, k=None):
    calls.append(repr(x))
    return x


for fn in (typed, untyped):
    calls.clear()
    r = [fn(3), fn(3.0), fn(True), fn(3), fn('3'), fn(x=3), fn(3, k=1), fn(3, k=1.0)]
    print(fn.__name__, r, calls, fn.cache_info())

# keyword order makes distinct keys; a single str/int argument is its own key
calls.clear()


@functools.lru_cache(maxsize=None)
def kw(**kwargs):
    calls.append(sorted(kwargs.items()))
    return len(kwargs)


kw(a=1, b=2)
kw(b=2, a=1)
kw(a=1, b=2)
print(calls, kw.cache_info())


# methods: the wrapper binds like a function; self is part of the key
class Thing:
    def __init__(self, n):
        self.n = n

    @functools.lru_cache(maxsize=None)
    def times(self, k):
        calls.append((self.n, k))
        return self.n * k

    @classmethod
    @functools.lru_cache(maxsize=None)
    def cm(cls, k):
        return (cls.__name__, k)

    @staticmethod
    @functools.lru_cache(maxsize=None)
    def sm(k):
        return k + 1

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return isinstance(other, Thing) and self.n == other.n


calls.clear()
a, b, a2 = Thing(2), Thing(3), Thing(2)
print(a.times(5), b.times(5), a.times(5), a2.times(5), Thing.times(a, 5), calls)
print(Thing.times.cache_info(), type(a.times).__name__, a.times.__self__ is a,
      a.times.__func__ is Thing.__dict__['times'], Thing.times is Thing.__dict__['times'])
print(a.times.cache_info(), Thing.cm(1), Thing.cm(1), Thing.cm.cache_info(), Thing.sm(1), a.sm(1))
print(Thing.__dict__['times'].__get__(None, Thing) is Thing.__dict__['times'])
m = Thing.__dict__['times'].__get__(b, Thing)
print(m(5), m.__self__ is b)


# recursion: fib(300) with an unbounded cache, and through a small bounded one
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(300), fib.cache_info())


@functools.lru_cache(maxsize=4)
def fib4(n):
    return n if n < 2 else fib4(n - 1) + fib4(n - 2)


print(fib4(120), fib4.cache_info())
fib4.cache_clear()
print(fib4.cache_info(), fib4(10), fib4.cache_info())

# exceptions are not cached
calls.clear()


@functools.lru_cache(maxsize=8)
def fails(x):
    calls.append(x)
    if x < 0:
        raise ValueError('negative %d' % x)
    return x


t(fails, -1)
t(fails, -1)
t(fails, 2)
t(fails, 2)
print(calls, fails.cache_info())

# unhashable arguments
t(fails, [1])
t(fails, x={})
t(unbounded, [1])
print(fails.cache_info(), unbounded.cache_info().misses)


# __hash__ runs once per call, and not at all when an entry is evicted
class H:
    hashes = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        H.hashes += 1
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v

    def __repr__(self):
        return 'H(%d)' % self.v


@functools.lru_cache(maxsize=1)
def one(x, y):
    return (x, y)


h = H(5)
print(one(h, 1), H.hashes, one.cache_info())
print(one(h, 1), H.hashes, one.cache_info())
print(one(6, 2), H.hashes, one.cache_info())
print(one(H(5), 1), H.hashes, one.cache_info())


@functools.lru_cache(maxsize=None)
def one_unbounded(x):
    return x


one_unbounded(h)
one_unbounded(h)
print(H.hashes, one_unbounded.cache_info())

# reentrant calls with the same key, into a full bounded cache
depth = []


@functools.lru_cache(maxsize=2)
def reenter(x):
    depth.append(x)
    if len(depth) < 4:
        reenter(x)
        reenter(x + 100)
    return x * 10


print(reenter(1), depth, reenter.cache_info())
print(reenter(1), reenter(101), reenter.cache_info())


# a key whose __eq__ calls the cache while it is being looked up
class Eq:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if isinstance(other, Eq) and self.v != other.v:
            nested(('other', self.v))
        return isinstance(other, Eq) and self.v == other.v


@functools.lru_cache(maxsize=2)
def nested(x):
    return x


# (how often the lookups restart depends on the dict's growth, so only the
# results and the size are printed)
print(nested(Eq(1)).v, nested(Eq(2)).v, nested(Eq(1)).v, nested(Eq(3)).v,
      nested.cache_info().currsize)

# copy and pickle give the wrapper itself (pickled by qualified name)
print(copy.copy(sq) is sq, copy.deepcopy(sq) is sq, pickle.loads(pickle.dumps(sq)) is sq)
print(sq.__reduce__(), sq.__copy__() is sq, sq.__deepcopy__({}) is sq)
sq.extra = 1
print(sq.extra, sorted(k for k in vars(sq) if not k.startswith('__')))

# errors
W = functools._lru_cache_wrapper
t(W, 1, 2, 3, 4)
t(W, len, 'a', False, tuple)
t(W, len, 2.0, False, tuple)
t(W, len)
t(W, len, 1, 2, 3, 4)
t(W, len, 1, 2, 3, x=4)
print(type(W(user_function=len, maxsize=2, typed=0, cache_info_type=tuple)).__name__)
t(W, len, 2 ** 80, False, tuple)
t(functools.lru_cache, 'x')
t(functools.lru_cache(maxsize=None, typed=False), 1)
raw = W(abs, 2, False, tuple)
t(raw.cache_info)
t(raw, -3)
t(raw.cache_info)
t(raw.cache_info, 1)
t(raw.cache_clear, 1)
t(raw.cache_info, x=1)
t(raw.__reduce__)
t(getattr, raw, 'nope')
t(setattr, raw, '__dict__', [])
t(delattr, raw, '__dict__')
print(type(raw).__name__, repr(raw).startswith('<functools._lru_cache_wrapper object at'))
