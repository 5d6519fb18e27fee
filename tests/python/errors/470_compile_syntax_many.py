# Many syntax errors (assignment/delete targets, starred, numeric literals) checked at once through compile().
cases = [
    "f() = 1",
    "a + b = 1",
    "-a = 1",
    "(a, b()) = 1, 2",
    "[x for x in y] = 1",
    "{x: 1 for x in y} = 1",
    "(x for x in y) = 1",
    "a, b += 1",
    "[a] += 1",
    "f() += 1",
    "None = 1",
    "True = 1",
    "__debug__ = 1",
    "del 1",
    "del f()",
    "del a + b",
    "*a = 1",
    "print(*)",
    "a = *b",
    "x = 0b2",
    "x = 0o8",
    "x = 0x",
    "x = 09",
    "x = 1__0",
    "x = 1.2.3",
    "x = 1e",
    "f = lambda: return 1",
    "f = lambda x: (yield)",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "-> compiled OK")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, e.lineno)
