print([x * 2 for x in range(5) if x % 2])
print({x: x * x for x in range(4)})
print(sorted({c for c in "hello"}))
print([(i, j) for i in range(3) for j in range(i)])
g = (x + 1 for x in range(4))
print(list(g), sum(x for x in range(10)))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[1] for row in matrix])
y = 10
print([y + k for k in range(3)])
