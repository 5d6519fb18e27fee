# sort with key and reverse, stability
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
s = pairs[:]
s.sort(key=lambda p: p[0])
print(s)
s = pairs[:]
s.sort(key=lambda p: p[0], reverse=True)
print(s)
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs))
print(sorted(pairs, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
# stability with equal keys and reverse
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(sorted(data, key=lambda x: x % 3))
print(sorted(data, key=lambda x: x % 3, reverse=True))
print(sorted(range(10), key=lambda x: 0, reverse=True))
# sort returns None, mixed numbers
n = [3, 1.5, True, 0, -2.5, 2]
print(n.sort(), n)
# errors
try:
    [1, "a", 2].sort()
except TypeError as ex:
    print("TypeError", ex)
try:
    sorted([None, None, 1])
except TypeError as ex:
    print("TypeError", ex)
try:
    [3, 1].sort(lambda x: x)
except TypeError as ex:
    print("TypeError", ex)
# key called once per element
calls = []
def k(x):
    calls.append(x)
    return -x
z = [5, 3, 8]
z.sort(key=k)
print(z, sorted(calls))
# key=None
print(sorted([3, 1, 2], key=None))
# sorting tuples containing lists
print(sorted([[2, 1], [1, 2], [1], []]))
# sorted on various iterables
print(sorted("hello"), sorted((3, 2, 1)), sorted({2: 0, 1: 0}), sorted(range(5, 0, -2)))
print(sorted([0.5, -1, 2, 1e10, -1e-10]))
# large list
big = [(i * 7919) % 1000 for i in range(1000)]
sb = sorted(big)
print(sb[:5], sb[-5:], all(sb[i] <= sb[i + 1] for i in range(len(sb) - 1)))
# custom __lt__
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "V(%d)" % self.v
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5), V(2)]) if hasattr(V, "__gt__") else None)
print(sorted([V(3), V(1), V(2)], reverse=True))
