# time's calendar functions (in UTC, so the output does not depend on the zone)
import time
t = time.gmtime(1700000000)
print(t, t.tm_year, t.tm_wday, tuple(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %j %a %b %%", t))
print(time.asctime(t))
print(time.gmtime(0)[:6], time.gmtime(86400 * 365.25 * 30)[:3])
print(time.strptime("2024-03-05 10:11", "%Y-%m-%d %H:%M")[:6])
print(isinstance(t, tuple), type(t).__name__, len(t))
print(time.mktime(time.localtime(1700000000)) == 1700000000.0)
s = time.struct_time((2020, 2, 29, 12, 0, 0, 5, 60, 0))
print(s.tm_mday, time.strftime("%A %d %B %Y", s))
try:
    time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print(e)
try:
    time.gmtime(float("nan"))
except ValueError as e:
    print(e)
print(type(time.timezone).__name__, type(time.tzname).__name__, len(time.tzname))
