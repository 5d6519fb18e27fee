# identity shortcut and __eq__ calls in container comparisons/containment
calls = []
class E:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        calls.append(self.n)
        return isinstance(other, E) and self.n == other.n
    def __hash__(self):
        return hash(self.n)
    def __repr__(self):
        return "E%d" % self.n
a, b = E(1), E(1)
print([a] == [a], calls)
calls.clear()
print([a] == [b], calls)
calls.clear()
print(a in [E(2), E(3), a], calls)
calls.clear()
print(b in [E(2), a], calls)
calls.clear()
print((a,) == (b,), {a: 1} == {b: 1}, {a} == {b}, calls)
calls.clear()
print([E(1), E(2)].index(E(2)), [E(1), E(1), E(2)].count(E(1)), calls)
calls.clear()
nan = float("nan")
print(nan in [nan], nan in (nan,), nan in {nan}, nan in {nan: 0}, [nan] == [nan], (nan,) == (nan,))
print([float("nan")] == [float("nan")], nan == nan, [nan].count(nan), [nan].index(nan))
class AlwaysEq:
    def __eq__(self, other):
        return True
class NeverEq:
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__
ne = NeverEq()
print(AlwaysEq() in [1], 5 in [AlwaysEq()], ne in [ne], ne == ne, [ne] == [ne], ne in {ne})
print([1, 2] == [1, 2], [1, AlwaysEq()] == [1, "anything"], [NeverEq()] != [1])
class Weird:
    def __eq__(self, other):
        return "truthy"
print(Weird() == 1, [Weird()] == [1], Weird() in [1])
class Raises:
    def __eq__(self, other):
        raise ValueError("eq boom")
try:
    [Raises()] == [1]
except ValueError as ex:
    print("ValueError", ex)
try:
    Raises() in [1, 2]
except ValueError as ex:
    print("ValueError", ex)
r = Raises()
print(r in [r])
# ordering comparisons use first differing element
class Ord:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
print([Ord(1), Ord(2)] < [Ord(1), Ord(3)])
print((Ord(5),) < (Ord(4),))
print([1, 2, 3] < [1, 2], [] == [], () == (), [[]] == [[]], [()] != [[]])
# numeric equality across types inside containers
print([1, 2.0, True] == [1.0, 2, 1], {1: "a"} == {1.0: "a"}, {1, 2} == {1.0, 2.0}, (0,) == (False,))
print([1] * 3 == [1, 1, 1], list(range(3)) == [0, 1, 2], tuple(range(3)) == (0, 1, 2))
