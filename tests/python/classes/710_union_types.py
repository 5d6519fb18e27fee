u = int | str
print(u, type(u), u.__args__)
print(int | None, None | int, int | str | int, (int | str) | (float | int))
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | str))
print(int | str == str | int, hash(int | str) == hash(str | int), int | int)
print(list[int] | None)
class A: pass
print(A | int)
try:
    isinstance(1, list[int] | str)
except TypeError as e:
    print(e)
try:
    int | 3
except TypeError as e:
    print(e)
import types
print(types.UnionType, types.SimpleNamespace if hasattr(types, "SimpleNamespace") else None)
