def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
s = slice(1, 5, 2)
t(lambda: (s, s.start, s.stop, s.step, slice(3), slice(None), slice(1, 2)))
t(lambda: (slice(3).start, slice(3).stop, slice(3).step))
t(lambda: (slice(None, None, -1).indices(5), slice(1, 10, 2).indices(5), slice(-3, None).indices(10)))
t(lambda: (slice(None).indices(0), slice(-100, 100).indices(7), slice(10, -10, -3).indices(6)))
t(lambda: (slice(5, 1).indices(10), slice(None, None, -2).indices(7), slice(-1, -100, -1).indices(4)))
t(lambda: slice(0, 1, 0).indices(5))
t(lambda: slice(1, 2).indices(-1))
t(lambda: slice("a", "b").indices(4))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: (slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(None) == slice(None, None, None)))
t(lambda: hash(slice(1, 2)))
data = list(range(10))
t(lambda: (data[s], data[slice(None, None, -3)], "abcdef"[slice(1, None)], (1, 2, 3)[slice(-2, None)]))
t(lambda: range(20)[slice(2, 10, 3)])
t(lambda: data[slice(0, 5, 0)])
t(lambda: data[slice("a", 2)])
r = range(*slice(2, 9, 3).indices(6))
t(lambda: list(r))
for sl in [slice(None, None, -1), slice(1, -1), slice(-2, 1, -1), slice(0, 100, 7)]:
    print(list(range(*sl.indices(8))) == list(range(8))[sl], end=" ")
print()
class Rec:
    def __getitem__(self, k):
        return k
r2 = Rec()
t(lambda: (r2[1:2], r2[::], r2[:3], r2[1:2:3], r2[::-1], r2[...]))
t(lambda: (r2["a":"b"], r2[None:None], r2[1:2].indices(10)))
class SetRec:
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
sr = SetRec()
sr[1:5] = "x"
sr[::2] = [1]
del sr[3:]
s2 = slice(1, 2)
try:
    s2.start = 5
except AttributeError as ex:
    print("AttributeError", ex)
t(lambda: (slice(1.5, 2.5).start, slice([1], (2,)).stop, type(slice(1)).__name__))
t(lambda: "hello"[slice(1.5, 3)])
