# bytes() / bytearray() construction from every kind of source; __bytes__;
# concatenation with buffers; pickling helpers.
import copy


class HasBytes:
    def __bytes__(self):
        return b"<hb>"


class BadBytes:
    def __bytes__(self):
        return bytearray(b"x")


class RaisingBytes:
    def __bytes__(self):
        raise KeyError("nope")


class Idx:
    def __index__(self):
        return 3


class IdxBytes(Idx):
    def __bytes__(self):
        return b"idx"


class BadIdx:
    def __index__(self):
        raise TypeError("bad index")

    def __iter__(self):
        return iter([65, 66])


class MyBytes(bytes):
    pass


class MyBA(bytearray):
    pass


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


for T in (bytes, bytearray):
    print("==", T.__name__)
    show("empty", lambda: T())
    show("int", lambda: T(3))
    show("Idx", lambda: T(Idx()))
    show("bool", lambda: T(True))
    show("negative", lambda: T(-1))
    show("huge", lambda: T(2**70))
    show("float", lambda: T(5.0))
    show("None", lambda: T(None))
    show("list", lambda: T([65, 66, 67]))
    show("tuple", lambda: T((0, 255)))
    show("list Idx", lambda: T([Idx()]))
    show("list 256", lambda: T([1, 256]))
    show("list -1", lambda: T([-1]))
    show("list huge", lambda: T([2**70]))
    show("list str", lambda: T(["a"]))
    show("list float", lambda: T([1.0]))
    show("iter", lambda: T(iter([1, 2])))
    show("gen", lambda: T(x for x in range(3)))
    show("range", lambda: T(range(65, 70)))
    show("iter 256", lambda: T(iter([256])))
    show("dict", lambda: T({65: 1, 66: 2}))
    show("set", lambda: T({65}))
    show("bytes", lambda: T(b"abc"))
    show("bytearray", lambda: T(bytearray(b"abc")))
    show("memoryview", lambda: T(memoryview(b"abc")))
    show("memoryview cast", lambda: T(memoryview(bytes(range(8))).cast("H")))
    show("memoryview slice", lambda: T(memoryview(b"abcdef")[::2]))
    show("str", lambda: T("abc"))
    show("str enc", lambda: T("h\xe9", "utf-8"))
    show("str enc kw", lambda: T("h\xe9", encoding="latin-1"))
    show("str errors", lambda: T("h\xe9", "ascii", "replace"))
    show("str errors only", lambda: T("abc", errors="strict"))
    show("str bad enc", lambda: T("abc", "no-such-codec"))
    show("enc not str", lambda: T("abc", 5))
    show("errors not str", lambda: T("abc", "ascii", 5))
    show("int with enc", lambda: T(3, "ascii"))
    show("bytes with enc", lambda: T(b"x", "ascii"))
    show("bytes with errors", lambda: T(b"x", errors="strict"))
    show("only encoding", lambda: T(encoding="ascii"))
    show("only errors", lambda: T(errors="strict"))
    show("__bytes__", lambda: T(HasBytes()))
    show("bad __bytes__", lambda: T(BadBytes()))
    show("raising __bytes__", lambda: T(RaisingBytes()))
    show("Idx with __bytes__", lambda: T(IdxBytes()))
    show("bad index iterable", lambda: T(BadIdx()))
    show("too many", lambda: T(b"a", "b", "c", "d"))
    show("bad kw", lambda: T(source=b"a", x=1))
    show("kw source", lambda: T(source=b"a"))
    show("subclass", lambda: (type(MyBytes(b"ab")).__name__, MyBytes(b"ab")) if T is bytes else (type(MyBA(b"ab")).__name__, MyBA(b"ab")))
    show("subclass int", lambda: MyBytes(2) if T is bytes else MyBA(2))
    show("concat mv", lambda: T(b"a") + memoryview(b"bc"))
    show("concat ba", lambda: T(b"a") + bytearray(b"bc"))
    show("concat bytes", lambda: T(b"a") + b"bc")
    show("concat str", lambda: T(b"a") + "b")
    show("concat int", lambda: T(b"a") + 1)
    show("concat list", lambda: T(b"a") + [1])
    show("repeat", lambda: (T(b"ab") * 3, 2 * T(b"x"), T(b"ab") * -1, T(b"ab") * Idx()))
    show("repeat float", lambda: T(b"ab") * 2.0)
    show("compare", lambda: (T(b"a") < b"b", T(b"a") == bytearray(b"a"), T(b"a") == "a", T(b"b") >= memoryview(b"a") if False else None))
    show("compare str", lambda: T(b"a") < "b")
    show("iter", lambda: list(T(b"ab")))
    show("reversed", lambda: list(reversed(T(b"abc"))))
    show("len", lambda: len(T(b"abc")))
    show("slice", lambda: (T(b"abcdef")[1:4], T(b"abcdef")[::-2], T(b"abcdef")[10:]))

b = bytearray(b"xyz")
b.__init__(b"new"); print(b)
b.__init__(); print(b)
b.__init__(2); print(b)
show("bytes __getnewargs__", lambda: b"ab".__getnewargs__())
show("subclass __getnewargs__", lambda: MyBytes(b"ab").__getnewargs__())
show("bytes __bytes__", lambda: b"ab".__bytes__())
show("subclass __bytes__", lambda: (type(MyBytes(b"ab").__bytes__()).__name__, MyBytes(b"ab").__bytes__()))
show("ba __reduce__", lambda: bytearray(b"a\xff").__reduce__())
for p in range(6):
    show("ba __reduce_ex__ %d" % p, lambda: bytearray(b"a\xff").__reduce_ex__(p))
m = MyBA(b"q")
m.attr = 5
show("subclass __reduce__", lambda: m.__reduce__())
c = copy.copy(m)
print("copy subclass ba", type(c).__name__, c, c.attr)
d = copy.deepcopy(bytearray(b"deep"))
print("deepcopy ba", d)
mb = MyBytes(b"mb")
mb.tag = "t"
c2 = copy.copy(mb)
print("copy subclass bytes", type(c2).__name__, c2, c2.tag)
print("copy bytes is same", copy.copy(b"x") == b"x")
show("bytes __sizeof__ grows", lambda: b"abcd".__sizeof__() - b"".__sizeof__())
show("ba __alloc__ type", lambda: type(bytearray(b"ab").__alloc__()).__name__)
