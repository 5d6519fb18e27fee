# datetime: date/time/datetime/timedelta construction, arithmetic, comparisons, fixed-offset timezones
from datetime import date, time, datetime, timedelta, timezone, MINYEAR, MAXYEAR

d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.timetuple()[:7])
print(d + timedelta(days=1), d + timedelta(days=2), d - timedelta(days=60), date(2024, 3, 1) - d, d - date(2023, 2, 28), d.replace(year=2023, day=1))
print(date.fromordinal(738000), date.fromisocalendar(2024, 1, 1), date(2000, 1, 1) < d, max(d, date(2025, 1, 1)), d == date(2024, 2, 28), d.ctime())
print(date.min, date.max, MINYEAR, MAXYEAR, date.resolution, d.isocalendar().week, d.isocalendar()[0])
td = timedelta(days=1, hours=25, minutes=61, seconds=3661, milliseconds=1500, microseconds=7)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(-1), timedelta(seconds=-1), repr(timedelta(hours=-25)), -timedelta(days=1, seconds=1), abs(timedelta(-3)), timedelta(0), repr(timedelta()))
print(timedelta(hours=1) * 3, timedelta(hours=1) / 4, timedelta(days=1) // timedelta(hours=5), timedelta(days=1) % timedelta(hours=5), timedelta(days=1) / timedelta(hours=6), 2.5 * timedelta(seconds=3))
print(divmod(timedelta(hours=25), timedelta(hours=24)), timedelta(seconds=1) / 3, timedelta(microseconds=1) * 0.5, timedelta(microseconds=3) * 0.5, timedelta(weeks=1) > timedelta(days=6), bool(timedelta()))
print(timedelta.max, timedelta.min, timedelta.resolution, timedelta(days=1.5, hours=0.5), timedelta(microseconds=-1), timedelta(seconds=0.0000015))
t = time(13, 5, 9, 123456)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.isoformat(), t.isoformat("minutes"), t.isoformat(timespec="milliseconds"), t.replace(hour=1), time(), time.max)
print(time(1, 2) < time(1, 3), t.strftime("%H:%M:%S.%f %p %I"), time(23, 59, 59, 999999).isoformat(), time(0, 0, 0, 5).isoformat(), bool(time()))
dt = datetime(2024, 12, 31, 23, 59, 30, 500000)
print(dt, repr(dt), dt.date(), dt.time(), dt + timedelta(seconds=30), dt + timedelta(seconds=29.5), dt - datetime(2024, 1, 1), dt.toordinal())
print(datetime.combine(d, t), datetime(2024, 3, 10, 2, 30) - timedelta(hours=3), dt.replace(microsecond=0, tzinfo=timezone.utc), dt.weekday(), dt.isocalendar())
print(datetime(2020, 2, 29) + timedelta(days=365), datetime(2021, 1, 1) - datetime(2020, 1, 1), datetime(1, 1, 1) + timedelta(microseconds=1), datetime.min, datetime.max)
utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
ist = timezone(timedelta(hours=5, minutes=30))
print(utc, est, ist, repr(utc), repr(est), repr(ist), timezone(timedelta(0)), timezone(timedelta(seconds=-90)), timezone(timedelta(hours=-3, minutes=-15, seconds=-1, microseconds=-5)))
aware = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(aware, aware.astimezone(est), aware.astimezone(ist), aware.utcoffset(), aware.astimezone(est).utcoffset(), aware.tzname(), aware.astimezone(ist).tzname(), aware.dst())
print(aware == aware.astimezone(est), aware.astimezone(est) - aware, datetime(2024, 6, 1, 7, 0, tzinfo=est) == aware, aware.timestamp(), datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000.5, ist))
print(aware.utctimetuple()[:6], aware.astimezone(est).timetz(), aware.timetz().utcoffset(), aware.astimezone(timezone(timedelta(hours=14))).date())
try:
    aware - datetime(2024, 6, 1)
except TypeError as e:
    print("TypeError", e)
try:
    aware < datetime(2024, 6, 1)
except TypeError as e:
    print("TypeError", e)
print(aware == datetime(2024, 6, 1, 12), datetime(2024, 6, 1).tzinfo, datetime(2024, 6, 1).utcoffset())
for bad in [lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: date(0, 1, 1), lambda: time(24, 0), lambda: datetime(2024, 1, 1, 0, 60),
            lambda: timezone(timedelta(hours=24)), lambda: date.max + timedelta(days=1), lambda: timedelta(days=10 ** 9), lambda: date(2024, 1, 1) + 1,
            lambda: timedelta(1) * "x", lambda: time(1) + timedelta(1), lambda: date.fromordinal(0)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__)
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 5), datetime(2024, 1, 1, 23)]), hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)))
print({timedelta(hours=24): "day"}[timedelta(days=1)], timedelta(days=1) == timedelta(hours=24), date(2024, 1, 1) == datetime(2024, 1, 1))
class MyDate(date):
    def double_day(self):
        return self.day * 2
md = MyDate(2024, 5, 17)
print(md, md.double_day(), type(md + timedelta(1)).__name__, type(md.replace(day=1)).__name__, repr(md))
print([date(2024, m, 1).strftime("%b") for m in range(1, 13)])
days = [date(2024, 1, 1) + timedelta(weeks=i) for i in range(5)]
print([str(x) for x in days], sum((timedelta(minutes=m) for m in [30, 45, 50]), timedelta()))
