# SyntaxErrors of parameter lists, annotated targets, '=' after comparisons
# and try statements without handlers, with CPython 3.11's positions.
cases = [
    "def f(**kw=1): pass", "def f(*a=1): pass", "lambda *: 0", "lambda *, **k: 0",
    "def f(*): pass", "def f(a, *, **kw): pass", "def f(**kw, a: int): pass",
    "def f(*, a, *b): pass", "lambda **kw, a: 0", "def f(**kw, *a): pass",
    "def f(**kw, /): pass", "def f(**kw,): pass", "def f(*,): pass", "lambda *,: 0",
    "def f(*, a): pass", "def f(*a, b=1, **c): pass",
    "(a, b): int", "[a]: int", "a, b: int", "((a, b)): int", "f(): int", "1: int",
    "x + 1: int", "print(1):", "(a, b): int = 3", "a, *b: int",
    "x == 1 = 2", "(x == 1) = 2", "not x = 1", "x and y = 1", "x if y else z = 1",
    "(not x) = 1", "x + 1 = 2", "-x = 1",
    "try:\n    pass\n", "try:\n    pass", "try:\n    pass\n\n\n", "if 1:\n    try:\n        pass\n",
    "if 1:\n    try:\n        pass\nx = 1\n", "try:\n    pass\n# c\n", "try: pass\n", "try: pass",
]
for s in cases:
    try:
        compile(s, "<s>", "exec")
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
