# time.struct_time's tm_zone and tm_gmtoff: attributes beside the 9-tuple
# (not in len(), ==, repr or iteration), filled by gmtime() and
# localtime(), kept by struct_time(seq, dict), pickling and copying, and
# read back by strftime('%Z'/'%z'). time.tzset() re-reads TZ.
import copy
import os
import pickle
import time

t = time.gmtime(0)
print(t)
print(len(t), tuple(t), t.tm_zone, t.tm_gmtoff)
print(t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, time._STRUCT_TM_ITEMS)
g = time.gmtime(1700000000)
print(g, g.tm_zone, g.tm_gmtoff, g == tuple(g), hash(g) == hash(tuple(g)))
print(time.strftime("%Y-%m-%d %H:%M:%S %Z %z", g))
print(t[:3], t[-1], list(t)[6:])

print("-- constructor")
s = time.struct_time((2020, 2, 29, 12, 0, 0, 5, 60, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time((2020, 2, 29, 12, 0, 0, 5, 60, 0, "XYZ", 3600))
print(s, len(s), s.tm_zone, s.tm_gmtoff)
s = time.struct_time((2020, 2, 29, 12, 0, 0, 5, 60, 0), {"tm_zone": "ABC", "tm_gmtoff": -7200})
print(s.tm_zone, s.tm_gmtoff)
s = time.struct_time([2020, 2, 29, 12, 0, 0, 5, 60, 0, "ONLY"], {"tm_zone": "no", "tm_gmtoff": 5})
print(s.tm_zone, s.tm_gmtoff)
for bad in [(1, 2, 3), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    time.struct_time(tuple(range(9)), 5)
except TypeError as e:
    print("TypeError", e)

print("-- strftime reads tm_zone")
s = time.struct_time((2020, 2, 29, 12, 0, 0, 5, 60, 0, "ZZT", 5400))
print(time.strftime("%Z|%z|%H:%M", s))
print(time.strftime("%Z", time.gmtime(86400 * 365)))

print("-- pickle and copy")
for obj in [g, s]:
    for p in range(pickle.HIGHEST_PROTOCOL + 1):
        r = pickle.loads(pickle.dumps(obj, p))
        assert r == obj and (r.tm_zone, r.tm_gmtoff) == (obj.tm_zone, obj.tm_gmtoff), (p, r)
    c = copy.copy(obj)
    d = copy.deepcopy(obj)
    print(type(c).__name__, c == obj, c.tm_zone, c.tm_gmtoff, d.tm_zone, d.tm_gmtoff)
print(g.__reduce__())

print("-- localtime")
lt = time.localtime(0)
print(type(lt).__name__, type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__)
os.environ["TZ"] = "EST+05EDT,M3.2.0,M11.1.0"
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname)
for ts in (0, 1700000000, 1690000000):
    lt = time.localtime(ts)
    print(lt, lt.tm_zone, lt.tm_gmtoff, time.strftime("%Z %z", lt))
print(time.mktime(time.localtime(1690000000)))
os.environ["TZ"] = "UTC"
time.tzset()
print(time.timezone, time.daylight, time.tzname)
lt = time.localtime(1700000000)
print(lt, lt.tm_zone, lt.tm_gmtoff)

print("-- strptime")
p = time.strptime("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S")
print(p, p.tm_zone, p.tm_gmtoff)
p = time.strptime("2021-03-04 +0130", "%Y-%m-%d %z")
print(p, p.tm_zone, p.tm_gmtoff)
p = time.strptime("2021-03-04 UTC", "%Y-%m-%d %Z")
print(p.tm_isdst, p.tm_zone, p.tm_gmtoff)
