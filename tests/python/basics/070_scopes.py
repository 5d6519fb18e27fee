x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
class C:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(read(), shadow(), C().m(), C.x, C.y)
def outer():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    add(1)
    add(2)
    return items
print(outer())
def make():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return [f() for f in fs]
print(make())
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
