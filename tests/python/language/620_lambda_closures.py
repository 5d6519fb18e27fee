# lambdas: late binding, default capture, signatures, names, closures over loop variables
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
fs = []
for j in range(3):
    fs.append(lambda: j)
j = 99
print([f() for f in fs])
def make(n):
    return lambda x: x + n
adders = [make(n) for n in range(3)]
print([a(10) for a in adders])
acc = lambda lst=[]: (lst.append(len(lst)), lst)[1]
print(acc(), acc(), acc([9]))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
print((lambda a, /, b, *, c=3: (a, b, c))(1, b=2))
print((lambda: 1).__name__, (lambda x: x).__code__.co_argcount, (lambda x, y=2: 0).__defaults__)
f = lambda x: x
print(f.__qualname__, f.__name__)
def outer():
    return lambda: 0
print(outer().__qualname__)
class C:
    base = 10
    try:
        computed = [(lambda: base)() for _ in range(1)]
    except NameError as e:
        computed = str(e)
    adder = lambda self, x: self.base + x
print(C.computed, C().adder(5))
nested = lambda x: lambda y: lambda z: x + y + z
print(nested(1)(2)(3))
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15))
print(list((lambda: (yield 7))()), list((lambda: (yield from "ab"))()))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda x, y: x * y, [1, 2], [3, 4])))
g = lambda x, *, k: x + k
try:
    g(1, 2)
except TypeError as e:
    print(e)
try:
    (lambda x: x)()
except TypeError as e:
    print(e)
counter = (lambda: [0])()
inc = lambda: counter.__setitem__(0, counter[0] + 1) or counter[0]
print(inc(), inc(), inc())
def cell_rebinding():
    x = 1
    f = lambda: x
    x = 2
    return f()
print(cell_rebinding())
print((lambda x=[]: x)() is (lambda x=[]: x)(), (lambda: None)() is None)
