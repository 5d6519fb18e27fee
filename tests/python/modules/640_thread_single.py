# _thread in a single-threaded VM: locks, re-entrant locks, thread-local data
import _thread
lock = _thread.allocate_lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
with lock:
    print("inside", lock.locked())
print(lock.locked())
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(type(_thread.get_ident()).__name__, _thread.get_ident() == _thread.get_ident())
loc = _thread._local()
loc.x = 5
print(loc.x, _thread._count(), _thread.error is RuntimeError)
class MyLocal(_thread._local):
    def __init__(self, v):
        self.v = v
print(MyLocal(3).v)
import enum, collections, functools, weakref, copy
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, Color(2), list(Color), Color.RED.name)
class Perm(enum.IntFlag):
    R = 4
    W = 2
print(Perm.R | Perm.W, int(Perm.R | Perm.W))
P = collections.namedtuple("P", "x y") if hasattr(collections, "defaultdict") else None
print(functools.reduce(lambda a, b: a * b, range(1, 6)), copy.deepcopy({"a": [1, 2]}))
print(None.__doc__)
