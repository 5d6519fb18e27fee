# s[i] on str in hot loops: ASCII strings, then non-ASCII ones, negative
# and out-of-range indexes, str subclasses and bytes at the same site.
def pick(seq, idx):
    out = []
    for i in idx:
        try:
            out.append(seq[i])
        except IndexError as e:
            out.append("IndexError: %s" % e)
        except TypeError as e:
            out.append("TypeError: %s" % e)
    return out


class S(str):
    def __getitem__(self, i):
        return "S" + str.__getitem__(self, i)


ascii_text = "hello, world"
for round_ in range(3):
    total = 0
    for k in range(2000):
        total += ord(ascii_text[k % len(ascii_text)])
    print(round_, total)
print(pick(ascii_text, [0, 5, 11, -1, -12, 12, 100]))
print(pick("héllo wörld", [0, 1, 7, -1, 11]))
print(pick(S("abc"), [0, 2, 3]))
print(pick(b"bytes", [0, 4, 5]))
print(pick(["a", "b"], [0, 1]))
print(pick("abc", ["x", 1.0, 1]))
mixed = ["abc", "ünï", S("xyz"), "", "q"]
got = []
for rep in range(300):
    for s in mixed:
        if s:
            got.append(s[0] + s[-1] + s[len(s) // 2])
print(len(got), got[:5], got[-5:])
