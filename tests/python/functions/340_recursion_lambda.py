# Mutual recursion, recursion with accumulators, lambdas
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(6)], is_odd(101))

def flatten(x):
    if isinstance(x, (list, tuple)):
        out = []
        for y in x:
            out.extend(flatten(y))
        return out
    return [x]
print(flatten([1, [2, (3, [4, [5]])], [], 6]))

def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5))

def power_set(xs):
    if not xs:
        return [[]]
    rest = power_set(xs[1:])
    return rest + [[xs[0]] + r for r in rest]
print(sorted(power_set([1, 2, 3])))

# Hofstadter female/male sequences
def F(n):
    return 1 if n == 0 else n - M(F(n - 1))
def M(n):
    return 0 if n == 0 else n - F(M(n - 1))
print([F(i) for i in range(12)], [M(i) for i in range(12)])

# recursion limit
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError", "maximum recursion depth exceeded" in str(e))
print(issubclass(RecursionError, RuntimeError))

# recursion works after a RecursionError
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))

# lambdas
sq = lambda x: x * x
print(sq(7), sq.__name__, (lambda: 0).__name__)
print((lambda a, b=2, *c, d, **e: (a, b, c, d, e))(1, d=4))
print((lambda *, k: k)(k="kw"))
print((lambda x, /: x)(5))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
print(Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))(6))
print((lambda: (yield))().__class__.__name__)
cond = lambda x: "neg" if x < 0 else "zero" if x == 0 else "pos"
print([cond(v) for v in (-1, 0, 1)])
print((lambda x: [x for x in range(x)])(3))
try:
    (lambda x: x)()
except TypeError as e:
    print("TypeError:", e)
try:
    (lambda: 1)(2)
except TypeError as e:
    print("TypeError:", e)
