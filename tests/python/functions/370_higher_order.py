# Higher-order functions and sorted with key functions
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "apple"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[-1]))
# stability: equal keys keep original order, also with reverse=True
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (2, "e")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
lst = [3, -1, 2, -5, 4]
lst.sort(key=abs)
print(lst)
lst.sort(key=lambda v: -v)
print(lst)
print(min(words, key=len), max(words, key=len))
print(min([], default="empty"), max([3, 1], key=lambda v: -v))
print(sorted({3: "c", 1: "a", 2: "b"}.items(), key=lambda kv: kv[1], reverse=True))

def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))

def make_multiplier(k):
    return lambda v: v * k
fns = [make_multiplier(k) for k in range(1, 4)]
print([fn(10) for fn in fns])

def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, abs, lambda v: v - 10)(3))

def my_reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
print(my_reduce(lambda a, b: a * b, range(1, 8), 1))
print(my_reduce(lambda a, b: b + a, "abc", ""))

def partial(fn, *pa, **pk):
    def call(*a, **k):
        merged = dict(pk)
        merged.update(k)
        return fn(*pa, *a, **merged)
    return call
p = partial(print, "pre:", sep="|")
p("x", "y")
p("z", sep="~")
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(filter(None, [0, 1, "", "a", [], [0], None])))
print(list(filter(str.isdigit, ["1", "a", "22"])))
print(list(map(len, ["", "ab", "abc"])))
print(sum(map(lambda v: v * v, range(5))))
print(any(map(str.isupper, "abC")), all(map(str.isupper, "abC")))
print(sorted([[3, 1], [2, 9], [3, 0]], key=lambda l: l[0]))
print(sorted("hello world", key=lambda ch: (ch == " ", ch)))
# key function errors
try:
    sorted([1, 2], key=lambda v: v / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=len)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda v: v)
except TypeError as e:
    print("TypeError:", e)
# key called exactly once per element
calls = []
def k(v):
    calls.append(v)
    return v
sorted([3, 1, 2], key=k)
print(calls)
