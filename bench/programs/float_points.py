"""float_points: create n Point objects with x = sin(i), y = cos(i) * 3, z = x * x / 2, normalize each one to unit length, then reduce them to a single point holding the component-wise maximum. Stresses instance creation through __init__, attribute loads and stores on small objects, method calls, math.sin/math.cos/math.sqrt and float arithmetic."""
# bench: tiny=2000 quick=100000 full=800000
import sys
import math


class Point:
    def __init__(self, i):
        x = math.sin(i)
        self.x = x
        self.y = math.cos(i) * 3
        self.z = x * x / 2

    def __repr__(self):
        return "<Point: x=%.9f, y=%.9f, z=%.9f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        # Component-wise max, updating self in place.
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def maximize(points):
    it = iter(points)
    best = next(it)
    for p in it:
        best = best.maximize(p)
    return best


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return points, maximize(points)


def main(n):
    points, best = benchmark(n)
    # The max alone ignores most points, so also fold in a weighted sum
    # over every normalized point.
    total = 0.0
    k = 1
    for p in points:
        total += p.x + 0.5 * p.y - 0.25 * p.z * k
        k = -k
    return "%r %.9f" % (best, total)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 800000
    print(main(n))
