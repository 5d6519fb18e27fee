# _functools.reduce and cmp_to_key: results, the order in which reduce
# consumes its iterable, CPython's error messages, and the
# functools.KeyWrapper objects (their type, obj attribute, comparisons
# through the cmp function, unhashability and argument errors).
import functools
import _functools
import operator


def t(fn, *args, **kwargs):
    try:
        print(repr(fn(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print(functools.reduce is _functools.reduce, functools.cmp_to_key is _functools.cmp_to_key)
print(sorted(n for n in dir(_functools) if not n.startswith('__')))

# reduce
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.add, [1, 2], 10))
print(functools.reduce(operator.add, [], 7), functools.reduce(operator.add, [5]))
print(functools.reduce(lambda a, b: a + [b], 'abc', []),
      functools.reduce(operator.mul, range(1, 8)))
print(functools.reduce(lambda a, b: (a, b), iter([1, 2, 3])),
      functools.reduce(lambda a, b: b, (3, 9, 2), None), functools.reduce(max, [], None))
print(functools.reduce(operator.add, {'x': 1, 'y': 2}),
      functools.reduce(operator.concat, ['a', 'b'], ''))
log = []


def gen():
    for i in range(4):
        log.append('yield %d' % i)
        yield i


def step(a, b):
    log.append('step %r %r' % (a, b))
    return a + b


print(functools.reduce(step, gen()), log)
t(functools.reduce, operator.add, [])
t(functools.reduce, operator.add, iter([]))
t(functools.reduce)
t(functools.reduce, operator.add)
t(functools.reduce, operator.add, [], 1, 2)
t(functools.reduce, operator.add, [], initial=2)
t(functools.reduce, function=operator.add, iterable=[1])
t(functools.reduce, operator.add, 5)
t(functools.reduce, operator.add, None, 0)
t(functools.reduce, 1, [1, 2])
t(functools.reduce, 1, [1])
t(functools.reduce, operator.add, [1, 'a'])


def bad_iter():
    yield 1
    raise ValueError('broken iterator')


t(functools.reduce, operator.add, bad_iter())


class NoIter:
    def __iter__(self):
        raise TypeError('custom')


t(functools.reduce, operator.add, NoIter())


# cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)


def rcmp(a, b):
    return cmp(b, a)


words = ['pear', 'Apple', 'fig', 'banana', 'kiwi']
print(sorted(words, key=functools.cmp_to_key(lambda a, b: cmp(a.lower(), b.lower()))))
print(sorted([3, 1, 2], key=functools.cmp_to_key(rcmp)),
      sorted([3, 1, 2], key=functools.cmp_to_key(cmp), reverse=True))
print(min([4, 8, 1], key=functools.cmp_to_key(rcmp)), max('bca', key=functools.cmp_to_key(cmp)))
K = functools.cmp_to_key(cmp)
print(type(K).__name__, type(K).__qualname__, type(K).__module__, type(K) is type(K(1)))
print(repr(K).startswith('<functools.KeyWrapper object at '), callable(K))
a, b = K(1), K(2)
print(a < b, a <= b, a == b, a != b, a > b, a >= b, K(2) == b, a.obj, b.obj, K.obj)
print(K(obj=5).obj, K(K).obj is K)


# the comparison result is compared to 0 with the same operator
class Res:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        return 'lt %s %r' % (self.name, other)

    def __eq__(self, other):
        return 'eq %s %r' % (self.name, other)

    def __gt__(self, other):
        return 'gt %s %r' % (self.name, other)


R = functools.cmp_to_key(lambda x, y: Res(x + y))
print(R('a') < R('b'), R('c') == R('d'), R('e') > R('f'), R('g') != R('h'))
print(functools.cmp_to_key(lambda x, y: 0.5)(1) > functools.cmp_to_key(lambda x, y: 0.5)(2))
x = K(3)
x.obj = 4
print(x.obj, x > K(3))
del x.obj
print(x.obj)
t(lambda: x < K(3))
t(lambda: K < K(3))
t(lambda: K(1) < 3)
t(lambda: 3 < K(1))
t(lambda: K(1) == 1)
t(lambda: K(1) < functools.cmp_to_key(cmp)(2))
t(hash, K(1))
t(hash, K)
print(type(K).__hash__)
t(lambda: {K(1)})
t(K)
t(K, 1, 2)
t(K, 1, obj=2)
t(K, x=2)
t(K, obj=1, x=2)
t(functools.cmp_to_key)
t(functools.cmp_to_key, 1, 2)
t(functools.cmp_to_key, 1, mycmp=2)
t(functools.cmp_to_key, x=2)
t(functools.cmp_to_key, mycmp=2, x=2)
print(type(functools.cmp_to_key(mycmp=cmp)).__name__)
t(type(K))
t(lambda: setattr(K, 'other', 1))
t(functools.cmp_to_key(1)(1).__lt__, functools.cmp_to_key(1)(2))
t(lambda: K('a') < K(1))


def boom(a, b):
    raise ZeroDivisionError('cmp failed')


t(sorted, [2, 1], key=functools.cmp_to_key(boom))
