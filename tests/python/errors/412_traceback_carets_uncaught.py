# How the interpreter itself prints an uncaught exception's traceback with
# CPython 3.11's markers: each program runs in a child interpreter (this one,
# sys.executable) from a file, and its stderr is shown with the file's
# directory left out.
import os
import subprocess
import sys
import tempfile

CASES = [
    # A binary operator two calls deep.
    '''
def inner(a, b):
    return a / b

def outer(x):
    return inner(x, 0) + 1

outer(5)
''',
    # Subscripts, with the operator inside an expression.
    '''
data = {"a": [1, 2]}
total = data["a"][5] * 2
''',
    '''
def get(d):
    return d["missing"]
print(get({}))
''',
    # Attribute access and method calls.
    '''
class Point:
    pass
p = Point()
print(p.x)
''',
    '''
value = "text"
result = value.upper().missing_method(1, 2)
''',
    # A call that spans the whole line: no markers.
    '''
def fail():
    raise RuntimeError("boom")
fail()
''',
    # Nested calls: the call that failed is marked.
    '''
def fail(x):
    raise ValueError(x)
print(len(str(fail(1))))
''',
    # Chained exceptions: the context and the cause keep their markers.
    '''
def parse(s):
    try:
        return int(s) + 0
    except ValueError as e:
        raise KeyError(s) from e
x = [parse("12"), parse("zz")]
''',
    '''
try:
    {}["a"]
except KeyError:
    1 / 0
''',
    # Inside a lambda, a comprehension and a generator.
    '''
f = lambda s: s + 1
print(f("x"))
''',
    '''
values = [1, 2, 0]
inverse = [1 / v for v in values]
''',
    '''
def gen():
    yield 1
    yield {}["k"]
for item in gen():
    pass
''',
    # A decorator that fails, and a class body.
    '''
def broken(f):
    return f.nope
@broken
def g():
    pass
''',
    '''
class C:
    x = 1
    y = x + "a"
''',
    # Exception groups.
    '''
def f(n):
    return [1][n]
errors = []
for i in range(1, 3):
    try:
        f(i)
    except IndexError as e:
        errors.append(e)
raise ExceptionGroup("several", errors)
''',
    # Recursion: the repeated entries are counted.
    '''
def down(n):
    if n == 50:
        raise ValueError(n)
    return down(n + 1) + 1
down(0)
''',
]

env = dict(os.environ, PYTHONIOENCODING="utf-8")
for i, src in enumerate(CASES):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "prog.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(src.lstrip("\n"))
        r = subprocess.run([sys.executable, path], capture_output=True, encoding="utf-8", env=env)
    print("case", i, "exit", r.returncode)
    print(r.stderr.replace(d + os.sep, ""), end="")
