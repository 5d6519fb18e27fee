# Generator expressions: lazy evaluation order
def src(name, n):
    for i in range(n):
        print("  %s yields %d" % (name, i))
        yield i

print("create genexpr")
ge = (x * 2 for x in src("A", 3))
print("created")
for v in ge:
    print("consumed", v)

# first iterable evaluated eagerly, rest lazily
def first():
    print("first() evaluated")
    return [1, 2]
def second():
    print("second() evaluated")
    return [10, 20]
ge = (a + b for a in first() for b in second())
print("genexpr made")
print(list(ge))

# error in the outermost iterable raised at creation
try:
    ge = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
# error in condition is lazy
ge = (1 / x for x in [1, 0])
print("made division genexpr")
print(next(ge))
try:
    next(ge)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(ge, "done"))

# interleaving of pipelines
def stage(name, it):
    for x in it:
        print("  %s passes %s" % (name, x))
        yield x
pipe = stage("S2", stage("S1", range(2)))
print(list(pipe))

# filter evaluated per item
def pred(x):
    print("  pred", x)
    return x % 2 == 0
print(list(x for x in range(4) if pred(x)))

# genexpr captures variables late (except outermost)
n = 1
ge = (x * n for x in range(3))
n = 10
print(list(ge))
lst = [1, 2]
ge = (x for x in lst)
lst = [7, 8, 9]
print(list(ge))
lst2 = [1, 2]
ge = (x for x in lst2)
lst2.append(3)
print(list(ge))

# genexpr as sole argument and type
print(sum(x for x in range(5)), type(x for x in []).__name__)
print(max((len(w), w) for w in ["a", "bbb", "cc"]))
print("".join(c.upper() for c in "abc"))
# exhausted after one pass
ge = (i for i in range(3))
print(list(ge), list(ge), sum(ge))
# nested genexpr
print(list(list(y for y in range(x)) for x in range(4)))
# genexpr with multiple conditions
print(list(x for x in range(30) if x % 2 if x % 3 == 0))
# genexpr scopes: class body variable not visible in inner loops
class C:
    vals = [1, 2]
    doubled = list(v * 2 for v in vals)
print(C.doubled)
try:
    class D:
        k = 3
        out = list(k for _ in range(2))
except NameError as e:
    print("NameError:", e)
