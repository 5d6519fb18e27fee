# decimal contexts: precision, rounding, localcontext, flags/traps/signals, Emin/Emax, clamp, context methods
import decimal
from decimal import Decimal as D, Context, localcontext, getcontext, setcontext, BasicContext, ExtendedContext, DefaultContext

ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.capitals, ctx.clamp)
print(sorted(k.__name__ for k, v in ctx.traps.items() if v))
print(D(1) / D(3))
with localcontext() as lc:
    lc.prec = 5
    print(D(1) / D(3), D("1.23456789") + 0, +D("9.999999"), D(2).sqrt(), lc.prec)
    with localcontext() as lc2:
        lc2.prec = 3
        print(D(22) / D(7), getcontext().prec)
    print(getcontext().prec)
print(getcontext().prec, D(2) / D(3))
with localcontext(Context(prec=4, rounding=decimal.ROUND_DOWN)):
    print(D(2) / D(3), D("123456") * 1, D("1.99999") + 0)
c = Context(prec=6, rounding=decimal.ROUND_HALF_EVEN, Emin=-10, Emax=10, capitals=0)
print(c.divide(D(1), D(7)), c.add(D("1.0000005"), 0), c.power(D(2), 20), c.create_decimal("3.14159265"), c.plus(D("1e9")))
print(c.create_decimal_from_float(0.1), c.abs(D(-4)), c.sqrt(D(10)), c.multiply(3, 4), c.subtract(D(5), 7), c.compare(1, 2), c.to_sci_string(D("1e5")))
c.clear_flags()
r = c.divide(D(10), D(3))
print(r, sorted(k.__name__ for k, v in c.flags.items() if v))
c.clear_flags()
print(c.add(D("1.5"), D("2.5")), sorted(k.__name__ for k, v in c.flags.items() if v))
c.traps[decimal.Inexact] = True
try:
    c.divide(D(1), D(3))
except decimal.Inexact as e:
    print("Inexact trapped", isinstance(e, decimal.DecimalException))
c.traps[decimal.Inexact] = False
c.traps[decimal.Rounded] = True
try:
    c.plus(D("1234567.0"))
except decimal.Rounded:
    print("Rounded trapped")
try:
    c.multiply(D("1e10"), D("1e10"))
except decimal.Overflow as e:
    print("Overflow", isinstance(e, decimal.Inexact), isinstance(e, decimal.Rounded))
c2 = Context(prec=5, Emin=-5, Emax=5, traps=[])
print(c2.multiply(D("1e5"), D("1e5")), c2.divide(D("1e-5"), D("1e5")), sorted(k.__name__ for k, v in c2.flags.items() if v))
print(c2.divide(D(1), D(0)), c2.divide(D(0), D(0)), c2.sqrt(D(-1)), sorted(k.__name__ for k, v in c2.flags.items() if v))
e = ExtendedContext.copy()
print(e.prec, e.rounding, e.divide(D(1), D(0)), bool(e.traps[decimal.DivisionByZero]), BasicContext.prec, BasicContext.rounding, DefaultContext.prec)
try:
    BasicContext.divide(D(1), D(0))
except decimal.DivisionByZero:
    print("BasicContext traps DivisionByZero")
clamp = Context(prec=3, Emax=5, clamp=1)
print(clamp.create_decimal("1e5"), clamp.create_decimal("1.2e4"), Context(prec=3, Emax=5).create_decimal("1e5"))
up = Context(capitals=0)
print(up.create_decimal("1e100"), Context().create_decimal("1e100"), D("1e100"))
old = getcontext().copy()
getcontext().prec = 8
getcontext().rounding = decimal.ROUND_UP
print(D(1) / D(3), D(2) / D(3))
setcontext(old)
print(D(1) / D(3), getcontext().rounding)
new = Context(prec=12)
setcontext(new)
print(getcontext() is new, D(1) / D(7))
setcontext(DefaultContext)
print(getcontext().prec, getcontext() is not DefaultContext)
for bad in [dict(prec=0), dict(rounding="SIDEWAYS"), dict(Emin=5), dict(Emax=-1), dict(capitals=2), dict(clamp=3)]:
    try:
        Context(**bad)
    except (ValueError, TypeError) as ex:
        print(sorted(bad)[0], type(ex).__name__)
try:
    getcontext().prec = "x"
except TypeError as ex:
    print("prec TypeError")
print(decimal.MAX_PREC > 0, decimal.MAX_EMAX > 0, decimal.MIN_EMIN < 0, decimal.MIN_ETINY < decimal.MIN_EMIN, decimal.HAVE_THREADS in (True, False))
print([s.__name__ for s in (decimal.Clamped, decimal.DivisionByZero, decimal.Inexact, decimal.Overflow, decimal.Rounded, decimal.Subnormal, decimal.Underflow, decimal.FloatOperation, decimal.InvalidOperation)])
print(issubclass(decimal.FloatOperation, TypeError), issubclass(decimal.Underflow, decimal.Subnormal), issubclass(decimal.DivisionByZero, ZeroDivisionError))
with localcontext() as fc:
    fc.traps[decimal.FloatOperation] = True
    try:
        D(0.5)
    except decimal.FloatOperation:
        print("FloatOperation trapped on construction")
    try:
        print(D("0.5") < 0.6)
    except decimal.FloatOperation:
        print("FloatOperation trapped on comparison")
    print(D("0.5") == 0.5, bool(fc.flags[decimal.FloatOperation]))
with localcontext() as ec:
    ec.prec = 50
    print(D(2).sqrt(), D(1).exp(), D(10).ln())
print(+D("1.23456789012345678901234567890"), D("1.23456789012345678901234567890"))
