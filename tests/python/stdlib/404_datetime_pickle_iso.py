# datetime: __reduce__/__reduce_ex__ states, pickle and copy round trips (all protocols, subclasses, tzinfo subclasses), isoformat/fromisoformat round trips
import copy, pickle
from datetime import date, time, datetime, timedelta, timezone, tzinfo

class FixedTZ(tzinfo):
    def __init__(self, minutes=0, name="F"):
        self.minutes, self.name = minutes, name
    def utcoffset(self, dt):
        return timedelta(minutes=self.minutes)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return self.name
    def __repr__(self):
        return f"FixedTZ({self.minutes}, {self.name!r})"
    def __eq__(self, other):
        return isinstance(other, FixedTZ) and (self.minutes, self.name) == (other.minutes, other.name)
    __hash__ = None

class MyDate(date):
    pass
class MyDT(datetime):
    def __reduce_ex__(self, proto):
        r = super().__reduce_ex__(proto)
        return r
class MyTime(time):
    pass
class MyTD(timedelta):
    pass

tz = FixedTZ(90, "X")
values = [date(2024, 2, 29), date.min, date.max, time(), time(23, 59, 59, 999999), time(1, 2, 3, 4, timezone.utc), time(5, fold=1),
          datetime(2024, 2, 29, 13, 14, 15, 161718), datetime(2024, 11, 3, 1, 30, fold=1), datetime.max,
          datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-5), "EST")), datetime(2024, 1, 1, fold=1, tzinfo=tz),
          timedelta(-1, 5, 6), timedelta.max, timezone.utc, timezone(timedelta(minutes=-30)), timezone(timedelta(hours=1), "One"),
          MyDate(2020, 1, 2), MyDT(2021, 3, 4, 5, 6, fold=1), MyTime(7, 8, tzinfo=timezone.utc), MyTD(3), tz]
for v in values:
    r = v.__reduce__()
    rex = [v.__reduce_ex__(p)[1] for p in (2, 4)] if not isinstance(v, (date, timedelta, tzinfo)) or isinstance(v, datetime) else []
    print(type(v).__name__, repr(r[1]), rex)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(v, proto))
        same = back == v and type(back) is type(v)
        folds = getattr(back, "fold", None) == getattr(v, "fold", None)
        if not (same and folds):
            print("  protocol", proto, "->", repr(back), getattr(back, "fold", None))
    c, dc = copy.copy(v), copy.deepcopy(v)
    print("  copy", c == v, type(c).__name__, getattr(c, "fold", None), dc == v, type(dc).__name__, getattr(dc, "fold", None),
          (dc.tzinfo is not v.tzinfo) if getattr(v, "tzinfo", None) is not None else None)
print(pickle.loads(pickle.dumps(timezone.utc)) is timezone.utc, copy.deepcopy(timezone.utc) is timezone.utc, copy.copy(tz) is tz)
print(pickle.loads(pickle.dumps(date(2024, 1, 2).isocalendar())), type(pickle.loads(pickle.dumps(date(2024, 1, 2).isocalendar()))).__name__)
# the constructors accept the pickled states directly
print(date(b"\x07\xe8\x02\x1d"), time(b"\x81\x02\x03\x00\x00\x04").fold, datetime(b"\x07\xe8\x82\x1d\x01\x02\x03\x00\x00\x05", timezone.utc), repr(datetime(b"\x07\xe8\x82\x1d\x01\x02\x03\x00\x00\x05")))
print(date("\x07\xe8\x02\x1d"), time("\x01\x02\x03\x00\x00\x04", timezone.utc))
for bad in [lambda: time(b"\x01\x02\x03\x00\x00\x04", 5), lambda: datetime(b"\x07\xe8\x02\x1d\x01\x02\x03\x00\x00\x05", "x"),
            lambda: date(b"\x07\xe8\x0d\x1d"), lambda: date("\x07\u20ac\x02\x1d"), lambda: date(b"\x07")]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)

# isoformat / fromisoformat round trips
samples = [datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999), datetime(2024, 7, 4, 12, 0, 0, 500),
           datetime(2024, 7, 4, 12, 0, tzinfo=timezone(timedelta(hours=-7, minutes=-30))),
           datetime(2024, 7, 4, 12, 0, tzinfo=timezone(timedelta(seconds=3723, microseconds=45))),
           datetime(2024, 7, 4, 12, 0, tzinfo=timezone.utc)]
for dt in samples:
    for sep in ["T", " ", "x"]:
        for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
            s = dt.isoformat(sep, spec)
            back = datetime.fromisoformat(s)
            if spec in ("auto", "microseconds") and back != dt:
                print("MISMATCH", s, repr(back))
        print(dt.isoformat(), dt.isoformat(" ", "milliseconds"), repr(datetime.fromisoformat(dt.isoformat())))
for t in [time(), time(1, 2, 3, 4), time(23, 59, tzinfo=timezone(timedelta(hours=5))), time(0, 0, 0, 999, timezone(-timedelta(seconds=1)))]:
    print(t.isoformat(), t.isoformat("hours"), t.isoformat(timespec="milliseconds"), repr(time.fromisoformat(t.isoformat())), time.fromisoformat(t.isoformat()) == t)
for d in [date(1, 1, 1), date(2024, 12, 30), date(2021, 1, 3)]:
    print(d.isoformat(), date.fromisoformat(d.isoformat()) == d, d.isocalendar(), date.fromisocalendar(*d.isocalendar()) == d,
          date.fromisoformat("%04d-W%02d-%d" % tuple(d.isocalendar())) == d, date.fromisoformat("%04dW%02d%d" % tuple(d.isocalendar())) == d)
print(type(MyDate.fromisoformat("2024-01-01")).__name__, type(MyDT.fromisoformat("2024-01-01T01:02")).__name__, type(MyTime.fromisoformat("01:02")).__name__)
