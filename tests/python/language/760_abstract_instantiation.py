# abc: abstract classes refuse instances (CPython's message), property and
# classmethod/staticmethod report __isabstractmethod__ and show the wrapped
# function's name, qualname, doc and annotations.
import abc
class P(abc.ABC):
    @abc.abstractmethod
    def g(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
    @classmethod
    @abc.abstractmethod
    def c(cls): ...
print(sorted(P.__abstractmethods__), P.p.__isabstractmethod__)
try: P()
except TypeError as e: print(e)
class Q(P):
    def g(self): return 1
    @property
    def p(self): return 2
    @classmethod
    def c(cls): return 3
print(Q().g(), Q().p, Q.c())
class R(P):
    def g(self): return 1
try: R()
except TypeError as e: print(e)
class S: pass
S.__abstractmethods__ = frozenset({'x'})
try: S()
except TypeError as e: print(e)
S.__abstractmethods__ = frozenset()
print(type(S()).__name__)
class T:
    @classmethod
    def m(cls):
        "doc of m"
    @staticmethod
    def s(a: int) -> str: ...
print(T.__dict__['m'].__name__, T.__dict__['m'].__qualname__, T.__dict__['m'].__doc__, T.__dict__['s'].__annotations__, T.__dict__['s'].__wrapped__.__name__)
