# test: skip-asan (ASan keeps the eval loop's temporaries in its native frame, which the
# conservative stack scan reads: there a dropped object is found one collection late)
# __del__ (PEP 442): called once, after the object is found unreachable.
# CPython's reference counting calls it at the `del`; uopy's collector at
# the gc.collect() that follows each one here, so both print the same.
# Covers: plain, inherited, super().__del__, added to the class (or a base)
# after instances exist, removed again, gained by __class__ assignment,
# __slots__, subclasses of built-ins, attributes intact inside __del__,
# gc.garbage and gc.is_finalized.
import gc


class _Plain:
    pass


def collect():
    # uopy scans native stack frames conservatively: a word the call that
    # made an object left behind may keep it through one collection. Making
    # another object and collecting twice keeps the output independent of
    # that (in CPython the object is gone already).
    _Plain()
    gc.collect()
    gc.collect()


class C:
    def __init__(self, name):
        self.name = name
        self.items = [1, 2, 3]
        self.info = {"k": name}

    def __del__(self):
        print("C.__del__", self.name, self.items, self.info)


x = C("a")
print("before", gc.is_finalized(x))
del x
collect()
print("after a")


class D(C):
    pass


y = D("b")
del y
collect()
print("after b")


class E(C):
    def __del__(self):
        print("E.__del__", self.name)
        super().__del__()


e = E("e")
del e
collect()
print("after e")

# Added to the class after an instance exists, and used by one made after.
class Late:
    def __init__(self, n):
        self.n = n


early = Late(1)
Late.__del__ = lambda self: print("Late.__del__", self.n)
later = Late(2)
del early
collect()
del later
collect()
print("after late")

# Added to a base: the subclass's instances that exist already get it too.
class LateBase:
    pass


class LateSub(LateBase):
    def __init__(self, n):
        self.n = n


s1 = LateSub(10)
LateBase.__del__ = lambda self: print("LateBase.__del__", type(self).__name__, self.n)
s2 = LateSub(11)
del s1
collect()
del s2
collect()
print("after late base")

# Removed again before the object dies: not called.
class Gone:
    def __del__(self):
        print("never printed")


g = Gone()
del Gone.__del__
del g
collect()
print("no call for Gone")

# __class__ assignment to and from a class with __del__.
class NoDel:
    def __init__(self, n):
        self.n = n


class WithDel:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("WithDel.__del__", self.n)


z = NoDel(7)
z.__class__ = WithDel
del z
collect()
w = WithDel(8)
w.__class__ = NoDel
del w
collect()
print("after class assignment")

# __slots__ instances, and subclasses of built-in types (other allocators).
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = "slot a"
        self.b = [4, 5]

    def __del__(self):
        print("Slotted.__del__", self.a, self.b)


class MyList(list):
    def __del__(self):
        print("MyList.__del__", list(self), len(self))


class MyDict(dict):
    def __del__(self):
        print("MyDict.__del__", sorted(self.items()))


class MyError(Exception):
    def __del__(self):
        print("MyError.__del__", self.args)


s = Slotted()
del s
collect()
ml = MyList([1, 2, 3])
del ml
collect()
md = MyDict(a=1, b=2)
del md
collect()
err = MyError("boom", 42)
del err
collect()

# An outer object's __del__ runs before that of the one it holds.
class Holder:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner

    def __del__(self):
        inner = self.inner.name if self.inner else None
        print("Holder.__del__", self.name, "holding", inner)


outer = Holder("outer", Holder("inner"))
del outer
collect()

print("garbage", gc.garbage)
print("is_finalized", gc.is_finalized(1), gc.is_finalized("s"), gc.is_finalized(C))
print("done")
