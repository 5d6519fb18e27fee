def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
# eval
t(lambda: (eval("1 + 2"), eval("[x * 2 for x in range(3)]"), eval("'a' * 3"), eval("  7  "), eval("(1,\n 2)")))
t(lambda: eval("a + b", {"a": 1, "b": 2}))
t(lambda: eval("a + b", {"a": 1}, {"b": 20}))
t(lambda: eval("len(x)", {"x": [1, 2]}))
t(lambda: eval("undefined_name"))
t(lambda: eval("1 +"))
t(lambda: eval("x = 1"))
t(lambda: eval(""))
t(lambda: eval("1/0"))
t(lambda: eval("lambda z: z + 1")(4))
t(lambda: eval(b"2 * 21"))
t(lambda: eval(5))
# globals dict gets __builtins__
g = {}
eval("1", g)
print(sorted(g), "__builtins__" in g)
# exec with dicts
ns = {}
exec("a = 1\nb = a + 1\ndef fn(x):\n    return x * b\n", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["fn"](5))
gns = {"base": 100}
lns = {}
exec("r = base + 1\nbase2 = r * 2", gns, lns)
print(sorted(lns.items()), "r" in gns)
t(lambda: exec("1 + 1"))
t(lambda: exec("raise ValueError('from exec')"))
t(lambda: exec("def f(:\n  pass"))
t(lambda: exec("x = undefined_in_exec", {}))
ns2 = {}
exec("for i in range(3):\n    pass\nresult = i", ns2)
print(ns2["result"])
exec("class C:\n    v = 5\nobj = C()", ns2)
print(ns2["obj"].v, ns2["C"].__name__)
ns3 = {"__builtins__": {}}
t(lambda: exec("len([])", ns3))
ns4 = {"print": lambda *a: None}
exec("print('hidden')", ns4)
print("after shadowed print")
# compile + exec
code = compile("x = 3\ny = x * x", "<mine>", "exec")
print(type(code).__name__)
ns5 = {}
exec(code, ns5)
print(ns5["y"])
ec = compile("y + 1", "<e>", "eval")
print(eval(ec, ns5), eval(ec, {"y": 0}))
sc = compile("z = 5", "<s>", "single")
ns6 = {}
exec(sc, ns6)
print(ns6["z"])
t(lambda: compile("x = ", "<bad>", "exec"))
t(lambda: compile("x = 1", "<bad>", "eval"))
t(lambda: compile("1", "<bad>", "wrongmode"))
try:
    compile("a b", "<file>", "exec")
except SyntaxError as ex:
    print("SyntaxError", ex.filename, ex.lineno)
try:
    exec(compile("\n\nraise KeyError('k')", "<multi>", "exec"))
except KeyError as ex:
    print("KeyError", ex)
# exec in function scope modifies dict, not locals
def fn_exec():
    d = {}
    exec("q = 9", d)
    return d["q"]
print(fn_exec())
src = "total = 0\nfor n in range(5):\n    total += n\n"
env = {}
exec(src, env)
print(env["total"], exec("pass"), eval("None"))
