# types.GenericAlias can be built and subclassed (collections.abc does both)
from types import GenericAlias
g = GenericAlias(list, (int,))
print(g, g.__origin__, g.__args__, g == list[int])
class MyAlias(GenericAlias):
    __slots__ = ()
    def __new__(cls, origin, args):
        return super().__new__(cls, origin, args)
    def __repr__(self):
        return "MyAlias:" + super().__repr__()
m = MyAlias(dict, (str, int))
print(m, type(m).__name__, m.__args__, isinstance(m, GenericAlias))
class L(list[int]):
    pass
print(L.__bases__, L([1, 2]))
print(object.__subclasshook__(), int.__subclasshook__())
class T:
    __typing_subst__ = True
t = T()
print(len(list[t].__parameters__), dict[str, list[t]].__parameters__ == (t,))
