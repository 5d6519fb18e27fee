import math


def scale(n):
    return float(n) * 2.0


def grow(x, times):
    for _ in range(times):
        x = x * 10 ** 100
    return x


print(scale(10 ** 300))
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(math.exp(1000))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError", e)
print(1e308 * 10)
print(scale(grow(1, 4)))
