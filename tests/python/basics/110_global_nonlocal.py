counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
        inner()
    mid()
    return x
print(outer())
def shadowing():
    len = lambda s: 99
    return len("abc")
print(shadowing(), len("abc"))
def uses_builtin_after_del():
    import builtins
    return builtins.len([1, 2])
print(uses_builtin_after_del())
