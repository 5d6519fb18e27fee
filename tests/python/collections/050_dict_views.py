d = dict.fromkeys("abc", 0)
print(d, list(d), len(d.keys()), "b" in d.keys(), ("a", 0) in d.items())
d["z"] = 9
keys = d.keys()
d["y"] = 8
print(list(keys), sum(d.values()), list(reversed(d)))
m = {1: "a"} | {2: "b"}
m |= {3: "c"}
print(m, m.popitem(), m)
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
nested = {"a": {"b": [1, {"c": 2}]}}
print(nested["a"]["b"][1]["c"], nested)
