# A tour of what uopy runs today: classes, generators, closures, exceptions,
# big integers and a small simulation. `make demo` runs it.

class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count
    return inc


print("Hello from uopy!")
print(Vector(1, 2) + Vector(3, 4))

gen = fib()
print("fibonacci:", [next(gen) for _ in range(15)])

counter = make_counter()
for _ in range(3):
    counter()
print("counter:", counter())

print("2 ** 200 =", 2 ** 200)

try:
    {}["missing"]
except KeyError as e:
    print("caught KeyError:", e)

# A hot loop: the kind of code tier 2 exists for.
total = 0
for i in range(1_000_000):
    total += i * i % 7
print("checksum:", total)
