# datetime: the exception type and message of bad arguments to every constructor, classmethod and method
from datetime import date, time, datetime, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR

d, dt, t, td = date(2024, 1, 31), datetime(2024, 1, 31, 12), time(12), timedelta(1)
cases = [
    ("date()", lambda: date()), ("date(1,2)", lambda: date(1, 2)), ("date(1,2,3,4)", lambda: date(1, 2, 3, 4)),
    ("date float", lambda: date(2024.0, 1, 1)), ("date str", lambda: date("2024", 1, 1)), ("date None", lambda: date(2024, None, 1)),
    ("date 2**31", lambda: date(2 ** 31, 1, 1)), ("date -2**31-1", lambda: date(-2 ** 31 - 1, 1, 1)), ("date 2**70", lambda: date(2 ** 70, 1, 1)),
    ("date year 0", lambda: date(0, 1, 1)), ("date year 10000", lambda: date(MAXYEAR + 1, 1, 1)), ("date month 0", lambda: date(2024, 0, 1)),
    ("date day 30 feb", lambda: date(2024, 2, 30)), ("date day 29 feb 2023", lambda: date(2023, 2, 29)), ("date day 0", lambda: date(2024, 1, 0)),
    ("date kw", lambda: date(year=2024, month=1, day=2)), ("date kw bad", lambda: date(2024, 1, days=2)), ("date twice", lambda: date(2024, 1, 2, year=1)),
    ("date pos+kw", lambda: date(2024, month=1)), ("time(24)", lambda: time(24)), ("time(-1)", lambda: time(-1)),
    ("time minute", lambda: time(1, 60)), ("time second", lambda: time(1, 1, 60)), ("time us", lambda: time(1, 1, 1, 10 ** 6)),
    ("time fold", lambda: time(fold=2)), ("time fold pos", lambda: time(1, 2, 3, 4, None, 1)), ("time tz", lambda: time(tzinfo="UTC")),
    ("time kw", lambda: time(hour=1, minutes=2)), ("time 7 args", lambda: time(1, 2, 3, 4, None, 0, 1)),
    ("datetime()", lambda: datetime()), ("datetime(1,2)", lambda: datetime(1, 2)), ("datetime hour", lambda: datetime(2024, 1, 1, 24)),
    ("datetime 9 pos", lambda: datetime(2024, 1, 1, 0, 0, 0, 0, None, 0)), ("datetime tz", lambda: datetime(2024, 1, 1, tzinfo=timedelta(0))),
    ("datetime fold", lambda: datetime(2024, 1, 1, fold=-1)), ("datetime kw", lambda: datetime(2024, 1, 1, hours=1)),
    ("fromordinal(0)", lambda: date.fromordinal(0)), ("fromordinal(-5)", lambda: datetime.fromordinal(-5)), ("fromordinal big", lambda: date.fromordinal(3652060)),
    ("fromordinal()", lambda: date.fromordinal()), ("fromordinal kw", lambda: date.fromordinal(ordinal=5)), ("fromordinal float", lambda: date.fromordinal(1.0)),
    ("fromisocalendar week", lambda: date.fromisocalendar(2024, 53, 1)), ("fromisocalendar week 0", lambda: date.fromisocalendar(2024, 0, 1)),
    ("fromisocalendar day", lambda: date.fromisocalendar(2024, 1, 0)), ("fromisocalendar year", lambda: date.fromisocalendar(10000, 1, 1)),
    ("fromisocalendar huge", lambda: date.fromisocalendar(2024, 2 ** 40, 1)), ("fromisocalendar str", lambda: date.fromisocalendar("2024", 1, 1)),
    ("fromisocalendar 2020-53", lambda: date.fromisocalendar(2020, 53, 7)), ("fromisoformat int", lambda: date.fromisoformat(20240101)),
    ("fromisoformat()", lambda: date.fromisoformat()), ("fromtimestamp nan", lambda: date.fromtimestamp(float("nan"))),
    ("fromtimestamp str", lambda: datetime.fromtimestamp("0")), ("fromtimestamp huge", lambda: datetime.fromtimestamp(1e20)),
    ("utcfromtimestamp kw", lambda: datetime.utcfromtimestamp(timestamp=0)), ("utcfromtimestamp inf", lambda: datetime.utcfromtimestamp(float("inf"))),
    ("now bad tz", lambda: datetime.now(tz=1)), ("now extra", lambda: datetime.now(None, 1)), ("combine types", lambda: datetime.combine(t, d)),
    ("combine missing", lambda: datetime.combine(d)), ("combine tz", lambda: datetime.combine(d, t, tzinfo=3)), ("combine kw", lambda: datetime.combine(date=d, time=t, tz=None)),
    ("strptime int", lambda: datetime.strptime(5, "%Y")), ("strptime one", lambda: datetime.strptime("2024")),
    ("strptime kw", lambda: datetime.strptime(date_string="2024", format="%Y")), ("strptime mismatch", lambda: datetime.strptime("2024-1", "%Y")),
    ("replace month", lambda: d.replace(month=13)), ("replace day", lambda: dt.replace(day=32)), ("replace fold", lambda: t.replace(fold=5, hour=99)),
    ("replace tz", lambda: dt.replace(tzinfo=1)), ("replace kw", lambda: d.replace(years=1)), ("replace pos", lambda: t.replace(1, 2, 3, 4, None, 1)),
    ("replace float", lambda: dt.replace(hour=1.5)), ("isoformat sep", lambda: dt.isoformat("--")), ("isoformat spec", lambda: dt.isoformat(timespec="nanoseconds")),
    ("isoformat spec type", lambda: t.isoformat(5)), ("isoformat sep int", lambda: dt.isoformat(sep=0)), ("isoformat 3", lambda: dt.isoformat("T", "auto", 1)),
    ("date.isoformat(1)", lambda: d.isoformat(1)), ("strftime int", lambda: d.strftime(1)), ("strftime none", lambda: t.strftime()),
    ("strftime kw", lambda: dt.strftime(fmt="%Y")), ("format int", lambda: format(d, 5)), ("__format__()", lambda: t.__format__()),
    ("astimezone int", lambda: dt.astimezone(1)), ("astimezone 2", lambda: dt.astimezone(None, None)),
    ("ctime(1)", lambda: dt.ctime(1)), ("timetuple kw", lambda: d.timetuple(x=1)), ("weekday(1)", lambda: d.weekday(1)),
    ("utcoffset(1)", lambda: dt.utcoffset(1)), ("__reduce_ex__()", lambda: dt.__reduce_ex__()), ("__reduce_ex__ str", lambda: t.__reduce_ex__("4")),
    ("date + int", lambda: d + 1), ("date - str", lambda: d - "x"), ("date + date", lambda: d + d), ("int - date", lambda: 1 - d),
    ("date - datetime", lambda: d - dt), ("datetime - date", lambda: dt - d), ("time + td", lambda: t + td), ("time - time", lambda: t - t),
    ("dt * 2", lambda: dt * 2), ("-dt", lambda: -dt), ("abs(d)", lambda: abs(d)), ("naive - aware", lambda: dt - dt.replace(tzinfo=timezone.utc)),
    ("date.max + 1", lambda: date.max + td), ("date.min - 1", lambda: date.min - td), ("datetime.max + us", lambda: datetime.max + timedelta.resolution),
    ("datetime.min - us", lambda: datetime.min - timedelta(microseconds=1)), ("date + td.max", lambda: d + timedelta.max),
    ("date set year", lambda: setattr(d, "year", 1)), ("date new attr", lambda: setattr(d, "extra", 1)), ("dt set tzinfo", lambda: setattr(dt, "tzinfo", None)),
    ("class attr", lambda: setattr(date, "min", 1)), ("IsoCalendarDate()", lambda: type(d.isocalendar())(1, 2)),
    ("IsoCalendarDate base", lambda: type("X", (type(d.isocalendar()),), {})), ("descriptor", lambda: date.isoformat(t)),
    ("date.__new__ int", lambda: date.__new__(int, 1, 1, 1)), ("date.__new__ time", lambda: date.__new__(time, 1, 1, 1)),
    # a method is named by the class of the object it is bound to
    ("dt.weekday(1)", lambda: dt.weekday(1)), ("dt.isocalendar(x=1)", lambda: dt.isocalendar(x=1)),
    ("Sub.isoformat(1)", lambda: type("Sub", (date,), {})(2024, 1, 1).isoformat(1)),
    ("datetime.fromisoformat()", lambda: datetime.fromisoformat()), ("date.weekday()", lambda: date.weekday()),
    ("date.year", lambda: date.year),
    ("td.__divmod__()", lambda: td.__divmod__()), ("td.__rdivmod__(x=1)", lambda: td.__rdivmod__(x=1)),
]
for label, f in cases:
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)
print(MINYEAR, MAXYEAR, date.resolution, time.resolution, datetime.resolution, time.min, time.max, datetime.min, datetime.max)
