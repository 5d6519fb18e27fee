# Constant folding (compile time) must give exactly what run-time evaluation gives:
# signs of zeros, bool results of bool bitwise ops, floor division, bounds, errors left for run time.
x = 5
print(-1000, -7, +3, ~5, not 0, not 1, -True, ~True, +False, True & True, True | False, True ^ True, True + True)
print(2**64, 2**100, 2**-1, 7 // -2, 7 % -2, -7 // 2, 1 << 4, 1 << 127, 1 << 200, -1 >> 3, 5 >> 100, 12 & 10, 12 | 3, 12 ^ 5)
print(1 / 3, 10 / 4, 1.5 + 2, 2 * 1.25, 1e308 * 10, -0.0, -(0.0), 0.0 * -1, 1.0 / 3)
print(-1j, -(1+2j), +1j, (1, -2, (3,)), () , ('a',) * 3, (1,) + (2,))
print('ab' * 3, b'ab' * 2, 'x' + 'y', b'a' + b'b', 3 * 'z', 'a' * -1, 'ab' * True)
print(x in [1, 5, 9], x not in [1, 2], x in {5, 6}, x in {5, x})
for i in [1, 2, 3]: print(i, end=' ')
print([i for i in [4, 5]], {i for i in {7}})
def f(a=-1, *, b=2 * 3): return a, b
print(f())
try: print(1 / 0)
except ZeroDivisionError as e: print(e)
try: print(1 << -1)
except ValueError as e: print(e)
try: print('a' + 1)
except TypeError as e: print(e)
def g():
    "a" "b"
def h():
    "a" + "b"
print(g.__doc__, h.__doc__)
print(type(-0), -0, 0 ** 0, 0 ** 5, (-2) ** 3, 10 ** 20, -2 ** 2, (-1) ** 1000)
print(0x10 * 2, 0o7 + 1, 0b11 - 4)
match -1:
    case -1: print("neg one")
match {-1: 2}:
    case {-1: v}: print("v", v)
print(1 - 1j, 1.5 // 1, 7.5 % -2, 2.0 ** 3, 1 + 2j * 3)
() = []
print(-5 if x else 6, [-1, -2], {-1: -2})
print('\udc80' + 'x' == '\udc80x', len('\ud800' + '\udc00'))
