import sys
G_CONST = 42
def f(a, b=2, *args, **kw):
    c = a + b
    return sorted(locals())
print(f(1))
print(f(1, 2, 3, k=4))
def g():
    x = 1
    def inner():
        return x
    y = inner()
    return [k for k, v in sorted(locals().items(), key=lambda kv: kv[0])][0:1], sorted(locals())
print(g())
def h():
    return locals()
print(h())
def snap():
    v = 1
    d1 = dict(locals())
    w = 2
    d2 = locals()
    return sorted(d1), sorted(d2)
print(snap())
def closure_locals():
    outer = 10
    def inner():
        return sorted(locals())
    def inner2():
        print(outer)
        return sorted(locals())
    return inner(), inner2()
print(closure_locals())
# globals()
gl = globals()
print(type(gl).__name__, gl["G_CONST"], "f" in gl, "__name__" in gl, gl["__name__"], gl is globals())
gl["NEW_GLOBAL"] = "created"
print(NEW_GLOBAL)
def make_global():
    globals()["FROM_FUNC"] = 7
make_global()
print(FROM_FUNC)
def reads_global():
    return globals() is gl
print(reads_global())
print(sorted(k for k in globals() if not k.startswith("__")))
print("__builtins__" in globals(), __name__)
# locals() at module level is globals()
print(locals() is globals())
class K:
    a = 1
    b = sorted(locals())
print(K.b)
print([sorted(locals()) for _ in range(1)])
def with_del():
    a = 1
    b = 2
    del a
    return sorted(locals())
print(with_del())
def lam():
    return (lambda q: sorted(locals()))(5)
print(lam())
