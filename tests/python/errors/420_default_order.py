def ok(a, b=1, *args, c, d=2, **kw):
    return a
def bad(a, b=1, c):
    return a
print(ok(1, c=3))
