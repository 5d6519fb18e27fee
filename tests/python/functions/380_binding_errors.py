# Argument binding error messages
def f0():
    pass
def f1(a):
    pass
def f2(a, b):
    pass
def f3(a, b, c):
    pass
def fd(a, b=1, c=2):
    pass
def fk(*, a, b):
    pass
def fmix(a, b, *, c, d):
    pass
def fpo(a, /, b):
    pass
def fvar(a, *args):
    pass
class C:
    def m(self, x):
        pass
    @staticmethod
    def s(x):
        pass
    @classmethod
    def cm(cls, x):
        pass
    def __init__(self, v):
        pass
cases = [
    lambda: f0(1),
    lambda: f0(1, 2),
    lambda: f0(a=1),
    lambda: f1(),
    lambda: f1(1, 2),
    lambda: f2(),
    lambda: f2(1),
    lambda: f2(b=1),
    lambda: f3(),
    lambda: f3(1),
    lambda: f3(c=1),
    lambda: fd(),
    lambda: fd(1, 2, 3, 4),
    lambda: fd(1, d=1),
    lambda: fd(1, a=2),
    lambda: fk(),
    lambda: fk(a=1),
    lambda: fk(1, 2),
    lambda: fk(1, a=1, b=2),
    lambda: fmix(1),
    lambda: fmix(1, 2),
    lambda: fmix(1, 2, 3),
    lambda: fmix(1, 2, 3, c=3, d=4),
    lambda: fpo(a=1, b=2),
    lambda: fpo(1),
    lambda: fvar(),
    lambda: fvar(b=1),
    lambda: C(0).m(),
    lambda: C(0).m(1, 2),
    lambda: C.m(),
    lambda: C.s(),
    lambda: C.cm(),
    lambda: C(),
    lambda: C(1, 2),
    lambda: C(1, v=2),
    lambda: f2(1, 2, a=3, b=4),
    lambda: f2(1, **{"b": 2, "zz": 3}),
    lambda: f0(**{"x": 1, "y": 2}),
    lambda: (lambda q: q)(),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "ok")
    except TypeError as e:
        print(i, e)
