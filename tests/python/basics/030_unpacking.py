a, b = 1, 2
a, b = b, a
print(a, b)
x, *rest = [1, 2, 3, 4]
print(x, rest)
*init, last = "abc"
print(init, last)
p, (q, r) = 1, (2, 3)
print(p, q, r)
first, *mid, end = range(6)
print(first, mid, end)
d = {"k": 1}
for key, value in d.items():
    print(key, value)
print([*range(3), *"ab"], (*[1, 2], 3), {**d, "j": 2})
