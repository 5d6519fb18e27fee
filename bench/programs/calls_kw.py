"""calls_kw: calls Python functions with keyword arguments, default values, keyword-only parameters, *args and **kwargs, including calls that forward with f(*args, **kwargs). Stresses argument binding in the call path (matching keywords to parameters, filling defaults, building the varargs tuple and kwargs dict) and CALL_FUNCTION_EX."""
# bench: tiny=2000 quick=30000 full=500000
import sys


def point(x, y=0, z=1):
    return x * 3 + y * 5 + z


def kwonly(a, *, scale=2, shift=0):
    return a * scale + shift


def varargs(first, *rest):
    s = first
    for r in rest:
        s += r
    return s + len(rest)


def kwargs(a, **kw):
    s = a
    for k, v in kw.items():
        s += v * len(k)
    return s


def everything(a, b=1, *args, c=2, d=3, **kw):
    return a + b + len(args) * 7 + c * d + len(kw) * 11


def forward(*args, **kw):
    # forwards its arguments unchanged
    return everything(*args, **kw)


def run(n):
    total = 0
    args3 = (1, 2, 3)
    opts = {"c": 4, "d": 5}
    for i in range(n):
        j = i & 31
        total += point(j)                   # defaults
        total += point(j, 2)
        total += point(j, z=3)              # keyword, skips y
        total += point(z=j, y=1, x=2)       # all keywords, reordered
        total += kwonly(j)
        total += kwonly(j, shift=1, scale=3)
        total += varargs(j)
        total += varargs(j, 1, 2, 3)
        total += varargs(*args3)            # star call
        total += kwargs(j, alpha=1, be=2)
        total += kwargs(a=j)
        # (uopy workaround: no single call fills both *args and **kw of
        # `everything`; see the report accompanying this file)
        total += everything(j, 2, 3, 4, c=1)         # extras go to *args
        total += everything(j, d=j, extra=5, more=1)  # extras go to **kw
        total += forward(j, **opts)         # ** unpacking
        total += forward(j, 1, *args3)      # * unpacking
        total += forward(j, e=6, c=2)
        total &= 0xFFFFFFF
    return total


def main(n):
    return run(n)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    print(main(n))
