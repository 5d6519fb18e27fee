# datetime.timedelta: normalization, repr/str, arithmetic with ints and floats (round-half-even), divmod, limits and errors
from datetime import timedelta

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

# normalization of every unit, negative values, floats and their rounding
for args, kw in [((), {}), ((1, 2, 3), {}), ((-1,), {}), ((0, -1), {}), ((0, 0, -1), {}),
                 ((), dict(weeks=1, days=-8, hours=25, minutes=-61, seconds=3601, milliseconds=-1001, microseconds=1000001)),
                 ((1.5,), {}), ((), dict(seconds=0.5e-6)), ((), dict(seconds=1.5e-6)), ((), dict(seconds=2.5e-6)),
                 ((), dict(microseconds=-0.5)), ((), dict(microseconds=-1.5)), ((), dict(days=0.1, hours=0.1, minutes=0.1)),
                 ((), dict(weeks=-0.25)), ((True, False), {}), ((), dict(milliseconds=1.0000005)),
                 ((10 ** 9 - 1,), {}), ((-10 ** 9 + 1,), {}), ((), dict(days=1, microseconds=-1))]:
    td = timedelta(*args, **kw)
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))

print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.min), repr(timedelta.max))
print(timedelta(hours=1) == timedelta(minutes=60), timedelta(1) != timedelta(1, 1), timedelta(-1) < timedelta(0) < timedelta(microseconds=1))
print(sorted([timedelta(1), timedelta(-1), timedelta(0, 1), timedelta(0, 0, -1)]))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), hash(timedelta(1, 2, 3)) == hash((1, 2, 3)), len({timedelta(0), timedelta(seconds=0.0)}))

a, b = timedelta(days=2, seconds=30), timedelta(hours=-5, microseconds=7)
for name, f in [("a+b", lambda: a + b), ("a-b", lambda: a - b), ("b-a", lambda: b - a), ("-a", lambda: -a), ("+b", lambda: +b),
                ("abs(b)", lambda: abs(b)), ("a*3", lambda: a * 3), ("-2*b", lambda: -2 * b), ("a*0", lambda: a * 0),
                ("a*0.5", lambda: a * 0.5), ("0.1*b", lambda: 0.1 * b), ("a/3", lambda: a / 3), ("a/2.5", lambda: a / 2.5),
                ("a/b", lambda: a / b), ("a//b", lambda: a // b), ("a%b", lambda: a % b), ("divmod(a,b)", lambda: divmod(a, b)),
                ("a//7", lambda: a // 7), ("b//7", lambda: b // 7), ("a//-7", lambda: a // -7), ("a*True", lambda: a * True),
                ("us*0.5", lambda: timedelta(microseconds=1) * 0.5), ("3us*0.5", lambda: timedelta(microseconds=3) * 0.5),
                ("5us/2", lambda: timedelta(microseconds=5) / 2), ("7us/2", lambda: timedelta(microseconds=7) / 2),
                ("-5us/2", lambda: timedelta(microseconds=-5) / 2), ("us/-2", lambda: timedelta(microseconds=1) / -2),
                ("1s/3", lambda: timedelta(seconds=1) / 3), ("1s/3.0", lambda: timedelta(seconds=1) / 3.0),
                ("max//2", lambda: timedelta.max // 2), ("min/max", lambda: timedelta.min / timedelta.max),
                ("max*1.0", lambda: timedelta.max * 1.0), ("td*2**40", lambda: timedelta(microseconds=1) * 2 ** 40),
                ("td/1e-6", lambda: timedelta(microseconds=1) / 1e-6), ("sum", lambda: sum([a, b, a], timedelta()))]:
    show(name, f)

for name, f in [("max+us", lambda: timedelta.max + timedelta.resolution), ("min-us", lambda: timedelta.min - timedelta.resolution),
                ("-min", lambda: -timedelta.min), ("abs(min)", lambda: abs(timedelta.min)), ("days 1e9", lambda: timedelta(days=10 ** 9)),
                ("days -1e9", lambda: timedelta(days=-10 ** 9)), ("huge int", lambda: timedelta(days=10 ** 20)),
                ("huge float", lambda: timedelta(days=1e20)), ("nan", lambda: timedelta(seconds=float("nan"))),
                ("inf", lambda: timedelta(seconds=float("inf"))), ("str arg", lambda: timedelta(hours="1")),
                ("None arg", lambda: timedelta(None)), ("complex", lambda: timedelta(1j)), ("bad kw", lambda: timedelta(year=1)),
                ("too many", lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8)), ("twice", lambda: timedelta(1, days=1)),
                ("/0", lambda: a / 0), ("//0", lambda: a // 0), ("/td0", lambda: a / timedelta(0)), ("//td0", lambda: a // timedelta(0)),
                ("%td0", lambda: a % timedelta(0)), ("divmod0", lambda: divmod(a, timedelta(0))), ("/0.0", lambda: a / 0.0),
                ("*nan", lambda: a * float("nan")), ("*inf", lambda: a * float("inf")), ("/inf", lambda: a / float("inf")),
                ("*1e300", lambda: a * 1e300), ("*10**30", lambda: a * 10 ** 30), ("+1", lambda: a + 1), ("1-a", lambda: 1 - a),
                ("a*a", lambda: a * a), ("a/'x'", lambda: a / "x"), ("2/a", lambda: 2 / a), ("2//a", lambda: 2 // a),
                ("a%2", lambda: a % 2), ("divmod(a,2)", lambda: divmod(a, 2)), ("a**2", lambda: a ** 2), ("a<1", lambda: a < 1),
                ("a==1", lambda: a == 1), ("a!=None", lambda: a != None), ("set days", lambda: setattr(a, "days", 1)),
                ("total_seconds(1)", lambda: a.total_seconds(1)), ("reduce", lambda: a.__reduce__()), ("-max", lambda: -timedelta.max)]:
    show(name, f)

class TD(timedelta):
    def __repr__(self):
        return "TD<" + timedelta.__repr__(self) + ">"
t = TD(hours=3)
print(repr(t), str(t), type(t).__name__, type(t + t).__name__, type(-t).__name__, type(t * 2).__name__, type(abs(t)).__name__, type(t // 2).__name__)
print(t == timedelta(hours=3), hash(t) == hash(timedelta(hours=3)), TD.max, type(TD.max).__name__, isinstance(t, timedelta))
class TD2(timedelta):
    def __new__(cls, *args, **kw):
        print("TD2.__new__", args, kw)
        return super().__new__(cls, *args, **kw)
print(repr(TD2(1, seconds=2)), timedelta.__new__(TD2, 5))
print(timedelta(1).__rdivmod__(timedelta(3)), timedelta(1).__divmod__(3), timedelta(2).__rtruediv__(timedelta(1)), timedelta(1).__rmul__(2))
