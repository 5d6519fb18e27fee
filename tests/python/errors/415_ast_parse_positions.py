# ast.parse (compile() with PyCF_ONLY_AST): the node trees, with the source
# positions that traceback markers are drawn from (col_offset and
# end_col_offset are UTF-8 byte offsets); literal_eval on top of it.
import ast

SNIPPETS = [
    "x = 1",
    "a, *b = c",
    "x += 1",
    "x: int = 5\n(y): int\n",
    "del a, b[1], c.d",
    "f(a, *b, k=1, **c)",
    "f(x for x in y)",
    "a.b.c(1)[2]",
    "(a).b\n(a)[0]\n(f)(x)\n",
    "lambda x, /, y=1, *a, z, w=2, **k: x",
    "@dec(1)\ndef f(a, b: int = 1, *args, c, d=2, **kw) -> int:\n    return a\n",
    "async def f():\n    await x\n    async for a in b:\n        pass\n    async with c as d:\n        pass\n",
    "@dec\nclass C(B, metaclass=M):\n    'doc'\n    x = 1\n",
    "if a:\n    b\nelif c:\n    d\nelse:\n    e\n",
    "while x:\n    break\nelse:\n    continue\n",
    "for i, j in k:\n    pass\n",
    "try:\n    a\nexcept E as e:\n    b\nexcept:\n    c\nelse:\n    d\nfinally:\n    e\n",
    "try:\n    a\nexcept* E:\n    b\n",
    "with a as b, c:\n    pass\nwith (d as e, f):\n    pass\nwith (g, h):\n    pass\n",
    "import a.b as c, d\nfrom .. import e as f\nfrom g import *\n",
    "global x, y",
    "assert x, 'msg'\nraise E from F\nraise\n",
    "x = [1, 2, *a]\ny = {1: 2, **d}\nz = {1, 2}\nw = (1,)\nv = ()\n",
    "[x for x in y if x if z]\n{k: v for k, v in d}\n{x async for x in y}\n",
    "a if b else c\nnot a\n-a\n+a\n~a\na and b or c\n",
    "a < b <= c == d != e > f >= g is h is not i in j not in k",
    "a + b - c * d / e // f % g ** h @ i << j >> k & l | m ^ n",
    "x[1:2, ::3, 4]\nx[...]\n",
    "f'{a!r:>{w}} {b=} text {c:.2f}'",
    "f'a{x}b' 'c' f'{y=}'",
    "(f'{h:02d}:{m:02d}'\n f'.{s:06d}')",
    "u'x' 'y'\nb'a' b'b'\n",
    "1j\n1.5\n0x1f\n10**100\n",
    "def g():\n    yield\n    x = yield y\n    yield from z\n",
    "[y := f(x) for x in z]",
    "match p:\n    case {1: x, **r}: pass\n    case C(1, a=b) | None: pass\n    case [1, *rest]: pass\n    case (a, b) if a: pass\n    case -1 | 1+2j | 'a' 'b': pass\n    case x.y.z: pass\n    case _: pass\n",
    "x = (\n    1 +\n    2\n)\n",
    "obj.method(\n    1)\n",
    "s = '''a\nb''' + f'''x\n{y + 1}'''\n",
    "x = 'é' + \"ü\" + y; z = 'ключ'[0]\n",
]
for src in SNIPPETS:
    print(ast.dump(ast.parse(src), include_attributes=True))

print(ast.dump(ast.parse("a + b", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("a + b\n", mode="single"), include_attributes=True))

# Positions of a few nodes, as ast.get_source_segment reads them.
src = "total = prices['apple'] * count + tax(rate=0.2)\n"
for node in ast.walk(ast.parse(src)):
    if isinstance(node, (ast.BinOp, ast.Subscript, ast.Call, ast.keyword)):
        print(type(node).__name__, repr(ast.get_source_segment(src, node)))

print(ast.literal_eval("[1, (2, 'x'), {3: None}, -4.5, 1+2j, {'a'}]"))
try:
    ast.parse("x = = 1")
except SyntaxError as e:
    print(type(e).__name__, e.lineno, e.offset)

# A tree compiles back (compile(tree, ...)), transformed or not, and runs.
src = """
def area(w, h=2):
    return w * h
values = [area(n) for n in range(4) if n]
print(values, f"{values[0]:>4}", {k: v for k, v in zip('ab', values)})
"""
tree = ast.parse(src)
exec(compile(tree, "<tree>", "exec"), {})


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


exec(compile(ast.fix_missing_locations(Double().visit(ast.parse(src))), "<tree>", "exec"), {})
print(eval(compile(ast.parse("1 + 2 * 3", mode="eval"), "<tree>", "eval")))
expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(expr), "<made>", "eval")))
print(compile(tree, "<tree>", "exec", ast.PyCF_ONLY_AST) is tree)
for bad in (ast.Module([ast.Expr(ast.Name("x", ast.Load()))], []), ast.Expression(ast.Pass())):
    try:
        compile(bad, "<bad>", "exec")
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
code = compile(ast.parse("x = 1\ny = x / 0\n"), "<tree>", "exec")
try:
    exec(code, {})
except ZeroDivisionError as e:
    fs = e.__traceback__.tb_next
    print(fs.tb_lineno, list(code.co_positions())[fs.tb_lasti // 2])
