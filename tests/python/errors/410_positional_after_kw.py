def f(a, b, c=0):
    return a + b + c
print(f(1, b=2, 3))
