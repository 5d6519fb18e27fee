# bytearray slice assignment and deletion, with steps and resizing
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    print(label, repr(r))

def run(expr_target, value):
    b = bytearray(b"0123456789")
    exec("b%s = value" % expr_target, {"b": b, "value": value})
    return b
for target, value in [("[2:5]", b"ab"), ("[2:5]", b""), ("[2:5]", b"abcdef"), ("[:]", b"z"), ("[5:2]", b"XY"),
                      ("[::2]", b"abcde"), ("[1::3]", b"xyz"), ("[::-1]", b"abcdefghij"), ("[8:2:-2]", b"ABC"),
                      ("[-3:]", [65, 66]), ("[:0]", bytearray(b"pre")), ("[10:]", memoryview(b"post")),
                      ("[2:4]", range(97, 100)), ("[::2]", b"ab"), ("[::2]", b"abcdef"), ("[2:5]", 3),
                      ("[2:5]", "str"), ("[2:5]", [256]), ("[2:5]", None), ("[100:200]", b"!"), ("[-100:1]", b"<"),
                      ("[3:3]", b"ins"), ("[::1]", b"step1"), ("[1:9:100]", b"!")]:
    label = "mv" + repr(bytes(value)) if isinstance(value, memoryview) else repr(value)
    t("set" + target + " = " + label, lambda: run(target, value))
def rdel(target):
    b = bytearray(b"0123456789")
    exec("del b%s" % target, {"b": b})
    return b
for target in ["[0]", "[-1]", "[2:5]", "[::2]", "[1::3]", "[::-1]", "[8:2:-3]", "[5:2]", "[:]", "[100]", "[-11]", "[::0]", "['a']"]:
    t("del" + target, lambda: rdel(target))
b = bytearray(b"abcdef")
b[:] = b
print(b)
b[1:3] = b
print(b)
b = bytearray(b"abc")
m = b
b[1:2] = b"XYZ"
print(m, m is b)
t("step zero", lambda: bytearray(b"abc")[::0])
t("get slices", lambda: (bytearray(b"abcdef")[1:4], bytearray(b"abcdef")[::-2], type(bytearray(b"ab")[:1]).__name__))
t("get int", lambda: bytearray(b"abc")[-1])
t("get float", lambda: bytearray(b"abc")[1.0])
t("get out", lambda: bytearray(b"abc")[3])
