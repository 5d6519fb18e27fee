# BINARY_OP specializes on what it sees first; every other operand type must
# still work the same (deopt to the generic path), including mid-loop changes.
def add_all(values):
    total = 0
    for v in values:
        total = total + v
    return total

print(add_all(range(100)))
print(add_all([1, 2, 3] * 30 + [2**70, -2**70, True, 1.5]))
print(add_all([0.5] * 100 + [1, 2**65]))

def ops(a, b):
    return a + b, a - b, a * b

for pair in [(3, 4)] * 60 + [(2**62 - 1, 1), (-2**62, -1), (3.5, 2), (True, True),
                             (2**100, 3), ("ab", "cd"), ([1], [2])]:
    try:
        print(ops(*pair))
    except TypeError as e:
        print("TypeError", e)

# Overflow out of the small-int range inside a specialized loop.
x = 1
for i in range(80):
    x = x * 3 - 1
print(x)
y = 2**61
for i in range(10):
    y = y + y
print(y, -y - y)

class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"
    def __radd__(self, other):
        return "MyInt.__radd__"

def add(a, b):
    return a + b
for i in range(50):
    add(i, i)
print(add(MyInt(1), 2), add(2, MyInt(1)))

class MyFloat(float):
    def __mul__(self, other):
        return "MyFloat.__mul__"
def mul(a, b):
    return a * b
for i in range(50):
    mul(1.5, 2.0)
print(mul(MyFloat(1.0), 2.0), mul(2.0, 3.0))

class MyStr(str):
    def __add__(self, other):
        return "MyStr.__add__"
def cat(a, b):
    return a + b
for i in range(50):
    cat("a", "b")
print(cat(MyStr("x"), "y"), cat("x", "y"))
s = ""
for i in range(100):
    s += str(i % 10)
print(s)
