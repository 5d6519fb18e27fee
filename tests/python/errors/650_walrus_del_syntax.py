# Where an assignment expression may stand unparenthesized, the symbol
# table's rules for it in comprehensions, and `del` of starred targets.
sources = [
    "x := 1",
    "def f(): return y := 2",
    "for x in y := [1]: pass",
    "x = y := 1",
    "print(x := 1)",
    "a[x := 1]",
    "f(x, y := 1)",
    "[x := 1, 2]",
    "{x := 1}",
    "x := 1, 2",
    "def g(): yield x := 1",
    "del (x := 1)",
    "with (x := 1): pass",
    "assert x := 1",
    "if x := 1: pass",
    "while x := 0: pass",
    "(x := 1)",
    "x[y := 1] = 2",
    "f(*x := 1)",
    "[i := 0 for i in range(3)]",
    "[(i, j) for i in range(2) for j in range(2) if (j := 5)]",
    "[[(j := 0) for i in range(2)] for j in range(2)]",
    "[x for x in (y := [1])]",
    "[x for x in range(2) for z in (w := [1])]",
    "[x for x in [lambda: (y := 1)]]",
    "{k: (v := k) for k in range(2)}",
    "[x for x in [(w := 1) for y in range(2)]]",
    "[x for x in (lambda: [(w := 1) for y in range(2)])()]",
    "[x for x in [y for y in range(2) if (q := 1)]]",
    "def f():\n    [x for x in [lambda: (y := 1)]]",
    "{(k := 1): 2 for j in range(2)}",
    "class D:\n    [w2 := i for i in range(2)]",
    "class D:\n    (w3 := 1)",
    "class D:\n    def m(self):\n        return [w4 := i for i in range(2)]",
    "def h():\n    return [[k := i for i in range(2)] for j in range(2)]",
    "[(a, b) for (a, *b) in [(1, 2)] if (b := 1)]",
    "[x for x in range(3) if (x := 1)]",
    "del *a, b",
    "del (*a, b)",
    "del [*a]",
    "del *a",
    "del a, (*b, c)",
    "del a, b",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)


def scope():
    r = [[k := i * j for i in range(3)] for j in range(2)]
    return r, k


print(scope())
