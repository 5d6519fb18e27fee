# functools.reduce and partial (nesting, repr, attributes, keywords, partialmethod)
import functools, operator
from functools import reduce, partial, partialmethod

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10))
print(reduce(lambda a, b: a + [b * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]))
print(reduce(operator.add, [], 0), reduce(operator.add, ["x"]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print("TypeError", e)

def f(a, b, c=3, *args, **kw):
    return (a, b, c, args, kw)
p = partial(f, 1, c=30)
print(p(2), p(2, c=4), p(2, z=1))
print(p.func is f, p.args, p.keywords)
q = partial(p, 2, d=4)
print(q.func is f, q.args, q.keywords, q())
print(repr(partial(int, base=2)), partial(int, base=2)("101"))
print(repr(partial(max, 1, 2)))
r = partial(f, a=1)
try:
    r(2)
except TypeError as e:
    print("TypeError", e)
print(r(b=5))
try:
    partial()
except TypeError as e:
    print("TypeError", e)
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)

class MyPartial(partial):
    pass
mp = MyPartial(f, 7)
print(type(mp).__name__, mp(8), repr(mp).startswith("MyPartial("))
pp = partial(pow, 2)
print(list(map(pp, range(6))), sorted(["a", "B", "c"], key=partial(str.lower)))
import pickle, copy
print(pickle.loads(pickle.dumps(partial(int, base=16)))("ff"))
print(copy.deepcopy(p).keywords)

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive(); print(c._alive)
c.set_dead(); print(c._alive)
print(repr(Cell.__dict__["set_alive"]).startswith("functools.partialmethod("))
pw = partial(f, 1, 2, 3, 4)
print(pw(5, k=6))
print(partial(partial(partial(f, 1), 2), 3).args)
def kwonly(*, x, y=2):
    return x * y
print(partial(kwonly, y=5)(x=3), partial(kwonly, x=2, y=3)(y=10))
p.__dict__["tag"] = 1
print(p.tag, hasattr(p, "__name__"))
