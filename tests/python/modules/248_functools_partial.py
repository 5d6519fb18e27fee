# _functools.partial: calls (positional and keyword merging), the func/
# args/keywords attributes, flattening of nested partials (not when the
# inner one has instance attributes or its own __call__), repr (CPython
# 3.11's: the type's name, the function's repr), subclasses, __dict__,
# __reduce__/__setstate__ with copy and pickle, partial not binding as a
# method, and CPython's errors.
import copy
import functools
import _functools
import inspect
import pickle


def t(fn, *args, **kwargs):
    try:
        print(repr(fn(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


class Fn:
    """A callable with a fixed repr, that returns what it was given."""

    def __init__(self, name):
        self.name = name

    def __call__(self, *args, **kwargs):
        return (self.name, args, kwargs)

    def __repr__(self):
        return '<fn %s>' % self.name


f = Fn('f')


def g(a, b, *, c=3):
    return (a, b, c)


partial = functools.partial
print(partial is _functools.partial, partial.__module__, partial.__name__, partial.__qualname__)
print(type(partial), partial.__class_getitem__ is not None, partial[int])

p = partial(f, 1, 2, a=3)
print(p(), p(4), p(4, b=5), p(a=9), p(5, a=6, c=7))
print(p.func is f, p.args, p.keywords, type(p.args), type(p.keywords))
print(repr(p))
print(repr(partial(f)), repr(partial(f, 'x', [1], k='v')), repr(partial(len, None)))
print(repr(partial(max, key=abs)), partial(max, key=abs)([-5, 3]), partial(int, base=2)('101'))
print(partial(f, b=1, a=2)(c=3, a=4))

# the keywords dict is the one used by later calls
p.keywords['z'] = 26
print(p(), repr(p))
q = partial(f, 1, x=1)
print(q(2, x=2, y=3), q.keywords)

# nested partials are flattened
inner = partial(f, 1, a=1, b=2)
outer = partial(inner, 2, b=3, c=4)
print(outer.func is f, outer.args, outer.keywords, outer())
print(repr(outer))
print(partial(partial(partial(f, 1), 2), 3).args, partial(partial(f), k=1).keywords)
same = partial(inner)
print(same is inner, same.func is f, same.args, same.keywords)
inner.keywords['late'] = True
print(same.keywords, outer.keywords)

# ... but not when the inner partial has instance attributes
inner.note = 'hi'
kept = partial(inner, 5)
print(kept.func is inner, kept.args, kept())


class MyPartial(partial):
    pass


class CallPartial(partial):
    def __call__(self, *args, **kwargs):
        return ('CallPartial', super().__call__(*args, **kwargs))


class NewPartial(partial):
    def __new__(cls, func, *args, **kwargs):
        return super().__new__(cls, func, *args, **kwargs)


mp = MyPartial(f, 1)
print(type(mp).__name__, repr(mp), mp(2), isinstance(mp, partial))
print(type(MyPartial(mp, 2)).__name__, MyPartial(mp, 2).args, type(partial(mp, 3)).__name__,
      partial(mp, 3).args, partial(mp, 3).func is f)
cp = CallPartial(f, 1)
print(cp(2), partial(cp, 3).func is cp, partial(cp, 3)())
np_ = NewPartial(f, 1, k=2)
print(repr(np_), partial(np_, 9).args, partial(np_, 9).func is f)


class Outer:
    class Inner(partial):
        pass


print(repr(Outer.Inner(f, 'x')))

# repr: keyword keys through str(), values and args through repr(), recursion
rp = partial(f)
rp.__setstate__((f, (rp,), {'k': rp}, None))
print(repr(rp))


class Key(str):
    def __str__(self):
        return 'KEY'


print(repr(partial(f, **{Key('k'): 1})))

# attributes are read-only; __dict__ works like a function's
for name in ('func', 'args', 'keywords'):
    t(setattr, p, name, 1)
    t(delattr, p, name)
p2 = partial(f, 1)
p2.attr = 'value'
print(p2.attr, p2.__dict__, vars(p2))
p2.__dict__ = {'other': 2}
print(p2.other, hasattr(p2, 'attr'))
t(setattr, p2, '__dict__', 1)
t(delattr, p2, '__dict__')
t(getattr, p2, 'missing')

# a partial is not a method descriptor
class A:
    meth = partial(f, 'bound?')


print(A().meth(), A.meth(), not hasattr(partial, '__get__'))

# __reduce__ / __setstate__, copies and pickling
r = partial(max, 1, key=abs)
print(r.__reduce__())
r.note = 1
print(r.__reduce__())
c = copy.copy(r)
print(type(c).__name__, c.func is max, c.args, c.keywords, c.__dict__, c(-5), c is r)
d = copy.deepcopy(partial(f, [1], k=[2]))
print(d(), d.args)
u = pickle.loads(pickle.dumps(partial(g, 3, c=[4])))
print(type(u).__name__, u(-7), u.args, u.keywords)
s = partial(f)
t(s.__setstate__, (len, [1, 2], None, None))  # a list is not a tuple
print(s.func, s.args)


class T(tuple):
    pass


class D(dict):
    pass


s.__setstate__((f, T((1, 2)), D(k=3), {'attr': 4}))
print(type(s.args).__name__, type(s.keywords).__name__, s.args, s.keywords, s.attr, s())
s.__setstate__((f, (), None, None))
print(s.keywords, s.__dict__, s())
t(s.__setstate__, 1)
t(s.__setstate__, (f, (), None))
t(s.__setstate__, (f, (), None, None, None))
t(s.__setstate__, (1, (), None, None))
t(s.__setstate__, (f, (), [], None))
t(s.__setstate__, [f, (), None, None])
t(s.__setstate__)
t(s.__setstate__, (f, (), {}, None), 2)
t(s.__reduce__, 1)
s.__setstate__((f, (), {1: 2}, None))
t(s)

# errors
t(partial)
t(partial, 1)
t(partial, func=f)
t(partial, f, func=len)
t(partial.__new__, 1)
t(partial.__new__, int)
t(partial.__new__, MyPartial, f, 1)
t(partial(f, 1), 2, **{'k': 3})
t(partial(len, 1, 2))
t(partial(int, 'x', base=2))

# inspect and partialmethod see through them
print(inspect.signature(partial(g, 1)), inspect.signature(partial(g, b=2, c=4)))


class C:
    def method(self, a, b):
        return (type(self).__name__, a, b)

    pm = functools.partialmethod(method, 1)


print(C().pm(2), type(C.pm).__name__, C.pm._partialmethod.args)
