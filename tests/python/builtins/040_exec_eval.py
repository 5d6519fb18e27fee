print(eval("1 + 2 * 3"))
ns = {}
exec("x = 5\ndef f(y):\n    return x + y", ns)
print(ns["x"], ns["f"](10))
code = compile("a * 2", "<expr>", "eval")
print(eval(code, {"a": 21}))
def show():
    local_var = 1
    return sorted(locals())
print(show(), "show" in globals())
print(vars(type("T", (), {"k": 1}))["k"])
