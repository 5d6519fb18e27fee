# ast's tree helpers over hand-built trees: NodeVisitor, NodeTransformer,
# walk, iter_fields, iter_child_nodes, the location helpers, get_docstring
# (clean=False: cleaning imports inspect).
import ast

def name(id, ctx=None):
    return ast.Name(id, ctx or ast.Load())

# def area(w, h):
#     "Area of a rectangle."
#     total = w * h + 0
#     return total
func = ast.FunctionDef(
    name='area',
    args=ast.arguments(posonlyargs=[], args=[ast.arg('w'), ast.arg('h')], kwonlyargs=[],
                       kw_defaults=[], defaults=[]),
    body=[
        ast.Expr(ast.Constant('Area of a rectangle.')),
        ast.Assign([name('total', ast.Store())],
                   ast.BinOp(ast.BinOp(name('w'), ast.Mult(), name('h')), ast.Add(), ast.Constant(0))),
        ast.Return(name('total')),
    ],
    decorator_list=[])
module = ast.Module([func, ast.Expr(ast.Call(name('area'), [ast.Constant(2), ast.Constant(3)], []))], [])

print(list(ast.iter_fields(ast.BinOp(ast.Constant(1), ast.Sub(), ast.Constant(2)))) [1][0])
print([(f, type(v).__name__) for f, v in ast.iter_fields(func)])
print([type(n).__name__ for n in ast.iter_child_nodes(func)])
print([type(n).__name__ for n in ast.walk(module)])
print(sorted({n.id for n in ast.walk(module) if isinstance(n, ast.Name)}))
print(ast.get_docstring(func, clean=False), ast.get_docstring(module, clean=False))

# A visitor that counts node kinds and records names with their context.
class Counter(ast.NodeVisitor):
    def __init__(self):
        self.counts = {}
        self.names = []

    def generic_visit(self, node):
        kind = type(node).__name__
        self.counts[kind] = self.counts.get(kind, 0) + 1
        super().generic_visit(node)

    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))
        self.generic_visit(node)

c = Counter()
c.visit(module)
print(sorted(c.counts.items()))
print(c.names)

# visit_Constant is what 3.11 calls for constants (visit_Num & co. are the
# deprecated fallbacks).
class Constants(ast.NodeVisitor):
    def __init__(self):
        self.found = []

    def visit_Constant(self, node):
        self.found.append(node.value)

k = Constants()
k.visit(module)
print(k.found)

# A transformer: folds constant arithmetic, drops `+ 0`, renames, deletes docstrings.
class Simplify(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add) and isinstance(node.right, ast.Constant) and node.right.value == 0:
            return node.left
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            ops = {ast.Add: lambda a, b: a + b, ast.Mult: lambda a, b: a * b}
            fold = ops.get(type(node.op))
            if fold:
                return ast.copy_location(ast.Constant(fold(node.left.value, node.right.value)), node)
        return node

    def visit_Name(self, node):
        if node.id == 'total':
            return ast.Name('result', node.ctx)
        return node

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return None  # removed from the body
        return self.generic_visit(node)

tree = Simplify().visit(module)
print(ast.dump(tree, indent=1))
folded = Simplify().visit(ast.Expression(ast.BinOp(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)),
                                                   ast.Add(), ast.Constant(8))))
print(ast.dump(folded))

# A transformer returning several statements replaces one with a list.
class Duplicate(ast.NodeTransformer):
    def visit_Return(self, node):
        return [ast.Expr(ast.Constant('before return')), node]

dup = Duplicate().visit(ast.Module([ast.Return(ast.Constant(1))], []))
print(ast.dump(dup))

# Locations: fix_missing_locations, increment_lineno, copy_location.
expr = ast.Expression(ast.BinOp(ast.Constant(1, lineno=5, col_offset=2), ast.Add(), ast.Constant(2)))
ast.fix_missing_locations(expr)
print([(type(n).__name__, getattr(n, 'lineno', None), getattr(n, 'col_offset', None))
       for n in ast.walk(expr)])
ast.increment_lineno(expr, 10)
print([(type(n).__name__, getattr(n, 'lineno', None), getattr(n, 'end_lineno', None))
       for n in ast.walk(expr)])
src = ast.Name('a', ast.Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
dst = ast.copy_location(ast.Name('b', ast.Load()), src)
print(ast.dump(dst, include_attributes=True))

# Equality is identity; nodes are hashable and usable in sets and dicts.
a1, a2 = ast.Constant(1), ast.Constant(1)
print(a1 == a2, a1 == a1, len({a1, a2, a1}))
