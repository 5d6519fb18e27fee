# bytes.maketrans/translate, and bytes/bytearray constructors and comparisons
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

tbl = bytes.maketrans(b"abc", b"xyz")
print(len(tbl), tbl[97:100], type(tbl).__name__, bytearray.maketrans(b"a", b"b")[97])
t("translate", lambda: b"aabbcc".translate(tbl))
t("translate delete", lambda: b"abcdef".translate(tbl, b"de"))
t("translate None", lambda: b"abcdef".translate(None, b"ace"))
t("translate kw delete", lambda: b"abc".translate(None, delete=b"b"))
t("bytearray translate", lambda: bytearray(b"abc").translate(tbl))
t("table short", lambda: b"a".translate(b"x" * 255))
t("table str", lambda: b"a".translate("x" * 256))
t("maketrans unequal", lambda: bytes.maketrans(b"ab", b"x"))
t("maketrans str", lambda: bytes.maketrans("a", "b"))
t("translate bytearray table", lambda: b"abc".translate(bytearray(tbl)))
for args in [(), (0,), (3,), (b"ab",), (bytearray(b"x"),), ([1, 2, 255],), (range(3),),
             ("é", "utf-8"), ("abc", "ascii"), ("é", "ascii", "replace"), ("é", "ascii", "ignore"),
             (-1,), ([256],), (["a"],), ("str",), (1.5,), (None,), (3, "utf-8"),
             (b"x", "utf-8")]:
    for T in (bytes, bytearray):
        t("%s%r" % (T.__name__, args), lambda: T(*args))
class WithBytes:
    def __bytes__(self):
        return b"wb"
class BadBytes:
    def __bytes__(self):
        return "str"
class Idx:
    def __index__(self):
        return 2
t("generator", lambda: (bytes(x for x in [7, 8]), bytearray(x for x in [9])))
t("memoryview", lambda: (bytes(memoryview(b"mv")), bytearray(memoryview(b"mv"))))
t("__bytes__", lambda: bytes(WithBytes()))
t("bad __bytes__", lambda: bytes(BadBytes()))
t("__index__ size", lambda: (bytes(Idx()), bytearray(Idx())))
t("compare", lambda: (b"a" == bytearray(b"a"), b"a" < bytearray(b"b"), bytearray(b"a") == memoryview(b"a"), b"a" == "a", b"ab" > b"a"))
t("compare str", lambda: b"a" < "a")
t("hash bytes", lambda: hash(b"abc") == hash(bytes(bytearray(b"abc"))))
t("hash bytearray", lambda: hash(bytearray(b"a")))
t("concat", lambda: (b"a" + bytearray(b"b"), bytearray(b"a") + b"b", b"a" + memoryview(b"c")))
t("concat types", lambda: (type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"a") + b"b").__name__))
t("concat str", lambda: b"a" + "b")
t("concat int", lambda: bytearray(b"a") + 1)
t("repr", lambda: [repr(bytes([i])) for i in (0, 9, 10, 13, 39, 34, 92, 127, 128, 255)])
t("repr quotes", lambda: (repr(b"'"), repr(b'"'), repr(b"'\""), repr(bytearray(b"'"))))
