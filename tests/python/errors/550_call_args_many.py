# Wrong-argument TypeErrors for plain functions: defaults, keyword-only, positional-only.
def f0():
    return 0
def f1(a):
    return a
def f2(a, b):
    return a
def fd(a, b=2, c=3):
    return a
def fk(a, *, k):
    return a
def fk2(*, x, y, z=0):
    return x
def fpo(a, b, /, c):
    return a
def fpo2(a, /, b=1, *, c=2):
    return a
def f3(a, b, c):
    return a

cases = [
    lambda: f0(1),
    lambda: f0(1, 2),
    lambda: f0(x=1),
    lambda: f1(),
    lambda: f1(1, 2),
    lambda: f1(b=1),
    lambda: f1(1, a=2),
    lambda: f2(),
    lambda: f2(1),
    lambda: f2(b=1),
    lambda: f2(1, 2, 3),
    lambda: f3(),
    lambda: f3(1),
    lambda: f3(c=1),
    lambda: fd(),
    lambda: fd(1, 2, 3, 4),
    lambda: fd(1, 2, 3, 4, 5),
    lambda: fd(1, d=4),
    lambda: fd(1, 2, b=3),
    lambda: fk(1),
    lambda: fk(1, 2),
    lambda: fk(1, 2, k=3),
    lambda: fk(k=3),
    lambda: fk2(),
    lambda: fk2(z=1),
    lambda: fk2(x=1),
    lambda: fk2(1),
    lambda: fk2(1, x=1, y=2),
    lambda: fpo(1, 2),
    lambda: fpo(1, b=2, c=3),
    lambda: fpo(a=1, b=2, c=3),
    lambda: fpo(1, 2, 3, 4),
    lambda: fpo2(a=1),
    lambda: fpo2(1, 2, 3),
    lambda: fpo2(1, d=4),
    lambda: fpo2(),
    lambda: (lambda x, y: x)(1),
    lambda: (lambda: 0)(5),
    lambda: (lambda *, q: q)(),
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, "ok", r)
    except TypeError as e:
        print(i, type(e).__name__, e)
print(fd(1), fd(1, c=9), fk(1, k=2), fk2(y=1, x=2), fpo(1, 2, c=3), fpo2(1, b=5, c=6))
