# test: timeout=60
l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print("RecursionError", e)
try:
    "x" * (10 ** 12)
except MemoryError:
    print("MemoryError")
try:
    [0] * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
def deep(n):
    return deep(n + 1) if n < 10 ** 6 else n
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError as e:
    print("TypeError", e)
import sys
print(sys.getrecursionlimit())
