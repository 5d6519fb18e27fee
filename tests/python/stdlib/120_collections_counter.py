# collections.Counter: counting, most_common, elements, total, arithmetic, comparisons
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), "".join(c.elements()))
print(c.total(), c["z"], "z" in c, len(c))
c.update("aaz")
c.update({"b": 3})
c.subtract("rr")
c.subtract({"d": 5})
print(c)
print(+c, -c)
a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a + b, a - b, a | b, a & b)
print(a == Counter(a=3, b=1), a == Counter(a=3, b=1, c=0, d=-2))
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=2) <= Counter(a=1), Counter(a=1) < Counter(a=1))
print(Counter(a=1, b=0) == Counter(a=1), Counter(a=1) >= Counter())
x = Counter(a=5)
x += Counter(a=-2, b=3)
print(x)
x -= Counter(b=10)
print(x)
x |= Counter(c=2)
x &= Counter(a=1, c=5)
print(x)
print(Counter(["x", "y", "x"]) + Counter(), Counter().total())
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(3))
print(sorted(wc.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(dict(Counter(len(w) for w in words)))
del wc["the"]
print(wc["the"], wc.get("the"), wc.get("fox"))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
print(repr(Counter()), repr(Counter({"b": 2, "a": 2, "c": 5})))
c2 = Counter({"b": 2, "a": 2, "c": 5, "d": 1})
print(c2.most_common())
print(Counter("hello").keys() - {"h"} == {"e", "l", "o"})
import copy, pickle
c3 = copy.copy(c2)
c3["a"] += 10
print(c2["a"], c3["a"], pickle.loads(pickle.dumps(c2)) == c2, type(copy.deepcopy(c2)).__name__)
class Multiset(Counter):
    pass
m = Multiset("aab") + Multiset("b")
print(type(m).__name__, m)
print(Counter(a=1.5, b=0.5).total(), Counter(a=2).__missing__("q"))
