# bytes searching with int/bytes-like arguments, split/rsplit/partition/strip/join
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

b = b"abracadabra"
for sub in [b"a", 97, bytearray(b"bra"), memoryview(b"cad"), b"", 122, b"zz"]:
    print(("mv" + repr(bytes(sub))) if isinstance(sub, memoryview) else repr(sub), b.find(sub), b.rfind(sub), b.count(sub), b.find(sub, 3, -2), b.rfind(sub, -6), b.count(sub, 1, 8), sub in b)
t("index int miss", lambda: b.index(122))
t("rindex miss", lambda: b.rindex(b"x"))
t("find str", lambda: b.find("a"))
t("find 256", lambda: b.find(256))
t("find -1", lambda: b.find(-1))
t("count list", lambda: b.count([97]))
t("in str", lambda: "a" in b)
t("in 256", lambda: 256 in b)
t("startswith tuple", lambda: (b.startswith((b"x", bytearray(b"ab"))), b.endswith(b"bra", 0, -1), b.startswith(b"ra", 2)))
t("startswith int", lambda: b.startswith(97))
t("startswith str", lambda: b.startswith("a"))
for s in [b"  a  b\tc\n", b"a,b,,c", b",", b"", b"\x1c a \x85 b"]:
    print(repr(s), s.split(), s.split(b","), s.rsplit(None, 1), s.split(maxsplit=1), s.rsplit(b",", 1), bytearray(s).split(bytearray(b",")))
t("split empty sep", lambda: b"a".split(b""))
t("split str sep", lambda: b"a".split(","))
t("split int sep", lambda: b"a,b".split(44))
t("partition", lambda: (b.partition(b"cad"), b.rpartition(bytearray(b"a")), b.partition(b"x"), b.rpartition(b"x")))
t("partition types", lambda: [type(x).__name__ for x in bytearray(b"a=b").partition(b"=")])
t("partition empty", lambda: b.partition(b""))
t("strip", lambda: (b"xxhixx".strip(b"x"), b"  hi ".lstrip(), b"hi..".rstrip(bytearray(b".")), b"\x1chi\x85".strip(), b"\x0bhi\x0c".strip()))
t("strip str", lambda: b"x".strip("x"))
t("replace", lambda: (b.replace(b"a", b"A"), b.replace(b"a", b"", 2), b.replace(b"", b"-"), b.replace(bytearray(b"ra"), memoryview(b"RA"), 1)))
t("join mixed", lambda: b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]))
t("bytearray join", lambda: bytearray(b",").join([b"x", b"y"]))
t("join str item", lambda: b"".join([b"a", "b"]))
t("join int item", lambda: b"".join([1]))
t("removeprefix", lambda: (b.removeprefix(b"abr"), b.removesuffix(bytearray(b"bra")), bytearray(b"xy").removeprefix(b"x")))
t("center", lambda: (b"ab".center(6, b"*"), b"ab".ljust(4, b"."), b"ab".rjust(4), b"-5".zfill(5)))
t("center str fill", lambda: b"ab".center(6, "*"))
t("ord of index", lambda: (b[0], b[-1], b[1:3], list(b[:3])))
