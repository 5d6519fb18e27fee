# global and nonlocal edge cases, including their SyntaxErrors
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make_global():
    global created_late
    created_late = "yes"
make_global()
print(created_late)
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "inner-set"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def skip_level():
    v = 1
    def mid():
        v = 2
        def inn():
            nonlocal v
            v += 10
            return v
        return inn(), v
    return mid(), v
print(skip_level())
def nonlocal_later():
    def g():
        nonlocal late
        late = "set by g"
    late = "initial"
    g()
    return late
print(nonlocal_later())
x = "global x"
class K:
    x = "class x"
    def m(self):
        return x
    y = [x for _ in range(1)]
    def n(self):
        global x
        return x
print(K().m(), K.y, K().n())
class K2:
    global gx
    gx = "from class body"
print(gx, hasattr(K2, "gx"))
def g_in_nested():
    def h():
        global counter
        counter = 100
    counter = 5
    h()
    return counter
print(g_in_nested(), counter)
def del_global():
    global temp
    temp = 1
    del temp
del_global()
print("temp" in globals())
def del_nonlocal():
    a = 1
    def d():
        nonlocal a
        del a
    d()
    try:
        return a
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(del_nonlocal())
ns = {}
exec("global q\nq = 5", ns)
print(ns["q"])
def exec_local():
    exec("zz = 1")
    return "zz" in locals()
print(exec_local())
for src in ["def f(a):\n    global a\n", "def f():\n    nonlocal zz\n", "nonlocal x\n", "def f():\n    x = 1\n    global x\n",
            "def f():\n    print(x)\n    global x\n", "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
            "def f(a):\n    def g():\n        nonlocal a\n        a = 2\n    g()\n", "def f():\n    global x\n    nonlocal x\n",
            "class C:\n    nonlocal x\n", "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
