# Mutable default gotcha and closures capturing loop variables
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

def safe_append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe_append(1), safe_append(2))

def counter_dict(k, d={}):
    d[k] = d.get(k, 0) + 1
    return d[k]
print([counter_dict("a") for _ in range(3)], counter_dict("b"))

# defaults object identity
append_to.__defaults__[0].clear()
print(append_to(9))
append_to.__defaults__ = ([100],)
print(append_to(5))

# late binding closures
fs = [lambda: i for i in range(4)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(4)]
print([f() for f in fs])
fs = []
for j in range(3):
    def g():
        return j * 10
    fs.append(g)
print([f() for f in fs])
j = 99
print([f() for f in fs])

def make():
    out = []
    for k in range(3):
        out.append(lambda: k)
    k = "changed"
    return out
print([f() for f in make()])

def make2():
    return [(lambda k: (lambda: k))(k) for k in range(3)]
print([f() for f in make2()])

# closures share a cell
def pair():
    v = 0
    def get():
        return v
    def set_(x):
        nonlocal v
        v = x
    return get, set_
get, set_ = pair()
print(get()); set_(5); print(get())
get2, set2 = pair()
print(get2(), get())

# closure cell contents
def outer():
    a = 1
    b = "two"
    def inner():
        return a, b
    return inner
inn = outer()
print(inn.__closure__ is not None, len(inn.__closure__))
print(sorted(c.cell_contents for c in inn.__closure__ if isinstance(c.cell_contents, int)))
print(outer.__closure__)

# while-loop closures
fs = []
n = 0
while n < 3:
    fs.append(lambda n=n: n * n)
    n += 1
print([f() for f in fs])

# comprehension variable does not leak
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
