# bytes and bytearray basics (each case isolated)
def show(*fs):
    out = []
    for f in fs:
        try:
            out.append(f())
        except Exception as ex:
            out.append(type(ex).__name__ + ": " + str(ex))
    print(*out)
b = b"hello"
show(lambda: b, lambda: len(b), lambda: b[0], lambda: b[-1], lambda: b[1:3], lambda: b[::-1], lambda: type(b[0]).__name__)
show(lambda: bytes(3), lambda: bytes([65, 66, 67]), lambda: bytes(range(5)), lambda: bytes("hé", "utf-8"), lambda: bytes(b"x"), lambda: bytes())
show(lambda: b"a" + b"b", lambda: b"ab" * 3, lambda: 2 * b"x", lambda: b"l" in b, lambda: 104 in b, lambda: b"ell" in b, lambda: b"z" in b)
show(lambda: b == b"hello", lambda: b < b"help", lambda: b"" < b"\x00", lambda: b"abc" > b"abb", lambda: b == "hello")
show(lambda: list(b"abc"), lambda: tuple(b"\x00\xff"), lambda: [x for x in b"hi"])
show(lambda: repr(b"\x00\x7f\x80\xff\t\n\r'\"\\"), lambda: b"'", lambda: b'"', lambda: b"'\"")
show(lambda: b.upper(), lambda: b.find(b"l"), lambda: b.count(b"l"), lambda: b.index(b"lo"), lambda: b.replace(b"l", b"L"), lambda: b.split(b"l"))
show(lambda: b"a,b,,c".split(b","), lambda: b" x y ".strip(), lambda: b"-".join([b"a", b"b"]), lambda: b.startswith(b"he"), lambda: b.endswith(b"lo"))
show(lambda: b.decode(), lambda: b.decode("ascii"), lambda: "héllo".encode(), lambda: b"caf\xc3\xa9".decode("utf-8"))
show(lambda: b.hex(), lambda: bytes.fromhex("41 42 ff"), lambda: b"abc".isalpha(), lambda: b"123".isdigit())
show(lambda: hash(b"abc") == hash(b"abc"), lambda: {b"k": 1}[b"k"], lambda: b"abc" != "abc")
show(lambda: bytes([256]), lambda: bytes([-1]), lambda: b + "x", lambda: b[10], lambda: bytes("x"))
show(lambda: b"\xff".decode("utf-8"))
try:
    b[0] = 1
except TypeError as ex:
    print("TypeError", ex)
def ba_ops():
    ba = bytearray(b"abc")
    steps = [lambda: ba.append(100), lambda: ba.__setitem__(0, 65), lambda: ba.extend(b"ef"),
             lambda: ba.__setitem__(slice(1, 3), b"XYZ"), lambda: ba.__delitem__(0)]
    for st in steps:
        show(st, lambda: ba)
    show(lambda: ba, lambda: len(ba), lambda: ba[0], lambda: bytes(ba), lambda: ba == b"XYZdef", lambda: bytearray(2), lambda: bytearray([1, 2]))
    show(lambda: ba.pop(), lambda: ba, lambda: ba.decode())
    show(lambda: ba.append(300))
    show(lambda: bytes(ba) + b"!", lambda: ba + b"?", lambda: type(ba + b"?").__name__)
ba_ops()
show(lambda: b"%d-%s" % (5, b"x"))
show(lambda: b"abc"[::2], lambda: b"abc".zfill(6), lambda: b"Hello World".lower(), lambda: b"x".center(5, b"*"))
show(lambda: int.from_bytes(b"\x01\x00", "big"), lambda: int.from_bytes(b"\x01\x00", "little"), lambda: (258).to_bytes(2, "big"))
show(lambda: sorted(b"cab"), lambda: max(b"az"), lambda: sum(b"\x01\x02"), lambda: bytes(reversed(b"abc")))
