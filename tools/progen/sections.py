"""Feature templates: the sections a program is assembled from.

Each section emits a self-contained piece of module-level code (usually a
few functions or classes and the code that drives them) into an Emitter and
prints its results. A template fixes the shape that exercises one feature
(a variable that changes type mid-loop, a method replaced on its class
mid-loop, generators driven by send, ...) and draws everything else at
random: the loop counts, the iteration at which something changes, the
values, the operations, and random statement blocks from stmtgen.

Every section is a function sec_*(ctx, em, ms) where ms is the module scope
(globals declared so far, readable from functions).
"""

try:
    from . import exprgen as E
    from . import stmtgen as S
    from .context import Scope
except ImportError:
    import exprgen as E
    import stmtgen as S
    from context import Scope


def _fstate(ms, mult=1, loops=()):
    st = S.State(Scope(parent=ms, kind="function"), in_func=True, mult=mult, loops=loops)
    return st


def _n(ctx, lo=50, hi=3000):
    """A hot loop count: enough for tier 2 at a low threshold, within budget."""
    room = max(20, (S.PROGRAM_BUDGET - ctx.cost) // 8)
    a, b = min(400, hi), min(1500, hi)
    n = ctx.weighted([(4, ctx.randint(lo, a)), (2, ctx.randint(a, b)), (1, ctx.randint(b, hi))])
    n = max(lo if room >= lo else 20, min(n, room))
    ctx.cost += n * 4
    return n


def _k(ctx, n):
    """An iteration inside the loop at which something changes."""
    return ctx.randint(1, max(1, n - 1))


# ---------------------------------------------------------------- random code

def sec_random_function(ctx, em, ms):
    name = ctx.fresh("work")
    calls = ctx.weighted([(3, 1), (1, 2), (2, ctx.randint(50, 400))])
    params = []
    st = _fstate(ms, mult=calls, loops=("it",) if calls > 2 else ())
    st.scope.add("it", "int")
    st.readonly.add("it")
    for _ in range(ctx.randint(0, 2)):
        t = ctx.choice(("int", "float", "str", "list"))
        p = ctx.fresh("a")
        params.append((p, t))
        st.scope.add(p, t)
    em.line("def %s(it%s):" % (name, "".join(", " + p for p, _ in params)))
    em.indent()
    for _ in range(ctx.randint(1, 3)):
        S.declare(ctx, em, st)
    S.gen_block(ctx, em, st, ctx.randint(3, 7))
    rtyp = ctx.choice(("int", "float", "str", "list", "tuple"))
    em.line("return %s" % E.gen(ctx, st.scope, rtyp, 2))
    em.dedent()
    ms_st = S.State(ms, in_func=False)
    args = lambda: "".join(", " + E.norm(ctx, t, E.gen(ctx, ms, t, 1)) for _, t in params)
    if calls <= 2:
        for c in range(calls):
            em.line("print(%r, %s(%d%s))" % (name, name, c, args()))
    else:
        acc = ctx.fresh("res")
        em.line("%s = []" % acc)
        em.line("for it in range(%d):" % calls)
        em.line("    %s.append(%s(it%s))" % (acc, name, args()))
        em.line("print(%r, len(%s), %s[:2], %s[-1])" % (name, acc, acc, acc))
    ctx.cost += calls * 10


def sec_random_module(ctx, em, ms):
    """Random statements at module level: loops over globals."""
    st = S.State(ms, in_func=False)
    for _ in range(ctx.randint(1, 3)):
        S.declare(ctx, em, st)
    S.gen_block(ctx, em, st, ctx.randint(2, 5))
    names = sorted(n for n in ms.vars)
    if names:
        em.line("print('globals', %s)" % ", ".join(ctx.sample(names, min(4, len(names)))))


# ------------------------------------------------------------- type changes

_NUMERIC = [
    ("int", "7"), ("int", "-3"), ("int", "2**62 - 1"), ("int", "2**63 + 5"), ("int", "-(10**20)"),
    ("float", "2.5"), ("float", "-0.75"), ("float", "1e15"), ("bool", "True"), ("int", "0"),
]
_SEQUENCE = [
    ("int", "5"), ("float", "1.5"), ("str", "'ab'"), ("list", "[1, 2]"), ("tuple", "(3, 4)"),
    ("int", "2**64 + 1"), ("str", "'xyz'"), ("bool", "False"),
]
_NUM_OPS = ["x + x", "x * 3 - 1", "x // 3", "x % 7", "-x + 1", "abs(x) * 2", "x * x", "x - 0.5",
            "(x < 5) + x", "x ** 2", "max(x, 3)", "x + i", "x * i % 11"]
_SEQ_OPS = ["x + x", "x * 2", "x * 0", "x == x", "x != %s", "str(x) + '|'", "[x][0]"]


def _flip_values(ctx):
    if ctx.chance(0.55):
        fam, ops = _NUMERIC, _NUM_OPS
    else:
        fam, ops = _SEQUENCE, _SEQ_OPS
    vals = [ctx.choice(fam) for _ in range(ctx.randint(2, 4))]
    op = ctx.choice(ops)
    if "%s" in op:
        op = op % vals[0][1]
    return vals, op, fam is _NUMERIC


def _flip_accumulate(ctx, em, r, acc, acc2, kinds):
    m = ctx.modulus()
    em.line("if isinstance(%s, (int, float)):" % r)
    em.line("    %s = (%s + %s) %% (%s)" % (acc, acc, r, m))
    em.line("else:")
    em.line("    %s += len(%s)" % (acc2, r))
    em.line("if not %s or %s[-1] != type(%s).__name__:" % (kinds, kinds, r))
    em.line("    %s.append(type(%s).__name__)" % (kinds, r))


def sec_type_flip(ctx, em, ms):
    """A value read by a hot operation changes type at chosen iterations;
    where it lives varies: local, global, attribute, class attribute,
    closure cell, list element, argument."""
    vals, op, numeric = _flip_values(ctx)
    n = _n(ctx)
    ks = sorted(set(_k(ctx, n) for _ in vals[1:]))
    slot = ctx.choice(("local", "global", "attr", "classattr", "cell", "elem", "arg"))
    tag = ctx.fresh("flip")
    acc, acc2, kinds = "acc", "acc2", "kinds"
    upd = numeric and ctx.chance(0.4)
    if slot == "global":
        g = ctx.fresh("G")
        em.line("%s = %s" % (g, vals[0][1]))
        em.line("def %s_op(i):" % tag)
        em.line("    x = %s" % g)
        em.line("    return %s" % op)
        read, write = "%s_op(i)" % tag, g + " = %s"
    elif slot == "attr":
        em.line("class %s_Box:" % tag)
        em.line("    def __init__(self, v):")
        em.line("        self.x = v")
        em.line("    def calc(self, i):")
        em.line("        x = self.x")
        em.line("        return %s" % op)
        write = "box.x = %s"
        read = "box.calc(i)" if ctx.chance(0.5) else "(lambda x: %s)(box.x)" % op
    elif slot == "classattr":
        em.line("class %s_K:" % tag)
        em.line("    x = %s" % vals[0][1])
        em.line("    def calc(self, i):")
        em.line("        x = self.x")
        em.line("        return %s" % op)
        read, write = "inst.calc(i)", "%s_K.x = %%s" % tag
    elif slot == "cell":
        em.line("def %s_make():" % tag)
        em.line("    x = %s" % vals[0][1])
        em.line("    def calc(i):")
        em.line("        return %s" % op)
        em.line("    def setx(v):")
        em.line("        nonlocal x")
        em.line("        x = v")
        em.line("    return calc, setx")
        read, write = "calc(i)", "setx(%s)"
    elif slot == "arg":
        em.line("def %s_calc(x, i):" % tag)
        em.line("    return %s" % op)
        read, write = "%s_calc(x, i)" % tag, "x = %s"
    elif slot == "elem":
        write = "cell[0] = %s"
        if ctx.chance(0.3):
            read = "(lambda x: %s)(cell[0])" % op
        else:
            read = "%s_e(cell, i)" % tag
            em.line("def %s_e(cell, i):" % tag)
            em.line("    x = cell[0]")
            em.line("    return %s" % op)
    else:
        read, write = None, "x = %s"
    em.line("def %s(n):" % tag)
    em.indent()
    if slot == "global":
        em.line("global %s" % g)
    if slot == "local":
        em.line("x = %s" % vals[0][1])
    elif slot == "arg":
        em.line("x = %s" % vals[0][1])
    elif slot == "attr":
        em.line("box = %s_Box(%s)" % (tag, vals[0][1]))
    elif slot == "classattr":
        em.line("inst = %s_K()" % tag)
        em.line("%s_K.x = %s" % (tag, vals[0][1]))
    elif slot == "cell":
        em.line("calc, setx = %s_make()" % tag)
    elif slot == "elem":
        em.line("cell = [%s]" % vals[0][1])
    elif slot == "global":
        em.line("%s = %s" % (g, vals[0][1]))
    em.line("%s, %s, %s = 0, 0, []" % (acc, acc2, kinds))
    em.line("for i in range(n):")
    em.indent()
    for k, (t, v) in zip(ks, vals[1:]):
        em.line("if i == %d:" % k)
        em.line("    " + write % v)
    if read is None:
        em.line("r = %s" % op)
    else:
        em.line("r = %s" % read)
    if upd and slot in ("local", "arg"):
        em.line("if isinstance(x, (int, float)) and i %% %d == 0:" % ctx.randint(2, 9))
        em.line("    x = x + %s" % ctx.choice(("1", "0.25", "-1", "i % 3")))
    _flip_accumulate(ctx, em, "r", acc, acc2, kinds)
    em.dedent()
    em.line("print(%r, %s if isinstance(%s, int) else round(%s, 6), %s, %s)" % (tag, acc, acc, acc, acc2, kinds))
    em.dedent()
    em.line("%s(%d)" % (tag, n))


def sec_poly_call(ctx, em, ms):
    """One function called from a hot loop with arguments whose types change
    between phases of the loop (int, big int, float, str, list)."""
    tag = ctx.fresh("poly")
    n = _n(ctx)
    body = ctx.choice(("a + b", "a * 2 + b", "b + a + a", "[a, b][i % 2]", "a if i % 3 else b"))
    phases = ctx.sample([
        ("i", "i % 5"), ("i * 2**40", "i"), ("i / 4", "0.5"), ("str(i)", "'s'"),
        ("[i]", "[0]"), ("(i,)", "(1, 2)"), ("i % 2 == 0", "True"), ("-i", "2**70"),
    ], ctx.randint(2, 4))
    em.line("def %s_f(a, b, i):" % tag)
    em.line("    return %s" % body)
    em.line("def %s(n):" % tag)
    em.indent()
    em.line("out = []")
    em.line("tot = 0")
    em.line("for i in range(n):")
    em.indent()
    bounds = sorted(ctx.randint(1, n - 1) for _ in phases[1:])
    for idx, (a, b) in enumerate(phases):
        kw = "if" if idx == 0 else "elif"
        if idx < len(bounds):
            em.line("%s i < %d:" % (kw, bounds[idx]))
        else:
            em.line("else:")
        em.line("    r = %s_f(%s, %s, i)" % (tag, a, b))
    em.line("if isinstance(r, (int, float)):")
    em.line("    tot = (tot + r) %% %s" % ctx.modulus())
    em.line("else:")
    em.line("    tot = (tot + len(r)) % 1000003")
    em.line("if i %% %d == 0:" % ctx.choice((100, 333, 1000)))
    em.line("    out.append(r)")
    em.dedent()
    em.line("print(%r, tot, out[-3:])" % tag)
    em.dedent()
    em.line("%s(%d)" % (tag, n))


# ------------------------------------------------------------------ classes

def sec_classes(ctx, em, ms):
    tag = ctx.fresh("C")
    base, sub, other = tag + "Base", tag + "Sub", tag + "Other"
    n = _n(ctx, 50, 2000)
    area = ctx.choice(("self.w * self.h", "self.w + self.h * 2", "(self.w - self.h) * 3", "self.w * 2 - self.h"))
    slots = ctx.chance(0.2)
    em.line("class %s:" % base)
    em.indent()
    em.line("count = 0")
    if slots:
        em.line("__slots__ = ('w', 'h', 'extra')")
    em.line("def __init__(self, w, h):")
    em.line("    self.w = w")
    em.line("    self.h = h")
    em.line("    %s.count += 1" % base)
    em.line("def area(self):")
    em.line("    return %s" % area)
    em.line("@property")
    em.line("def perim(self):")
    em.line("    return 2 * (self.w + self.h)")
    em.line("def describe(self):")
    em.line("    return '%s(%r, %r)' % (type(self).__name__, self.w, self.h)")
    em.line("def __repr__(self):")
    em.line("    return self.describe()")
    em.line("def __lt__(self, other):")
    em.line("    return (self.area(), self.w) < (other.area(), other.w)")
    em.line("def __eq__(self, other):")
    em.line("    return type(self) is type(other) and self.w == other.w and self.h == other.h")
    em.line("__hash__ = None")
    if ctx.chance(0.5):
        em.line("@classmethod")
        em.line("def square(cls, s):")
        em.line("    return cls(s, s)")
    if ctx.chance(0.5):
        em.line("@staticmethod")
        em.line("def unit():")
        em.line("    return %d" % ctx.randint(1, 9))
    else:
        em.line("unit = staticmethod(lambda: %d)" % ctx.randint(1, 9))
    em.dedent()
    em.line("class %s(%s):" % (sub, base))
    em.indent()
    if slots:
        em.line("__slots__ = ('depth',)")
    em.line("def __init__(self, w, h, depth=%d):" % ctx.randint(0, 5))
    em.line("    super().__init__(w, h)")
    em.line("    self.depth = depth")
    em.line("def area(self):")
    em.line("    return super().area() %s self.depth" % ctx.choice(("+", "*", "-")))
    em.line("@property")
    em.line("def side(self):")
    em.line("    return self.w")
    em.line("@side.setter")
    em.line("def side(self, v):")
    em.line("    self.w = v")
    em.dedent()
    em.line("class %s(%s):" % (other, sub if ctx.chance(0.5) else base))
    em.indent()
    em.line("def area(self):")
    em.line("    return %s" % ctx.choice(("self.w * self.h / 2", "len(self.describe())", "self.w ** 2 % 97", "-self.h")))
    em.line("def describe(self):")
    em.line("    return 'other:' + str(self.w)")
    em.dedent()
    # The driver.
    em.line("def %s_drive(n):" % tag)
    em.indent()
    ctor = lambda: ctx.choice(("%s(i %% 7, 3)" % base, "%s(i %% 5 + 1, 2, i %% 3)" % sub, "%s(i %% 4, i %% 6)" % other,
                                "%s(%s, 1)" % (base, ctx.choice(("2.5", "i / 8", "2**65", "-i"))), "%s(1, 2)" % sub))
    em.line("objs = [%s for i in range(%d)]" % (ctor(), ctx.randint(3, 8)))
    em.line("objs += [%s, %s]" % (ctor().replace("i", "7"), ctor().replace("i", "3")))
    em.line("total = 0")
    em.line("seen = []")
    em.line("for i in range(n):")
    em.indent()
    em.line("o = objs[i % len(objs)]")
    events = ctx.sample([
        "%s.area = lambda self: self.w + self.h + 1" % base,
        "%s.area = lambda self: self.depth * 10" % sub,
        "objs[0].w = %s" % ctx.choice(("2.75", "-4", "2**66", "True")),
        "objs[1].h = objs[1].h * 1.5",
        "%s.describe = lambda self: 'renamed'" % base,
        "%s.count = -100" % base,
        "objs.append(%s)" % ctor(),
        "objs[-1].w = i",
        "objs[2].extra = i" if slots else "objs[2].tag = i",
        "%s.perim = property(lambda self: -1)" % base,
    ], ctx.randint(1, 3))
    for ev in events:
        em.line("if i == %d:" % _k(ctx, n))
        em.line("    " + ev)
    em.line("a = o.area()")
    em.line("if isinstance(a, (int, float)):")
    em.line("    total = (total + a) %% %s" % ctx.modulus())
    em.line("p = o.perim")
    em.line("if i %% %d == 0:" % ctx.choice((97, 250, 400)))
    em.line("    seen.append((type(o).__name__, a, p, o.describe()))")
    if ctx.chance(0.5):
        em.line("if isinstance(o, %s) and i %% 5 == 0:" % sub)
        em.line("    o.side = o.side + 1 if isinstance(o.side, int) else 0")
    em.dedent()
    em.line("print(%r, total if isinstance(total, int) else round(total, 4), seen[:4])" % tag)
    em.line("print(sorted(objs, key=lambda q: (type(q).__name__, str(q.w)))[:4], %s.count if isinstance(%s.count, int) else 0)" % (base, base))
    em.line("print([c.__name__ for c in %s.__mro__], isinstance(objs[0], %s), issubclass(%s, %s))" % (other, base, other, sub))
    if ctx.chance(0.5):
        em.line("print(getattr(objs[2], 'tag', getattr(objs[2], 'extra', None) if %s else None), hasattr(objs[0], 'depth'))" % slots)
    if ctx.chance(0.4):
        em.line("print(%s.square(3).area() if hasattr(%s, 'square') else 0, %s.unit())" % (sub, sub, base))
    em.dedent()
    em.line("%s_drive(%d)" % (tag, n))


def sec_method_swap(ctx, em, ms):
    """A method is replaced on the class (or shadowed on one instance) in the
    middle of a hot loop; a dunder is added to the class mid-loop."""
    tag = ctx.fresh("M")
    n = _n(ctx)
    em.line("class %s:" % tag)
    em.line("    def __init__(self, v):")
    em.line("        self.v = v")
    em.line("    def step(self, i):")
    em.line("        return %s" % ctx.choice(("self.v + i", "self.v * 2 - i", "(self.v ^ i) & 255", "self.v + len(str(i))")))
    em.line("def %s_alt(self, i):" % tag)
    em.line("    return %s" % ctx.choice(("i * 3", "self.v - i", "float(i) / 2", "-1", "str(i)[:1]")))
    em.line("def %s_run(n):" % tag)
    em.indent()
    em.line("o = %s(%d)" % (tag, ctx.randint(-5, 50)))
    em.line("o2 = %s(%d)" % (tag, ctx.randint(-5, 50)))
    em.line("hist = {}")
    em.line("for i in range(n):")
    em.indent()
    k1, k2 = sorted((_k(ctx, n), _k(ctx, n)))
    how = ctx.choice(("class", "instance", "restore", "add_dunder", "setattr"))
    if how == "class":
        em.line("if i == %d:" % k1)
        em.line("    %s.step = %s_alt" % (tag, tag))
    elif how == "instance":
        em.line("if i == %d:" % k1)
        em.line("    o.step = lambda i: -i")
    elif how == "restore":
        em.line("if i == %d:" % k1)
        em.line("    saved = %s.step" % tag)
        em.line("    %s.step = %s_alt" % (tag, tag))
        em.line("if i == %d:" % k2)
        em.line("    %s.step = saved" % tag)
    elif how == "setattr":
        em.line("if i == %d:" % k1)
        em.line("    setattr(%s, 'step', lambda self, i: i %% 5)" % tag)
    else:
        em.line("if i == %d:" % k1)
        em.line("    %s.__len__ = lambda self: 3" % tag)
        em.line("r0 = len(o) if hasattr(%s, '__len__') else 0" % tag)
        em.line("hist['len'] = hist.get('len', 0) + r0")
    em.line("r = o.step(i)")
    em.line("r2 = o2.step(i)")
    em.line("key = type(r).__name__ + '/' + type(r2).__name__")
    em.line("hist[key] = hist.get(key, 0) + 1")
    em.line("if i %% %d == 0:" % ctx.choice((50, 200, 600)))
    em.line("    print(%r, i, r, r2)" % tag)
    em.dedent()
    em.line("print(%r, sorted(hist.items()))" % tag)
    em.dedent()
    em.line("%s_run(%d)" % (tag, n))


# ------------------------------------------------------------------ globals

def sec_global_rebind(ctx, em, ms):
    """A global (constant, function, or shadowed builtin) rebound in the
    middle of a hot loop, at module level or through a global statement."""
    tag = ctx.fresh("gr")
    n = _n(ctx)
    kind = ctx.choice(("const", "func", "builtin", "const_fn"))
    G = tag.upper()
    acc = tag + "_acc"
    if kind in ("const", "const_fn"):
        em.line("%s = %s" % (G, ctx.choice(("3", "2**64", "0.5", "-7"))))
        em.line("def %s_use(i):" % tag)
        em.line("    return i * %s + 1" % G)
        newv = ctx.choice(("4", "2.25", "2**70", "True", "-1"))
    elif kind == "func":
        em.line("def %s(a):" % G)
        em.line("    return a + 1")
        em.line("def %s_use(i):" % tag)
        em.line("    return %s(i)" % G)
        newv = ctx.choice(("lambda a: a * 2", "abs", "str", "float", "lambda a: -a"))
    else:
        em.line("def %s_use(i):" % tag)
        em.line("    return len(str(i)) + abs(-i)")
        newv = None
    at_module = ctx.chance(0.5)
    k = _k(ctx, n)
    lines = []
    lines.append("%s = 0" % acc)
    lines.append("for i in range(%d):" % n)
    if kind == "builtin":
        b = ctx.choice(("len", "abs"))
        lines.append("    if i == %d:" % k)
        lines.append("        %s = lambda x: 2" % b)
        k2 = ctx.randint(k, n - 1)
        lines.append("    if i == %d:" % k2)
        lines.append("        del %s" % b)
    else:
        lines.append("    if i == %d:" % k)
        lines.append("        %s = %s" % (G, newv))
    lines.append("    r = %s_use(i)" % tag)
    lines.append("    if isinstance(r, str):")
    lines.append("        r = len(r)")
    lines.append("    %s = (%s + r) %% %s" % (acc, acc, ctx.modulus()))
    lines.append("print(%r, %s)" % (tag, acc))
    if at_module or kind == "builtin":  # a builtin is shadowed by a module global
        for l in lines:
            em.line(l)
        if kind == "builtin":
            em.line("print(%r, len('abc'), abs(-2))" % tag)
    else:
        em.line("def %s_run():" % tag)
        em.indent()
        em.line("global %s" % G)
        for l in lines:
            em.line(l.replace(acc, "acc"))
        em.dedent()
        em.line("%s_run()" % tag)


# ----------------------------------------------------------------- closures

def sec_closures(ctx, em, ms):
    tag = ctx.fresh("cl")
    n = _n(ctx)
    m = ctx.modulus()
    em.line("def %s_counter(start, step):" % tag)
    em.line("    count = start")
    em.line("    def inc(k=1):")
    em.line("        nonlocal count")
    em.line("        count = (count + step * k) %% (%s)" % m)
    em.line("        return count")
    em.line("    def get():")
    em.line("        return count")
    em.line("    return inc, get")
    em.line("inc, get = %s_counter(%s, %s)" % (tag, ctx.choice(("0", "2**64", "-5", "1.5")), ctx.choice(("1", "7", "2**33", "3"))))
    em.line("fns = []")
    em.line("for i in range(%d):" % n)
    em.line("    inc(i %% %d)" % ctx.randint(2, 5))
    em.line("    if i %% %d == 0:" % ctx.choice((100, 250, 500)))
    late = ctx.chance(0.5)
    if late:
        em.line("        fns.append(lambda x: x + i)")
    else:
        em.line("        fns.append(lambda x, i=i: x * 2 + i)")
    em.line("print(%r, get(), [f(1) for f in fns][:6])" % tag)
    # Decorator with state.
    if ctx.chance(0.6):
        em.line("def %s_deco(fn):" % tag)
        em.line("    calls = [0]")
        em.line("    def wrapper(*args, **kw):")
        em.line("        calls[0] += 1")
        em.line("        return fn(*args, **kw)")
        em.line("    wrapper.calls = calls")
        em.line("    return wrapper")
        em.line("@%s_deco" % tag)
        em.line("def %s_f(a, b=%d, *, scale=1):" % (tag, ctx.randint(0, 9)))
        em.line("    return (a * scale + b) %% (%s)" % m)
        em.line("t = 0")
        em.line("for i in range(%d):" % _n(ctx, 20, 800))
        em.line("    t += %s" % ctx.choice(("%s_f(i)" % tag, "%s_f(i, 2)" % tag, "%s_f(i, scale=3)" % tag, "%s_f(b=i, a=1)" % tag)))
        em.line("print(%r, t, %s_f.calls[0])" % (tag, tag))
    # Nested closures three levels deep.
    if ctx.chance(0.5):
        em.line("def %s_outer(a):" % tag)
        em.line("    def mid(b):")
        em.line("        def inner(c):")
        em.line("            return %s" % ctx.choice(("a * b + c", "a + b + c", "(a, b, c)[c % 3]", "str(a) + str(b)[:2] + str(c)")))
        em.line("        return inner")
        em.line("    return mid")
        em.line("print(%r, [%s_outer(i)(i + 1)(i + 2) for i in range(%d)])" % (tag, tag, ctx.randint(2, 8)))


# --------------------------------------------------------------- generators

def sec_generators(ctx, em, ms):
    tag = ctx.fresh("gen")
    n = _n(ctx, 50, 1500)
    m = ctx.modulus()
    em.line("def %s_src(n):" % tag)
    em.line("    total = 0")
    em.line("    try:")
    em.line("        for i in range(n):")
    em.line("            got = yield %s" % ctx.choice(("i * 3", "i % 7", "i * i", "str(i)[-1:]", "(i, -i)", "i / 2")))
    em.line("            if got is not None:")
    em.line("                total = (total + got) %% (%s)" % m)
    em.line("    finally:")
    em.line("        print(%r, 'closed', n)" % tag) if ctx.chance(0.5) else em.line("        pass")
    em.line("    return total")
    em.line("def %s_deleg(n):" % tag)
    em.line("    r = yield from %s_src(n)" % tag)
    em.line("    yield ('result', r)")
    em.line("    yield from range(%d)" % ctx.randint(0, 4))
    uses = ctx.sample(["send", "sum", "break", "zip", "deleg", "genexp", "chain", "throw"], ctx.randint(2, 4))
    for u in uses:
        if u == "send":
            em.line("g = %s_src(%d)" % (tag, n))
            em.line("next(g)")
            em.line("res = None")
            em.line("for i in range(%d):" % (n + ctx.randint(0, 3)))
            em.line("    try:")
            em.line("        g.send(i %s)" % ctx.choice(("* 2", "+ 2**64", "% 5")))
            em.line("    except StopIteration as e:")
            em.line("        res = e.value")
            em.line("        break")
            em.line("g.close()")
            em.line("print(%r, 'send', res)" % tag)
        elif u == "sum":
            em.line("print(%r, 'len', len(list(%s_src(%d))))" % (tag, tag, ctx.randint(0, 40)))
        elif u == "break":
            em.line("g = %s_src(%d)" % (tag, n))
            em.line("for v in g:")
            em.line("    if v == %s:" % ctx.choice(("15", "'4'", "(3, -3)", "6", "2.5")))
            em.line("        print(%r, 'found', v)" % tag)
            em.line("        break")
            em.line("g.close()")
        elif u == "zip":
            em.line("g1, g2 = %s_src(5), %s_src(%d)" % (tag, tag, ctx.randint(2, 7)))
            em.line("print(%r, list(zip(g1, g2, 'abcdef')))" % tag)
            em.line("g1.close()")
            em.line("g2.close()")
        elif u == "deleg":
            em.line("d = %s_deleg(%d)" % (tag, ctx.randint(0, 30)))
            em.line("print(%r, [x for x in d if not isinstance(x, (int, float)) or x %% 5 == 0][:8])" % tag)
        elif u == "genexp":
            em.line("squares = (x * x for x in range(%d) if x %% %d)" % (n, ctx.randint(2, 5)))
            em.line("print(%r, sum(squares), max(x %% 13 for x in range(%d)))" % (tag, n))
        elif u == "chain":
            em.line("def %s_pipe(src):" % tag)
            em.line("    for v in src:")
            em.line("        if %s:" % ctx.choice(("v % 3", "v > 10", "v & 1 == 0")))
            em.line("            yield v * 2")
            em.line("acc = 0")
            em.line("for v in %s_pipe(%s_pipe(range(%d))):" % (tag, tag, n))
            em.line("    acc = (acc + v) %% (%s)" % m)
            em.line("print(%r, 'pipe', acc)" % tag)
        elif u == "throw":
            em.line("g = %s_src(10)" % tag)
            em.line("next(g)")
            em.line("try:")
            em.line("    g.throw(ValueError('boom'))")
            em.line("except ValueError as e:")
            em.line("    print(%r, 'thrown back', e)" % tag)
            em.line("print(%r, list(g))" % tag)


# --------------------------------------------------------------- exceptions

def sec_exceptions(ctx, em, ms):
    tag = ctx.fresh("ex")
    n = _n(ctx)
    em.line("class %s_Err(Exception):" % tag)
    em.line("    def __init__(self, code):")
    em.line("        super().__init__('code %d' % code)")
    em.line("        self.code = code")
    em.line("class %s_Sub(%s_Err):" % (tag, tag))
    em.line("    pass")
    em.line("def %s_check(i):" % tag)
    conds = ctx.sample([
        ("i %% %d == 0" % ctx.randint(3, 9), "raise %s_Sub(i)" % tag),
        ("i %% %d == 1" % ctx.randint(5, 11), "raise %s_Err(-i)" % tag),
        ("i %% %d == 2" % ctx.randint(7, 13), "return 1 // (i - i)"),
        ("i %% %d == 3" % ctx.randint(7, 13), "return [][i]"),
        ("i %% %d == 4" % ctx.randint(7, 13), "return {}['k' + str(i)]"),
        ("i %% %d == 5" % ctx.randint(7, 13), "raise ValueError(i)"),
    ], ctx.randint(2, 4))
    for c, act in conds:
        em.line("    if %s:" % c)
        em.line("        %s" % act)
    em.line("    return i")
    em.line("def %s_run(n):" % tag)
    em.indent()
    em.line("counts = {}")
    em.line("fin = 0")
    em.line("ok = 0")
    em.line("for i in range(n):")
    em.indent()
    em.line("try:")
    if ctx.chance(0.4):
        em.line("    try:")
        em.line("        ok += %s_check(i)" % tag)
        em.line("    except ZeroDivisionError as e:")
        em.line("        raise %s_Err(i) from e" % tag)
    else:
        em.line("    ok += %s_check(i)" % tag)
    handlers = [
        ("%s_Sub" % tag, ["counts['sub'] = counts.get('sub', 0) + 1"]),
        ("%s_Err as e" % tag, ["counts['err'] = counts.get('err', 0) + 1",
                               "if e.__cause__ is not None:",
                               "    counts['cause'] = counts.get('cause', 0) + 1"]),
        ("(IndexError, KeyError) as e", ["counts[type(e).__name__] = counts.get(type(e).__name__, 0) + 1"]),
        ("ArithmeticError", ["counts['arith'] = counts.get('arith', 0) + 1"]),
        ("Exception as e", ["counts['other:' + type(e).__name__] = counts.get('other:' + type(e).__name__, 0) + 1"]),
    ]
    if ctx.chance(0.5):
        handlers[0], handlers[1] = handlers[1], handlers[0]  # the Sub handler becomes unreachable
    for h, body in handlers:
        em.line("except %s:" % h)
        for bl in body:
            em.line("    " + bl)
    if ctx.chance(0.5):
        em.line("else:")
        em.line("    ok += 1")
    em.line("finally:")
    em.line("    fin += 1")
    if ctx.chance(0.3):
        em.line("    if i == %d:" % _k(ctx, n))
        em.line("        break")
    em.dedent()
    em.line("print(%r, ok, fin, sorted(counts.items()))" % tag)
    em.dedent()
    em.line("%s_run(%d)" % (tag, n))
    # finally/return interplay and re-raise.
    if ctx.chance(0.6):
        em.line("def %s_fin(x):" % tag)
        em.line("    log = []")
        em.line("    try:")
        em.line("        try:")
        em.line("            if x % 2:")
        em.line("                raise KeyError(x)")
        em.line("            return ('ret', x, log)")
        em.line("        finally:")
        em.line("            log.append('inner')")
        em.line("    except KeyError as e:")
        em.line("        log.append('caught %s' % e)")
        em.line("        try:")
        em.line("            raise")
        em.line("        except KeyError:")
        em.line("            log.append('reraised')")
        em.line("    finally:")
        em.line("        log.append('outer')")
        em.line("    return ('end', x, log)")
        em.line("print(%r, [%s_fin(x) for x in range(3)])" % (tag, tag))
    if ctx.chance(0.4):
        em.line("try:")
        em.line("    try:")
        em.line("        {}['missing']")
        em.line("    except KeyError as e:")
        em.line("        raise RuntimeError('wrapped') from e")
        em.line("except RuntimeError as e:")
        em.line("    print(%r, repr(e), repr(e.__cause__), e.__context__ is e.__cause__)" % tag)


def sec_prelude_errors(ctx, em):
    em.line("class AppError(Exception):")
    em.line("    def __init__(self, code, msg='app'):")
    em.line("        super().__init__(code, msg)")
    em.line("        self.code = code")
    em.line("class DetailError(AppError):")
    em.line("    pass")
    em.line("def raise_if(v, k):")
    em.line("    if v == k:")
    em.line("        raise DetailError(v, 'detail') if v % 2 else AppError(v)")
    em.line("    return v")


# ----------------------------------------------------------- comprehensions

def sec_comprehensions(ctx, em, ms):
    tag = ctx.fresh("comp")
    n = ctx.randint(10, 300)
    ctx.cost += n * 6
    em.line("def %s(n):" % tag)
    em.indent()
    em.line("grid = [[(r * %d + c) %% %d for c in range(%d)] for r in range(n %% 17 + 3)]" % (ctx.randint(1, 9), ctx.randint(5, 50), ctx.randint(2, 9)))
    em.line("flat = [v for row in grid for v in row if v %s]" % ctx.choice(("% 2", "> 3", "!= 0", "< 10")))
    em.line("sq = {v: v * v for v in flat}")
    em.line("uniq = sorted({v %% %d for v in flat})" % ctx.randint(3, 11))
    em.line("words = %r.split()" % " ".join(ctx.sample(["ant", "bee", "cat", "dog", "eel", "fox", "gnu", "hen", "ant", "cat"], ctx.randint(3, 8))))
    em.line("lens = {w: len(w) + i for i, w in enumerate(words)}")
    em.line("pairs = [(a, b) for a in range(%d) for b in range(a) if (a + b) %% %d == 0]" % (ctx.randint(3, 12), ctx.randint(2, 5)))
    em.line("total = sum(x * y for x, y in pairs)")
    em.line("nested = [[c.upper() if i % 2 else c for i, c in enumerate(w)] for w in words]")
    em.line("walrus = [y for x in range(n) if (y := x * x %% %d) > %d]" % (ctx.randint(7, 50), ctx.randint(0, 5)))
    em.line("print(%r, len(flat), sum(sq.values()), uniq, sorted(lens.items())[:4])" % tag)
    em.line("print(%r, pairs[:5], total, [''.join(w) for w in nested][:3], len(walrus), sum(walrus))" % tag)
    em.line("return max(flat, default=-1), min(walrus, default=-1)")
    em.dedent()
    em.line("print(%s(%d))" % (tag, n))


# -------------------------------------------------------------- while loops

def sec_while(ctx, em, ms):
    tag = ctx.fresh("wh")
    n = _n(ctx, 50, 2000)
    em.line("def %s_collatz(x, cap):" % tag)
    em.line("    steps = 0")
    em.line("    while x != 1:")
    em.line("        steps += 1")
    em.line("        if steps > cap:")
    em.line("            break")
    em.line("        x = x // 2 if x % 2 == 0 else 3 * x + 1")
    em.line("    else:")
    em.line("        return steps")
    em.line("    return -1")
    em.line("def %s_gcd(a, b):" % tag)
    em.line("    while b:")
    em.line("        a, b = b, a % b")
    em.line("    return a")
    em.line("def %s_run(n):" % tag)
    em.indent()
    em.line("best = (0, 0)")
    em.line("i = 0")
    em.line("skipped = 0")
    em.line("g = 0")
    em.line("while i < n:")
    em.indent()
    em.line("i += 1")
    em.line("if i %% %d == 0:" % ctx.randint(3, 11))
    em.line("    skipped += 1")
    em.line("    continue")
    em.line("s = %s_collatz(i + %s, %d)" % (tag, ctx.choice(("0", "2**64", "10**20 + 1", "7")), ctx.randint(20, 200)))
    em.line("if s > best[0]:")
    em.line("    best = (s, i)")
    em.line("g = (g + %s_gcd(i * %s, %s)) %% 1000003" % (tag, ctx.choice(("12", "2**70", "3**40")), ctx.choice(("360", "2**65 * 3", "10**18"))))
    if ctx.chance(0.5):
        em.line("if g > %d and i > %d:" % (ctx.randint(100, 100000), n // 2))
        em.line("    break")
    em.dedent()
    em.line("print(%r, best, skipped, g, i)" % tag)
    em.dedent()
    em.line("%s_run(%d)" % (tag, max(20, n // 4)))
    # binary search with while/else
    em.line("arr = sorted((x * %d) %% %d for x in range(%d))" % (ctx.randint(3, 37), ctx.randint(50, 2000), ctx.randint(10, 200)))
    em.line("found = []")
    em.line("for target in range(0, %d, %d):" % (ctx.randint(50, 500), ctx.randint(3, 17)))
    em.line("    lo, hi = 0, len(arr)")
    em.line("    while lo < hi:")
    em.line("        mid = (lo + hi) // 2")
    em.line("        if arr[mid] < target:")
    em.line("            lo = mid + 1")
    em.line("        else:")
    em.line("            hi = mid")
    em.line("    found.append(lo < len(arr) and arr[lo] == target)")
    em.line("print(%r, found.count(True), len(found))" % tag)


# ------------------------------------------------------------------ strings

def sec_strings(ctx, em, ms):
    tag = ctx.fresh("st")
    n = _n(ctx, 50, 1500)
    em.line("def %s(n):" % tag)
    em.indent()
    em.line("text = %r" % " ".join(ctx.choice(["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "Spam", "EGGS", "a1", "b2"]) for _ in range(ctx.randint(4, 12))))
    em.line("counts = {}")
    em.line("parts = []")
    em.line("out = ''")
    em.line("shift = %d" % ctx.randint(1, 25))
    em.line("for i in range(n):")
    em.indent()
    em.line("w = text.split()[i % len(text.split())]")
    em.line("counts[w] = counts.get(w, 0) + 1")
    ops = ctx.sample([
        "enc = ''.join(chr((ord(c) - 97 + shift) % 26 + 97) if c.islower() else c for c in w)",
        "enc = w[::-1].swapcase()",
        "enc = w.center(9, '-').replace('-', '.', 2)",
        "enc = '%s:%03d' % (w[:2], i % 1000)",
        "enc = '{0}-{1}'.format(w.title(), len(w))",
        "enc = f'{w!r:>10}|{i:x}'",
        "enc = w.encode('utf-8').hex()[:6]",
        "enc = str(w.partition('o'))",
        "enc = '+'.join(sorted(w))",
    ], 1)[0]
    em.line(ops)
    em.line("if i %% %d == 0:" % ctx.choice((37, 101, 250)))
    em.line("    parts.append(enc)")
    em.line("out = (out + enc[:1])[-20:]")
    if ctx.chance(0.5):
        em.line("if i == %d:" % _k(ctx, n))
        em.line("    text = text.upper() + ' extra'")
    em.dedent()
    em.line("print(%r, sorted(counts.items())[:5], parts[:4], repr(out))" % tag)
    em.line("print(%r, '|'.join(parts[-3:]).title(), text.count('o'), text.find('fox'), text.rpartition(' ')[2])" % tag)
    em.line("print(%r, [s.strip().capitalize() for s in text.split(' ')[:3]], text.startswith('the'), ' '.join(reversed(text.split()))[:30])" % tag)
    em.dedent()
    em.line("%s(%d)" % (tag, n))


# ------------------------------------------------------------------ big ints

def sec_bigints(ctx, em, ms):
    tag = ctx.fresh("big")
    n = _n(ctx, 50, 1000)
    em.line("def %s(n):" % tag)
    em.indent()
    start = ctx.choice(("2**62 - %d" % ctx.randint(1, 50), "2**63 - %d" % ctx.randint(1, 50), "-(2**63) + %d" % ctx.randint(0, 9), "2**64 - 3", "1", "2**30"))
    em.line("x = %s" % start)
    em.line("a, b = 0, 1")
    em.line("f = 1")
    em.line("bits = 0")
    em.line("for i in range(n):")
    em.indent()
    step = ctx.choice(("x = x + %s" % ctx.choice(("1", "i", "2**32")), "x = x * 3 + i", "x = x * -2 + 1", "x = (x << 1) | (i & 1)", "x = x - i * 2**40"))
    em.line(step)
    em.line("if x.bit_length() > %d:" % ctx.choice((100, 200, 700, 2000)))
    em.line("    x = x >> %d" % ctx.randint(30, 90))
    em.line("a, b = b, a + b")
    em.line("f = f * (i + 1) %% (%s)" % ctx.modulus())
    em.line("bits += (x ^ (x >> 1)).bit_length() % 7")
    em.dedent()
    em.line("print(%r, x, x.bit_length(), a %% (10**30), len(str(b)), f, bits)" % tag)
    em.line("print(%r, -x // 7, -x %% 13, x %% -13, divmod(x, -97), x // -3)" % tag)
    em.line("print(%r, pow(x, %d, %s), pow(3, x %% 1000, 2**61 - 1), hex(x)[:20], (x & 2**64 - 1), x >> 70)" % (tag, ctx.randint(2, 200), ctx.modulus()))
    em.line("print(%r, x.to_bytes((x.bit_length() + 8) // 8, 'big', signed=True)[:6].hex(), int.from_bytes(b'\\x01\\x02\\xff', 'little'))" % tag)
    em.line("print(%r, abs(-x) == abs(x), x == float(x) if abs(x) < 2**1000 else None, (x > 2**64, x < -2**64), int(str(x)) == x)" % tag)
    em.line("m = 1")
    em.line("for k in range(%d):" % ctx.randint(10, 120))
    em.line("    m = m * (2**61 - 1) + k")
    em.line("print(%r, m %% (10**12 + 39), m.bit_length(), str(m)[:15], str(m)[-5:], m // (m >> 64) if m >> 64 else 0)" % tag)
    em.dedent()
    em.line("%s(%d)" % (tag, n))


# ----------------------------------------------------------------- slicing

def sec_slicing(ctx, em, ms):
    tag = ctx.fresh("sl")
    n = _n(ctx, 50, 800)
    em.line("def %s(n):" % tag)
    em.indent()
    em.line("data = list(range(%d))" % ctx.randint(8, 30))
    em.line("s = %r" % "".join(ctx.choice("abcdefghij") for _ in range(ctx.randint(5, 20))))
    em.line("acc = 0")
    em.line("for i in range(n):")
    em.indent()
    em.line("lo, hi = i % 7, i % 11 + 2")
    em.line("chunk = data[lo:hi]")
    em.line("acc = (acc + sum(chunk) + len(s[lo:hi:2])) % 1000003")
    em.line("if i %% %d == 0:" % ctx.randint(5, 40))
    ops = ctx.sample([
        "data[lo:lo + 2] = [i, -i, i * 2]",
        "del data[::%d]" % ctx.randint(3, 7),
        "data[::2] = data[::2][::-1]",
        "data = data[-20:] + data[:3]",
        "data.extend(chunk[::-1])",
        "s = (s[1:] + s[:1])[::-1]",
        "data[len(data) // 2:] = []",
    ], ctx.randint(2, 4))
    for op in ops:
        em.line("    " + op)
    em.line("if len(data) < 6:")
    em.line("    data += list(range(i % 10, i % 10 + 8))")
    em.line("if len(data) > 60:")
    em.line("    del data[40:]")
    em.dedent()
    em.line("sl = slice(%s, %s, %s)" % (ctx.choice(("None", "1", "-3")), ctx.choice(("None", "-1", "8")), ctx.choice(("None", "2", "-1"))))
    em.line("print(%r, acc, data[:8], data[::-5], data[sl], s[sl], s[::-1][:6], len(data))" % tag)
    em.line("t = tuple(data)")
    em.line("print(%r, t[1:4], t[-2:], t[::3][:4], s[-100:100][:5], s[5:2], data[3:1:-1])" % tag)
    em.dedent()
    em.line("%s(%d)" % (tag, n))


# --------------------------------------------------------------- unpacking

def sec_unpacking(ctx, em, ms):
    tag = ctx.fresh("up")
    n = _n(ctx, 50, 1500)
    em.line("def %s(n):" % tag)
    em.indent()
    em.line("pairs = [(i, i * i %% 17) for i in range(%d)]" % ctx.randint(3, 12))
    em.line("a, b, c = 0, 1, 2")
    em.line("heads = 0")
    em.line("for i in range(n):")
    em.indent()
    em.line("(p, q), r = pairs[i % len(pairs)], i")
    em.line(ctx.choice(("a, b, c = b, c, (a + b + c) % 1000003", "a, b = b, a + b", "a, (b, c) = c, (a, b)")))
    em.line("first, *mid, last = pairs[i %% len(pairs)] + (r, %s)" % ctx.choice(("a", "b % 5", "-1")))
    em.line("heads = (heads + first + last + len(mid)) % 1000003")
    em.dedent()
    em.line("x, *rest = range(%d)" % ctx.randint(1, 6))
    em.line("*init, y = 'abc'")
    em.line("d = {'k': [1, (2, 3)]}")
    em.line("[[u, (v, w)]] = d.values()")
    em.line("print(%r, a %% (10**20), b %% (10**20), c %% 1000, heads, x, rest, init, y, u, v, w)" % tag)
    em.line("m = {**{'a': 1}, **dict(b=2), 'c': 3}")
    em.line("print(%r, [*range(3), *'xy', *m], {**m, 'a': 9})" % tag)
    em.dedent()
    em.line("%s(%d)" % (tag, n))


# --------------------------------------------------------------- recursion

def sec_recursion(ctx, em, ms):
    tag = ctx.fresh("rec")
    d = ctx.randint(8, 17)
    ctx.cost += 2 ** (d - 5) * 20
    em.line("def %s_fib(n):" % tag)
    em.line("    return n if n < 2 else %s_fib(n - 1) + %s_fib(n - 2)" % (tag, tag))
    em.line("def %s_memo(n, cache={}):" % tag)
    em.line("    if n in cache:")
    em.line("        return cache[n]")
    em.line("    r = n if n < 2 else %s_memo(n - 1) + %s_memo(n - 2)" % (tag, tag))
    em.line("    cache[n] = r")
    em.line("    return r")
    em.line("def %s_even(n):" % tag)
    em.line("    return True if n == 0 else %s_odd(n - 1)" % tag)
    em.line("def %s_odd(n):" % tag)
    em.line("    return False if n == 0 else %s_even(n - 1)" % tag)
    em.line("def %s_flatten(x):" % tag)
    em.line("    if isinstance(x, list):")
    em.line("        return [z for y in x for z in %s_flatten(y)]" % tag)
    em.line("    return [x]")
    em.line("print(%r, %s_fib(%d), %s_memo(%d), %s_even(%d), %s_odd(%d))" % (tag, tag, d, tag, ctx.randint(50, 150), tag, ctx.randint(0, 150), tag, ctx.randint(0, 150)))
    em.line("print(%r, %s_flatten([1, [2, [3, [4, 'x']], []], (5,), [[[6]]]]))" % (tag, tag))
    em.line("print(%r, [%s_fib(k) for k in range(%d)])" % (tag, tag, ctx.randint(3, 12)))


# ------------------------------------------------------------------- dicts

def sec_dicts(ctx, em, ms):
    tag = ctx.fresh("dc")
    n = _n(ctx, 50, 2000)
    em.line("def %s(n):" % tag)
    em.indent()
    em.line("groups = {}")
    em.line("inv = {}")
    em.line("for i in range(n):")
    em.indent()
    em.line("key = %s" % ctx.choice(("i % 7", "'k%d' % (i % 5)", "(i % 3, i % 2)", "str(i % 4) * 2", "i % 3 == 0")))
    em.line("groups.setdefault(key, []).append(i)")
    em.line("if len(groups[key]) > 5:")
    em.line("    groups[key].pop(0)")
    em.line("inv[i %% %d] = key" % ctx.randint(3, 20))
    if ctx.chance(0.5):
        em.line("if i %% %d == 0 and key in groups:" % ctx.randint(20, 200))
        em.line("    del groups[key]")
    em.dedent()
    em.line("print(%r, list(groups.items())[:3], len(inv), list(inv.values())[:4])" % tag)
    em.line("merged = {**inv, **{k: v for k, v in enumerate('abc')}}")
    em.line("print(%r, sorted(merged)[:6], list(merged.keys())[-2:], 0 in merged, merged.get(99, 'none'))" % tag)
    em.line("d2 = dict.fromkeys('abcab', 0)")
    em.line("d2.update(a=5, z=1)")
    em.line("d2 |= {'y': 2}")
    em.line("print(%r, d2, d2.popitem(), list(d2.items()), d2 == dict(sorted(d2.items())))" % tag)
    if ctx.chance(0.5):
        em.line("import collections")
        em.line("c = collections.Counter(%r)" % "".join(ctx.choice("abcde") for _ in range(ctx.randint(5, 30))))
        em.line("dd = collections.defaultdict(list)")
        em.line("for i, ch in enumerate(%r):" % "".join(ctx.choice("xyz") for _ in range(ctx.randint(3, 12))))
        em.line("    dd[ch].append(i)")
        em.line("print(%r, c.most_common(3), sorted(dd.items()), sum(c.values()))" % tag)
    em.dedent()
    em.line("%s(%d)" % (tag, n))


# ------------------------------------------------------------------ kwargs

def sec_kwargs(ctx, em, ms):
    tag = ctx.fresh("kw")
    n = _n(ctx, 50, 1500)
    em.line("def %s_f(a, b=%d, *args, c=%d, **kw):" % (tag, ctx.randint(0, 9), ctx.randint(0, 9)))
    em.line("    return a + b * 2 + len(args) * 3 + c + sum(kw.values()) + sum(args)")
    em.line("def %s_g(*, x, y=1):" % tag)
    em.line("    return x - y")
    em.line("def %s(n):" % tag)
    em.indent()
    em.line("tot = 0")
    em.line("extra = {'p': 1, 'q': 2}")
    em.line("for i in range(n):")
    em.indent()
    calls = ctx.sample([
        "%s_f(i)" % tag, "%s_f(i, 2)" % tag, "%s_f(i, 1, 2, 3)" % tag, "%s_f(a=i, c=4)" % tag,
        "%s_f(i, **extra)" % tag, "%s_f(*(i, 1, 5), z=i)" % tag, "%s_g(x=i)" % tag, "%s_g(y=i, x=2)" % tag,
        "%s_f(*[i] * 3, c=1, **{'w': 2})" % tag,
    ], ctx.randint(2, 4))
    for idx, c in enumerate(calls):
        em.line("%s i %% %d == %d:" % ("if" if idx == 0 else "elif", len(calls), idx) if idx < len(calls) - 1 else "else:")
        em.line("    tot += %s" % c)
    em.dedent()
    em.line("print(%r, tot)" % tag)
    em.line("try:")
    em.line("    %s_g(1)" % tag)
    em.line("except TypeError as e:")
    em.line("    print(%r, 'TypeError')" % tag)
    em.dedent()
    em.line("%s(%d)" % (tag, n))


# ------------------------------------------------------------------ floats

def sec_floats(ctx, em, ms):
    tag = ctx.fresh("fl")
    n = _n(ctx, 50, 2000)
    em.line("def %s(n):" % tag)
    em.indent()
    em.line("x = %s" % ctx.choice(("0.0", "1.0", "0.1", "-2.5", "1e-5")))
    em.line("y = %s" % ctx.choice(("1", "0.5", "3.0", "2**0.5")))
    em.line("mx = -1e300")
    em.line("for i in range(n):")
    em.indent()
    em.line(ctx.choice(("x = x * 0.5 + i / 3", "x = (x + 0.1) % 7.0", "x += 1 / (i + 1)", "x = x * 1.0001 - 0.001 * i", "x = math.sqrt(x * x + i)")))
    em.line(ctx.choice(("y = y * 1.5 if y < 1e6 else y / 1e6", "y = -y + 0.25", "y = (y * 31 + i) % 1000.5", "y = round(y + 0.7, 2)")))
    em.line("mx = max(mx, x - y)")
    if ctx.chance(0.5):
        em.line("if i == %d:" % _k(ctx, n))
        em.line("    x = int(x)  # becomes int")
    em.dedent()
    em.line("print(%r, x, y, mx, round(x, 3), int(y), x == y, x < y)" % tag)
    em.line("print(%r, 0.1 + 0.2, 1 / 3, 2 / 3 * 3, 1e16 + 1, 10 ** -5, 7 // 2.0, -7 %% 2.5, divmod(7.5, -2))" % tag)
    em.line("print(%r, float('1e-7'), 1e22, 1e21, 123456789.0 * 10, 2.0 ** 60, 0.5 ** 20, float(2**53 + 1), (2**53 + 1) / 1)" % tag)
    em.line("print(%r, math.floor(-2.5), math.ceil(2.1), round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(12345, -2))" % tag)
    em.line("print(%r, (0.1).as_integer_ratio(), (2.5).is_integer(), float.fromhex('0x1.8p1'), (3.75).hex(), abs(-0.0))" % tag)
    em.line("print(%r, f'{x:.5f} {y:e} {mx:g} {1234.5:,.1f} {0.000123:.2e} {x / (abs(y) + 1):.3%%}')" % tag)
    em.dedent()
    em.line("%s(%d)" % (tag, n))


SECTIONS = [
    (6, sec_random_function), (3, sec_random_module), (5, sec_type_flip), (3, sec_poly_call),
    (3, sec_classes), (3, sec_method_swap), (3, sec_global_rebind), (2, sec_closures),
    (3, sec_generators), (3, sec_exceptions), (2, sec_comprehensions), (2, sec_while),
    (2, sec_strings), (2, sec_bigints), (2, sec_slicing), (1, sec_unpacking),
    (1, sec_recursion), (2, sec_dicts), (1, sec_kwargs), (2, sec_floats),
]
