"""attr_access: repeatedly loads and stores instance attributes of plain (non-slotted) class instances inside a loop -- obj.x += obj.y, reading several attributes into locals, swapping attributes between two objects. Stresses LOAD_ATTR / STORE_ATTR on instance dictionaries (and any inline caches for them), plus small int arithmetic."""
# bench: tiny=5000 quick=400000 full=4000000
import sys


class Particle:
    def __init__(self, x, y, dx, dy):
        self.x = x
        self.y = y
        self.dx = dx
        self.dy = dy
        self.hits = 0


class Counter:
    def __init__(self):
        self.count = 0
        self.total = 0
        self.last = 0


def run(n):
    p = Particle(1, 2, 3, 5)
    q = Particle(100, 200, -7, 11)
    ctr = Counter()
    for i in range(n):
        # read-modify-write of attributes
        p.x += p.dx
        p.y += p.dy
        q.x += q.dx
        q.y -= q.dy
        # keep coordinates bounded; attribute loads in comparisons
        if p.x > 1000 or p.x < -1000:
            p.dx = -p.dx
            p.hits += 1
        if p.y > 1000 or p.y < -1000:
            p.dy = -p.dy
            p.hits += 1
        if q.x > 1000 or q.x < -1000:
            q.dx = -q.dx
            q.hits += 1
        if q.y > 1000 or q.y < -1000:
            q.dy = -q.dy
            q.hits += 1
        # attributes copied between objects
        ctr.count += 1
        ctr.total = (ctr.total + p.x * q.y - p.y * q.x) % 1000003
        ctr.last = p.x + q.x
        if i % 1000 == 0:
            # swap velocities between the two particles
            p.dx, q.dx = q.dx, p.dx
            p.dy, q.dy = q.dy, p.dy
    return p, q, ctr


def main(n):
    p, q, ctr = run(n)
    return (p.x, p.y, p.hits, q.x, q.y, q.hits, ctr.count, ctr.total, ctr.last)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000000
    print(main(n))
