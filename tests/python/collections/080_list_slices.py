a = list(range(10))
a[2:5] = []
print(a)
a[::3] = [0, 0, 0]
print(a)
del a[::2]
print(a)
a[1:1] = [7, 8]
print(a, a[-1:-4:-1], a[100:], a[-100:2])
b = [1, 2, 3]
b *= 2
b += [4]
print(b, b.index(3, 3), b[:] is b, b[:] == b)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError", e)
c = [[1, 2], [3]]
d = c.copy()
d[0].append(9)
print(c, d, c == d)
