"""Typed expression generation.

gen(ctx, scope, typ, depth) returns the source text of an expression of type
`typ` (see context.TYPES) that reads only variables of `scope` and cannot
raise, given the invariants the statement generator keeps (ints below about
2**130, floats below about 1e6, short strs, non-empty tuples). Divisors are
built so that they are never zero, indexes are reduced modulo the length,
and int operands of float arithmetic are reduced first so that no conversion
overflows.

norm(ctx, typ, text) wraps an expression for a store so that the invariants
still hold after the store, however many times a loop repeats it.
"""

import math

_SMALL_INTS = tuple(range(-5, 40)) + (64, 100, 127, 128, 255, 256, 1000, 4096, 65535)
_BIG_INTS = (
    "2**64", "2**64 - 1", "2**63", "-2**63", "2**70 + 3", "10**20", "10**25 + 7",
    "0xFFFFFFFFFFFFFFFFFF", "1 << 100", "-(1 << 90)", "12345678901234567890123",
    "9_223_372_036_854_775_807", "18446744073709551617", "3**50", "7**30 - 1",
)
_FLOATS = (
    "0.0", "0.5", "1.5", "2.75", "-1.25", "3.14159", "1e-3", "100.0", "1e5",
    "0.1", "0.2", "0.3", "2.5e-4", "123.456", "-0.75", "1e10", "7.0", "1/3",
)
_STR_METHODS0 = (
    "upper()", "lower()", "title()", "strip()", "swapcase()", "capitalize()",
    "lstrip()", "rstrip()", "casefold()",
)
_STR_METHODS1 = (
    "replace('a', 'xy')", "replace(' ', '')", "zfill(8)", "center(11, '*')",
    "ljust(9, '.')", "rjust(7)", "strip('ab')", "lstrip('Hx')", "removeprefix('a')",
    "removesuffix('a')", "expandtabs(4)", "replace('l', 'L', 1)",
)
_NZ_INTS = ("1", "2", "3", "7", "-3", "10", "97", "1000", "-1", "2**64 + 1", "65537")
_NZ_FLOATS = ("0.5", "2.0", "3.0", "-1.5", "7.25", "1e3", "0.125")


def _par(s):
    return "(" + s + ")"


def _vars(scope, typ):
    return scope.of_type(typ)


def leaf(ctx, scope, typ):
    vs = _vars(scope, typ)
    if vs and ctx.chance(0.65):
        return ctx.choice(vs)
    if typ == "int":
        r = ctx.rng.random()
        if r < 0.6:
            return str(ctx.choice(_SMALL_INTS))
        if r < 0.85:
            return _par(ctx.choice(_BIG_INTS))
        if r < 0.92:
            return "True" if ctx.chance(0.5) else "False"
        vs = _vars(scope, "str")
        if vs:
            return "len(%s)" % ctx.choice(vs)
        return str(ctx.randint(0, 9))
    if typ == "float":
        f = ctx.choice(_FLOATS)
        return _par(f) if f.startswith("-") or "/" in f else f
    if typ == "str":
        return ctx.str_lit()
    if typ == "bool":
        return ctx.choice(("True", "False"))
    if typ == "list":
        n = ctx.randint(0, 5)
        return "[" + ", ".join(str(ctx.choice(_SMALL_INTS)) for _ in range(n)) + "]"
    if typ == "dict":
        ks = ctx.sample(("a", "b", "c", "k1", "k2", "zz", "Hello"), ctx.randint(0, 3))
        return "{" + ", ".join("%r: %d" % (k, ctx.randint(-9, 99)) for k in ks) + "}"
    if typ == "tuple":
        n = ctx.randint(1, 4)
        return "(" + ", ".join(str(ctx.choice(_SMALL_INTS)) for _ in range(n)) + ("," if n == 1 else "") + ")"
    raise ValueError(typ)


def nonzero_int(ctx, scope, depth):
    r = ctx.rng.random()
    if r < 0.4:
        return ctx.choice(_NZ_INTS)
    inner = gen(ctx, scope, "int", depth - 1)
    if r < 0.7:
        return "(%s %% %d + 1)" % (inner, ctx.randint(2, 13))
    if r < 0.85:
        return "max(1, %s)" % inner
    return "(abs(%s) + 1)" % inner


def small_int(ctx, scope, depth, bound=None):
    """An int expression known to lie in [0, bound)."""
    bound = bound or ctx.choice((3, 5, 8, 10, 16, 100, 1000))
    return "(%s %% %d)" % (gen(ctx, scope, "int", depth), bound)


def nonzero_float(ctx, scope, depth):
    r = ctx.rng.random()
    if r < 0.4:
        return ctx.choice(_NZ_FLOATS)
    if r < 0.8:
        return "(abs(%s) + 1.0)" % gen(ctx, scope, "float", depth - 1)
    return "(%s %% 9 + 1)" % gen(ctx, scope, "int", depth - 1)


def gen_int(ctx, scope, depth):
    if depth <= 0:
        return leaf(ctx, scope, "int")
    d = depth - 1
    k = ctx.weighted([
        (10, "arith"), (4, "div"), (3, "bits"), (2, "shift"), (2, "unary"),
        (3, "minmax"), (2, "fromfloat"), (3, "fromstr"), (3, "fromcoll"),
        (2, "cond"), (1, "pow"), (1, "method"), (2, "genexp"), (1, "cmp"),
        (1, "hash"), (3, "leaf"),
    ])
    if k == "leaf":
        return leaf(ctx, scope, "int")
    if k == "arith":
        op = ctx.choice(("+", "-", "*", "+", "-"))
        return _par("%s %s %s" % (gen(ctx, scope, "int", d), op, gen(ctx, scope, "int", d)))
    if k == "div":
        op = ctx.choice(("//", "%"))
        a = gen(ctx, scope, "int", d)
        if ctx.chance(0.2):
            return "divmod(%s, %s)[%d]" % (a, nonzero_int(ctx, scope, d), ctx.randint(0, 1))
        return _par("%s %s %s" % (a, op, nonzero_int(ctx, scope, d)))
    if k == "bits":
        op = ctx.choice(("&", "|", "^"))
        return _par("%s %s %s" % (gen(ctx, scope, "int", d), op, gen(ctx, scope, "int", d)))
    if k == "shift":
        if ctx.chance(0.5):
            return _par("%s >> %s" % (gen(ctx, scope, "int", d), small_int(ctx, scope, d, ctx.choice((7, 17, 70)))))
        return _par("%s << %s" % (gen(ctx, scope, "int", d), small_int(ctx, scope, d, ctx.choice((3, 9, 65)))))
    if k == "unary":
        return ctx.choice(("-%s", "~%s", "abs(%s)", "+%s")) % gen(ctx, scope, "int", d)
    if k == "minmax":
        n = ctx.randint(2, 3)
        return "%s(%s)" % (ctx.choice(("min", "max")), ", ".join(gen(ctx, scope, "int", d) for _ in range(n)))
    if k == "fromfloat":
        f = gen(ctx, scope, "float", d)
        return ctx.choice(("int(%s)", "round(%s)", "math.floor(%s)", "math.ceil(%s)", "math.trunc(%s)")) % f
    if k == "fromstr":
        s = gen(ctx, scope, "str", d)
        form = ctx.choice((
            "len(%s)", "%s.count('a')", "%s.find('l')", "%s.rfind('a')", "(ord(%s[0]) if %s else -1)",
            "len(%s.split())", "int(%s.isalpha())", "%s.index('') + 1",
        ))
        return form.replace("%s", s)
    if k == "fromcoll":
        t = ctx.choice(("list", "dict", "tuple"))
        c = gen(ctx, scope, t, d)
        if t == "list":
            return ctx.choice((
                "len(%s)" % c, "sum(%s)" % c, "max(%s, default=0)" % c, "min(%s, default=-1)" % c,
                "%s.count(%s)" % (c, leaf(ctx, scope, "int")),
            ))
        if t == "dict":
            return ctx.choice((
                "len(%s)" % c, "sum(%s.values())" % c, "%s.get(%r, %d)" % (c, ctx.choice(("a", "b", "k1", "Hello")), ctx.randint(-3, 3)),
                "max(%s.values(), default=7)" % c,
            ))
        if c.isidentifier() and ctx.chance(0.4):
            return "%s[%s %% len(%s)]" % (c, gen(ctx, scope, "int", d), c)
        return ctx.choice(("len(%s)", "sum(%s)", "%s[0]", "%s[-1]", "max(%s)", "min(%s)")) % c
    if k == "cond":
        return _par("%s if %s else %s" % (gen(ctx, scope, "int", d), gen(ctx, scope, "bool", d), gen(ctx, scope, "int", d)))
    if k == "pow":
        if ctx.chance(0.5):
            return "pow(%s, %d, %s)" % (gen(ctx, scope, "int", d), ctx.randint(0, 300), ctx.choice(("1000003", "2**61 - 1", "10**18 + 9", "97")))
        return _par("%s ** %d" % (small_int(ctx, scope, d, ctx.choice((10, 1000, 2**20))), ctx.randint(0, 5)))
    if k == "method":
        a = gen(ctx, scope, "int", d)
        return ctx.choice(("(%s).bit_length()", "int.bit_count(%s)", "(%s).__index__()", "int(str(0 + %s))", "int(%s)")) % a
    if k == "genexp":
        n = ctx.randint(0, 12)
        v = ctx.fresh("g")
        body = ctx.choice(("%s * %s" % (v, v), "%s %% 3" % v, "%s ^ %d" % (v, ctx.randint(0, 9)), v))
        return "sum(%s for %s in range(%d)%s)" % (body, v, n, ctx.choice(("", " if %s %% 2" % v, " if %s > 3" % v)))
    if k == "cmp":
        return "int(%s)" % gen(ctx, scope, "bool", d)
    if k == "hash":
        return "hash(%s)" % gen(ctx, scope, "int", d)
    raise AssertionError(k)


def gen_float(ctx, scope, depth):
    if depth <= 0:
        r = ctx.rng.random()
        if r < 0.15:
            return "(%s %% 1000) / %s" % (leaf(ctx, scope, "int"), ctx.choice(("7", "3", "4", "10", "0.5")))
        if r < 0.25:
            return "float(%s %% 100003)" % leaf(ctx, scope, "int")
        return leaf(ctx, scope, "float")
    d = depth - 1
    k = ctx.weighted([
        (10, "arith"), (3, "mixed"), (3, "div"), (1, "mod"), (2, "unary"), (2, "minmax"),
        (2, "round"), (1, "sqrt"), (1, "cond"), (1, "pow"), (1, "fromstr"), (3, "leaf"),
    ])
    if k == "leaf":
        return gen_float(ctx, scope, 0)
    if k == "arith":
        op = ctx.choice(("+", "-", "*"))
        return _par("%s %s %s" % (gen(ctx, scope, "float", d), op, gen(ctx, scope, "float", d)))
    if k == "mixed":
        op = ctx.choice(("+", "-", "*"))
        a, b = gen(ctx, scope, "float", d), small_int(ctx, scope, d, ctx.choice((10, 1000, 100003)))
        if ctx.chance(0.5):
            a, b = b, a
        return _par("%s %s %s" % (a, op, b))
    if k == "div":
        if ctx.chance(0.25):
            num = small_int(ctx, scope, d, ctx.choice((1000, 10**6)))
        else:
            num = gen(ctx, scope, "float", d)
        return _par("%s / %s" % (num, nonzero_float(ctx, scope, d)))
    if k == "mod":
        return _par("%s %s %s" % (gen(ctx, scope, "float", d), ctx.choice(("%", "//")), ctx.choice(("7.5", "2.0", "0.3", "-4.0"))))
    if k == "unary":
        return ctx.choice(("-%s", "abs(%s)", "math.fabs(%s)", "+%s")) % gen(ctx, scope, "float", d)
    if k == "minmax":
        return "%s(%s, %s)" % (ctx.choice(("min", "max")), gen(ctx, scope, "float", d), gen(ctx, scope, "float", d))
    if k == "round":
        return "round(%s, %d)" % (gen(ctx, scope, "float", d), ctx.randint(0, 6))
    if k == "sqrt":
        return "math.sqrt(abs(%s))" % gen(ctx, scope, "float", d)
    if k == "cond":
        return _par("%s if %s else %s" % (gen(ctx, scope, "float", d), gen(ctx, scope, "bool", d), gen(ctx, scope, "float", d)))
    if k == "pow":
        return _par("%s ** %s" % (gen(ctx, scope, "float", 0), ctx.choice(("2", "3", "1", "0"))))
    if k == "fromstr":
        return "float(%s)" % ctx.choice(("'1.5'", "' 2.25 '", "'1e3'", "'-0.5'", "'7'", "repr(%s)" % gen(ctx, scope, "float", d)))
    raise AssertionError(k)


def gen_str(ctx, scope, depth):
    if depth <= 0:
        return leaf(ctx, scope, "str")
    d = depth - 1
    k = ctx.weighted([
        (6, "concat"), (2, "repeat"), (5, "slice"), (6, "method"), (4, "conv"),
        (3, "fstring"), (2, "join"), (2, "split"), (1, "cond"), (1, "percent"), (3, "leaf"),
    ])
    if k == "leaf":
        return leaf(ctx, scope, "str")
    if k == "concat":
        return _par("%s + %s" % (gen(ctx, scope, "str", d), gen(ctx, scope, "str", d)))
    if k == "repeat":
        return _par("%s * %d" % (gen(ctx, scope, "str", d), ctx.randint(0, 3)))
    if k == "slice":
        s = gen(ctx, scope, "str", d)
        return s + ctx.choice(("[1:]", "[:3]", "[::-1]", "[::2]", "[1:-1]", "[-4:]", "[%d:%d]" % (ctx.randint(-5, 5), ctx.randint(-5, 9)), "[::-3]", "[%s:]" % small_int(ctx, scope, d, 8)))
    if k == "method":
        s = gen(ctx, scope, "str", d)
        m = ctx.choice(_STR_METHODS0 + _STR_METHODS1)
        return "%s.%s" % (s if s.isidentifier() or s.endswith(")") or s.endswith("]") else _par(s), m)
    if k == "conv":
        t = ctx.choice(("int", "int", "float", "bool", "list", "tuple", "dict"))
        e = gen(ctx, scope, t, d)
        if t == "int":
            return ctx.choice(("str(%s)", "hex(%s)", "oct(%s)", "repr(%s)", "format(%s, 'x')", "format(%s, ',')", "bin(%s %% 1024)", "chr(65 + %s %% 26)")) % e
        if t == "float":
            return ctx.choice(("str(%s)", "repr(%s)", "format(%s, '.3f')", "format(%s, 'e')", "format(%s, '.4g')")) % e
        return "str(%s)" % e
    if k == "fstring":
        parts = []
        for _ in range(ctx.randint(1, 3)):
            t = ctx.choice(("int", "float", "str", "bool"))
            e = gen(ctx, scope, t, d)
            spec = ""
            if t == "int":
                spec = ctx.choice(("", "", ":>6", ":<5", ":08", ":x", ":+d", ":_"))
            elif t == "float":
                spec = ctx.choice(("", ":.2f", ":10.3f", ":e", ":g", ":+.1f", ":.0%"))
            elif t == "str":
                spec = ctx.choice(("", "!r", ":>8", ":^9", ":.3"))
            if "\\" in e or '"' in e or e.startswith("{"):
                e = leaf(ctx, scope, t)
                if "\\" in e:
                    e = "'q'"
            parts.append("{%s%s}" % (e, spec))
        sep = ctx.choice(("", "-", " ", "|", ":"))
        body = sep.join(parts)
        if "'" in body:
            return 'f"%s"' % body
        return "f'%s'" % body
    if k == "join":
        if ctx.chance(0.5):
            return "%r.join(%s)" % (ctx.choice(("", "-", ", ", "/")), ctx.choice((
                "str(x) for x in %s" % gen(ctx, scope, "list", d),
                "sorted(%s.split())" % gen(ctx, scope, "str", d),
                "reversed(%s)" % gen(ctx, scope, "str", d),
                "sorted(%s)" % gen(ctx, scope, "dict", d),
            )))
        return "%r.join([%s, %s])" % (ctx.choice(("", "+", "::")), gen(ctx, scope, "str", d), gen(ctx, scope, "str", d))
    if k == "split":
        s = gen(ctx, scope, "str", d)
        return "%s.split(%s)[%s]" % (_par(s), ctx.choice(("','", "' '", "'a'", "'l'")), ctx.choice(("0", "-1")))
    if k == "cond":
        return _par("%s if %s else %s" % (gen(ctx, scope, "str", d), gen(ctx, scope, "bool", d), gen(ctx, scope, "str", d)))
    if k == "percent":
        return "('%%s=%%d/%%.2f' %% (%s, %s, %s))" % (gen(ctx, scope, "str", d), gen(ctx, scope, "int", d), gen(ctx, scope, "float", d))
    raise AssertionError(k)


def gen_bool(ctx, scope, depth):
    if depth <= 0:
        vs = _vars(scope, "bool")
        if vs and ctx.chance(0.5):
            return ctx.choice(vs)
        d = 0
    else:
        d = depth - 1
    k = ctx.weighted([
        (8, "icmp"), (2, "fcmp"), (2, "mixcmp"), (2, "scmp"), (2, "in"), (2, "strpred"),
        (2, "logic"), (1, "not"), (1, "chain"), (1, "anyall"), (1, "truth"), (1, "isinst"),
    ])
    cmp = ctx.choice(("<", "<=", "==", "!=", ">", ">="))
    if k == "icmp":
        return _par("%s %s %s" % (gen(ctx, scope, "int", d), cmp, gen(ctx, scope, "int", d)))
    if k == "fcmp":
        return _par("%s %s %s" % (gen(ctx, scope, "float", d), cmp, gen(ctx, scope, "float", d)))
    if k == "mixcmp":
        return _par("%s %s %s" % (gen(ctx, scope, "int", d), cmp, gen(ctx, scope, "float", d)))
    if k == "scmp":
        return _par("%s %s %s" % (gen(ctx, scope, "str", d), cmp, gen(ctx, scope, "str", d)))
    if k == "in":
        t = ctx.choice(("list", "str", "dict", "tuple"))
        if t == "str":
            return _par("%s in %s" % (ctx.choice(("'a'", "'l'", "''", "'ab'", "' '")), gen(ctx, scope, "str", d)))
        if t == "dict":
            return _par("%r %s %s" % (ctx.choice(("a", "b", "k1", "zz")), ctx.choice(("in", "not in")), gen(ctx, scope, "dict", d)))
        return _par("%s %s %s" % (gen(ctx, scope, "int", d), ctx.choice(("in", "not in")), gen(ctx, scope, t, d)))
    if k == "strpred":
        s = gen(ctx, scope, "str", d)
        return "%s.%s" % (_par(s), ctx.choice(("isdigit()", "isalpha()", "isupper()", "islower()", "isspace()", "startswith('a')", "endswith('a')", "isidentifier()", "isalnum()", "startswith(('H', 'x'))")))
    if k == "logic":
        return _par("%s %s %s" % (gen(ctx, scope, "bool", d), ctx.choice(("and", "or")), gen(ctx, scope, "bool", d)))
    if k == "not":
        return "not %s" % gen(ctx, scope, "bool", d)
    if k == "chain":
        return _par("%s < %s <= %s" % (gen(ctx, scope, "int", d), gen(ctx, scope, "int", d), gen(ctx, scope, "int", d)))
    if k == "anyall":
        v = ctx.fresh("e")
        return "%s(%s %s %d for %s in %s)" % (ctx.choice(("any", "all")), v, ctx.choice((">", "<", "==")), ctx.randint(-2, 50), v, gen(ctx, scope, "list", d))
    if k == "truth":
        t = ctx.choice(("list", "str", "dict", "int", "float"))
        return "bool(%s)" % gen(ctx, scope, t, d)
    if k == "isinst":
        t = ctx.choice(TYPES_NO_BOOL)
        return "isinstance(%s, %s)" % (gen(ctx, scope, t, d), ctx.choice(("int", "float", "str", "(int, float)", "list", "tuple", "dict")))
    raise AssertionError(k)


TYPES_NO_BOOL = ("int", "float", "str", "list", "dict", "tuple")


def gen_list(ctx, scope, depth):
    if depth <= 0:
        return leaf(ctx, scope, "list")
    d = depth - 1
    k = ctx.weighted([
        (3, "display"), (2, "range"), (4, "comp"), (3, "sorted"), (2, "slice"), (2, "concat"),
        (1, "repeat"), (1, "fromcoll"), (1, "map"), (3, "leaf"),
    ])
    if k == "leaf":
        return leaf(ctx, scope, "list")
    if k == "display":
        return "[" + ", ".join(gen(ctx, scope, "int", d) for _ in range(ctx.randint(0, 4))) + "]"
    if k == "range":
        args = ctx.choice(("%d" % ctx.randint(0, 12), "%d, %d" % (ctx.randint(-5, 5), ctx.randint(5, 15)), "%d, %d, %d" % (ctx.randint(10, 20), ctx.randint(-5, 5), ctx.choice((-1, -2, -3)))))
        return "list(range(%s))" % args
    if k == "comp":
        v = ctx.fresh("c")
        src = gen(ctx, scope, "list", d)
        body = ctx.choice(("{v} * 2", "{v} % 7", "-{v}", "{v} + " + str(ctx.randint(1, 9)), "{v} // 3", "abs({v})", "{v} ^ 5"))
        body = body.replace("{v}", v)
        cond = ctx.choice(("", "", " if %s %% 2 == 0" % v, " if %s > %d" % (v, ctx.randint(-3, 30))))
        return "[%s for %s in %s%s]" % (body, v, src, cond)
    if k == "sorted":
        src = gen(ctx, scope, ctx.choice(("list", "list", "tuple")), d)
        return ctx.choice(("sorted(%s)", "sorted(%s, reverse=True)", "sorted(%s, key=lambda v: (v %% 7, -v))", "sorted(%s, key=abs)")) % src
    if k == "slice":
        return gen(ctx, scope, "list", d) + ctx.choice(("[1:]", "[:3]", "[::-1]", "[::2]", "[-3:]", "[1:-1]"))
    if k == "concat":
        return _par("%s + %s" % (gen(ctx, scope, "list", d), gen(ctx, scope, "list", d)))
    if k == "repeat":
        return _par("%s * %d" % (gen(ctx, scope, "list", d), ctx.randint(0, 2)))
    if k == "fromcoll":
        return ctx.choice(("list(%s)" % gen(ctx, scope, "tuple", d), "list(%s.values())" % gen(ctx, scope, "dict", d), "[len(w) for w in %s.split()]" % gen(ctx, scope, "str", d), "[ord(ch) for ch in %s]" % gen(ctx, scope, "str", d)))
    if k == "map":
        return ctx.choice(("list(map(abs, %s))", "list(reversed(%s))", "list(filter(None, %s))", "list(map(lambda q: q * q %% 97, %s))")) % gen(ctx, scope, "list", d)
    raise AssertionError(k)


def gen_dict(ctx, scope, depth):
    if depth <= 0:
        return leaf(ctx, scope, "dict")
    d = depth - 1
    k = ctx.weighted([(3, "display"), (2, "comp"), (1, "zip"), (1, "merge"), (1, "filter"), (3, "leaf")])
    if k == "leaf":
        return leaf(ctx, scope, "dict")
    if k == "display":
        ks = ctx.sample(("a", "b", "c", "k1", "k2", "zz", "Hello"), ctx.randint(0, 3))
        return "{" + ", ".join("%r: %s" % (key, gen(ctx, scope, "int", d)) for key in ks) + "}"
    if k == "comp":
        v = ctx.fresh("w")
        # The source str is cut: keys made from str(d) of the dict being
        # rebuilt would otherwise grow (escaped quotes) on every store.
        return "{%s: len(%s) for %s in (%s)[:40].split()}" % (v, v, v, gen(ctx, scope, "str", d))
    if k == "zip":
        return "dict(zip(%r, %s))" % (ctx.choice((["a", "b", "c"], ["x", "y"], ["k1", "k2", "zz", "a"])), gen(ctx, scope, "list", d))
    if k == "merge":
        return "{**%s, %r: %s}" % (gen(ctx, scope, "dict", d), ctx.choice(("a", "b", "new")), gen(ctx, scope, "int", d))
    if k == "filter":
        a, b = ctx.fresh("kk"), ctx.fresh("vv")
        return "{%s: %s * 2 for %s, %s in %s.items() if %s %% 2 == 0}" % (a, b, a, b, gen(ctx, scope, "dict", d), b)
    raise AssertionError(k)


def gen_tuple(ctx, scope, depth):
    if depth <= 0:
        return leaf(ctx, scope, "tuple")
    d = depth - 1
    k = ctx.weighted([(3, "display"), (1, "fromlist"), (1, "divmod"), (1, "slice"), (1, "sorted"), (3, "leaf")])
    if k == "leaf":
        return leaf(ctx, scope, "tuple")
    if k == "display":
        n = ctx.randint(1, 3)
        return "(" + ", ".join(gen(ctx, scope, "int", d) for _ in range(n)) + ("," if n == 1 else "") + ")"
    if k == "fromlist":
        return "(tuple(%s) + (%s,))" % (gen(ctx, scope, "list", d), gen(ctx, scope, "int", d))
    if k == "divmod":
        return "divmod(%s, %s)" % (gen(ctx, scope, "int", d), nonzero_int(ctx, scope, d))
    if k == "slice":
        return gen(ctx, scope, "tuple", d) + ctx.choice(("[::-1]", "[:2]", "[::2]"))
    if k == "sorted":
        return "tuple(sorted(%s))" % gen(ctx, scope, "tuple", d)
    raise AssertionError(k)


_GEN = {
    "int": gen_int, "float": gen_float, "str": gen_str, "bool": gen_bool,
    "list": gen_list, "dict": gen_dict, "tuple": gen_tuple,
}


def gen(ctx, scope, typ, depth=2):
    return _GEN[typ](ctx, scope, depth)


def norm(ctx, typ, text):
    """Wrap an expression for a store so that the type's bounds hold."""
    if typ == "int":
        m = ctx.modulus()
        if ctx.chance(0.2):
            return "(%s) %% %s - %d" % (text, m, ctx.randint(0, 1000))
        return "(%s) %% %s" % (text, m)
    if typ == "float":
        return "(%s) %% %s" % (text, ctx.choice(("1000.0", "1e6", "97.5", "1e4")))
    if typ == "str":
        return "(%s)%s" % (text, ctx.choice(("[:40]", "[-32:]", "[:24]")))
    if typ == "list":
        # Element values are reduced too: a loop that stores a list built
        # from its own elements (x * x for x in lst) must not grow them.
        if ctx.chance(0.5):
            return "[q %% %s for q in (%s)[:48]]" % (ctx.modulus(), text)
        return "list(map(lambda q: q %% %s, (%s)[:48]))" % (ctx.modulus(), text)
    if typ == "tuple":
        return "tuple(q %% %s for q in (%s)[:6])" % (ctx.modulus(), text)
    if typ == "dict":
        return "{dk: dv %% %s for dk, dv in (%s).items()}" % (ctx.modulus(), text)
    return text
