# list multiplication, aliasing, comparison, nested lists
a = [1, 2] * 3
print(a, [0] * 0, [0] * -1, 2 * [3], [] * 100)
inner = [0]
m = [inner] * 3
m[0].append(1)
print(m, m[0] is m[2])
m2 = [[0] for _ in range(3)]
m2[0].append(1)
print(m2)
x = [1]
x *= 3
print(x)
y = x
y *= 2
print(x, y is x)
y = y * 1
print(y is x, y == x)
z = x
z = z + [9]
print(x, z)
z2 = x
z2 += (7, 8)
print(x)
try:
    [1] + (2,)
except TypeError as ex:
    print("TypeError", ex)
try:
    [1] * 2.0
except TypeError as ex:
    print("TypeError", ex)
try:
    [1] * "a"
except TypeError as ex:
    print("TypeError", ex)
# comparison
print([1, 2] < [1, 2, 0], [1, 3] > [1, 2, 99], [] < [0], [2] > [1, 100])
print([1, 2] == [1, 2], [1, 2] != [1, 2.0], [1] == (1,), [[1]] == [[1]])
print([1, [2, 3]] < [1, [2, 4]], [1, 2] <= [1, 2], [1, 2] >= [1, 3])
print([1, "a"] < [2, 1], [1, 2] == [1, "2"])
try:
    [1, "a"] < [1, 2]
except TypeError as ex:
    print("TypeError", ex)
try:
    [1] < (1,)
except TypeError as ex:
    print("TypeError", ex)
nan = float("nan")
l = [nan]
print(l == l, [nan] == [float("nan")], l < l)
# nested lists
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([row[1] for row in grid], [grid[i][i] for i in range(3)])
print(list(zip(*grid)))
grid[1][2] = "x"
print(grid[1], len(grid), sum(len(r) for r in grid))
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0], deep)
flat = []
def walk(v):
    for e in v:
        if isinstance(e, list):
            walk(e)
        else:
            flat.append(e)
walk(deep)
print(flat)
print([1, 2, 3] in [[1, 2, 3]], [] in [[]], 1 in [[1]])
print(list("abc"), list((1, 2)), list(range(3)), list({1: 2}), list())
print(bool([]), bool([0]), len([[], []]))
c = [1, 2, 3]
print(c[-1], c[-3], c.__len__(), c.__getitem__(1), c.__contains__(2))
