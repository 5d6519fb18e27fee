# f-strings: = specifier, conversions, nested specs, expressions and quoting
x = 42
name = "Ann"
pi = 3.14159265
items = [1, 2, 3]
def f(v):
    return v * 2
print(f"{x=}")
print(f"{x = }")
print(f"{x =}")
print(f"{x= }")
print(f"{x=!s}")
print(f"{x=!r}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name = !r:>10}")
print(f"{name=:>10}")
print(f"{pi=:.2f}")
print(f"{pi = :10.3e}|")
print(f"{x + 1=}")
print(f"{f(x)=}")
print(f"{items[1:]=}")
print(f"{x*2 = :#x}")
print(f"{'é'=!a}")
print(f"{'héllo'!a}", f"{'héllo'!r}", f"{'héllo'!s}", f"{3!r:>4}")
w, p = 10, 3
print(f"[{pi:{w}.{p}f}]", f"[{pi:{'>'}{w}}]", f"[{name:{'*'}^{w}}]", f"[{x:{'0'}{w}d}]")
print(f"{x:{'x' if x > 10 else 'd'}}", f"{'{'}{x}{'}'}", f"{{x}}", f"{{{x}}}")
print(f"{1 != 2}", f"{(lambda y: y + 1)(5)}", f"{[i * i for i in range(4)]}", f"{ {'k': 1}['k'] }", f"{x if x else 0}")
print(f"{'quoted'}", f'{"double"}', f"""{'''triple'''}""", f"{x!r:^{w}}|")
print(f"{x:>5}" f"{name:<5}|" "plain" f"{pi:.1f}")
print(f"{3.0:g}", f"{1e20:,.0f}", f"{-0.0:z.1f}", f"{1234567:_}", f"{255:#010b}")
nested = f"{f'{x}-{name}':>12}"
print(nested, len(nested))
print(f"""multi
{x}
line""")
print(f"{x=}"f"{name=}")
print(f"{'a' 'b'=}")
print(f"{  x  =  }")
print(f"{(x, name)=}")
print(f"{dict(a=1)=}")
try:
    print(eval('f"{x!z}"'))
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    print(eval('f"{}"'))
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    print(f"{x:{'bad spec'}}")
except ValueError as e:
    print(type(e).__name__, e)
