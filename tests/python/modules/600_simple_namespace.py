import sys
ns = type(sys.implementation)
print(ns, sys.implementation.name != "", sys.implementation.cache_tag is None or True)
a = ns(x=1, y="two")
print(a, a.x, a.__dict__)
a.z = [a]
print(a)
print(ns(x=1) == ns(x=1), ns(x=1) == ns(x=2))
del a.x
print(a.__dict__.keys())
try:
    ns(1)
except TypeError as e:
    print(e)
class Sub(ns): pass
print(Sub(q=3))
