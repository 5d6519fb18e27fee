# Adjacent loads and stores of locals (fused into superinstructions by uopy)
# next to jump targets, exception handlers, line changes and in loops.
def swap_loop(a, b, n):
    i = 0
    while i < n:
        a, b = b, a + b
        i = i + 1
    return a, b

def branchy(x, y):
    r = x if x < y else y
    s = y
    t = s if r else x
    return r, s, t, x * y - y * x

def handlers(a, b):
    try:
        c = a / b
        d = c
    except ZeroDivisionError:
        c = a
        d = b
    finally:
        e = c
    return c, d, e

def many(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17):
    x = a15
    y = a16
    z = a17
    return a0 + a1, a14 * a15, a15 - a16, a16 + a17, x, y, z, a17 - a0

def lines(p, q):
    u = p
    v = (q
         + p)
    return u, v

print(swap_loop(0, 1, 30))
print([branchy(x, y) for x in range(3) for y in range(3)])
print(handlers(6, 3), handlers(6, 0))
print(many(*range(18)))
print(lines(2, 5))
def err(a, b):
    c = a
    return c + b
try:
    err(1, "x")
except TypeError as e:
    import sys
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("TypeError", e, "line", tb.tb_lineno - err.__code__.co_firstlineno)

# Tuple displays unpacked at once (uopy swaps instead of building a tuple).
log = []
def val(tag, v):
    log.append(tag)
    return v
class O:
    pass
o = O()
x = [10, 20, 30]
x[0], x[2] = x[2], x[0]
o.a, o.b = val("a", 1), val("b", 2)
o.a, o.b, x[1] = o.b, x[1], o.a
(p,) = (val("p", 5),)
q, r = r0, q0 = 7, 8
print(x, o.a, o.b, p, q, r, r0, q0, log)
