# Modules that import ast: inspect and pprint (which imports dataclasses),
# and ast.get_docstring with cleaning (which imports inspect).
import ast
import inspect
import pprint

def greet(name, greeting='hello', *args, sep=', ', **kwargs):
    """Say hello.

        Indented detail.
    """
    return greeting + sep + name

class Shape:
    """A shape."""
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    @property
    def label(self):
        return self.name.upper()

    @staticmethod
    def unit():
        return 1

    @classmethod
    def make(cls):
        return cls('made')

# -- inspect --------------------------------------------------------------------------------------

sig = inspect.signature(greet)
print(sig)
print([(p.name, p.kind.name, p.default) for p in sig.parameters.values()])
print(sig.parameters['greeting'].default, sig.parameters['name'].default is inspect.Parameter.empty)
bound = sig.bind('ann', sep='; ')
bound.apply_defaults()
print(bound.arguments)
print(greet(*bound.args, **bound.kwargs))
try:
    sig.bind()
except TypeError as e:
    print('TypeError:', e)
print(inspect.signature(Shape.area), inspect.signature(Shape('x').area), inspect.signature(lambda a, b=2: 0))
print(inspect.signature(Shape), inspect.signature(Shape.make))
print(inspect.isfunction(greet), inspect.isfunction(Shape), inspect.isclass(Shape), inspect.isclass(greet))
print(inspect.ismethod(Shape('x').area), inspect.isbuiltin(len), inspect.isroutine(len))
print(inspect.ismodule(ast), inspect.isgeneratorfunction(greet), inspect.getmro(bool) == (bool, int, object))
print(inspect.getdoc(greet))
print(repr(inspect.cleandoc(greet.__doc__)), inspect.getdoc(Shape))
print([name for name, _ in inspect.getmembers(Shape) if not name.startswith('__')])
print([name for name, _ in inspect.getmembers(Shape, inspect.isfunction)])
print(ast.get_docstring(ast.FunctionDef(body=[ast.Expr(ast.Constant(greet.__doc__))])))

# -- pprint ---------------------------------------------------------------------------------------

data = {
    'name': 'example',
    'numbers': list(range(30)),
    'nested': {'a': [1, 2, {'deep': ('x', 'y', 'z') * 4}], 'b': {'c': None, 'd': True}},
    'words': ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'],
}
print(pprint.pformat(data))
print(pprint.pformat(data, width=40, compact=True))
print(pprint.pformat(data, indent=2, depth=2))
print(pprint.pformat({'z': 1, 'a': 2}, sort_dicts=False), pprint.pformat({'z': 1, 'a': 2}))
print(pprint.pformat([[1, 2], [3, 4]], depth=1))
pprint.pprint({'set': {3, 1, 2}, 'frozen': frozenset({30, 10, 20}), 'tuple': (1,), 'str': 'x' * 90})
print(pprint.isreadable(data['nested']), pprint.isrecursive(data), pprint.saferepr([1, 'two']))
loop = [1, 2]
loop.append(loop)
print(pprint.isrecursive(loop), pprint.isreadable(loop), pprint.pformat([loop, 3])[:12])
pp = pprint.PrettyPrinter(width=20)
print(pp.pformat(list(range(8))))
