def f(a=0, b=0):
    return a + b
print(f(a=1, b=2))
print(f(a=1, b=2, a=3))
