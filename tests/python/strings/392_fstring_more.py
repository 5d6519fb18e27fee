# more f-string forms and str-subclass behaviour in formatting / methods
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class MyStr(str):
    def __format__(self, spec):
        return "MY(" + str.__format__(self, spec) + ")"
    def shout(self):
        return self.upper() + "!"

m = MyStr("abc")
print(f"{m} {m:>5} {m!s} {m!r}", "{}".format(m), format(m, "^7"))
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in items:
    print(f"{name:<12}|{price:>6.2f}|{qty:^5d}|{price * qty:>8.3f}")
n = 5
print(f"{(n := n + 1)} {n}")
print(f"{'x' * 3}{'-' * n}")
print(f"""multi
{n}
line""")
print(f"{n:{'<' if n > 3 else '>'}{n}}|")
print(f"{[f'{i:02}' for i in range(3)]}")
print(f"{ {'a': 1}['a'] }", f"{ n }", f"{n!r:>{n}}")
v = 3.5
print(f"{v=}", f"{v = :6.2f}", f"{n*2=}", f"{'s'=}")
print(f"{1_000_000:_}", f"{0x1F:#06x}", f"{-0.0:+.1f}", f"{10**20:.3e}")
print(f"{True} {False!r} {None} {...}")
print(f"{'é':*^5}|{'中文':>4}|{'😀':<3}|")
t("fmt str subclass bad spec", lambda: format(m, "d"))
t("str.__format__ direct", lambda: str.__format__("ab", ">4"))
t("str.__format__ non-str", lambda: str.__format__(1, ""))
t("object __format__ empty", lambda: object.__format__(5, ""))
# inherited str methods called on a str-subclass instance (flush first so earlier output survives a crash)
sys.stdout.flush()
print(m.shout(), type(m.upper()).__name__, type(m + "x").__name__, type(m[0]).__name__,
      type(m * 2).__name__, type(str(m)).__name__, isinstance(m, str), m == "abc")
print(type(m.strip()).__name__, type(m.replace("a", "b")).__name__, type(m.split("b")[0]).__name__)
print(sorted([MyStr("b"), "a", MyStr("c")]), "ab" + m, m in "xxabcxx", "b" in m)
print(len(m), hash(m) == hash("abc"), {m: 1}["abc"])
