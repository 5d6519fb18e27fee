# BINARY_OP_EXTEND's inline float arithmetic: a site specialized on one
# mix of float and int operands meets other mixes later. Two ints must stay
# int arithmetic (exact, unbounded), ints past 2**53 must round as CPython
# does, zero divisors raise, and subclasses and bools keep their own rules.
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def div(a, b): return a / b

def show(f, a, b):
    try:
        r = f(a, b)
        print(f.__name__, repr(a), repr(b), "->", type(r).__name__, repr(r))
    except Exception as e:
        print(f.__name__, repr(a), repr(b), "->", type(e).__name__, e)

# Warm each site on float op int.
for f in (add, sub, mul, div):
    for i in range(1, 100):
        f(0.5 * i, i)

class MyFloat(float):
    def __add__(self, o): return "MyFloat.__add__"
    __radd__ = __add__
class MyInt(int):
    pass

others = [3, -7, 0, 2.5, -0.0, 0.0, 2**53, 2**53 + 1, -(2**53) - 1, 2**62, 2**100,
          float("inf"), float("-inf"), float("nan"), True, False, MyFloat(1.5), MyInt(4),
          1e308, 5e-324, 10**20]
for f in (add, sub, mul, div):
    for a in (1.5, -2.0, 7, 2**53 + 1, 0.0, -0.0, 1e308):
        for b in others:
            show(f, a, b)
            show(f, b, a)

# A site warmed on int / int (true division of small ints).
def idiv(a, b): return a / b
for i in range(1, 100):
    idiv(i * 3, i)
for a, b in [(1, 3), (2**52 + 1, 2**52), (2**53 + 1, 1), (2**60, 3), (-7, 2), (7, 0),
             (7, 0.0), (1.0, 3), (True, 2)]:
    show(idiv, a, b)

# A loop whose operand types change midway.
acc = 0
for i in range(200):
    x = i if i % 3 else i * 0.25
    acc = acc + x * 2 - x / 4
print(acc, type(acc).__name__)
