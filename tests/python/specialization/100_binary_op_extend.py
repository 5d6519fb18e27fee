# BINARY_OP_EXTEND: mixed float/int arithmetic, divisions, and bitwise ops
# on small ints, each guarded; zero divisors, big ints, bools and
# subclasses take the generic path with its exact semantics and errors.
def ops(a, b):
    out = []
    for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b,
              lambda: a % b, lambda: a & b if isinstance(a, int) and isinstance(b, int) else None,
              lambda: a | b if isinstance(a, int) and isinstance(b, int) else None,
              lambda: a ^ b if isinstance(a, int) and isinstance(b, int) else None):
        try:
            out.append(f())
        except (ZeroDivisionError, TypeError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out

def mixed(x, n):
    return x + n, n + x, x - n, n - x, x * n, n * x, x / n, n / x, x / x

for i in range(1, 80):
    mixed(1.5, i)
print(mixed(2.5, 3), mixed(-0.5, -7), mixed(1e300, 10**6))
print(mixed(0.1, 2**53 + 1), mixed(3.0, 2**62 - 1))
for bad in [(1.5, 0), (0.0, 4)]:
    try:
        print(mixed(*bad))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(mixed(2.0, True), mixed(2.0, 2**80))

def div(a, b):
    return a / b, a // b, a % b
for i in range(1, 80):
    div(i * 7, i)
print(div(7, 2), div(-7, 2), div(7, -2), div(-7, -2), div(1, 3), div(2**52, 3))
print(div(2**53 + 1, 3), div(2**70, 7), div(-2**62, -1), div(-2**62, 1))
for bad in [(1, 0), (0, 0)]:
    try:
        div(*bad)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(div(7.5, 2), div(True, 2), div(10, 2.5))

def bits(a, b):
    return a & b, a | b, a ^ b
for i in range(80):
    bits(i, 0b1010)
print(bits(-1, 255), bits(-8, 3), bits(2**61, 2**61 - 1), bits(True, 3), bits(2**70, 1))
print(bits({1, 2}, {2, 3}))

print(ops(10, 3), ops(-10, 3), ops(10.5, 4), ops(4, 10.5))

class F(float):
    def __truediv__(self, other):
        return "F.__truediv__"
def td(a, b):
    return a / b
for i in range(80):
    td(1.0, 2.0)
print(td(F(1.0), 2.0), td(1.0, 2.0), td(1.0, 3))
