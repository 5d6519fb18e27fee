# Wrong-argument TypeErrors for methods: bound, unbound, __init__, classmethod, staticmethod, builtin methods.
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def move(self, dx, dy=0, *, scale=1):
        return Point(self.x + dx * scale, self.y + dy * scale)
    def norm(self):
        return self.x * self.x + self.y * self.y
    @classmethod
    def origin(cls, dim):
        return cls(0, 0)
    @staticmethod
    def parse(text, sep=","):
        a, b = text.split(sep)
        return Point(int(a), int(b))
    def noself():
        return 1
    @property
    def total(self):
        return self.x + self.y

class NoInit:
    pass

class Child(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y, 5)

p = Point(1, 2)
cases = [
    lambda: Point(),
    lambda: Point(1, 2, 3),
    lambda: Point(x=1, z=2),
    lambda: Point(1, x=2),
    lambda: p.move(),
    lambda: p.move(1, 2, 3),
    lambda: p.move(1, scale=2, size=3),
    lambda: p.move(1, dx=2),
    lambda: p.norm(1),
    lambda: p.norm(self=p),
    lambda: Point.norm(),
    lambda: Point.norm(p, p),
    lambda: Point.move(p),
    lambda: Point.origin(),
    lambda: Point.origin(1, 2),
    lambda: p.origin(dim=1, x=2),
    lambda: Point.parse(),
    lambda: p.parse("1,2", ",", 3),
    lambda: p.noself(),
    lambda: Point.noself(1),
    lambda: p.total(),
    lambda: NoInit(1),
    lambda: NoInit(a=1),
    lambda: Child(1, 2),
    lambda: Child(1, 2, 3),
    lambda: object(1),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: [].insert(1),
    lambda: [].pop(1, 2),
    lambda: [1].index(),
    lambda: {}.get(),
    lambda: {}.get(1, 2, 3),
    lambda: {}.pop(),
    lambda: {}.update(1, 2),
    lambda: {}.setdefault(),
    lambda: "a".split(1),
    lambda: "a".join(),
    lambda: "a".replace("a"),
    lambda: "a".startswith(),
    lambda: "a".upper(1),
    lambda: "abc".encode(1),
    lambda: "a".center(),
    lambda: (1,).count(),
    lambda: list.append([]),
    lambda: list.append(),
    lambda: str.upper(5),
    lambda: set().add(),
    lambda: (5).bit_length(1),
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, "ok", r if not isinstance(r, Point) else (r.x, r.y))
    except TypeError as e:
        print(i, type(e).__name__, e)
    except ValueError as e:
        print(i, type(e).__name__, e)
