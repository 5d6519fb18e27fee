# splitlines on every line boundary, in combinations; compared with bytes
breaks = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
non_breaks = ["\x1f", "\t", "\xa0", "\u200b", "\u2027", "\u202a", "\x00"]
for b in breaks:
    s = "a" + b + "b" + b + b + "c" + b
    print(repr(b), s.splitlines(), s.splitlines(True), len(s.splitlines(True)))
for b in non_breaks:
    print(repr(b), ("a" + b + "b").splitlines())
print("\n\r".splitlines(True), "\r\n".splitlines(True), "\r\r\n\n".splitlines(True))
print("a\r\n\r\nb".splitlines(), "a\n\rb".splitlines(), "\r".splitlines(), "\r\n".splitlines())
all_breaks = "".join("x%d%s" % (i, b) for i, b in enumerate(breaks))
print(all_breaks.splitlines())
print([len(x) for x in all_breaks.splitlines(True)])
print("".join(all_breaks.splitlines(True)) == all_breaks)
bs = b"a\nb\rc\r\nd\x0be\x0cf\x1cg\x85h"
print(bs.splitlines(), bs.splitlines(keepends=True))
print(bytearray(b"x\r\ny\n").splitlines(), bytearray(b"x\r\ny\n").splitlines(True))
print(b"".splitlines(), b"\n".splitlines(), b"\n\n".splitlines(True))
class S(str):
    pass
r = S("a\nb").splitlines()
print(r, [type(x).__name__ for x in r])
print("line\n".splitlines(0), "line\n".splitlines(2))
