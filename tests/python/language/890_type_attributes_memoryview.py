# type's layout/flag/annotation attributes, memoryview.toreadonly/suboffsets/iteration, range truth, static methods of built-in types
class C: pass
class D(C):
    x: int
print(type.__text_signature__, int.__text_signature__, C.__text_signature__, object.__text_signature__)
print(C.__annotations__, D.__annotations__, C.__dict__.get('__annotations__'))
try: int.__annotations__
except AttributeError as e: print('AE', e)
try: type.__abstractmethods__
except AttributeError as e: print('AE', e)
try: C.__abstractmethods__
except AttributeError as e: print('AE', e)
C.__abstractmethods__ = frozenset({'f'})
try: C()
except TypeError as e: print(e)
print(C.__abstractmethods__, bool(C.__flags__ & (1<<20)))
del C.__abstractmethods__
print(type(C()).__name__, bool(C.__flags__ & (1<<20)))
try: del C.__abstractmethods__
except AttributeError as e: print('AE', e)
try: int.__annotations__ = {}
except TypeError as e: print('TE', e)
del D.__annotations__
try: del D.__annotations__
except AttributeError as e: print('AE', e)
for t in (int, C, type, object, list, dict, BaseException, str, bytes, tuple, bool, KeyError):
    f = t.__flags__
    print(t.__name__, [b for b in (5, 6, 9, 10, 20, 24, 25, 26, 27, 28, 29, 30, 31) if f >> b & 1])
class S:
    __slots__ = ('a',)
print(C.__basicsize__ > 0, C.__itemsize__, S.__dictoffset__, C.__weakrefoffset__ > 0, S.__weakrefoffset__)
import abc, inspect
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class B(A):
    def f(self): return 1
print(inspect.isabstract(A), inspect.isabstract(B), sorted(A.__abstractmethods__), B().f())
print(inspect.signature(C), inspect.signature(B))
m = memoryview(bytearray(b'xy'))
r = m.toreadonly()
print(r.readonly, r.tolist(), m.readonly, r[::-1].readonly, r.cast('B').readonly, memoryview(r).readonly)
try: r[0] = 1
except TypeError as e: print(e)
print(m.suboffsets, list(memoryview(b'abc')[::2]), list(memoryview(bytearray(4)).cast('i')))
it = iter(memoryview(b'ab')); print(type(it).__name__, next(it), list(it), hasattr(m, 'released'))
print(bool(range(0)), bool(range(3)), bool(range(10**30)), range.__bool__(range(1, 1)))
print(type(str.__dict__['maketrans']).__name__, str.maketrans('a', 'b'), bytes.maketrans(b'a', b'b')[97], str.maketrans.__qualname__)
