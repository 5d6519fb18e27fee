# isinstance/issubclass through __class__ and __bases__ (objects that are not types), unions, ABCs, deep tuples
print(isinstance(1, int | str), isinstance("a", int | None), issubclass(bool, int | str))
import abc, collections.abc as cabc
print(isinstance([], cabc.Sequence), issubclass(dict, cabc.Mapping), isinstance(3, cabc.Hashable))
class A: pass
class B(A): pass
class Fake:
    __bases__ = (B,)
f = Fake()
print(issubclass(f, A), issubclass(f, B), issubclass(f, Fake))
class Inst:
    __class__ = f
try: print(isinstance(Inst(), A))
except TypeError as e: print("TypeError", e)
class NotCls: pass
try: isinstance(1, NotCls())
except TypeError as e: print("TypeError", e)
try: issubclass(1, A)
except TypeError as e: print("TypeError", e)
try: issubclass(A, 1)
except TypeError as e: print("TypeError", e)
class BadBases:
    @property
    def __bases__(self): raise ValueError("boom")
try: issubclass(BadBases(), A)
except ValueError as e: print("ValueError", e)
print(type.__instancecheck__(int, True), type.__subclasscheck__(int, bool))
try: type.__subclasscheck__(int, 3)
except TypeError as e: print("TypeError", e)
deep = ()
for i in range(100000): deep = (deep,)
try: print(isinstance(1, deep))
except RecursionError as e: print("RecursionError")
