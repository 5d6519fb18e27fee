# Subscripting a class: only classes with a __class_getitem__ (list,
# dict, tuple, ..., user classes defining it, typing.Generic subclasses)
# and type itself (type[int]) are subscriptable; object[int] and any other
# class raise "type 'X' is not subscriptable".
import collections
import itertools
import types
import typing


def sub(cls, item):
    try:
        return repr(cls[item])
    except TypeError as e:
        return "TypeError: %s" % e


class C:
    pass


class D(C):
    pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class G:
    def __class_getitem__(cls, item):
        return ("G", cls.__name__, item)


class H(G):
    pass


class MetaGet(type):
    def __getitem__(cls, item):
        return "MetaGet[%r]" % (item,)


class UsesMetaGet(metaclass=MetaGet):
    pass


T = typing.TypeVar("T")


class Gen(typing.Generic[T]):
    pass


class Alias(list):
    pass


for cls in [object, C, D, int, str, bytes, float, Meta, WithMeta, range, slice, property, zip]:
    print(cls.__name__, "->", sub(cls, int))
print(sub(type, int), sub(type, (int, str)), type[int].__origin__, type[int].__args__)
print(sub(list, int), sub(dict, (str, int)), sub(tuple, (int, ...)), sub(set, str), sub(frozenset, int))
print(sub(Alias, int), sub(G, int), sub(H, (1, 2)), sub(UsesMetaGet, 5))
print(sub(Gen, int), sub(Gen[int], str))
print(sub(collections.deque, int), sub(collections.defaultdict, (str, int)), sub(collections.OrderedDict, (str, int)))
print(sub(enumerate, str), sub(itertools.chain, int), sub(types.MappingProxyType, (str, int)))
print(sub(collections.abc.Iterable, int), sub(typing.List, int))
print("__class_getitem__" in type.__dict__, hasattr(C, "__class_getitem__"), hasattr(list, "__class_getitem__"))
print(list[int]([1, 2]), dict[str, int](a=1), type(tuple[int, ...]).__name__)
try:
    object()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    C()[0]
except TypeError as e:
    print("TypeError:", e)


def f(x: list[int], y: "dict[str, C]") -> type[C]:
    return C


print(f.__annotations__["x"], f.__annotations__["return"])
