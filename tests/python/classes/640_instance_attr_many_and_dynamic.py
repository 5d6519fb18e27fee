# Many attribute names, runtime-built names, descriptors/slots/subclasses,
# __class__ assignment, and hot loops whose object storage changes midway.

class Bag: pass

# More than 40 names on one instance
b = Bag()
for i in range(45):
    setattr(b, f'attr{i}', i * i)
print(len(vars(b)), list(vars(b))[:3], list(vars(b))[-3:])
print(sum(getattr(b, f'attr{i}') for i in range(45)), b.attr0, b.attr29, b.attr30, b.attr44)
b.attr7 = 'seven'
delattr(b, 'attr31')
print(b.attr7, hasattr(b, 'attr31'), len(b.__dict__), list(b.__dict__)[30:33])

# Names spread across many instances of one class
bags = []
for i in range(50):
    o = Bag()
    setattr(o, 'common', i)
    setattr(o, f'only{i}', -i)
    bags.append(o)
print(sum(o.common for o in bags), sum(getattr(o, f'only{i}') for i, o in enumerate(bags)))
print([list(vars(o)) for o in bags[::17]], hasattr(bags[3], 'only4'))

# Runtime-built names equal literal names
o = Bag()
name = ''.join(['sp', 'am'])
setattr(o, name, 1)
print(o.spam, getattr(o, 'spam'), 'spam' in vars(o))
o.spam = 2
print(getattr(o, ''.join(['s', 'p', 'a', 'm'])), list(vars(o)))
delattr(o, ''.join(('sp', 'am')))
print(hasattr(o, 'spam'), vars(o))
o.__dict__['eg' + 'gs'] = 3
print(o.eggs)

# Properties / data descriptors named like would-be instance attributes
class WithProp:
    def __init__(self):
        self.x = 5          # goes through the property setter
        self.y = 6
    @property
    def x(self):
        return self._x * 10
    @x.setter
    def x(self, v):
        self._x = v

w = WithProp()
print(w.x, w.y, vars(w))
w.__dict__['x'] = 'shadow?'
print(w.x, w.__dict__['x'])

class RO:
    val = property(lambda self: 'prop')

r = RO()
try:
    r.val = 1
except AttributeError:
    print('cannot set val')
r.__dict__['val'] = 'inst'
print(r.val, vars(r))

# __slots__ with '__dict__', and subclasses adding attributes
class S:
    __slots__ = ('a', '__dict__')
    def __init__(self):
        self.a = 1
        self.b = 2

s = S()
print(s.a, s.b, vars(s))
s.c = 3
del s.a
print(hasattr(s, 'a'), vars(s), s.c)

class Base:
    def __init__(self): self.p = 1; self.q = 2
class Sub(Base):
    def __init__(self):
        super().__init__()
        self.r = 3; self.s = 4

print(vars(Base()), vars(Sub()))

# __class__ assignment between compatible classes with different attrs
class A1:
    kind = 'A1'
    def __init__(self):
        self.m = 1; self.n = 2
    def total(self):
        return self.m + self.n

class A2:
    kind = 'A2'
    def __init__(self):
        self.u = 10; self.v = 20; self.m = 30
    def total(self):
        return self.m + getattr(self, 'u', 0)

a = A1()
a.__class__ = A2
print(type(a).__name__, a.kind, a.total(), vars(a), hasattr(a, 'v'))
a.u = 5; a.v = 6
print(a.total(), list(vars(a)))
a.__class__ = A1
print(a.kind, a.total(), vars(a))
a2 = A2(); a2.__class__ = A1
print(hasattr(a2, 'n'), vars(a2)); a2.n = 3
print(a2.total(), list(vars(a2)), A1().total())

# Hot loops where storage changes midway
class P:
    def __init__(self):
        self.x = 1; self.y = 2; self.z = 3

def hot(event):
    o = P(); tot = 0
    for i in range(2000):
        if i == 1000:
            if event == 'dict': o.__dict__['y'] = 100
            elif event == 'del': del o.y; o.y = 50
            elif event == 'class': o.__class__ = Q
            elif event == 'new': o.w = 7
            elif event == 'vars': vars(o).update(x=-1)
            elif event == 'many':
                for k in range(35): setattr(o, f'k{k}', k)
        tot += o.x + o.y
        o.z = i
    return tot, o.z, sorted(vars(o))[:5], len(vars(o))

class Q(P):
    @property
    def y(self):
        return 1000

for ev in ('none', 'dict', 'del', 'class', 'new', 'vars', 'many'):
    print(ev, hot(ev))

objs = [P() for _ in range(4)]
objs[1].extra = 1; del objs[2].x; objs[2].x = 9; objs[3].__dict__
t = 0
for i in range(2000):
    o = objs[i % 4]
    t += o.x + o.z
    o.z += 1
print(t, [vars(o) for o in objs])
