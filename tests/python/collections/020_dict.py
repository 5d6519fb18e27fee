# test: gc-stress
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, d["a"], d.get("z"), d.get("z", 0), len(d), "a" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d, d.setdefault("x", 10), d)
del d["a"]
print(d, {k: v for k, v in zip("xyz", range(3))})
d.update({"q": 1}, w=2)
print(d, dict(a=1), dict([("k", "v")]), {**d})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
