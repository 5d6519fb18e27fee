def f():
    return 1
print("never printed")
x = 0
f() = x
