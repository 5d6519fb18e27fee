grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
alias = [[0] * 3] * 3
alias[0][0] = 1
print(grid, alias)
d = {}
d.setdefault("a", []).append(1)
d.setdefault("a", []).append(2)
print(d)
stack = []
for ch in "(()())":
    if ch == "(":
        stack.append(ch)
    else:
        stack.pop()
print(stack == [], len(stack))
queue = list(range(5))
while queue:
    item = queue.pop(0)
    if item % 2:
        queue.append(item - 1)
    print(item, end=" ")
print()
s = set()
for w in "the cat the hat".split():
    s.add(w)
print(sorted(s), len(s))
t = ([1], 2)
t[0].append(3)
print(t)
