# nonlocal counters, nested closures 3 deep, global/nonlocal interplay
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return inc, reset
inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())
inc2, _ = make_counter()
print(inc2(), inc2(), inc())

def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            c = 3
            def level4():
                return a + b + c
            return level4
        return level3
    return level2
print(level1()()()())

def deep_nonlocal():
    x = 0
    def l2():
        def l3():
            nonlocal x
            x += 100
            return x
        return l3
    f = l2()
    f(); f()
    return x
print(deep_nonlocal())

def shadow():
    x = "L1"
    def l2():
        x = "L2"
        def l3():
            nonlocal x
            x = "L3 set"
            return x
        r = l3()
        return r, x
    r = l2()
    return r, x
print(shadow())

g = "global"
def glob_vs_nonlocal():
    g = "local"
    def inner():
        global g
        g = "modified global"
        return g
    inner()
    return g
print(glob_vs_nonlocal(), g)

def unbound():
    y = 1
    def inner():
        print(y)
        y = 2
    inner()
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def nl_unbound():
    def inner():
        nonlocal z
        return z
    try:
        return inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    z = 5
    return inner()
print(nl_unbound())

def acc_generator():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add
a = acc_generator()
print([a(i) for i in range(5)])

def cell_in_class():
    v = 42
    class C:
        attr = v
        def m(self):
            return v
    return C.attr, C().m()
print(cell_in_class())

def counter_obj():
    def f():
        f.calls += 1
        return f.calls
    f.calls = 0
    return f
co = counter_obj()
co(); co()
print(co.calls)

def fn_returns_many():
    fns = {}
    for name in ("a", "b", "c"):
        def mk(n=name):
            return n.upper()
        fns[name] = mk
    return [fns[k]() for k in ("a", "b", "c")]
print(fn_returns_many())
