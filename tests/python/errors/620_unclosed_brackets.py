# Which SyntaxError compile() reports when a bracket is left open or the
# tokenizer finds an error: CPython's parser reads tokens as it goes, so an
# earlier parser error stands unless the open bracket dates from a line
# before it ("'(' was never closed"), and a later tokenizer error wins.
sources = [
    "def f(:\n    pass",
    "class A(:\n",
    "for x in range(10:\n  pass\n",
    "x = (1,\ny = 2\n",
    "x = (1, 2\n",
    "foo(\n",
    "a = [1, 2\nb = 3\nc = 4\n",
    "a b\nc = (\n",
    "c = (\na b\n",
    "f(a b\n",
    "x = {1: 2,\n  3 4}\n",
    "x = [1, 2,\n\nprint(x)\n",
    "if x:\n    y = (1,\n  z\n",
    "a = 1 +\n",
    "x = (1 +\n",
    "print('a'\n'unterminated\n",
    "a b\n'unterminated\n",
    "a b\nx = )\n",
    "x = (]\n",
    "x = [1, 2)\n",
    "(\n1 +\n2\n",
    "def f(a,\n      b\n  return\n",
    "x = [\n  1,\n  2\n",
    "lambda x: (x\n",
    "x = ((1, 2)\n",
    "x = (1, 2))\n",
    "x = {'a': 1\ny = 2\n",
    "x = 1\n(\n",
    "d = {\n'a': 1,\n'b' 2\n}\n",
    "if (a and\n    b:\n  pass\n",
    "f(\n  a,\n  b c\n",
    "a = (1,\n     2\nb = 3\n",
    "x = 5 $ 3\n",
    "x = (5 $\n",
    "(a\n$\n",
    "x = 1\ny = $\nz = 'unterm\n",
    "x = 5 ? 3\n",
    "a = `b`\n",
    "a = 1\n!\n",
    "f(a, $)\n",
    "def f($): pass\n",
    "x = [1, 2 $ 3]\n",
    "  x = 1\ny = 'unterm\n",
    "x = 1\n  y = (\n",
    "x = [1, 2\n'unterminated\n",
    "t = (1,\n2,\n)\n)\n",
]
for mode in ("exec", "eval"):
    for src in sources:
        if mode == "eval" and ("\n" in src.rstrip("\n") or "=" in src):
            continue
        try:
            compile(src, "<src>", mode)
            print(mode, repr(src), "compiles")
        except SyntaxError as e:
            print(mode, repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset,
                  e.end_lineno, e.end_offset)
