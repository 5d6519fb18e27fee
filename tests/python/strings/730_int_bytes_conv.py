# int.from_bytes / int.to_bytes: defaults, keywords, iterables, errors.


class Idx:
    def __index__(self):
        return 3


class HasBytes:
    def __bytes__(self):
        return b"\x01\x02"


class MyInt(int):
    pass


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


print("== from_bytes")
show("big default", lambda: int.from_bytes(b"\x01\x00"))
show("little", lambda: int.from_bytes(b"\x01\x00", "little"))
show("kw", lambda: int.from_bytes(bytes=b"\x01\x00", byteorder="little"))
show("signed", lambda: int.from_bytes(b"\xff\xfe", "big", signed=True))
show("signed little", lambda: int.from_bytes(b"\xff\xfe", "little", signed=True))
show("signed pos", lambda: int.from_bytes(b"\x7f\xff", signed=True))
show("signed empty", lambda: int.from_bytes(b"", signed=True))
show("empty", lambda: int.from_bytes(b""))
show("signed 1", lambda: int.from_bytes(b"\x80", signed=1))
show("signed obj", lambda: int.from_bytes(b"\x80", signed=[0]))
show("bytearray", lambda: int.from_bytes(bytearray(b"\x12\x34"), "big"))
show("memoryview", lambda: int.from_bytes(memoryview(b"\x12\x34"), "little"))
show("list", lambda: int.from_bytes([1, 2, 3], "big"))
show("tuple", lambda: int.from_bytes((255, 255), "little", signed=True))
show("generator", lambda: int.from_bytes((x for x in [1, 0]), "big"))
show("range", lambda: int.from_bytes(range(1, 4), "little"))
show("__bytes__", lambda: int.from_bytes(HasBytes(), "big"))
show("int", lambda: int.from_bytes(3, "big"))
show("int default", lambda: int.from_bytes(3))
show("float", lambda: int.from_bytes(3.5, "big"))
show("None", lambda: int.from_bytes(None, "big"))
show("str", lambda: int.from_bytes("ab", "big"))
show("list bad", lambda: int.from_bytes([1, 256], "big"))
show("list neg", lambda: int.from_bytes([-1], "big"))
show("list str", lambda: int.from_bytes(["a"], "big"))
show("list Idx", lambda: int.from_bytes([Idx()], "big"))
show("bad order", lambda: int.from_bytes(b"\x01", "middle"))
show("order bytes", lambda: int.from_bytes(b"\x01", b"big"))
show("order None", lambda: int.from_bytes(b"\x01", None))
show("no args", lambda: int.from_bytes())
show("too many", lambda: int.from_bytes(b"\x01", "big", True))
show("bad kw", lambda: int.from_bytes(b"\x01", order="big"))
show("dup", lambda: int.from_bytes(b"\x01", "big", byteorder="big"))
show("subclass", lambda: (type(MyInt.from_bytes(b"\x05", "big")).__name__, MyInt.from_bytes(b"\x05", "big")))
show("bool", lambda: (type(bool.from_bytes(b"\x05", "big")).__name__, bool.from_bytes(b"\x05", "big")))
show("bool 0", lambda: bool.from_bytes(b"\x00", "big"))
show("big value", lambda: int.from_bytes(b"\xff" * 20, "big"))
show("big signed", lambda: int.from_bytes(b"\xff" * 20, "big", signed=True))
show("big signed 2", lambda: int.from_bytes(b"\x80" + b"\x00" * 19, "little", signed=True))

print("== to_bytes")
show("default", lambda: (5).to_bytes())
show("len 2", lambda: (5).to_bytes(2))
show("little", lambda: (258).to_bytes(2, "little"))
show("kw", lambda: (258).to_bytes(length=4, byteorder="big"))
show("zero len 0", lambda: (0).to_bytes(0, "big"))
show("one len 0", lambda: (1).to_bytes(0, "big"))
show("too big", lambda: (256).to_bytes(1, "big"))
show("too big default", lambda: (256).to_bytes())
show("negative", lambda: (-1).to_bytes(2, "big"))
show("negative signed", lambda: (-1).to_bytes(2, "big", signed=True))
show("neg signed little", lambda: (-258).to_bytes(3, "little", signed=True))
show("signed edge 127", lambda: (127).to_bytes(1, "big", signed=True))
show("signed edge 128", lambda: (128).to_bytes(1, "big", signed=True))
show("signed edge -128", lambda: (-128).to_bytes(1, "big", signed=True))
show("signed edge -129", lambda: (-129).to_bytes(1, "big", signed=True))
show("neg len 0 signed", lambda: (-1).to_bytes(0, "big", signed=True))
show("negative length", lambda: (1).to_bytes(-1, "big"))
show("length str", lambda: (1).to_bytes("2", "big"))
show("length float", lambda: (1).to_bytes(2.0, "big"))
show("length Idx", lambda: (1).to_bytes(Idx(), "big"))
show("length huge", lambda: (1).to_bytes(2**70, "big"))
show("length neg huge", lambda: (1).to_bytes(-2**70, "big"))
show("bad order", lambda: (1).to_bytes(1, "BIG"))
show("order int", lambda: (1).to_bytes(1, 1))
show("too many", lambda: (1).to_bytes(1, "big", True))
show("bad kw", lambda: (1).to_bytes(1, "big", sign=True))
show("big value", lambda: (2**100).to_bytes(13, "big"))
show("big value little", lambda: (2**100 - 1).to_bytes(13, "little"))
show("big too big", lambda: (2**100).to_bytes(12, "big"))
show("big neg signed", lambda: (-(2**100)).to_bytes(13, "big", signed=True))
show("bool", lambda: True.to_bytes(2, "little"))
show("subclass", lambda: MyInt(7).to_bytes(2, "big"))
show("roundtrip", lambda: all(int.from_bytes(n.to_bytes(10, "little", signed=True), "little", signed=True) == n for n in range(-300, 300, 7)))
show("type of result", lambda: type((1).to_bytes(1, "big")).__name__)
