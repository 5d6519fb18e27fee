# slice assignment and deletion
a = list(range(10))
a[2:4] = "xyz"
print(a)
a[:] = range(5)
print(a)
a[5:] = [5, 6]
print(a)
a[-2:] = []
print(a)
a[1:1] = (10, 11)
print(a)
a[4:2] = ["rev"]
print(a)
a[100:200] = [99]
print(a)
a[-100:1] = ["front"]
print(a)
# extended slices
b = list(range(10))
b[::2] = "abcde"
print(b)
b[1::2] = [None] * 5
print(b)
b[::-1] = range(10)
print(b)
b[8:2:-2] = ["p", "q", "r"]
print(b)
b[::3] = []  if False else b[::3]
print(b)
for target, value in [(slice(None, None, 2), [1, 2]), (slice(None, None, -1), []), (slice(1, 8, 3), "abc")]:
    c = list(range(10))
    try:
        c[target] = value
        print(c)
    except ValueError as ex:
        print("ValueError", ex)
try:
    c = [1, 2, 3]
    c[::1] = [9, 9, 9, 9, 9]
    print(c)
except ValueError as ex:
    print("ValueError", ex)
try:
    c[::0] = []
except ValueError as ex:
    print("ValueError", ex)
try:
    c[0:1] = 5
except TypeError as ex:
    print("TypeError", ex)
try:
    c[::2] = 5
except TypeError as ex:
    print("TypeError", ex)
# self-assignment
d = [1, 2, 3]
d[1:2] = d
print(d)
d = [1, 2, 3]
d[::-1] = d
print(d)
# deletion
e = list(range(12))
del e[1:3]
print(e)
del e[::3]
print(e)
del e[::-2]
print(e)
del e[100:]
print(e)
del e[-1:0]
print(e)
del e[:]
print(e)
f = list(range(6))
try:
    del f[::0]
except ValueError as ex:
    print("ValueError", ex)
del f[-1]
print(f)
try:
    del f[10]
except IndexError as ex:
    print("IndexError", ex)
try:
    f[10] = 1
except IndexError as ex:
    print("IndexError", ex)
try:
    f[-10]
except IndexError as ex:
    print("IndexError", ex)
try:
    f["a"]
except TypeError as ex:
    print("TypeError", ex)
try:
    f[1.0]
except TypeError as ex:
    print("TypeError", ex)
print(f[True], f[False:True])
# slicing read with odd bounds
g = list(range(8))
print(g[::-3], g[6:1:-2], g[-3:-1], g[-1:-3], g[None:None:None], g[5:-20:-1], g[:-20:-1])
