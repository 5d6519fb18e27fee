# Parameter kinds: positional, keyword, defaults, keyword-only, positional-only
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)

print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 40, e=5, f=60))
print(f(1, 2, d=44, c=33, f=66, e=55))

def po(x, y=10, /):
    return x, y
print(po(1), po(1, 2))

def po_kw(a, /, **kw):
    # 'a' may also appear as a keyword in **kw because it is positional-only
    return a, sorted(kw.items())
print(po_kw(1, a=2, b=3))

def ko(*, x, y=2):
    return x, y
print(ko(x=1), ko(y=5, x=9))

def star_then_kw(*args, sep="-"):
    return sep.join(str(a) for a in args)
print(star_then_kw(1, 2, 3), star_then_kw(1, 2, sep="+"), repr(star_then_kw()))

def all_kinds(p1, p2=2, /, n1=3, *args, k1, k2=5, **kwargs):
    return p1, p2, n1, args, k1, k2, sorted(kwargs.items())
print(all_kinds(1, k1=4))
print(all_kinds(1, 2, 3, 4, 5, k1=6, z=7, p1=8))
print(all_kinds(1, n1=9, k1=0))

cases = [
    lambda: f(a=1, b=2, c=3, e=5),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4, 5, e=1),
    lambda: f(1, 2, e=5),
    lambda: po(x=1),
    lambda: po(),
    lambda: po(1, 2, 3),
    lambda: ko(1),
    lambda: ko(),
    lambda: ko(x=1, z=2),
    lambda: all_kinds(),
    lambda: all_kinds(1),
    lambda: all_kinds(1, 2, n1=3, k1=1, **{"n1": 4}),
    lambda: f(1, 2, 3, c=3, e=1),
    lambda: f(1, 2, 3, e=1, g=7),
    lambda: po_kw(),
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except TypeError as e:
        print(i, "TypeError:", e)

def defaults_eval_once(x=print("default evaluated") or 7):
    return x
print(defaults_eval_once(), defaults_eval_once(1))

def kwdef(*, a=[1], b={"k": 1}):
    return a, b
print(kwdef())
