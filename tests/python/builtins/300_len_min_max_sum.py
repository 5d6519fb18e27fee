def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
# len
t(lambda: (len(""), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(7)), len(b"ab")))
class L:
    def __len__(self):
        return 5
class NegL:
    def __len__(self):
        return -1
class FloatL:
    def __len__(self):
        return 2.0
t(lambda: len(L()))
t(lambda: len(NegL()))
t(lambda: len(FloatL()))
t(lambda: len(5))
t(lambda: len(iter([1])))
t(lambda: len())
t(lambda: len([], []))
# abs
t(lambda: (abs(-3), abs(3), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-10 ** 30)))
class A:
    def __abs__(self):
        return "absA"
t(lambda: abs(A()))
t(lambda: abs("x"))
t(lambda: abs(float("-inf")))
# min / max
t(lambda: (min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min((5,)), max(range(3))))
t(lambda: (min([3, 1, 2], key=lambda x: -x), max(["aa", "b", "ccc"], key=len), min("b", "a", key=str.upper)))
t(lambda: (max([1, 3, 3.0], key=int), min([2, 2.0, 1.0, 1]), max([1, 1.0]), max(1.0, 1)))
t(lambda: max([(1, "b"), (1, "a"), (0, "z")]))
t(lambda: (min([], default=None), max([], default=-1), min([5], default=0), max((), key=len, default="d")))
t(lambda: min([]))
t(lambda: max([]))
t(lambda: max(()))
t(lambda: min())
t(lambda: max(5))
t(lambda: max(1, 2, default=0))
t(lambda: min([1, "a"]))
t(lambda: max(1, 2, key=None))
t(lambda: max(1, 2, foo=1))
t(lambda: max({3: "a", 7: "b", 5: "c"}))
t(lambda: min(iter([9, 4, 6])))
# stable: first max/min wins
t(lambda: max([(1, "first"), (1, "second")], key=lambda p: p[0]))
t(lambda: min([(1, "first"), (1, "second")], key=lambda p: p[0]))
# sum
t(lambda: (sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum(range(5), start=100), sum([0.1] * 10)))
t(lambda: (sum([1.5, 2.5]), sum([1, 2.5]), sum([True, True, False]), sum([[1], [2]], []), sum(((1,), (2,)), ())))
t(lambda: sum([0.1, 0.2, 0.3]))
t(lambda: sum([1e100, 1.0, -1e100]))
t(lambda: sum(["a", "b"]))
t(lambda: sum(["a", "b"], ""))
t(lambda: sum([b"a"], b""))
t(lambda: sum([1, "a"]))
t(lambda: sum(5))
t(lambda: sum([2 ** 64, 2 ** 64]))
t(lambda: sum(x * x for x in range(10)))
t(lambda: sum([1j, 2]))
