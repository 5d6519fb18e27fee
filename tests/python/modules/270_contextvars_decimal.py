import contextvars, decimal, fractions, statistics, sys
v = contextvars.ContextVar("v", default=1)
print(v.get(), v.name)
t = v.set(5)
print(v.get())
ctx = contextvars.copy_context()
def inside():
    v.set(99)
    return v.get()
print(ctx.run(inside), v.get(), ctx[v], v in ctx, len(ctx) >= 1)
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print(type(e).__name__)
w = contextvars.ContextVar("w")
try:
    w.get()
except LookupError:
    print("LookupError")
print(decimal.Decimal("1.1") + decimal.Decimal("2.2"), decimal.getcontext().prec)
with decimal.localcontext() as c:
    c.prec = 5
    print(decimal.Decimal(1) / decimal.Decimal(7))
print(decimal.Decimal(1) / decimal.Decimal(7))
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 6), statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]))
print(statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]))
class C:
    "doc"
C.__doc__ = "new doc"
print(C.__doc__)
def hook(t, v, tb):
    print("hooked:", t.__name__, v)
sys.excepthook = hook
raise ValueError("boom")
