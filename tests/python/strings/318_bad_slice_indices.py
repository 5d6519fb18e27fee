# non-integer start/end arguments to str search methods
s = "abracadabra"
print(s.find("a", True), s.count("a", False, True), s.find("a", None, None))
cases = [
    ("find", ("a", "1")),
    ("find", ("a", 1.0)),
    ("rfind", ("a", 0, 2.5)),
    ("index", ("a", [])),
    ("rindex", ("a", None, "x")),
    ("count", ("a", "x")),
    ("startswith", ("a", "0")),
    ("endswith", ("a", 0, 1.5)),
]
for fn, args in cases:
    try:
        print(getattr(s, fn)(*args))
    except Exception as e:
        print(fn, type(e).__name__, e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

for fn, args in [("find", ("a", Idx(1))), ("rfind", ("a", Idx(0), Idx(5))), ("count", ("a", Idx(2))),
                 ("startswith", ("bra", Idx(1))), ("endswith", ("bra", Idx(0), Idx(4))),
                 ("index", ("c", Idx(2)))]:
    try:
        print(fn, getattr(s, fn)(*args))
    except Exception as e:
        print(fn, type(e).__name__, e)
