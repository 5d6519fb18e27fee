# datetime: strftime/strptime with common directives, isoformat/fromisoformat, format(), str/repr of aware values
from datetime import date, time, datetime, timedelta, timezone

dt = datetime(2023, 7, 4, 9, 5, 3, 42)
for fmt in ["%Y-%m-%d %H:%M:%S", "%y/%m/%d", "%a %A %b %B", "%d %j %U %W", "%I:%M %p", "%f", "%%", "%H%M%S",
            "%w", "%G-W%V-%u", "%m", "week %W day %j", "%Y%m%dT%H%M%S.%f", "%H", "%c", "%x", "%X"]:
    print(repr(fmt), dt.strftime(fmt))
print(date(2024, 1, 1).strftime("%A %d %B %Y"), time(15, 30).strftime("%I:%M %p"), time(0, 0).strftime("%I %p"), time(12, 0).strftime("%I %p"))
print(datetime(1999, 12, 31).strftime("%y %Y"), date(2024, 12, 30).strftime("%G %V %u"))
aw = datetime(2023, 7, 4, 9, 5, tzinfo=timezone(timedelta(hours=-4), "EDT"))
print(aw.strftime("%z %Z"), datetime(2023, 1, 1, tzinfo=timezone.utc).strftime("%z|%Z"), datetime(2023, 1, 1).strftime("[%z][%Z]"))
print(datetime(2023, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=15))).strftime("%z"))

samples = [("2023-07-04 09:05:03", "%Y-%m-%d %H:%M:%S"), ("04/07/23", "%d/%m/%y"), ("Tue Jul  4 09:05:03 2023", "%a %b %d %H:%M:%S %Y"),
           ("March 5, 2021 3:07 PM", "%B %d, %Y %I:%M %p"), ("2023-185", "%Y-%j"), ("12:00:00.5", "%H:%M:%S.%f"), ("1999", "%Y"),
           ("2023-07-04T09:05:03+0530", "%Y-%m-%dT%H:%M:%S%z"), ("2023-07-04 09:05 -07:00", "%Y-%m-%d %H:%M %z"), ("2023-07-04 Z", "%Y-%m-%d %z"),
           ("12 am", "%I %p"), ("5 PM", "%I %p"), ("2023 27 1", "%Y %W %w"), ("7", "%m")]
for s, f in samples:
    r = datetime.strptime(s, f)
    print(repr(r), r.tzinfo)
for s, f in [("2023-02-30", "%Y-%m-%d"), ("hello", "%Y"), ("2023-07-04 extra", "%Y-%m-%d"), ("25:00", "%H:%M"), ("2023", "%Y %m")]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print("ValueError", e)
print(datetime.strptime("10:11", "%H:%M").time(), date(2020, 1, 1).__format__("%d.%m."), format(dt, "%H h"), f"{dt:%Y}", f"{dt}", format(dt, ""))

for val in [dt, aw, date(2023, 7, 4), time(9, 5, 3, 42), time(9, 5, tzinfo=timezone.utc), datetime(2023, 1, 1, tzinfo=timezone(timedelta(minutes=-90)))]:
    print(val.isoformat(), str(val))
print(dt.isoformat(sep=" "), dt.isoformat(timespec="seconds"), dt.isoformat(timespec="hours"), dt.isoformat(timespec="microseconds"), dt.replace(microsecond=0).isoformat())
try:
    dt.isoformat(timespec="weeks")
except ValueError as e:
    print("ValueError", e)
for s in ["2023-07-04", "2023-07-04T09:05:03", "2023-07-04 09:05:03.000042", "2023-07-04T09:05:03+05:30", "2023-07-04T09:05:03Z",
          "2023-07-04T09:05:03.123+00:00", "20230704", "2023-W27-2", "2023-07-04T09", "2023-07-04T09:05:03,5", "20230704T090503"]:
    try:
        r = datetime.fromisoformat(s)
        print(s, "->", repr(r))
    except ValueError as e:
        print(s, "-> ValueError", e)
print(date.fromisoformat("2024-02-29"), date.fromisoformat("20240229"), time.fromisoformat("09:05"), time.fromisoformat("09:05:03.5+01:00"), time.fromisoformat("T0905"))
for bad in ["2023-13-01", "not a date", "2023-07-04T25:00", ""]:
    try:
        datetime.fromisoformat(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    date.fromisoformat(20230704)
except TypeError as e:
    print("TypeError", e)
print(datetime.fromisoformat(dt.isoformat()) == dt, datetime.fromisoformat(aw.isoformat()) == aw, datetime.fromisoformat(aw.isoformat()).tzinfo)
print(repr(aw), repr(time(1, tzinfo=timezone.utc)), repr(datetime(2023, 1, 1, fold=1)), datetime(2023, 1, 1, fold=1).fold)
print(timedelta(days=3, seconds=7).__str__(), str(timedelta(microseconds=10)), f"{timedelta(hours=5)}", f"{timedelta(hours=5)!r}")
