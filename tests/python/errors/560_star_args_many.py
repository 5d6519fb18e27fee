# TypeErrors involving *args / **kwargs, multiple values, and bad unpacking in calls.
def va(*args):
    return args
def vk(**kw):
    return sorted(kw.items())
def mix(a, b=0, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
def two(a, b):
    return a, b
class NotMapping:
    pass
class KeysOnly:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()

cases = [
    lambda: va(x=1),
    lambda: vk(1),
    lambda: vk(1, 2, a=3),
    lambda: mix(1),
    lambda: mix(c=1),
    lambda: mix(1, 2, 3, a=5, c=1),
    lambda: mix(1, b=2, *[3], c=3),
    lambda: two(1, **{"a": 2}),
    lambda: two(*[1, 2], **{"b": 3}),
    lambda: two(*[1, 2, 3]),
    lambda: two(*[1]),
    lambda: two(**{"a": 1}, **{"a": 2}),
    lambda: two(a=1, **{"a": 2}),
    lambda: two(**{"a": 1, "c": 2}),
    lambda: two(*5),
    lambda: two(*None),
    lambda: two(**5),
    lambda: two(**[1, 2]),
    lambda: two(**NotMapping()),
    lambda: two(**KeysOnly()),
    lambda: two(**{1: 2}),
    lambda: vk(**{1: 2}),
    lambda: va(*"ab", *range(2)),
    lambda: vk(**{"x": 1}, y=2),
    lambda: mix(1, 2, 3, 4, c=5, e=6, f=7),
    lambda: mix(*(), **{"a": 1, "c": 2}),
    lambda: print(1, sep=1),
    lambda: print(1, end=2),
    lambda: print(1, foo=3),
    lambda: sorted([3, 1], key=None, reverse=True, x=1),
    lambda: sorted([3, 1], lambda v: v),
    lambda: max(),
    lambda: max(1),
    lambda: min([], key=len, x=1),
    lambda: dict(1, 2),
    lambda: dict(a=1, **{"a": 2}),
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, "ok", r)
    except TypeError as e:
        print(i, type(e).__name__, e)
    except ValueError as e:
        print(i, type(e).__name__, e)
