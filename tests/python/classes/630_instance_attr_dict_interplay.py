# Interplay between attribute access and direct __dict__ manipulation.

class C:
    def __init__(self, a=1, b=2):
        self.a = a
        self.b = b

o = C()
d = o.__dict__
print(vars(o) is o.__dict__, d is o.__dict__, type(d).__name__)
print('a' in o.__dict__, 'x' in o.__dict__, 'a' in vars(o))

# Writes through the dict are visible as attributes, and vice versa.
o.__dict__['x'] = 1
print(o.x, vars(o))
o.y = 2
print(d['y'], 'y' in d, d)
d['a'] = 'A'
print(o.a)
o.b = 'B'
print(d['b'], list(d))

# update / pop / setdefault / popitem / clear
d.update({'z': 26, 'a': 'AA'}, w=23)
print(o.z, o.a, o.w, list(d))
print(d.pop('x'), hasattr(o, 'x'), d.pop('x', 'gone'))
print(d.setdefault('b', 'nope'), d.setdefault('v', 22), o.v)
print(d.popitem(), hasattr(o, 'v'), list(vars(o)))
d.clear()
print(vars(o), hasattr(o, 'a'), getattr(o, 'a', None))
o.a = 'new'
print(vars(o), d, o.a)

# Assigning a fresh dict to __dict__
o = C()
old = o.__dict__
o.__dict__ = {'p': 1, 'q': 2}
print(vars(o), o.p, o.q, hasattr(o, 'a'), old)
o.r = 3
print(vars(o), old, o.__dict__ is not old)
old['a'] = 'zzz'
print(hasattr(o, 'a'))
try:
    o.__dict__ = [1, 2]
except TypeError as e:
    print('TypeError')
print(vars(o))

# Sharing one dict between two instances
x, y = C(1, 2), C(3, 4)
shared = {'s': 0}
x.__dict__ = shared
y.__dict__ = shared
print(x.__dict__ is y.__dict__, x.s, y.s)
x.s = 5
print(y.s)
y.t = 'tee'
print(x.t, shared)
del x.t
print(hasattr(y, 't'), shared)
z = C(9, 9)
z.__dict__ = x.__dict__
z.a = 'za'
print(x.a, y.a, list(shared))

# Dict with non-identifier keys and a dict subclass
o = C()
o.__dict__['not an ident'] = 7
o.__dict__[5] = 'five'
print(getattr(o, 'not an ident'), o.__dict__[5], len(vars(o)))
setattr(o, 'with-dash', 8)
print(o.__dict__['with-dash'], sorted(k for k in vars(o) if isinstance(k, str)))

class MyDict(dict):
    pass

o = C()
o.__dict__ = MyDict(k='v')
print(type(o.__dict__).__name__, o.k)
o.m = 1
print(o.__dict__, type(vars(o)).__name__)

# Reads/writes after __dict__ was obtained, in a method
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
        return self.n
    def raw(self):
        return self.__dict__

c = Counter()
c.bump(); c.bump()
r = c.raw()
r['n'] = 100
print(c.bump(), r['n'], c.n)
r.pop('n')
try:
    c.bump()
except AttributeError as e:
    print(e)
c.n = -1
print(c.bump(), r)

# vars() on an object with a dict-ful class vs class itself
print(sorted(k for k in vars(C) if not k.startswith('__')), 'a' in vars(C))

# Equality/copy of dict snapshots taken before changes
o = C()
snap = dict(o.__dict__)
o.a = 'changed'
o.extra = True
print(snap, vars(o), snap == vars(o))
o.__dict__.update(snap)
print(vars(o))
for k in list(o.__dict__):
    if k != 'b':
        del o.__dict__[k]
print(vars(o), o.b, hasattr(o, 'extra'))

# Iteration mutation error through attribute assignment
o = C()
try:
    for k in o.__dict__:
        setattr(o, k + '2', 1)
except RuntimeError as e:
    print('RuntimeError', e)
