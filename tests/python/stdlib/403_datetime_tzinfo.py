# datetime: timezone and tzinfo subclasses: utcoffset/dst/tzname calls, fromutc, astimezone across a DST change with fold, bad tzinfo results
import os, time as _time
os.environ["TZ"] = "UTC"
_time.tzset()
from datetime import date, time, datetime, timedelta, timezone, tzinfo

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# timezone: construction, names, str/repr, the utc singleton, min/max
for tz in [timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), "Z"), timezone(timedelta(hours=5, minutes=30)),
           timezone(-timedelta(hours=8), "PST"), timezone(timedelta(seconds=61)), timezone(timedelta(microseconds=-1)),
           timezone(timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)), timezone.min, timezone.max]:
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None), tz.__getinitargs__(), tz is timezone.utc)
print(timezone(timedelta(0)) is timezone.utc, timezone(offset=timedelta(hours=1), name="x") == timezone(timedelta(hours=1)))
show("tz 24h", lambda: timezone(timedelta(hours=24)))
show("tz -24h", lambda: timezone(-timedelta(hours=24)))
show("tz int", lambda: timezone(3600))
show("tz name int", lambda: timezone(timedelta(0), 5))
show("tz utcoffset(date)", lambda: timezone.utc.utcoffset(date(2024, 1, 1)))
show("tz fromutc naive", lambda: timezone.utc.fromutc(datetime(2024, 1, 1)))
show("tz fromutc other", lambda: timezone.utc.fromutc(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=1)))))
show("tz fromutc", lambda: timezone(timedelta(hours=1)).fromutc(datetime(2024, 1, 1, 23, 30, tzinfo=timezone(timedelta(hours=1)))))
show("tz subclass", lambda: type("T", (timezone,), {}))
show("tz attr", lambda: setattr(timezone.utc, "x", 1))

# the abstract tzinfo
base = tzinfo()
for name in ["utcoffset", "dst", "tzname"]:
    show("tzinfo." + name, lambda: getattr(base, name)(None))
show("tzinfo.fromutc int", lambda: base.fromutc(1))
show("tzinfo.fromutc other", lambda: base.fromutc(datetime(2024, 1, 1)))
show("tzinfo reduce", lambda: base.__reduce__())
show("tzinfo args", lambda: type(tzinfo(1, 2, x=3)).__name__)

# A US-Eastern-like zone: DST from the second Sunday of March 2:00 to the first Sunday of November 2:00
def first_sunday_on_or_after(dt):
    return dt + timedelta(days=(6 - dt.weekday()) % 7)

class Eastern(tzinfo):
    def __repr__(self):
        return "Eastern()"
    def _bounds(self, year):
        start = first_sunday_on_or_after(datetime(year, 3, 8, 2))
        end = first_sunday_on_or_after(datetime(year, 11, 1, 2))
        return start, end
    def dst(self, dt):
        if dt is None:
            return None
        start, end = self._bounds(dt.year)
        dt = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= dt < end - timedelta(hours=1):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= dt < end:
            return timedelta(0) if dt.fold else timedelta(hours=1)
        if start <= dt < start + timedelta(hours=1):
            return timedelta(hours=1) if dt.fold else timedelta(0)
        return timedelta(0)
    def utcoffset(self, dt):
        return timedelta(hours=-5) + (self.dst(dt) or timedelta(0))
    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

class EasternFold(Eastern):
    # A fromutc that sets the fold of the repeated hour (PEP 495).
    def __repr__(self):
        return "EasternFold()"
    def fromutc(self, dt):
        start, end = self._bounds(dt.year)
        start = start.replace(tzinfo=self) + timedelta(hours=5)
        end = end.replace(tzinfo=self) + timedelta(hours=4)
        std = dt + timedelta(hours=-5)
        naive = dt.replace(tzinfo=None)
        if start.replace(tzinfo=None) <= naive < end.replace(tzinfo=None):
            return dt + timedelta(hours=-4)
        if end.replace(tzinfo=None) <= naive < end.replace(tzinfo=None) + timedelta(hours=1):
            return std.replace(fold=1)
        return std

east = Eastern()
utc = timezone.utc
for h in range(3, 9):
    u = datetime(2024, 11, 3, h, 30, tzinfo=utc)
    local = u.astimezone(east)
    print(u.time(), "->", local.replace(tzinfo=None), local.fold, local.tzname(), local.utcoffset(), local.dst(), local.astimezone(utc).time())
for h in range(5, 9):
    u = datetime(2024, 3, 10, h, 30, tzinfo=utc)
    local = u.astimezone(east)
    print(u.time(), "->", local.replace(tzinfo=None), local.fold, local.tzname(), local.timetuple().tm_isdst, local.utctimetuple()[:6])
fold_east = EasternFold()
for h in range(4, 8):
    local = datetime(2024, 11, 3, h, 30, tzinfo=utc).astimezone(fold_east)
    print("fold", h, local.replace(tzinfo=None), local.fold, local.utcoffset(), local.tzname(), local.astimezone(utc).hour, local == datetime(2024, 11, 3, h, 30, tzinfo=utc))
amb0 = datetime(2024, 11, 3, 1, 30, tzinfo=east)
amb1 = amb0.replace(fold=1)
print(amb0.utcoffset(), amb1.utcoffset(), amb0.timestamp(), amb1.timestamp(), amb1 - amb0, amb1.astimezone(utc) - amb0.astimezone(utc))
print(amb0.isoformat(), amb1.isoformat(), repr(amb1), amb1.strftime("%H:%M %Z %z"), amb0.ctime())
print(datetime.fromtimestamp(amb1.timestamp(), east), datetime.fromtimestamp(1730611800, east).fold, datetime.fromtimestamp(1730615400, east).fold)
print(datetime(2024, 6, 1, 12, tzinfo=east).astimezone(timezone(timedelta(hours=9))), datetime(2024, 6, 1, 12, tzinfo=east).timestamp())
print(datetime.now(east).tzinfo, type(datetime.now(timezone.utc).utcoffset()).__name__)
print(time(1, 30, tzinfo=east).utcoffset(), time(1, 30, tzinfo=east).dst(), time(1, 30, tzinfo=east).tzname(), time(1, tzinfo=utc).isoformat())

# naive <-> local (TZ=UTC here), astimezone without an argument, fromtimestamp of local times
print(datetime(2024, 1, 2, 3, 4).astimezone(), datetime(2024, 1, 2, 3, 4).timestamp(), datetime.fromtimestamp(86400 * 365.25), date.fromtimestamp(10 ** 9))
print(datetime(2024, 1, 2, 3, 4, tzinfo=utc).astimezone(), datetime.utcfromtimestamp(1.5), datetime.fromtimestamp(-1.25), datetime.fromtimestamp(0, tz=utc))
print(datetime(2000, 1, 1, tzinfo=timezone(timedelta(hours=3))).astimezone(timezone(timedelta(hours=3))) , datetime(2024, 5, 5).astimezone(utc))

# tzinfo methods returning bad values
class Bad(tzinfo):
    def __init__(self, off=None, dst=None, name=None):
        self.off, self.d, self.name = off, dst, name
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return self.d
    def tzname(self, dt):
        return self.name
for label, tz in [("int offset", Bad(off=5)), ("day offset", Bad(off=timedelta(days=1))), ("neg day", Bad(off=timedelta(days=-1))),
                  ("float dst", Bad(off=timedelta(0), dst=1.5)), ("int name", Bad(name=3)), ("sub-minute", Bad(off=timedelta(seconds=30, microseconds=5)))]:
    for what, f in [("utcoffset", lambda: datetime(2024, 1, 1, tzinfo=tz).utcoffset()), ("dst", lambda: datetime(2024, 1, 1, tzinfo=tz).dst()),
                    ("tzname", lambda: datetime(2024, 1, 1, tzinfo=tz).tzname()), ("str", lambda: str(datetime(2024, 1, 1, tzinfo=tz))),
                    ("time str", lambda: str(time(1, tzinfo=tz))), ("strftime", lambda: datetime(2024, 1, 1, tzinfo=tz).strftime("%z|%Z")),
                    ("fromutc", lambda: tz.fromutc(datetime(2024, 1, 1, tzinfo=tz)))]:
        show(label + " " + what, f)
show("astimezone naive tz", lambda: datetime(2024, 1, 1, tzinfo=utc).astimezone(Bad()))
show("astimezone bad", lambda: datetime(2024, 1, 1, tzinfo=utc).astimezone(5))
show("fromtimestamp bad tz", lambda: datetime.fromtimestamp(0, "UTC"))

class Named(tzinfo):
    def __init__(self, name="%Y name", off=timedelta(hours=-2)):
        self.name, self.off = name, off
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return None
    def tzname(self, dt):
        return self.name
    def __getinitargs__(self):
        return (self.name, self.off)
n = Named()
print(datetime(2024, 1, 1, tzinfo=n).strftime("[%Z] [%z] %%Z %Y"), time(5, tzinfo=n).strftime("%Z %z %f"), datetime(2024, 1, 1, tzinfo=n).timetuple().tm_isdst)
print(n.__reduce__(), Named("x").__reduce__()[1:], repr(datetime(2024, 1, 1, tzinfo=n))[:40])
