a = 1_000
b = 1_000_
print(a, b)
