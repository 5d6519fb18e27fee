# List slice assignment: same length (in place), growing, shrinking, from
# lists, tuples, strings, iterators and the list itself; extended slices.
a = list(range(10))
a[2:5] = [20, 30, 40]
print(a)
a[2:5] = [1, 2, 3, 4, 5, 6]
print(a)
a[1:9] = (7,)
print(a)
a[0:0] = "xy"
print(a)
a[len(a):] = iter(range(3))
print(a)
a[3:1] = [99]
print(a)
a[:] = a
print(a)
a[2:4] = a
print(a, len(a))
a[::2] = range(len(a[::2]))
print(a)
a[::-3] = [0] * len(a[::-3])
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a[1:2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    a[::2] = 5
except TypeError as e:
    print("TypeError", e)
b = [1, 2, 3]
c = [4, 5]
b[1:1] = c
c[0] = 40
print(b, c)
del b[::2]
print(b)
p = list(range(8))
flips = 0
first = p[5]
for _ in range(200):
    p[:first + 1] = p[first::-1]
    first = p[0] or 3
    flips += p[-1]
print(p, flips)
