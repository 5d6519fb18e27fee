def outer():
    y = 1
    def inner():
        nonlocal x
        x = 2
    inner()
    return y
print(outer())
