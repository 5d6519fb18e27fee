def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
# sorted
t(lambda: sorted([3, 1, 2]))
t(lambda: sorted((3, 1, 2), reverse=True))
t(lambda: sorted("bca"))
t(lambda: sorted({3: 1, 1: 2}.items()))
t(lambda: sorted([]))
t(lambda: sorted(x % 4 for x in range(10)))
t(lambda: sorted([3, 1], key=lambda v: v, reverse=False))
t(lambda: sorted())
t(lambda: sorted([1], [2]))
t(lambda: sorted(5))
t(lambda: sorted([1, None]))
t(lambda: type(sorted((1,))).__name__)
# reversed
t(lambda: list(reversed([1, 2, 3])))
t(lambda: list(reversed(range(5))))
t(lambda: list(reversed(range(1, 10, 3))))
t(lambda: list(reversed("abc")))
t(lambda: list(reversed((1, 2))))
t(lambda: list(reversed([])))
t(lambda: type(reversed([])).__name__)
t(lambda: type(reversed(range(2))).__name__)
t(lambda: reversed({1, 2}))
t(lambda: reversed(iter([1])))
t(lambda: reversed(5))
class R:
    def __reversed__(self):
        return iter(["custom", "rev"])
t(lambda: list(reversed(R())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
t(lambda: list(reversed(Seq())))
t(lambda: list(Seq()))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return 0
t(lambda: reversed(NoRev()))
it = reversed([1, 2, 3])
print(next(it), list(it), list(it))
lst = [1, 2, 3]
rv = reversed(lst)
lst.append(4)
print(list(rv))
# enumerate
t(lambda: list(enumerate("abc")))
t(lambda: list(enumerate("abc", 5)))
t(lambda: list(enumerate("ab", start=-1)))
t(lambda: list(enumerate([], 3)))
t(lambda: list(enumerate("a", 10 ** 20)))
t(lambda: enumerate("a", 1.5))
t(lambda: enumerate(5))
e = enumerate(iter("xyz"))
print(next(e), next(e), list(e))
for i, (a, b) in enumerate([(1, 2), (3, 4)], 1):
    print(i, a, b)
# zip
t(lambda: list(zip([1, 2, 3], "ab")))
t(lambda: list(zip("abc", range(10), [True])))
t(lambda: list(zip()))
t(lambda: list(zip([])))
t(lambda: list(zip([1, 2], [3, 4], strict=True)))
t(lambda: list(zip([1, 2, 3], [3, 4], strict=True)))
t(lambda: list(zip([1], [3, 4], strict=True)))
t(lambda: list(zip([1, 2], [3, 4], [5], strict=True)))
t(lambda: list(zip([1, 2], [3, 4], [5, 6, 7], strict=True)))
t(lambda: list(zip([1, 2], 5)))
t(lambda: list(zip(*[[1, 2], [3, 4], [5, 6]])))
t(lambda: dict(zip("ab", [1, 2])))
t(lambda: type(zip()).__name__)
consumed = iter(range(10))
print(list(zip([1, 2], consumed)), next(consumed))
consumed = iter(range(10))
print(list(zip(consumed, [1, 2])), next(consumed))
z = zip([1, 2], "ab")
print(next(z), list(z), list(z))
