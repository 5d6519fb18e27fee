# Infinite generators with break; generators in for/list/sum/zip/min/max/any/all
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 50:
        print("first square > 50 from", n)
        break

def take(it, k):
    out = []
    for x in it:
        if len(out) == k:
            break
        out.append(x)
    return out
print(take(naturals(5), 4))

def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(6)), sum(collatz(27)), len(list(collatz(27))))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(zip(range(10), primes())))
print([p for _, p in zip(range(5), primes())])

# zip stops at shortest; the longer generator is advanced one extra time?
def noisy(name, n):
    for i in range(n):
        print("  ", name, i)
        yield i
print(list(zip(noisy("a", 2), noisy("b", 5))))
print(list(zip(noisy("c", 5), noisy("d", 2))))

# any/all short-circuit on generators
g = naturals()
print(any(x > 3 for x in g), next(g))
g = naturals()
print(all(x < 3 for x in g), next(g))
g = naturals()
print(3 in g, next(g))

# enumerate, dict, set, tuple, sorted, min, max on generators
print(list(enumerate(x * x for x in range(3))))
print(dict((i, i * i) for i in range(4)))
print(sorted(set(x % 3 for x in range(10))))
print(tuple(c for c in "xyz"), sorted(x % 4 for x in range(8)))
print(min(x - 5 for x in range(10)), max((x for x in []), default=None))
# unpacking generators
a, b, c = (i for i in range(3))
print(a, b, c)
first, *rest = naturals.__call__(0) if False else (i for i in range(5))
print(first, rest)
try:
    a, b = (i for i in range(3))
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (i for i in range(2))
except ValueError as e:
    print("ValueError:", e)
print(*(i for i in range(4)))
print([*(i for i in range(2)), *(j for j in "ab")])

# iter() with sentinel over a generator's next
g = naturals(1)
print(list(iter(lambda: next(g), 6)))

# for-else with generator
for x in (i for i in range(3)):
    pass
else:
    print("for-else ran, last", x)

# manual iteration protocol
g = naturals()
print(iter(g) is g, next(g), g.__next__(), next(g))
