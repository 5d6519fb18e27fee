# test: gc-stress
class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def helper(v):
        return v * 2
p = Point(1, 2)
q = Point(3, 4)
print(p, p + q, p == Point(1, 2), p != q, p.norm2, Point.origin(), Point.helper(5), Point.count)
print(sorted([q, p]), str(p), isinstance(p, Point), type(p).__name__, hasattr(p, "x"), getattr(p, "z", None))
