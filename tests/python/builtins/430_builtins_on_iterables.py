# builtins consuming various iterables (generators, dicts, strings, custom iterators)
def gen(n):
    for i in range(n):
        yield i * i
print(sum(gen(5)), max(gen(5)), min(gen(5)), sorted(gen(4), reverse=True), list(gen(3)))
print(any(gen(1)), all(gen(1)), all(gen(0)), tuple(gen(3)), set(gen(3)), dict.fromkeys(gen(3)))
print(list(enumerate({3: "a", 1: "b"})), list(zip({1: 0, 2: 0}, "xy")), list(map(str, {5: 0})))
print(max("hello"), min("hello"), sorted("hello"), sum(map(ord, "ab")), list(filter(str.isupper, "aBC")))
g = gen(5)
print(next(g), sum(g), sum(g), list(g))
g = gen(4)
print(3 in g, list(g))
g = gen(10)
print(list(zip(g, range(3))), next(g))
class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
cd = CountDown(4)
print(list(cd), sum(cd), max(cd), sorted(cd), list(reversed(list(cd))), 2 in cd, 9 in cd)
print(list(enumerate(cd, 1)), list(map(lambda a, b: a * b, cd, cd)), dict(zip(cd, cd)))
print("".join(map(str, cd)), "-".join(str(x) for x in cd), list(filter(lambda v: v % 2, cd)))
a, b, *rest = CountDown(5)
print(a, b, rest)
print([*CountDown(2), *gen(2)], (*"ab",), {*range(3)}, {**{1: 2}, **dict(zip(cd, "abcd"))})
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
it = iter(range(7))
print(list(map(lambda *a: a, it, it, it)))
words = ["apple", "bob", "kayak", "dog"]
print(list(filter(lambda w: w == w[::-1], words)), max(words, key=len), min(map(len, words)))
print(sorted(enumerate("cab"), key=lambda p: p[1]), max(enumerate([3, 9, 2]), key=lambda p: p[1]))
print(list(reversed(sorted(gen(4)))), sum(1 for _ in gen(6)), len(list(gen(7))))
