# Deleting instance attributes (first/middle/last), re-adding them,
# deleting missing attributes, hasattr/getattr with defaults, class fallbacks.

class C:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
        self.d = 4

def show(o):
    print(vars(o), [hasattr(o, n) for n in 'abcd'], [getattr(o, n, None) for n in 'abcd'])

o = C(); del o.a; show(o)
o.a = 10; show(o)
o = C(); del o.b; show(o)
o.b = 20; show(o)
o = C(); del o.d; show(o)
o.d = 40; show(o)
o = C(); del o.a; del o.d; del o.c; show(o)
o.c = 30; o.a = 10; show(o)
o = C(); del o.a, o.b, o.c, o.d; show(o)
print(vars(o) == {}, len(o.__dict__))
o.d = 'D'; o.a = 'A'; show(o)

# del of missing attributes
def try_del(o, name):
    try:
        delattr(o, name)
        print('deleted', name)
    except AttributeError as e:
        print('AttributeError:', e)

o = C()
try:
    del o.zz
except AttributeError as e:
    print(e)
del o.b
try:
    del o.b
except AttributeError as e:
    print(e)
try:
    o.b
except AttributeError as e:
    print(e)
try_del(o, 'c'); try_del(o, 'c'); try_del(o, 'never')
show(o)

# Class attribute default shadowed by instance attribute, then deleted.
class D:
    x = 'class-x'
    y = 'class-y'
    def __init__(self, setx):
        if setx:
            self.x = 'inst-x'
        self.z = 'inst-z'

d1 = D(True); d2 = D(False)
print(d1.x, d2.x, d1.y, vars(d1), vars(d2))
del d1.x
print(d1.x, vars(d1))
try:
    del d1.x
except AttributeError as e:
    print(e)
try:
    del d2.y
except AttributeError as e:
    print(e)
d2.y = 'inst-y'
print(d2.y, D.y, vars(d2))
del d2.y
print(d2.y, vars(d2))
D.x = 'class-x2'
print(d1.x, d2.x)
d1.x = 'again'
print(d1.x, list(vars(d1)))
del D.x
print(d1.x, hasattr(d2, 'x'), getattr(d2, 'x', 'dflt'))

# Delete/re-add cycles on one object keep values consistent.
o = C()
log = []
for i in range(12):
    name = 'abcd'[i % 4]
    if hasattr(o, name):
        delattr(o, name)
        log.append('-' + name)
    else:
        setattr(o, name, i)
        log.append('+' + name)
    log.append(''.join(vars(o)))
print(log)
show(o)

# Two instances: deleting on one must not affect the other.
p, q = C(), C()
del p.b
q.b = 'qb'
print(vars(p), vars(q), hasattr(p, 'b'), q.b)
p.b = 'pb'
print(p.b, q.b, list(p.__dict__), list(q.__dict__))

# getattr default vs. class __getattr__ fallback after delete
class G:
    def __init__(self):
        self.v = 1
    def __getattr__(self, name):
        return 'fallback:' + name

g = G()
print(g.v, g.w)
del g.v
print(g.v, getattr(g, 'v', 'dflt'), hasattr(g, 'v'), vars(g))
g.v = 2
print(g.v, vars(g))

# Deleting via __dict__ and via del interleaved
o = C()
del o.__dict__['b']
print(hasattr(o, 'b'), vars(o))
o.b = 'B'
del o.a
print(vars(o), o.b)
try:
    del o.a
except AttributeError as e:
    print(e)

# Delete attribute inside a method and re-add with another type
class H:
    def __init__(self):
        self.val = 1
        self.other = 'o'
    def reset(self):
        del self.val
        self.val = [self.other]
        return self.val

h = H()
print(h.reset(), vars(h))
h.other = 'p'
print(h.reset(), list(h.__dict__))
