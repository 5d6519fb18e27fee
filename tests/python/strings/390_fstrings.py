# f-strings: expressions, nested quotes, =, specs with nested fields, conversions
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

x, y, name = 10, 3.14159, "wörld"
d = {"k": "v", "n": 5}
lst = [1, 2, 3]
print(f"plain {x} {y} {name}")
print(f"expr {x + 1} {x * 2:05} {x / 4} {x // 3} {-x} {x ** 2}")
print(f"call {len(name)} {name.upper()} {max(lst)} {sum(i * i for i in lst)}")
print(f"quotes {d['k']} {d['n'] if False else d['k']} {'single'} {'double' if True else ''}")
print(f'''triple {"a" + 'b'} {"""tq"""}''')
print(f"index {lst[0]} {lst[-1]} {lst[1:]} {name[::-1]}")
print(f"cond {'yes' if x > 5 else 'no'} {x if x < 0 else -x}")
print(f"lambda {(lambda a: a * 2)(4)}")
print(f"conv {name!r} {name!s} {name!a} {lst!r}")
print(f"spec [{name:>10}] [{name:*<9}] [{y:.2f}] [{x:#x}] [{x:08b}] [{1234567:,}]")
w, p = 12, 3
print(f"nested [{y:{w}.{p}f}] [{name:^{w}}] [{x:{'>'}{w}}] [{y:{w}.{p}}]")
print(f"conv+spec [{name!r:>12}] [{'é'!a:^10}]")
print(f"= {x=} {y=:.2f} {name=!r} {x + 1=} {x=!s:>5}")
print(f"= spaces {x = } {lst[0]=}")
print(f"braces {{}} {{{x}}} {{x}}")
print(f"dict {dict(a=1)['a']} {'{'} {'}'}")
print(f"nested f {f'{x:>4}'}|{f'{name!r}'}")
print(f"multi {x}{y:.1f}{name}")
print(f"{'':>3}|{'':*^5}|{x!r:>5}")
print(f"{3.0:g} {1e-8:g} {0.1 + 0.2} {2**64}")
class Q:
    def __format__(self, spec):
        return "Q[" + spec + "]"
    def __repr__(self):
        return "Q()"
print(f"{Q()} {Q():abc} {Q()!r} {Q():{w}x}")
print(f"{x:>{w}} {x:<{w-8}} {x:^{w // 2}}")
print(f"{'a' 'b'} {(1, 2)} {[i for i in range(3)]} {x,}")
print(f"{x!r:{'^'}{6}}")
print(f"newline\n{x}\ttab")
print(rf"raw \n {x}", fr"{'raw'}\t")
t("bad spec", lambda: f"{x:q}")
t("bad spec str", lambda: f"{name:d}")
t("bad spec float", lambda: f"{y:x}")
t("nested bad", lambda: f"{x:{'zz'}}")
t("attr error", lambda: f"{x.nope}")
t("key error", lambda: f"{d['zz']}")
t("none format", lambda: f"{None:>5}")
t("none empty spec", lambda: f"{None}|{None!r:>6}")
