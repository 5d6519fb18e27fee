# datetime without its accelerator: sys.modules['_datetime'] = None halts that import, datetime.py falls back to its pure-Python classes, and the native ones come back once the block is lifted
import sys
sys.modules["_datetime"] = None
try:
    import _datetime
except ImportError as e:
    print(type(e).__name__, e, e.name)
import datetime as pure
d = pure.date(2024, 2, 28)
print(d.isocalendar(), d + pure.timedelta(days=2), pure.datetime(2024, 1, 1, tzinfo=pure.timezone.utc).isoformat(), pure.date.__module__)
print(type(pure.timedelta(1)).__init__ is object.__init__, hasattr(pure, "_DAYNAMES"))
del sys.modules["_datetime"], sys.modules["datetime"]
import datetime as fast
import _datetime
print(fast.date is _datetime.date, fast.date(2024, 2, 28).isocalendar(), hasattr(fast, "_DAYNAMES"), fast.UTC is _datetime.UTC)
print(sorted(n for n in dir(_datetime) if not n.startswith("_") and n != "datetime_CAPI"))
print(fast.date(2024, 2, 28) == d, pure.date is fast.date)
