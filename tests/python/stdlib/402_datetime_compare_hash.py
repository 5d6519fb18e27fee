# datetime: ==, ordering and hashing of date/time/datetime: naive vs aware, mixed offsets, date vs datetime, subclasses, NotImplemented
from datetime import date, time, datetime, timedelta, timezone, tzinfo

def cmp(label, a, b):
    out = []
    for name, f in [("==", lambda: a == b), ("!=", lambda: a != b), ("<", lambda: a < b), ("<=", lambda: a <= b),
                    (">", lambda: a > b), (">=", lambda: a >= b)]:
        try:
            out.append(f"{name}{f()}")
        except TypeError as e:
            out.append(f"{name}TypeError({e})")
    print(label, " ".join(out))

utc = timezone.utc
plus2 = timezone(timedelta(hours=2), "P2")
minus3 = timezone(-timedelta(hours=3))
d1, d2 = date(2024, 3, 1), date(2024, 3, 2)
cmp("date", d1, d2)
cmp("date=", d1, date(2024, 3, 1))
cmp("date-dt", d1, datetime(2024, 3, 1))
cmp("dt-date", datetime(2024, 3, 1), d1)
cmp("naive", datetime(2024, 1, 1, 12), datetime(2024, 1, 1, 12, 0, 1))
cmp("aware same instant", datetime(2024, 1, 1, 12, tzinfo=utc), datetime(2024, 1, 1, 14, tzinfo=plus2))
cmp("aware differ", datetime(2024, 1, 1, 12, tzinfo=plus2), datetime(2024, 1, 1, 8, tzinfo=minus3))
cmp("naive-aware", datetime(2024, 1, 1), datetime(2024, 1, 1, tzinfo=utc))
cmp("time", time(1, 2), time(1, 2, 0, 1))
cmp("time aware", time(12, tzinfo=utc), time(14, tzinfo=plus2))
cmp("time aware2", time(12, 30, tzinfo=plus2), time(7, 30, 0, 5, tzinfo=minus3))
cmp("time naive-aware", time(12), time(12, tzinfo=utc))
cmp("td", timedelta(1), timedelta(hours=24))
cmp("date-int", d1, 5)
cmp("time-str", time(1), "01:00")
cmp("date-time", d1, time(1))
cmp("tz", utc, timezone(timedelta(0), "zero"))
cmp("tz2", plus2, minus3)

# the fold does not take part in comparisons of naive values, nor in their hashes
a, b = datetime(2024, 11, 3, 1, 30), datetime(2024, 11, 3, 1, 30, fold=1)
print(a == b, hash(a) == hash(b), time(1, fold=1) == time(1), hash(time(1, fold=1)) == hash(time(1)))
# equal instants in different zones hash alike
x = datetime(2024, 5, 5, 10, tzinfo=plus2)
y = datetime(2024, 5, 5, 8, tzinfo=utc)
z = datetime(2024, 5, 5, 5, tzinfo=minus3)
print(x == y == z, hash(x) == hash(y) == hash(z), len({x, y, z}), hash(y) == hash(timedelta(days=y.toordinal(), hours=8)))
print(hash(time(10, tzinfo=plus2)) == hash(time(8, tzinfo=utc)), hash(time(8, tzinfo=utc)) == hash(timedelta(hours=8)))
print(hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), hash(datetime(2024, 1, 1)) == hash(datetime(2024, 1, 1)))
print(len({date(2024, 1, 1), datetime(2024, 1, 1), date(2024, 1, 1)}), hash(utc) == hash(timezone(timedelta(0), "other")))
print({d1: "a", d2: "b"}[date(2024, 3, 2)], {time(5): 1}.get(time(5, 0, 0, 0)), {y: "y"}.get(x))

# a tzinfo whose offset depends on the fold: PEP 495 makes such datetimes unequal to other zones' datetimes
class Gap(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-4) if dt.fold == 0 else timedelta(hours=-5)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return "G"
g = Gap()
e0 = datetime(2024, 11, 3, 1, 30, tzinfo=g)
e1 = e0.replace(fold=1)
print(e0 == e1, e0.utcoffset(), e1.utcoffset(), e0 == datetime(2024, 11, 3, 5, 30, tzinfo=utc), e1 == datetime(2024, 11, 3, 6, 30, tzinfo=utc))
print(e0 < datetime(2024, 11, 3, 5, 31, tzinfo=utc), e1 - datetime(2024, 11, 3, 6, 30, tzinfo=utc), hash(e1) == hash(e0))

# subclasses compare as their base; a subclass's own __eq__ wins as the right operand
class MyDate(date):
    pass
class MyDT(datetime):
    pass
cmp("mydate-date", MyDate(2024, 3, 1), d1)
cmp("mydate-dt", MyDate(2024, 3, 1), datetime(2024, 3, 1))
cmp("mydt-dt", MyDT(2024, 3, 1), datetime(2024, 3, 1))
cmp("date-mydt", d1, MyDT(2024, 3, 1))
print(hash(MyDate(2024, 3, 1)) == hash(d1), hash(MyDT(2024, 3, 1, tzinfo=utc)) == hash(datetime(2024, 3, 1, tzinfo=utc)))
class Loud(date):
    def __eq__(self, other):
        return "Loud.__eq__"
    __hash__ = date.__hash__
print(d1 == Loud(2024, 3, 1), Loud(2024, 3, 1) == d1, d1 != Loud(2024, 3, 1))
class Anything:
    def __eq__(self, other):
        return "Anything.__eq__"
    def __lt__(self, other):
        return "Anything.__lt__"
    def __gt__(self, other):
        return "Anything.__gt__"
for v in [d1, datetime(2024, 1, 1), time(1), timedelta(1), utc]:
    print(type(v).__name__, v == Anything(), v < Anything(), v > Anything(), v.__eq__(1), v.__lt__(Anything()))
print(date.__eq__(d1, datetime(2024, 3, 1)), datetime.__eq__(datetime(2024, 3, 1), d1), date.__lt__(d1, d2))
print(sorted([datetime(2024, 1, 1, 12, tzinfo=plus2), datetime(2024, 1, 1, 9, tzinfo=utc), datetime(2024, 1, 1, 6, tzinfo=minus3)]))
print(max(time(1), time(23, 59), time(12)), min(date.max, date.min, d1), sorted([timedelta(-1), timedelta(0), timedelta(seconds=-1)]))
