# datetime: which operations build subclass instances (and call their constructors), strftime substitutions, timetuple/ctime, IsoCalendarDate
import os, time as _time
os.environ["TZ"] = "UTC"
_time.tzset()
from datetime import date, time, datetime, timedelta, timezone, tzinfo

class D(date):
    def __new__(cls, *args, **kw):
        print("  D.__new__", args, kw)
        return super().__new__(cls, *args, **kw)
    def isoformat(self):
        return "D:" + super().isoformat()
class DT(datetime):
    def __new__(cls, *args, **kw):
        print("  DT.__new__", args, kw)
        return super().__new__(cls, *args, **kw)
    def timetuple(self):
        print("  DT.timetuple")
        return super().timetuple()
class T(time):
    def __new__(cls, *args, **kw):
        print("  T.__new__", args, kw)
        return super().__new__(cls, *args, **kw)
    def strftime(self, fmt):
        return "T.strftime(" + fmt + ")"

def show(label, f):
    print(label)
    try:
        r = f()
        print("  ->", type(r).__name__, repr(r))
    except Exception as e:
        print("  ->", type(e).__name__, e)

d = D(2024, 2, 28)
dt = DT(2024, 2, 28, 23, 30, fold=1, tzinfo=timezone.utc)
t = T(1, 2, 3, fold=1)
show("str(D)", lambda: str(d))
show("format(D)", lambda: format(d, ""))
show("D + td", lambda: d + timedelta(days=2))
show("td + D", lambda: timedelta(days=-400) + d)
show("D - td", lambda: d - timedelta(weeks=1))
show("D - date", lambda: d - date(2024, 1, 1))
show("D.replace", lambda: d.replace(year=2023))
show("D.fromordinal", lambda: D.fromordinal(1000))
show("D.fromisocalendar", lambda: D.fromisocalendar(2024, 10, 3))
show("D.fromisoformat", lambda: D.fromisoformat("2024-03-01"))
show("D.fromtimestamp", lambda: D.fromtimestamp(0))
show("D.isocalendar", lambda: d.isocalendar())
show("D.__reduce__", lambda: d.__reduce__())
show("DT + td", lambda: dt + timedelta(hours=1))
show("DT - td", lambda: dt - timedelta(hours=1))
show("DT - DT", lambda: dt - DT(2024, 1, 1, tzinfo=timezone.utc))
show("DT.replace", lambda: dt.replace(minute=0))
show("DT.combine", lambda: DT.combine(date(2024, 1, 1), time(5, fold=1), timezone.utc))
show("DT.fromisoformat", lambda: DT.fromisoformat("2024-01-01T05:06+01:00"))
show("DT.fromtimestamp", lambda: DT.fromtimestamp(1e9, timezone(timedelta(hours=2))))
show("DT.utcfromtimestamp", lambda: DT.utcfromtimestamp(1e9))
show("DT.strptime", lambda: DT.strptime("2024-05-06 07", "%Y-%m-%d %H"))
show("DT.astimezone", lambda: dt.astimezone(timezone(timedelta(hours=-1))))
show("DT.date/time/timetz", lambda: (dt.date(), dt.time(), dt.timetz()))
show("DT.strftime", lambda: dt.strftime("%Y %Z"))
show("DT.utctimetuple", lambda: dt.utctimetuple())
show("DT.fromordinal", lambda: DT.fromordinal(738000))
show("T.replace", lambda: t.replace(hour=9))
show("T.fromisoformat", lambda: T.fromisoformat("10:11:12.5Z"))
show("format(T)", lambda: format(t, "%H"))
show("format(T, '')", lambda: format(t, ""))
show("T reduce", lambda: (t.__reduce__(), t.__reduce_ex__(4)))

x = datetime(2023, 7, 4, 9, 5, 3, 42)
for fmt in ["%f", "%%f", "%%%f", "%z|%Z", "%", "abc%", "%%", "%Q %Y", "%é %f", "%Y-%m-%dT%H:%M:%S.%f", "%:z", "%c|%x|%X"]:
    print(repr(fmt), repr(x.strftime(fmt)), repr(x.replace(tzinfo=timezone(timedelta(minutes=-90), "A%B")).strftime(fmt)),
          repr(time(1, 2, 3, 4).strftime(fmt)), repr(date(2023, 7, 4).strftime(fmt)))
print(repr(x.strftime("%Y\0%m")), repr(format(x, "%d.%m")), repr(f"{x:%j}"), repr(f"{date(2024, 1, 1)}"), repr(f"{time(1)!s:>10}"))
print(x.timetuple(), x.timetuple().tm_yday, date(2024, 12, 31).timetuple().tm_yday, x.ctime(), date(2024, 1, 5).ctime(), datetime(1, 1, 1).ctime())
print(x.replace(tzinfo=timezone.utc).utctimetuple(), x.replace(tzinfo=timezone(timedelta(hours=3))).utctimetuple()[:6], x.utctimetuple().tm_isdst)
ic = date(2024, 2, 28).isocalendar()
print(ic, ic.year, ic.week, ic.weekday, ic[0], ic == (2024, 9, 3), len(ic), tuple(ic), type(ic).__name__, type(ic).__module__, hash(ic) == hash((2024, 9, 3)))
print(type(ic)(2020, 1, 1), type(ic)(year=1, week=2, weekday=3), ic.__reduce__(), isinstance(ic, tuple), ic + (1,))
for y in [2020, 2021, 2024, 2025, 2026]:
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar(), date(y, 6, 15).isoweekday(), date(y, 6, 15).weekday(), date(y, 3, 1).toordinal())
print(type(date.today()).__name__, type(datetime.today()).__name__, datetime.now().tzinfo, datetime.utcnow().tzinfo, datetime.now(timezone.utc).tzinfo)
