# _operator: the functions operator.py takes from the C module, their
# argument errors and the messages of the abstract operations they run.
import operator
import _operator


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


names = sorted(n for n in dir(_operator) if not n.startswith('__'))
print(names)
print([n for n in names if getattr(operator, n, None) is not getattr(_operator, n)])
print(operator.add is _operator.add, operator.__add__ is _operator.add,
      operator.__iadd__ is _operator.iadd, operator.__not__ is _operator.not_)
print(type(operator.add).__name__, operator.add.__name__, operator.add.__doc__)
print(operator.length_hint.__doc__.splitlines()[0], operator.index.__doc__)
print(_operator.__doc__.splitlines()[0], operator.__doc__ == _operator.__doc__)

# Arithmetic, bitwise and comparisons on ints, floats, sequences and sets.
for name in ['add', 'sub', 'mul', 'floordiv', 'truediv', 'mod', 'pow', 'lshift', 'rshift',
             'and_', 'or_', 'xor']:
    f = getattr(operator, name)
    print(name, f(13, 4), f(-7, 3) if name not in ('lshift', 'rshift') else f(7, 1))
print(operator.add([1], [2]), operator.add('a', 'b'), operator.mul('ab', 3), operator.mul(2, (1,)))
print(operator.and_({1, 2}, {2, 3}), operator.or_({1}, {2}), operator.xor({1, 2}, {2, 3}),
      operator.sub({1, 2}, {2}))
print(operator.truediv(7, 2), operator.floordiv(7.5, 2), operator.mod('%s-%d', ('x', 3)))
for name in ['lt', 'le', 'eq', 'ne', 'gt', 'ge']:
    f = getattr(operator, name)
    print(name, f(1, 2), f(2, 2), f('b', 'a'), f((1, 2), (1, 3)))
print(operator.neg(5), operator.pos(-2.5), operator.abs(-3), operator.inv(5), operator.invert(0),
      operator.neg(True), operator.pos(True))
print(operator.not_(0), operator.not_([1]), operator.truth(''), operator.truth('x'),
      operator.is_(None, None), operator.is_not(None, None), operator.is_([], []))
print(operator.index(7), operator.index(True), operator.index(2**70))


class Idx:
    def __index__(self):
        return 42


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return ('matmul', self.v, other)

    def __rmatmul__(self, other):
        return ('rmatmul', other, self.v)

    def __imatmul__(self, other):
        self.v = ('imatmul', self.v, other)
        return self


class Rev:
    def __radd__(self, other):
        return ('radd', other)

    def __rsub__(self, other):
        return ('rsub', other)

    def __lt__(self, other):
        return 'lt-called'

    def __gt__(self, other):
        return 'gt-called'


print(operator.index(Idx()), operator.matmul(M(1), 2), operator.matmul(3, M(4)))
m = M(5)
print(operator.imatmul(m, 6) is m, m.v)
print(operator.add(1, Rev()), operator.sub('s', Rev()), operator.lt(Rev(), 1), operator.lt(1, Rev()))

# Error messages.
show(operator.add, 1, 'a')
show(operator.sub, 'a', 1)
show(operator.pow, 2, 'a')
show(operator.ipow, 2, 'a')
show(operator.iadd, 2, 'a')
show(operator.imul, [1], 1.5)
show(operator.matmul, 1, 2)
show(operator.lt, 1, 'a')
show(operator.ge, [1], (1,))
show(operator.neg, 'a')
show(operator.invert, 1.5)
show(operator.abs, 'a')
show(operator.pos, [])
show(operator.index, 1.5)
show(operator.index, '3')
show(operator.truediv, 1, 0)
show(operator.mod, 1, 0)
show(operator.lshift, 1, -1)

# Argument errors.
show(operator.neg)
show(operator.neg, 1, 2)
show(operator.neg, a=1)
show(operator.truth)
show(operator.index, 1, 2)
show(operator.add, 1)
show(operator.add, 1, 2, 3)
show(operator.add, a=1, b=2)
show(operator.add, 1, b=2)
show(operator.setitem, [1], 0)
show(operator.contains, [])
show(operator.length_hint)
show(operator.length_hint, [], 1, 2)
show(operator.call)
show(operator.is_, 1)

# Sequences: concat, contains, countOf, indexOf, items.
print(operator.concat([1], [2]), operator.concat('a', 'b'), operator.concat((1,), (2,)),
      operator.concat(b'x', b'y'))
show(operator.concat, 1, 2)
show(operator.concat, [1], (2,))
show(operator.concat, 'a', 1)
show(operator.concat, {}, {})
show(operator.iconcat, 1, [2])


class Seq:
    def __init__(self, items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __add__(self, other):
        return Seq(self.items + list(other))

    def __repr__(self):
        return 'Seq(%r)' % self.items


class NotSeq:
    def __add__(self, other):
        return 'added'


print(operator.concat(Seq([1]), Seq([2])), operator.concat(Seq([1]), [2]))
show(operator.concat, Seq([1]), 5)
show(operator.concat, NotSeq(), [1])
print(NotSeq() + [1])
print(operator.contains([1, 2], 2), operator.contains('abc', 'bc'), operator.contains({1: 2}, 2),
      operator.contains(iter([1, 2]), 3))
show(operator.contains, 1, 2)
show(operator.contains, 'a', 1)
print(operator.countOf([1, 2, 1, 1.0, True], 1), operator.countOf('banana', 'a'),
      operator.countOf(iter([]), 1), operator.countOf({1: 'a', 2: 'b'}, 2))
print(operator.indexOf([5, 6, 7], 7), operator.indexOf('abc', 'b'), operator.indexOf(iter('xy'), 'y'))
nan = float('nan')
print(operator.countOf([nan, nan], nan), operator.indexOf([1, nan], nan))
show(operator.indexOf, [1, 2], 3)
show(operator.indexOf, 5, 1)
show(operator.countOf, None, 1)


class Eq:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print('eq', self.n, getattr(other, 'n', other))
        return NotImplemented


operator.countOf([Eq(1)], Eq(2))
operator.contains([Eq(3)], Eq(4))


class Boom:
    def __eq__(self, other):
        raise ValueError('boom')


show(operator.countOf, [Boom()], 1)

d = {'a': 1}
lst = [1, 2, 3]
print(operator.getitem(d, 'a'), operator.getitem(lst, -1), operator.getitem(lst, slice(1, None)),
      operator.getitem('xyz', 1))
print(operator.setitem(d, 'b', 2), operator.setitem(lst, 0, 9), d, lst)
print(operator.delitem(d, 'a'), operator.delitem(lst, slice(0, 2)), d, lst)
show(operator.getitem, d, 'zz')
show(operator.getitem, lst, 10)
show(operator.getitem, 1, 0)
show(operator.setitem, (1,), 0, 2)
show(operator.delitem, 'abc', 0)
show(operator.delitem, {}, 'k')

# length_hint: len() first, then __length_hint__, then the default.
print(operator.length_hint([1, 2, 3]), operator.length_hint((), 9), operator.length_hint(5),
      operator.length_hint(5, 7), operator.length_hint(object(), -4), operator.length_hint('ab', 99))


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        if isinstance(self.v, BaseException):
            raise self.v
        return self.v


for v in [5, 0, True, -1, 'x', 2.5, NotImplemented, None, 2**70, TypeError('t'),
          ValueError('v')]:
    show(operator.length_hint, Hint(v), 7)


class LenTypeError:
    def __len__(self):
        raise TypeError('no len')

    def __length_hint__(self):
        return 3


class LenValueError:
    def __len__(self):
        raise ValueError('bad len')


class LenOnly:
    def __len__(self):
        return 4

    def __length_hint__(self):
        return 100


class InstanceHint:
    pass


ih = InstanceHint()
ih.__length_hint__ = lambda: 12
show(operator.length_hint, LenTypeError())
show(operator.length_hint, LenValueError())
show(operator.length_hint, LenOnly())
show(operator.length_hint, ih, 1)
show(operator.length_hint, [], 'a')
show(operator.length_hint, [], 2**70)
show(operator.length_hint, Hint(1), Idx())

# call
print(operator.call(max, 1, 5, 2), operator.call(dict, a=1), operator.call(sorted, [3, 1], key=None,
                                                                            reverse=True))
show(operator.call, 1)

# _compare_digest keeps its messages
print(_operator._compare_digest(b'abc', b'abc'), _operator._compare_digest('ab', 'ac'),
      _operator._compare_digest(bytearray(b'x'), b'x'))
show(_operator._compare_digest, 'a', b'a')
show(_operator._compare_digest, 1, 2)
show(_operator._compare_digest, 'é', 'é')
show(_operator._compare_digest, b'a')
show(_operator._compare_digest, a=b'a', b=b'a')
