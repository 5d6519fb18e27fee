# The node classes of _ast, as ast re-exports them: names, bases, _fields,
# _attributes, docs, construction, defaults, ast.dump of hand-built trees.
import ast
import _ast

print(ast.BinOp, ast.AST, ast.expr, ast.Load)
print(ast.BinOp.__module__, ast.BinOp.__name__, ast.BinOp.__qualname__, type(ast.BinOp).__name__)
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

# Every class of _ast and its bases, in sorted order.
classes = sorted(n for n in dir(_ast) if not n.startswith('_') and isinstance(getattr(_ast, n), type))
print(len(classes))
for name in classes:
    cls = getattr(_ast, name)
    print(name, [b.__name__ for b in cls.__bases__], cls._fields, cls._attributes)
    assert cls.__match_args__ == cls._fields, name
    assert type(cls._fields) is tuple and all(type(f) is str for f in cls._fields), name
    assert cls is getattr(ast, name), name

# The hierarchy.
print(issubclass(ast.BinOp, ast.expr), issubclass(ast.BinOp, ast.AST), issubclass(ast.BinOp, ast.stmt))
print(issubclass(ast.Add, ast.operator), issubclass(ast.Load, ast.expr_context))
print(issubclass(ast.ExceptHandler, ast.excepthandler), issubclass(ast.MatchAs, ast.pattern))
print(issubclass(ast.arguments, ast.AST), ast.arguments.__bases__ == (ast.AST,))
print([c.__name__ for c in ast.Constant.__mro__])
print(sorted(c.__name__ for c in ast.boolop.__subclasses__()))
print(sorted(c.__name__ for c in ast.mod.__subclasses__()))
print(len(ast.stmt.__subclasses__()) >= 27, len(ast.cmpop.__subclasses__()))

# Docs: the ASDL signatures.
print(ast.BinOp.__doc__)
print(ast.Pass.__doc__, '|', ast.Add.__doc__)
print(ast.boolop.__doc__)
print(ast.mod.__doc__)
print(ast.arguments.__doc__)
print(ast.AST.__doc__)

# Construction: positional arguments fill _fields, keywords set anything.
b = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))
print(ast.dump(b))
print(ast.dump(b, annotate_fields=False))
n = ast.Name('x', ast.Load(), lineno=3, col_offset=4)
print(n.id, type(n.ctx).__name__, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
print(sorted(n.__dict__))
print(ast.dump(n, include_attributes=True))
n2 = ast.Name(id='y', extra=5)
print(n2.id, n2.extra, ast.dump(n2))
c = ast.Constant(value=None)
print(c.value, c.kind, ast.dump(c))

# Missing fields: optional ones read None (a class attribute), the others raise.
r = ast.Return()
print(r.value, r.__dict__, 'value' in ast.Return.__dict__, ast.dump(r))
f = ast.FunctionDef(name='f')
for attr in ('returns', 'type_comment', 'body', 'lineno', 'end_lineno'):
    try:
        print(attr, repr(getattr(f, attr)))
    except AttributeError as e:
        print(attr, 'AttributeError:', e)
print(ast.dump(f))
print(ast.dump(ast.ImportFrom(names=[ast.alias('os')])))
print(ast.alias('os').asname, ast.alias('os').end_lineno, ast.arg('a').annotation)
print(ast.keyword(value=ast.Constant(1)).arg, ast.ExceptHandler().type, ast.ExceptHandler().name)
print(ast.Slice().lower, ast.MatchAs().pattern, ast.match_case(ast.MatchAs()).guard)
try:
    ast.MatchValue().lineno
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(ast.pattern, 'end_lineno'), hasattr(ast.expr, 'end_lineno'), ast.stmt.end_col_offset)

# Constructor errors.
for make in (lambda: ast.BinOp(1, 2, 3, 4), lambda: ast.Return(1, 2), lambda: ast.Add(1),
             lambda: ast.AST(1), lambda: ast.Name('a', id='b'), lambda: ast.Pass(None)):
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)

# A bigger tree, dumped with an indent.
tree = ast.Module(
    body=[
        ast.FunctionDef(
            name='add',
            args=ast.arguments(posonlyargs=[], args=[ast.arg('a'), ast.arg('b')], kwonlyargs=[],
                               kw_defaults=[], defaults=[]),
            body=[ast.Return(ast.BinOp(ast.Name('a', ast.Load()), ast.Add(),
                                       ast.Name('b', ast.Load())))],
            decorator_list=[]),
        ast.Expr(ast.Call(ast.Name('print', ast.Load()),
                          [ast.Call(ast.Name('add', ast.Load()), [ast.Constant(1), ast.Constant(2)], [])],
                          [ast.keyword('sep', ast.Constant(''))])),
    ],
    type_ignores=[])
print(ast.dump(tree))
print(ast.dump(tree, indent=2))
print(ast.dump(ast.Compare(ast.Constant(1), [ast.Lt(), ast.LtE()], [ast.Constant(2), ast.Constant(3)]), indent='..'))

# Subclasses from Python.
class MyNode(ast.AST):
    _fields = ('a', 'b')

m = MyNode(1, b=2)
print(m.a, m.b, ast.dump(m), isinstance(m, ast.AST), MyNode.__match_args__)

class Shout(ast.Name):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.id = self.id.upper()

s = Shout('quiet', ast.Store())
print(s.id, ast.dump(s), isinstance(s, ast.expr))

class Custom(ast.AST):
    _fields = ['x', 'y']

print(ast.dump(Custom(10, y=20)))

# Pattern matching uses __match_args__.
def describe(node):
    match node:
        case ast.BinOp(ast.Constant(l), ast.Add(), ast.Constant(r)):
            return f'sum of {l} and {r}'
        case ast.Name(name, ast.Load()):
            return f'load {name}'
        case ast.Constant(value=v):
            return f'constant {v!r}'
        case _:
            return 'other'

for node in (b, ast.Name('q', ast.Load()), ast.Constant('s'), ast.Pass()):
    print(describe(node))

# __reduce__ and class attributes.
print(b.__reduce__()[0] is ast.BinOp, b.__reduce__()[1], sorted(b.__reduce__()[2]))
print(ast.Add().__reduce__()[1:], ast.AST.__init__.__qualname__)
ast.Name.marker = 'set'
print(ast.Name('a').marker)
del ast.Name.marker
print(hasattr(ast.Name('a'), 'marker'))

# Deprecated aliases ast.py defines in Python (not in _ast).
print('Num' in dir(_ast), 'Num' in dir(ast), ast.Index.__mro__[1].__name__, ast.Suite.__bases__[0].__name__)
