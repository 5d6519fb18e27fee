# bytes.hex / bytearray.hex / memoryview.hex with sep and bytes_per_sep;
# bytes.fromhex / bytearray.fromhex.


class Idx:
    def __index__(self):
        return 2


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


data = bytes(range(0xb9, 0xc0))
for name, obj in (("bytes", data), ("bytearray", bytearray(data)), ("memoryview", memoryview(data))):
    print("==", name)
    show("plain", lambda: obj.hex())
    show("sep str", lambda: obj.hex(":"))
    show("sep bytes", lambda: obj.hex(b"-"))
    show("sep 2", lambda: obj.hex(":", 2))
    show("sep 3", lambda: obj.hex(" ", 3))
    show("sep -2", lambda: obj.hex("_", -2))
    show("sep -3", lambda: obj.hex("_", -3))
    show("sep 1", lambda: obj.hex(".", 1))
    show("sep -1", lambda: obj.hex(".", -1))
    show("sep 0", lambda: obj.hex(".", 0))
    show("sep 7", lambda: obj.hex(".", 7))
    show("sep 8", lambda: obj.hex(".", 8))
    show("sep -7", lambda: obj.hex(".", -7))
    show("sep -100", lambda: obj.hex(".", -100))
    show("sep huge", lambda: obj.hex(".", 2**40))
    show("sep bigger", lambda: obj.hex(".", 2**70))
    show("sep Idx", lambda: obj.hex(".", Idx()))
    show("kw", lambda: obj.hex(sep="|", bytes_per_sep=4))
    show("kw only bps", lambda: obj.hex(bytes_per_sep=4))
    show("sep None", lambda: obj.hex(None))
    show("sep empty", lambda: obj.hex(""))
    show("sep long", lambda: obj.hex("ab"))
    show("sep nonascii", lambda: obj.hex("\xe9"))
    show("sep nonascii bytes", lambda: obj.hex(b"\xe9"))
    show("sep int", lambda: obj.hex(1))
    show("bps str", lambda: obj.hex(":", "2"))
    show("bps float", lambda: obj.hex(":", 2.0))
    show("too many", lambda: obj.hex(":", 2, 3))
    show("bad kw", lambda: obj.hex(x=1))
show("empty", lambda: b"".hex(":", 2))
show("one", lambda: b"\x01".hex(":", 2))
show("two -1", lambda: b"\x01\x02".hex(":", -1))
show("mv cast", lambda: memoryview(bytes(range(8))).cast("I").hex(":", 2))
show("mv slice", lambda: memoryview(bytes(range(8)))[::2].hex(" "))

print("== fromhex")
for T in (bytes, bytearray):
    show("basic", lambda: T.fromhex("0a1B ff"))
    show("spaces", lambda: T.fromhex("  01  02\t03\n04\r05\x0b06\x0c"))
    show("empty", lambda: T.fromhex(""))
    show("only space", lambda: T.fromhex("   "))
    show("odd", lambda: T.fromhex("abc"))
    show("split byte", lambda: T.fromhex("a bc"))
    show("bad char", lambda: T.fromhex("0g"))
    show("bad char pos", lambda: T.fromhex("0102 zz"))
    show("nonascii", lambda: T.fromhex("01\xe902"))
    show("nonascii space", lambda: T.fromhex("01\u200302"))
    show("trailing space", lambda: T.fromhex("01 "))
    show("bytes arg", lambda: T.fromhex(b"01"))
    show("no arg", lambda: T.fromhex())
    show("two args", lambda: T.fromhex("01", "02"))
    show("kw", lambda: T.fromhex(string="01"))
    show("type", lambda: type(T.fromhex("41")).__name__)
    show("instance", lambda: T(b"x").fromhex("4142"))


class MyBytes(bytes):
    pass


class MyBA(bytearray):
    pass


show("subclass", lambda: (type(MyBytes.fromhex("41")).__name__, MyBytes.fromhex("41")))
show("subclass ba", lambda: (type(MyBA.fromhex("41")).__name__, MyBA.fromhex("41")))
show("roundtrip", lambda: bytes.fromhex(bytes(range(256)).hex(" ", 3)) == bytes(range(256)))
show("empty None", lambda: b"".hex(None))
show("bad sep, bps 0", lambda: b"ab".hex("xx", 0))
show("None sep, bad bps", lambda: b"ab".hex(None, "x"))
show("sep bytearray", lambda: b"ab".hex(bytearray(b":")))
show("sep list", lambda: b"ab".hex([1]))
show("sep memoryview", lambda: b"ab".hex(memoryview(b":")))
show("bps int min", lambda: b"ab".hex(":", -2**31))
show("bps int max", lambda: b"ab".hex(":", 2**31 - 1))
show("bps below int", lambda: b"ab".hex(":", -2**31 - 1))
show("sep wide", lambda: b"ab".hex("\u0100"))
show("sep high byte", lambda: b"ab".hex(b"\x80"))
show("mv None", lambda: memoryview(b"ab").hex(None))
show("ba kw order", lambda: bytearray(b"ab").hex(bytes_per_sep=2, sep=":"))
show("bps True", lambda: b"abcdef".hex(":", True))
show("long", lambda: bytes(range(40)).hex(" ", -5))
show("long right", lambda: bytes(range(40)).hex(b"\n", 6))
