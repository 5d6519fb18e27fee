data = [1, 2, 3, 4, 5]
i = 0
while (n := len(data) - i) > 2:
    i += 1
print(i, n)
if (m := max(data)) > 4:
    print("max", m)
print([y for x in data if (y := x * 2) > 4])
