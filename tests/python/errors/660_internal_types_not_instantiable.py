# Built-in types whose instances only the runtime makes cannot be called
# ("cannot create 'T' instances": built from nothing they would crash),
# and T.__new__(S) refuses an S whose own constructor it would skip.
import types


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


c = coro()
ag = agen()
candidates = [
    type(len), type(gen()), type(iter([])), type({}.keys()), type({}.values()),
    type({}.items()), type(iter({})), type(iter({}.values())), type(iter({}.items())),
    types.FrameType, types.WrapperDescriptorType,
    types.GetSetDescriptorType, type(str.join),
    type(iter(range(1))), type(iter(())), type(reversed([])), type(iter(set())),
    types.CoroutineType, types.AsyncGeneratorType, type(iter(b"")),
]
for t in candidates:
    try:
        t()
        print(t.__name__, "created")
    except TypeError as e:
        print(t.__name__, "TypeError", e)
c.close()

for t in [type(None), type(Ellipsis), type(NotImplemented), object, types.SimpleNamespace,
          staticmethod(len).__class__, property, types.CellType]:
    try:
        r = t()
        print(t.__name__, "ok", type(r).__name__)
    except TypeError as e:
        print(t.__name__, "TypeError", e)
print(type(None)() is None, type(Ellipsis)() is Ellipsis)


class P(int):
    pass


class Q(int):
    def __new__(cls):
        return int.__new__(cls)


class R:
    pass


for f in [lambda: object.__new__(P), lambda: object.__new__(Q), lambda: object.__new__(int),
          lambda: object.__new__(type(len)), lambda: object.__new__(type(iter([]))),
          lambda: int.__new__(bool), lambda: object.__new__(R), lambda: int.__new__(P, 5),
          lambda: object.__new__(list), lambda: list.__new__(R), lambda: tuple.__new__(tuple),
          lambda: dict.__new__(dict)]:
    try:
        r = f()
        print("ok", type(r).__name__, r if not isinstance(r, R) else "R()")
    except TypeError as e:
        print("TypeError", e)
