# comparison, membership, concatenation, multiplication, iteration
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

pairs = [("a", "b"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("B", "a"), ("é", "z"),
         ("中", "é"), ("😀", "中"), ("a", "a"), ("Z", "a"), ("10", "9"), ("\uffff", "\U00010000")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted(["banana", "Apple", "cherry", "apple", "", "é", "Zoo", "10", "9"]))
print(max("hello"), min("hello"), max(["ab", "b", "abc"]), min("中文é"))
t("str < int", lambda: "a" < 1)
t("int >= str", lambda: 1 >= "a")
t("str < None", lambda: "a" < None)
t("str == int", lambda: "1" == 1)
t("str != bytes", lambda: "a" != b"a")
t("str < bytes", lambda: "a" < b"a")
print("a" in "abc", "ac" in "abc", "" in "abc", "é" in "café", "😀" in "a😀", "中文" in "中文字")
print("x" not in "abc", "b" not in "abc")
t("int in str", lambda: 1 in "abc")
t("None in str", lambda: None in "abc")
t("list in str", lambda: ["a"] in "abc")
print(repr("ab" * 3), repr(3 * "ab"), repr("ab" * 0), repr("ab" * -2), repr("" * 100), repr("é" * 3))
print(repr("ab" * True), repr("x" * False))
t("str * float", lambda: "ab" * 2.0)
t("str * str", lambda: "ab" * "c")
t("str * huge", lambda: "ab" * (2**63))
t("str + int", lambda: "a" + 1)
t("int + str", lambda: 1 + "a")
t("str + None", lambda: "a" + None)
t("str + bytes", lambda: "a" + b"b")
t("str - str", lambda: "a" - "b")
t("neg str", lambda: -"a")
t("str / 2", lambda: "ab" / 2)
print(repr("ab" + "cd"), repr("" + ""), repr("中" + "😀"))
s = "x"
s += "y"
s *= 3
print(s)
print(list("héllo"), list(""), tuple("ab😀"))
for i, ch in enumerate("a中😀"):
    print(i, ch, ord(ch))
it = iter("xyz")
print(next(it), next(it), next(it), next(it, "done"))
print([c.upper() for c in "abc"], "".join(reversed("héllo")), list(reversed("a😀b")))
print(sum(1 for c in "mississippi" if c == "s"), sorted(set("hello")) )
print(len("abc"), len(""), len("a" * 1000), bool(""), bool(" "), bool("0"))
print(hash("abc") == hash("ab" + "c"), hash("") == hash(""), str("x") is not None)
