# _collections.defaultdict: a dict subclass whose __missing__ calls
# default_factory; construction, repr, copy, | and |=, errors.
from _collections import defaultdict


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(defaultdict, defaultdict.__name__, defaultdict.__module__, defaultdict.__bases__)
print(issubclass(defaultdict, dict), isinstance(defaultdict(), dict), defaultdict.__mro__)
d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print(d, len(d), d['a'], 'c' in d, d.get('c'), 'c' in d)
print(d['c'], 'c' in d, sorted(d), list(d.items()))
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(c, c.default_factory, type(c).__name__)
print(defaultdict(), defaultdict(None), defaultdict().default_factory)
print(defaultdict(list, {'x': 1}), defaultdict(list, [('y', 2)]), defaultdict(set, a=1, b=2))
print(defaultdict(list, {'x': 1}, z=3), defaultdict(lambda: 'dflt', k='v')['other'])
print(defaultdict(default_factory=list))
show(lambda: defaultdict(5))
show(lambda: defaultdict('abc'))
show(lambda: defaultdict(None, 5))
show(lambda: defaultdict(list, {}, {}))
show(lambda: defaultdict()['missing'])
show(lambda: defaultdict(None)[(1, 2)])
show(lambda: defaultdict(None)[()])


def boom():
    raise ValueError('no default')


bd = defaultdict(boom)
show(lambda: bd['k'])
print(len(bd), repr(bd).startswith('defaultdict(<function boom at '), repr(bd)[-4:])

# __missing__ directly
m = defaultdict(list)
print(m.__missing__('k'), m)
show(lambda: defaultdict().__missing__('k'))
show(lambda: m.__missing__())
show(lambda: m.__missing__(1, 2))
print(defaultdict.__missing__(defaultdict(str), 'q'))
# get, in, setdefault and pop do not call the factory
g = defaultdict(list)
print(g.get('x'), 'x' in g, g.setdefault('y', 5), g.pop('z', 'none'), g)

# default_factory can be replaced, deleted, set to anything
f = defaultdict(list)
f.default_factory = int
print(f[1], f)
f.default_factory = None
show(lambda: f[2])
f.default_factory = 5
show(lambda: f[3])
print(f)
del f.default_factory
print(f.default_factory)
show(lambda: f[4])
f.default_factory = dict
print(f[5], f)
# __init__ again replaces the factory (with none when not given)
f.__init__()
print(f.default_factory, f)
f.__init__(tuple, [(9, 9)])
print(f)

# repr
print(repr(defaultdict(lambda: 0)).startswith('defaultdict(<function <lambda> at '))
r = defaultdict(None, {1: 2})
r.default_factory = r
print(r)
s = defaultdict(list)
s['self'] = s
print(s)


class Factory:
    def __call__(self):
        return 'made'

    def __repr__(self):
        return 'Factory()'


print(defaultdict(Factory(), {'a': 1}), defaultdict(Factory())['z'])

# copy
o = defaultdict(list, {'a': [1]})
c = o.copy()
c['b'].append(2)
print(o, c, type(c).__name__, c['a'] is o['a'])
c2 = o.__copy__()
print(c2, type(c2).__name__)
show(lambda: o.copy(1))
import copy
c3 = copy.copy(o)
print(c3, type(c3).__name__, c3.default_factory)
print(defaultdict().copy(), defaultdict().copy().default_factory)

# | and |=
x = defaultdict(int, {'a': 1})
print(x | {'b': 2}, {'b': 2} | x, x | defaultdict(str, {'a': 9}))
print(type(x | {}).__name__, type({} | x).__name__, (x | {}).default_factory)
show(lambda: x | 5)
show(lambda: 5 | x)
show(lambda: x | [('a', 1)])
y = x
y |= {'c': 3}
print(y, y is x)
y |= [('d', 4)]
print(y)
show(lambda: x.__ior__(5))
plain = {'p': 0}
plain |= x
print(plain, type(plain).__name__)

# reduce
red = defaultdict(list, {'k': [1]}).__reduce__()
print(red[:4], list(red[4]))
print(defaultdict(None, {'k': 1}).__reduce__()[:4], defaultdict().__reduce__()[1])

# dict behaviour is inherited
e = defaultdict(int, a=1, b=2)
print(e == {'a': 1, 'b': 2}, e != {}, e.keys(), list(e.values()), e.popitem(), e)
print(defaultdict.fromkeys('ab'), type(defaultdict.fromkeys('ab')).__name__)
show(lambda: hash(defaultdict()))
print(defaultdict[int], defaultdict[str, list].__args__)
print(sorted(defaultdict(int, {3: 1, 1: 2}).items()), list(reversed(defaultdict(int, a=1, b=2))))


# subclasses
class Tally(defaultdict):
    def __init__(self):
        super().__init__(int)

    def add(self, key):
        self[key] += 1
        return self


t = Tally().add('x').add('y').add('x')
print(t, type(t).__name__, isinstance(t, defaultdict), t.default_factory)
t.note = 'attr'
print(t.note, vars(t))


class DD(defaultdict):
    pass


dd = DD(list, a=[1])
print(dd, dd.copy(), type(dd.copy()).__name__, dd | {'b': 2}, {'b': 2} | dd)
print(defaultdict(int) | DD(list), DD(list) | defaultdict(int))
dd['new'].append('v')
print(dd)


class WithMissing(defaultdict):
    def __missing__(self, key):
        return 'own ' + repr(key)


wm = WithMissing(list)
print(wm['q'], wm)
