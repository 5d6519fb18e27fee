# _collections._count_elements (Counter's counting loop) and
# _collections._tuplegetter (namedtuple's field descriptor).
import _collections
from _collections import _count_elements, _tuplegetter


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print([n for n in ('deque', 'defaultdict', '_count_elements', '_tuplegetter', '_deque_iterator',
                   '_deque_reverse_iterator') if hasattr(_collections, n)])
print(_collections.__name__, _count_elements.__name__)

# _count_elements into a dict: the fast path
m = {}
print(_count_elements(m, 'abracadabra'), m)
_count_elements(m, ['a', 'z', 1, 1.0, True])
print(m)
m = {'x': 10, 'y': 2.5}
_count_elements(m, 'xyxq')
print(m)
_count_elements(m, iter(()))
_count_elements(m, {})
print(m)


# a dict subclass keeping dict's get and __setitem__ is counted the same way
class Plain(dict):
    pass


p = Plain()
_count_elements(p, (1, 2, 1))
print(p, type(p).__name__)


# one overriding them goes through get() and item assignment
class Logged(dict):
    def get(self, key, default=None):
        print('  get', key, default)
        return dict.get(self, key, default)

    def __setitem__(self, key, value):
        print('  set', key, value)
        dict.__setitem__(self, key, value)


lg = Logged()
_count_elements(lg, 'aba')
print(lg)


class SetOnly(dict):
    def __setitem__(self, key, value):
        dict.__setitem__(self, key, value * 10)


so = SetOnly()
_count_elements(so, 'aa')
print(so)


# any mapping with get() and __setitem__
class Mapping:
    def __init__(self):
        self.data = {}

    def get(self, key, default):
        return self.data.get(key, default)

    def __setitem__(self, key, value):
        self.data[key] = value


mp = Mapping()
_count_elements(mp, [3, 3, 4])
print(mp.data)


# values that are not ints are added to with +
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + other * 100)

    def __repr__(self):
        return 'Num(%r)' % self.v


nm = {'k': Num(1)}
_count_elements(nm, 'kk')
print(nm)
big = {'b': 2 ** 64}
_count_elements(big, 'b')
print(big)
show(lambda: _count_elements({'s': 'str'}, 's'))
show(lambda: _count_elements({}, [[1]]))
show(lambda: _count_elements({}, 5))
show(lambda: _count_elements(5, [1]))
show(lambda: _count_elements(5, 5))
show(lambda: _count_elements({}))
show(lambda: _count_elements())
show(lambda: _count_elements({}, [], 1))
show(lambda: _count_elements(m={}, i=[]))


def gen():
    yield 'a'
    yield 'b'
    raise KeyError('gen stopped')


part = {}
show(lambda: _count_elements(part, gen()))
print(part)

# _tuplegetter
tg = _tuplegetter(1, 'second item')
print(tg, type(tg), tg.__doc__)
print(tg.__get__((10, 20, 30), tuple), tg.__get__(None, tuple) is tg)
show(lambda: tg.__get__((1,), tuple))
show(lambda: tg.__get__([1, 2], list))
show(lambda: tg.__get__('ab', str))
show(lambda: _tuplegetter(-1, 'neg').__get__((1, 2), tuple))
show(lambda: _tuplegetter(5, None).__get__((1, 2), tuple))
show(lambda: _tuplegetter())
show(lambda: _tuplegetter(1))
show(lambda: _tuplegetter(1, 2, 3))
show(lambda: _tuplegetter('a', 'b'))
show(lambda: _tuplegetter(1.5, 'b'))
show(lambda: _tuplegetter(2 ** 70, 'b'))
show(lambda: _tuplegetter(index=1, doc='x'))
print(_tuplegetter(True, 3), _tuplegetter(0, ('d', 1)))
print(tg.__reduce__())
tg.__doc__ = 'changed'
print(tg.__doc__, tg)
del tg.__doc__
print(tg.__doc__)
show(lambda: tg.__set__((1, 2), 3))


class Pair(tuple):
    first = _tuplegetter(0, 'first')
    second = _tuplegetter(1, 'second')


p = Pair(('a', 'b'))
print(p.first, p.second, Pair.first, Pair.second.__doc__)


def set_first():
    p.first = 1


def del_first():
    del p.first


show(set_first)
show(del_first)
print(p.first, isinstance(Pair.__dict__['first'], _tuplegetter))
short = Pair(('only',))
print(short.first)
show(lambda: short.second)


class NotTuple:
    x = _tuplegetter(0, 'x')


show(lambda: NotTuple().x)
print(NotTuple.x)
show(lambda: type('Sub', (_tuplegetter,), {}))
