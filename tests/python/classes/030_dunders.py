class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __iter__(self):
        return iter(self.xs)
    def __contains__(self, v):
        return v in self.xs
    def __bool__(self):
        return bool(self.xs)
    def __call__(self, k):
        return [x * k for x in self.xs]
    def __mul__(self, k):
        return Vec(*[x * k for x in self.xs])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(*[-x for x in self.xs])
    def __repr__(self):
        return "Vec" + repr(tuple(self.xs))
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0] is None)
        return False
v = Vec(1, 2, 3)
v[0] = 10
print(len(v), v[1], list(v), 2 in v, bool(Vec()), v(2), v * 2, 3 * v, -v)
with Vec(1) as w:
    print("inside", w)
class Lazy:
    def __getattr__(self, name):
        return name.upper()
print(Lazy().hello)
