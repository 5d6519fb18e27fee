# test: skip-asan (ASan keeps the eval loop's temporaries in its native frame, which the
# conservative stack scan reads: there a dropped object is found one collection late)
# weakref: ref/callbacks, proxy, WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize, WeakMethod
import gc, weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(%s)" % self.name
    def method(self):
        return "method of " + self.name

events = []
a = Obj("a")
r = weakref.ref(a, lambda ref: events.append(("callback", ref() is None)))
r2 = weakref.ref(a)
print(r() is a, r2() is a, r is not r2, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)), r == r2, hash(r) == hash(r2))
print(type(r).__name__, r.__callback__ is not None, r2.__callback__)
del a
gc.collect()
print(events, r(), r2(), r == r2)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError", e)
b = Obj("b")
print(weakref.ref(b) is weakref.ref(b), weakref.ref(b, lambda r: None) is weakref.ref(b))

p = weakref.proxy(b)
print(p.name, p.method(), repr(p).startswith("<weakproxy at"), type(p).__name__, isinstance(p, weakref.ProxyType))
del b
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)

wvd = weakref.WeakValueDictionary()
keep = [Obj("k%d" % i) for i in range(3)]
for o in keep:
    wvd[o.name] = o
temp = Obj("temp")
wvd["temp"] = temp
print(sorted(wvd.keys()), len(wvd), wvd["k1"], "temp" in wvd, wvd.get("zz", "dflt"))
del temp
gc.collect()
print(sorted(wvd.keys()), len(wvd), "temp" in wvd)
try:
    wvd["temp"]
except KeyError as e:
    print("KeyError", e)
del keep[0]
gc.collect()
print(sorted(wvd), sorted(k for k, v in wvd.items()), sorted(v.name for v in wvd.values()))
print(wvd.pop("k1"), sorted(wvd), wvd.setdefault("k2", None), len(wvd.copy()), sorted(r().name for r in wvd.valuerefs()))

wkd = weakref.WeakKeyDictionary()
k1, k2 = Obj("x"), Obj("y")
wkd[k1] = 1
wkd[k2] = 2
print(len(wkd), wkd[k1], k2 in wkd, sorted(o.name for o in wkd.keys()), sorted(wkd.values()))
del k1
gc.collect()
print(len(wkd), [o.name for o in wkd], list(wkd.values()))
try:
    wkd["str"] = 1
except TypeError as e:
    print("TypeError", e)

ws = weakref.WeakSet()
items = [Obj(str(i)) for i in range(4)]
for it in items:
    ws.add(it)
ws.add(items[0])
print(len(ws), items[2] in ws, Obj("new") in ws)
del items[1:3]
gc.collect()
print(len(ws), sorted(o.name for o in ws))
other = weakref.WeakSet([items[0]])
print(len(ws - other), len(ws & other), ws >= other, ws == weakref.WeakSet(items), len(ws | other))
ws.discard(items[0]); ws.remove(items[1])
print(len(ws), bool(ws))
try:
    ws.remove(items[0])
except KeyError:
    print("KeyError on remove")

log = []
def on_final(label, extra=None):
    log.append((label, extra))
    return "fin-result"
c = Obj("c")
f = weakref.finalize(c, on_final, "c-finalized", extra=7)
print(f.alive, f.atexit, log)
del c
gc.collect()
print(f.alive, log, f())
d = Obj("d")
f2 = weakref.finalize(d, on_final, "d-called")
print(f2(), f2.alive, f2(), log[-1])
f3 = weakref.finalize(d, on_final, "d-detached")
det = f3.detach()
print(det[0] is d, det[1] is on_final, det[2:], f3.alive, f3.detach(), f3.peek())
del det
f4 = weakref.finalize(d, on_final, "d-peek")
obj, fn, args, kw = f4.peek()
print(obj is d, fn is on_final, args, kw)
del obj, d
gc.collect()
print(log[-1], f4.alive)

class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
cnt = Counter()
wm = weakref.WeakMethod(cnt.inc)
print(wm()(), wm()(), type(wm).__name__)
del cnt
gc.collect()
print(wm())
class Slotted:
    __slots__ = ("x", "__weakref__")
class NoWeak:
    __slots__ = ("x",)
sl = Slotted()
print(weakref.ref(sl)() is sl)
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError", e)
def func():
    pass
rf = weakref.ref(func)
print(rf() is func, weakref.ref(Obj)() is Obj, weakref.ref(weakref)() is weakref)
class Sub(weakref.ref):
    def __init__(self, ob, callback=None, tag=""):
        super().__init__(ob, callback)
        self.tag = tag
e = Obj("e")
sr = Sub(e, None, tag="T")
print(sr.tag, sr() is e, isinstance(sr, weakref.ref))
