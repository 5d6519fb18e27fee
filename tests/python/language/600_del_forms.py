# del of names, attributes, subscripts, slices, target lists; errors and custom hooks
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

x = 1
del x
t("deleted global", lambda: x)
def local_del():
    y = 1
    del y
    return y
t("deleted local", local_del)
def del_unbound():
    del z
    z = 1
t("del unbound local", del_unbound)
t("del undefined global", lambda: exec("del nowhere", {}))
def closure_del():
    c = 1
    def get():
        return c
    del c
    return get()
t("deleted cell", closure_del)
a, b, c = [1, 2, 3], {"k": 1, "j": 2}, type("O", (), {})()
c.attr = 5
del a[0], b["k"], c.attr
print(a, b, hasattr(c, "attr"))
del (a), [b]
t("names gone", lambda: ("a" in globals(), "b" in globals()))
l = list(range(10))
del l[::3]
print(l)
del l[1:3]
print(l)
del l[-1:]
print(l)
del l[:]
print(l)
l = list(range(10))
del l[8:2:-2]
print(l)
t("del index out", lambda: exec("l = [1]; del l[1]"))
t("del slice out", lambda: exec("l = [1]; del l[5:10]; print(l)"))
t("del dict missing", lambda: exec("d = {}; del d['m']"))
t("del tuple item", lambda: exec("t = (1,); del t[0]"))
t("del str item", lambda: exec("s = 's'; del s[0]"))
t("del attr missing", lambda: exec("class O: pass\no = O(); del o.q"))
t("del class attr via inst", lambda: exec("class O:\n    q = 1\no = O(); del o.q"))
t("del builtin attr", lambda: exec("del (1).real"))
t("del method", lambda: exec("class O:\n    def m(self): pass\ndel O.m\nprint(hasattr(O, 'm'))"))
t("del type attr", lambda: exec("del int.bit_length"))
t("del call", lambda: compile("del f()", "<s>", "exec"))
t("del literal", lambda: compile("del 1", "<s>", "exec"))
t("del starred", lambda: compile("del *a, b", "<s>", "exec"))
class Hooks:
    def __delitem__(self, k):
        print("  __delitem__", repr(k))
    def __delattr__(self, n):
        print("  __delattr__", n)
h = Hooks()
del h[1], h[1:2], h[::-1], h[1, 2], h[...]
del h.anything
class NoDel:
    def __getitem__(self, k):
        return k
t("no delitem", lambda: exec("del n[0]", {"n": NoDel()}))
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
def del_loop_var():
    for i in range(3):
        pass
    del i
    return "i" in locals()
print(del_loop_var())
def del_in_except():
    try:
        raise ValueError
    except ValueError as e:
        pass
    return "e" in locals()
print(del_in_except())
