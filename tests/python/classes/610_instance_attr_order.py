# Instance attribute order as seen through vars()/__dict__ for instances
# that set the same attributes in different orders, skip some, or add later.

class P:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c

p1 = P(1, 2, 3)
p2 = P(4, 5, 6)
print(vars(p1), vars(p2))
print(list(p1.__dict__), list(p2.__dict__))

# Same class, different orders depending on a flag.
class Q:
    def __init__(self, flag):
        if flag == 0:
            self.x = 'x0'; self.y = 'y0'; self.z = 'z0'
        elif flag == 1:
            self.z = 'z1'; self.y = 'y1'; self.x = 'x1'
        elif flag == 2:
            self.x = 'x2'; self.z = 'z2'
        elif flag == 3:
            self.y = 'y3'
        else:
            pass

qs = [Q(i) for i in (0, 1, 2, 3, 4, 0, 1)]
for q in qs:
    print(vars(q), list(q.__dict__), len(q.__dict__))
for q in qs:
    print(getattr(q, 'x', '-'), getattr(q, 'y', '-'), getattr(q, 'z', '-'))

# Attributes set after __init__, in different orders on different instances.
r1 = P(1, 2, 3)
r2 = P(1, 2, 3)
r1.d = 'd1'; r1.e = 'e1'
r2.e = 'e2'; r2.d = 'd2'
print(vars(r1)); print(vars(r2))
print(list(r1.__dict__), list(r2.__dict__))
r3 = P(7, 8, 9)
r3.e = 'e3'
print(list(r3.__dict__), r3.e, hasattr(r3, 'd'))

# Re-assigning an existing attribute does not move it.
r1.a = 'A'
print(list(r1.__dict__), vars(r1))
r1.c = 'C'; r1.d = 'D'
print(vars(r1))

# Many instances created with interleaved orders; order is per instance.
class R:
    pass

objs = []
names = ['p', 'q', 'r', 's']
for i in range(8):
    o = R()
    k = i % 4
    order = names[k:] + names[:k]
    for j, n in enumerate(order):
        if (i + j) % 5 != 4:
            setattr(o, n, i * 10 + j)
    objs.append(o)
for o in objs:
    print(list(vars(o)), [getattr(o, n, None) for n in names])

# Items / values / equality of dicts.
a = P(1, 2, 3); b = P(1, 2, 3)
print(a.__dict__ == b.__dict__, list(a.__dict__.items()), list(b.__dict__.values()))
b2 = Q(1)
c2 = Q(0)
print(b2.__dict__ == c2.__dict__, sorted(b2.__dict__) == sorted(c2.__dict__))
c3 = Q(1); c3.x, c3.y, c3.z = 'x0', 'y0', 'z0'
print(c3.__dict__ == c2.__dict__, list(c3.__dict__), list(c2.__dict__))

# Attribute set via instance in a method of a subclass, mixed with base order.
class Base:
    def __init__(self):
        self.one = 1
        self.two = 2

class Derived(Base):
    def __init__(self, early):
        if early:
            self.zero = 0
        super().__init__()
        self.three = 3

for e in (False, True, False):
    d = Derived(e)
    print(type(d).__name__, vars(d))
bb = Base(); bb.three = 3
print(vars(bb), list(Derived(False).__dict__) == list(bb.__dict__))

# repr of dict with nested instances and str keys.
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        if nxt is not None:
            self.nxt = nxt

n = Node(1, Node(2, Node(3)))
chain = []
cur = n
while cur is not None:
    chain.append((list(vars(cur)), cur.v))
    cur = getattr(cur, 'nxt', None)
print(chain)

# Iterating over __dict__ while reading attributes.
o = R()
for i, ch in enumerate('gfedcba'):
    setattr(o, ch, i)
print(''.join(o.__dict__), [o.__dict__[k] for k in o.__dict__])
print(sorted(vars(o).items())[:3], o.a, o.g)

# Hot loop: one attribute-access site sees objects built in varying orders.
def mk(i):
    o = R()
    if i % 3 == 0: o.p = i; o.q = 1
    elif i % 3 == 1: o.q = 1; o.p = i
    else: o.p = i; o.r = 0; o.q = 1
    if i % 7 == 0: o.late = i
    return o
tot = 0
for i in range(2000):
    o = mk(i)
    tot += o.p * o.q + getattr(o, 'late', 0)
    if i in (999, 1000, 1001): print(list(vars(o)))
    o.q = 2
    tot += o.q
print(tot)
