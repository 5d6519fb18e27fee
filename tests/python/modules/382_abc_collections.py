# collections.abc on top of _abc: isinstance/issubclass on built-in and
# user classes (subclass hooks, registrations, inheritance), the ABCs'
# __abstractmethods__, mixin methods, and `match` on registered classes.
import collections
import collections.abc as cabc
import _abc


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


abcs = ['Hashable', 'Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized', 'Container',
        'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'Sequence',
        'MutableSequence', 'ByteString', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
        'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Buffer']


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


c = coro()
samples = [1, 1.5, 'str', b'bytes', bytearray(b'x'), [1], (1,), {1: 2}, {1}, frozenset(),
           range(3), memoryview(b'm'), iter([]), gen(), c, agen(), {}.keys(), {}.values(),
           {}.items(), len, lambda: 0, None, type, collections.deque(), collections.OrderedDict(),
           collections.Counter(), collections.defaultdict(int)]
for s in samples:
    print(type(s).__name__, [n for n in abcs if hasattr(cabc, n) and isinstance(s, getattr(cabc, n))])
c.close()

for name in abcs:
    if hasattr(cabc, name):
        cls = getattr(cabc, name)
        print(name, sorted(cls.__abstractmethods__), type(cls).__name__)

print(issubclass(list, cabc.MutableSequence), issubclass(tuple, cabc.MutableSequence),
      issubclass(str, cabc.Sequence), issubclass(dict, cabc.Mapping),
      issubclass(bool, cabc.Hashable), issubclass(list, cabc.Hashable))


# User classes: hooks (no inheritance needed), inheritance, registration.
class OnlyIter:
    def __iter__(self):
        return iter([])


class OnlyLen:
    def __len__(self):
        return 0


class Unhashable:
    __hash__ = None


class Coll:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


class NoneIter:
    __iter__ = None


class SubNoneIter(OnlyIter):
    __iter__ = None


for cls in (OnlyIter, OnlyLen, Unhashable, Coll, NoneIter, SubNoneIter):
    print(cls.__name__, [n for n in abcs if hasattr(cabc, n) and issubclass(cls, getattr(cabc, n))])


class MyMap(cabc.Mapping):
    def __init__(self, d):
        self._d = dict(d)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


mm = MyMap({'a': 1, 'b': 2})
print(mm.get('a'), mm.get('z', 0), 'b' in mm, list(mm.keys()), list(mm.items()),
      list(mm.values()), mm == {'a': 1, 'b': 2}, mm != {'a': 1})
print(isinstance(mm, cabc.Mapping), isinstance(mm, cabc.MutableMapping), isinstance(mm, dict),
      isinstance(mm.keys(), cabc.KeysView), isinstance(mm.items(), cabc.Set))


class MySeq(cabc.MutableSequence):
    def __init__(self):
        self._l = []

    def __getitem__(self, i):
        return self._l[i]

    def __setitem__(self, i, v):
        self._l[i] = v

    def __delitem__(self, i):
        del self._l[i]

    def __len__(self):
        return len(self._l)

    def insert(self, i, v):
        self._l.insert(i, v)


sq = MySeq()
sq.extend([3, 1, 2])
sq.append(5)
sq.reverse()
sq += [7]
print(list(sq), sq.index(1), sq.count(2), sq.pop(), 3 in sq, list(reversed(sq)))
print(isinstance(sq, cabc.Sequence), issubclass(MySeq, cabc.Reversible), sorted(MySeq.__abstractmethods__))


class Partial(cabc.MutableMapping):
    def __getitem__(self, k):
        return k


print(sorted(Partial.__abstractmethods__))


# Registered classes: virtual subclasses, also for pattern matching.
class Pair:
    def __init__(self, a, b):
        self.items = (a, b)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return self.items[i]


class Table:
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)

    def keys(self):
        return self.d.keys()

    def get(self, k, default=None):
        return self.d.get(k, default)


def kind(x):
    match x:
        case {'k': v}:
            return ('mapping', v)
        case [a, b]:
            return ('sequence', a, b)
        case _:
            return 'other'


class PairChild(Pair):
    pass


print(kind(Pair(1, 2)), kind(Table({'k': 3})), isinstance(Pair(1, 2), cabc.Sequence))
print(cabc.Sequence.register(Pair) is Pair, cabc.Mapping.register(Table) is Table)
print(kind(Pair(1, 2)), kind(PairChild(3, 4)), kind(Table({'k': 3})), kind(MySeq()),
      kind(mm))
print(isinstance(Pair(1, 2), cabc.Sequence), issubclass(PairChild, cabc.Sequence),
      issubclass(Table, cabc.Mapping), issubclass(Table, cabc.MutableMapping),
      issubclass(Pair, cabc.Reversible))


class LaterPair(Pair):
    pass


print(kind(LaterPair(5, 6)), kind([7, 8]), kind((9, 10)), kind('ab'), kind({'k': 0}))

# The ABCs' own registrations.
registry = {r().__name__ for r in _abc._get_dump(cabc.Sequence)[0]}
print(sorted(registry))
print(sorted(r().__name__ for r in _abc._get_dump(cabc.MutableMapping)[0]))
print(sorted(r().__name__ for r in _abc._get_dump(cabc.MutableSequence)[0]))
