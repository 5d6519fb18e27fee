# complex(): __complex__ bound to its object, __float__/__index__ arguments,
# subclasses; special methods that are not descriptors (a class stored as
# __call__ or __init__) are called without self.
class A:
    def __complex__(self): return 1j
print(complex(A()), complex(A(), 2))
class Cx(complex): pass
c = Cx(1, 2); print(type(c).__name__, c, c + 1, type(c + 1).__name__, c * c, abs(Cx(3, 4)), c == complex(1, 2))
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
print(complex(F()), complex(I()), complex(F(), I()))
class Bad:
    def __complex__(self): return 5
try: complex(Bad())
except TypeError as e: print(e)
class M(type):
    __call__ = dict
class C(metaclass=M): pass
print(C(a=1))
class K:
    __call__ = dict
print(K()(b=2))
class L:
    __len__ = staticmethod(lambda: 3)
print(len(L()))
import typing
TD = typing.TypedDict("TD", {"x": int})
print(TD(x=1), TD.__required_keys__)
class I:
    __init__ = print
try:
    I(1)
except TypeError as e:
    print("TypeError", e)
