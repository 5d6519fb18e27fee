# `is None` / `is not None` / `in` / `not in` as conditions (uopy fuses the
# None tests into one jump and drops the bool conversion after is/in), with
# loops, nested conditions, handlers and values that are falsy but not None.
def classify(v):
    if v is None:
        return "none"
    elif v is not None and not v:
        return "falsy"
    return "truthy"

def count(items):
    n = 0
    for x in items:
        while x is not None:
            n += 1
            x = None if x in (0, "", ()) else x[1:] if isinstance(x, str) else None
    return n

def guarded(d, k):
    try:
        v = d[k]
        if v is None or k not in d:
            raise KeyError(k)
    except KeyError as e:
        return "missing %r" % (e.args[0],)
    return v if v is not None else "?"

print([classify(v) for v in (None, 0, "", [], 1, "a", [0], False, True)])
print(count([None, 0, "abc", "", 5, None, "xy"]))
print(guarded({"a": 1, "b": None}, "a"), guarded({"a": 1, "b": None}, "b"), guarded({}, "c"))
print([x is None for x in (None, 0)], [x is not None for x in (None, 0)], not (1 in [1]), 2 not in [1])
r = []
x = 3
while x is not None and x in range(10):
    r.append(x)
    x = x + 4 if x < 9 else None
print(r)
