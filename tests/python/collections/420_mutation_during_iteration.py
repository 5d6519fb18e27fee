# mutating lists/sets while iterating or sorting
l = [1, 2, 3]
for x in l:
    if x < 3:
        l.append(x + 10)
print(l)
l = [1, 2, 3, 4, 5, 6]
for x in l:
    l.remove(x)
print(l)
l = [0, 1, 2, 3]
out = []
for i, x in enumerate(l):
    out.append(x)
    if i == 1:
        l.insert(0, "new")
print(out, l)
l = [1, 2, 3]
it = iter(l)
print(next(it))
l.clear()
print(list(it))
l = [1, 2, 3]
it = iter(l)
next(it)
next(it)
next(it)
l.append(4)
print(list(it))
# modification during sort
lst = [3, 1, 2]
def bad_key(v):
    lst.append(v)
    return v
try:
    lst.sort(key=bad_key)
except ValueError as ex:
    print("ValueError", ex)
print(lst)
lst2 = [5, 4, 3]
def clearing(v):
    lst2.clear()
    return v
try:
    lst2.sort(key=clearing)
except ValueError as ex:
    print("ValueError", ex)
print(lst2)
# set changed during iteration
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as ex:
    print("RuntimeError", ex)
s = {1, 2, 3}
try:
    for v in s:
        s.discard(v)
except RuntimeError as ex:
    print("RuntimeError", ex)
# dict: same size change still detected? (key replaced)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 100] = 0
except RuntimeError as ex:
    print("RuntimeError", ex)
d = {1: 1}
it = iter(d)
d[2] = 2
try:
    next(it)
except RuntimeError as ex:
    print("RuntimeError", ex)
# self-referencing ops
a = [1, 2]
a.extend(a)
print(a)
a += a
print(len(a))
a[:] = a
print(a[:4])
a[1:3] = a
print(len(a), a[:5])
b = [1, 2, 3]
b[::-1] = b
print(b)
b.insert(1, b)
print(b)
c = [1, 2, 3]
print(c == c[:], c.index(c[-1]), [c] * 2 == [c, c])
# list comprehension over list being built elsewhere
src = [1, 2, 3]
res = [src.append(0) or x for x in src[:2]]
print(res, src)
