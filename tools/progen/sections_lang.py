"""Sections for language features beyond the basic statement grammar:
match statements, with statements and context managers, scoping corner
cases, iterators and itertools, class hierarchies (diamonds, super chains,
__init_subclass__, class decorators, metaclasses), sets and bytes, call
chains through several frames from a hot loop, and generator delegation.
Each draws its loop counts, the iteration where something changes and the
values from the context, like the sections in sections.py.
"""

try:
    from . import stmtgen as S
except ImportError:
    import stmtgen as S


def _n(ctx, lo=50, hi=3000, per=6):
    room = max(lo, (S.PROGRAM_BUDGET - ctx.cost) // (per + 2))
    hi = max(lo + 1, min(hi, room))
    n = ctx.weighted([(4, ctx.randint(lo, min(400, hi))), (2, ctx.randint(min(400, hi), hi))])
    ctx.cost += n * per
    return n


def sec_match(ctx, em, ms):
    tag = ctx.fresh("mt")
    n = _n(ctx)
    em.line("class %s_P:" % tag)
    em.line("    __match_args__ = ('x', 'y')")
    em.line("    def __init__(self, x, y):")
    em.line("        self.x, self.y = x, y")
    em.line("def %s_classify(v):" % tag)
    em.indent()
    em.line("match v:")
    em.indent()
    cases = [
        ("case 0 | 1 | 2:", "return 'small'"),
        ("case int(k) if k < 0:", "return 'neg%d' % (k % 5)"),
        ("case int() | float() as num if num > 1000:", "return 'big'"),
        ("case bool():", "return 'bool'"),
        ("case str() as s if len(s) > 3:", "return 'long:' + s[:2]"),
        ("case str(s):", "return 'str:' + s"),
        ("case (a, b):", "return 'pair%r' % ((a, b),)"),
        ("case [a, b, *rest] if rest:", "return 'seq%d' % len(rest)"),
        ("case {'op': 'add', 'args': [x, y]}:", "return x + y"),
        ("case {'op': op, **others}:", "return 'op:' + str(op) + str(sorted(others))"),
        ("case %s_P(0, y):" % tag, "return 'P-axis%r' % (y,)"),
        ("case %s_P(x=x, y=y) if x == y:" % tag, "return 'P-diag'"),
        ("case %s_P():" % tag, "return 'P'"),
        ("case None:", "return 'none'"),
        ("case float(f):", "return 'float%.1f' % f"),
    ]
    chosen = sorted(ctx.sample(range(len(cases)), ctx.randint(5, len(cases))))
    for i in chosen:
        em.line(cases[i][0])
        em.line("    " + cases[i][1])
    em.line("case _:")
    em.line("    return 'other'")
    em.dedent()
    em.dedent()
    em.line("def %s_run(n):" % tag)
    em.indent()
    em.line("vals = [0, 2, -7, 5000, 3.5, True, 'hi', 'hello', (1, 2), [1, 2, 3, 4], [9],")
    em.line("        {'op': 'add', 'args': [2, 3]}, {'op': 'mul', 'k': 1}, %s_P(0, 4), %s_P(2, 2), %s_P(1, 5), None, 2**70]" % (tag, tag, tag))
    em.line("counts = {}")
    em.line("for i in range(n):")
    em.line("    v = vals[%s]" % ctx.choice(("i % len(vals)", "(i // %d) %% len(vals)" % ctx.randint(3, 60), "(i * 5 + i // 7) % len(vals)")))
    em.line("    r = %s_classify(v)" % tag)
    em.line("    counts[r] = counts.get(r, 0) + 1")
    em.line("print(%r, sorted(counts.items(), key=lambda kv: str(kv[0])))" % tag)
    em.dedent()
    em.line("%s_run(%d)" % (tag, n))


def sec_with(ctx, em, ms):
    tag = ctx.fresh("cm")
    n = _n(ctx, 50, 1500)
    em.line("import contextlib")
    em.line("class %s_Res:" % tag)
    em.line("    log = []")
    em.line("    def __init__(self, name, suppress=False):")
    em.line("        self.name, self.suppress = name, suppress")
    em.line("    def __enter__(self):")
    em.line("        %s_Res.log.append('+' + self.name)" % tag)
    em.line("        return self")
    em.line("    def __exit__(self, et, ev, tb):")
    em.line("        %s_Res.log.append('-' + self.name + ('!' + et.__name__ if et else ''))" % tag)
    em.line("        return self.suppress")
    em.line("@contextlib.contextmanager")
    em.line("def %s_gen(k):" % tag)
    em.line("    %s_Res.log.append('enter%%d' %% k)" % tag)
    em.line("    try:")
    em.line("        yield k * 2")
    em.line("    except ValueError:")
    em.line("        %s_Res.log.append('gen-caught')" % tag)
    em.line("    finally:")
    em.line("        %s_Res.log.append('exit%%d' %% k)" % tag)
    em.line("def %s_run(n):" % tag)
    em.indent()
    em.line("tot = 0")
    em.line("for i in range(n):")
    em.indent()
    em.line("%s_Res.log.clear()" % tag)
    shape = ctx.choice(("nested", "suppress", "gen", "flow"))
    if shape == "nested":
        em.line("with %s_Res('a') as a, %s_Res('b', suppress=i %% 2 == 0) as b:" % (tag, tag))
        em.line("    tot += len(a.name + b.name)")
        em.line("    if i %% %d == 0:" % ctx.randint(2, 7))
        em.line("        raise KeyError(i)")
    elif shape == "suppress":
        em.line("with %s_Res('s', suppress=True):" % tag)
        em.line("    tot += 10 // (i %% %d)" % ctx.randint(2, 6))
    elif shape == "gen":
        em.line("with %s_gen(i %% 5) as g:" % tag)
        em.line("    tot += g")
        em.line("    if i %% %d == 1:" % ctx.randint(2, 6))
        em.line("        raise ValueError('v')")
    else:
        em.line("with %s_Res('f'):" % tag)
        em.line("    if i %% %d == 0:" % ctx.randint(2, 9))
        em.line("        continue")
        em.line("    if i == %d:" % ctx.randint(n // 2, n))
        em.line("        break")
        em.line("    tot += 1")
    em.dedent()
    em.line("return tot, list(%s_Res.log)" % tag)
    em.dedent()
    em.line("try:")
    em.line("    print(%r, %s_run(%d))" % (tag, tag, n))
    em.line("except KeyError as e:")
    em.line("    print(%r, 'escaped', e, %s_Res.log)" % (tag, tag))
    em.line("def %s_ret(x):" % tag)
    em.line("    with %s_Res('r'):" % tag)
    em.line("        if x:")
    em.line("            return 'early'")
    em.line("    return 'late'")
    em.line("print(%r, %s_ret(1), %s_ret(0), %s_Res.log[-4:])" % (tag, tag, tag, tag))
    em.line("with contextlib.suppress(ZeroDivisionError):")
    em.line("    print(%r, 1 / 0)" % tag)
    em.line("print(%r, 'after suppress')" % tag)


def sec_scopes(ctx, em, ms):
    tag = ctx.fresh("sc")
    em.line("%s_x = 'global'" % tag)
    em.line("def %s():" % tag)
    em.indent()
    em.line("x = 'local'")
    em.line("sq = [x for x in range(%d)]" % ctx.randint(1, 6))
    em.line("fns = [lambda: x for x in range(3)]")
    em.line("fns2 = [lambda x=x: x for x in range(3)]")
    em.line("gen = (x * 2 for x in range(3))")
    em.line("print(%r, x, sq, [f() for f in fns], [f() for f in fns2], list(gen))" % tag)
    em.line("def outer():")
    em.line("    y = 1")
    em.line("    def mid():")
    em.line("        nonlocal y")
    em.line("        y += 1")
    em.line("        def inner():")
    em.line("            return y * 10")
    em.line("        return inner()")
    em.line("    a = mid()")
    em.line("    b = mid()")
    em.line("    return a, b, y")
    em.line("print(%r, outer())" % tag)
    em.line("try:")
    em.line("    raise ValueError('e')")
    em.line("except ValueError as err:")
    em.line("    pass")
    em.line("try:")
    em.line("    err")
    em.line("except NameError:")
    em.line("    print(%r, 'err cleared')" % tag)
    em.line("z = 5")
    em.line("del z")
    em.line("try:")
    em.line("    print(z)")
    em.line("except (NameError, UnboundLocalError) as e:")
    em.line("    print(%r, type(e).__name__)" % tag)
    em.line("class K:")
    em.line("    v = 3")
    em.line("    w = [v * 2]")
    em.line("    try:")
    em.line("        u = [v for _ in range(2)]")
    em.line("    except NameError:")
    em.line("        u = 'name error'")
    em.line("print(%r, K.w, K.u, %s_x)" % (tag, tag))
    em.line("total = 0")
    em.line("for i in range(%d):" % _n(ctx, 20, 500))
    em.line("    total += sum([i for i in range(i % 5)])")
    em.line("print(%r, total, i)" % tag)
    em.dedent()
    em.line("%s()" % tag)


def sec_iterators(ctx, em, ms):
    tag = ctx.fresh("it")
    n = _n(ctx, 30, 800)
    em.line("import itertools, functools, operator")
    em.line("class %s_Count:" % tag)
    em.line("    def __init__(self, n):")
    em.line("        self.i, self.n = 0, n")
    em.line("    def __iter__(self):")
    em.line("        return self")
    em.line("    def __next__(self):")
    em.line("        if self.i >= self.n:")
    em.line("            raise StopIteration")
    em.line("        self.i += 1")
    em.line("        return self.i * %d" % ctx.randint(1, 5))
    em.line("def %s(n):" % tag)
    em.indent()
    picks = ctx.sample([
        "list(itertools.islice(itertools.count(%d, %d), 5))" % (ctx.randint(-5, 5), ctx.randint(1, 4)),
        "list(itertools.accumulate(range(n % 10 + 1), operator.mul))",
        "list(itertools.accumulate([3, 1, 4, 1, 5], max))",
        "[(k, len(list(g))) for k, g in itertools.groupby(sorted('mississippi'))]",
        "list(itertools.product('ab', range(2)))",
        "list(itertools.permutations([1, 2, 3], 2))[:5]",
        "list(itertools.combinations('abcd', 2))",
        "list(itertools.zip_longest('ab', [1, 2, 3], fillvalue='-'))",
        "list(itertools.chain.from_iterable([[1], (2, 3), 'ab']))",
        "list(itertools.starmap(pow, [(2, 5), (3, 2)]))",
        "list(itertools.takewhile(lambda q: q < 4, [1, 3, 5, 2]))",
        "list(itertools.dropwhile(lambda q: q < 4, [1, 3, 5, 2]))",
        "list(itertools.islice(itertools.cycle('xyz'), 7))",
        "list(itertools.pairwise(range(5)))",
        "functools.reduce(lambda a, b: a * 31 + b, range(n % 50), 7)",
        "functools.partial(int, base=2)('1011')",
        "list(map(lambda a, b: a - b, range(5), range(10, 0, -2)))",
        "list(filter(lambda q: q % 3, range(10)))",
        "list(enumerate('abc', start=%d))" % ctx.randint(-2, 5),
        "sorted([('b', 2), ('a', 2), ('c', 1)], key=operator.itemgetter(1))",
        "list(reversed([1, 2, 3]))",
        "sum(%s_Count(n %% 30))" % tag,
        "list(zip(%s_Count(3), 'abcdef'))" % tag,
        "max(%s_Count(7), key=lambda q: -q)" % tag,
        "list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1]))",
        "[list(t) for t in itertools.tee(range(3), 2)]",
        "min([], default='empty')",
        "sorted(range(10), key=lambda q: (q % 3, -q))",
        "list(iter([1, 2, 3, 0, 4].pop, 0))",
    ], ctx.randint(4, 8))
    for p in picks:
        em.line("print(%r, %s)" % (tag, p))
    em.line("acc = 0")
    em.line("it = iter(range(n))")
    em.line("for a in it:")
    em.line("    b = next(it, -1)")
    em.line("    acc = (acc * 3 + a - b) % 1000003")
    em.line("    if a %% %d == 0:" % ctx.randint(5, 50))
    em.line("        next(it, None)")
    em.line("print(%r, acc, list(it))" % tag)
    em.line("try:")
    em.line("    list(zip([1, 2], [3], strict=True))")
    em.line("except ValueError as e:")
    em.line("    print(%r, 'strict', type(e).__name__)" % tag)
    em.dedent()
    em.line("%s(%d)" % (tag, n))


def sec_hierarchy(ctx, em, ms):
    tag = ctx.fresh("h")
    n = _n(ctx, 50, 1500)
    em.line("%s_registry = []" % tag)
    em.line("class %s_Root:" % tag)
    em.line("    def __init_subclass__(cls, tag='-', **kw):")
    em.line("        super().__init_subclass__(**kw)")
    em.line("        %s_registry.append((cls.__name__, tag))" % tag)
    em.line("    def who(self):")
    em.line("        return ['Root']")
    em.line("    def val(self, k):")
    em.line("        return k")
    em.line("class %s_L(%s_Root, tag='left'):" % (tag, tag))
    em.line("    def who(self):")
    em.line("        return ['L'] + super().who()")
    em.line("    def val(self, k):")
    em.line("        return super().val(k) * 2")
    em.line("class %s_R(%s_Root):" % (tag, tag))
    em.line("    def who(self):")
    em.line("        return ['R'] + super().who()")
    em.line("    def val(self, k):")
    em.line("        return super().val(k) + 1")
    em.line("def %s_deco(cls):" % tag)
    em.line("    cls.decorated = cls.__name__.lower()")
    em.line("    return cls")
    em.line("class %s_Meta(type):" % tag)
    em.line("    count = 0")
    em.line("    def __call__(cls, *a, **k):")
    em.line("        %s_Meta.count += 1" % tag)
    em.line("        return super().__call__(*a, **k)")
    em.line("@%s_deco" % tag)
    em.line("class %s_D(%s_L, %s_R, metaclass=%s_Meta):" % (tag, tag, tag, tag))
    em.line("    def who(self):")
    em.line("        return ['D'] + super().who()")
    em.line("    def val(self, k):")
    em.line("        return super().val(k) - 3")
    em.line("    @classmethod")
    em.line("    def make(cls, k):")
    em.line("        obj = cls()")
    em.line("        obj.k = k")
    em.line("        return obj")
    em.line("def %s_run(n):" % tag)
    em.indent()
    em.line("objs = [%s_D(), %s_L(), %s_R(), %s_Root(), %s_D.make(4)]" % ((tag,) * 5))
    em.line("tot = 0")
    em.line("for i in range(n):")
    em.line("    o = objs[%s]" % ctx.choice(("i % len(objs)", "(i // %d) %% len(objs)" % ctx.randint(3, 50))))
    em.line("    tot = (tot + o.val(i) + len(o.who())) % 1000003")
    if ctx.chance(0.5):
        em.line("    if i == %d:" % ctx.randint(1, n - 1))
        em.line("        %s_R.val = lambda self, k: k * 100" % tag)
    em.line("print(%r, tot, %s_D().who(), [c.__name__ for c in %s_D.__mro__], %s_D.decorated, %s_Meta.count)" % (tag, tag, tag, tag, tag))
    em.line("print(%r, %s_registry, isinstance(objs[0], %s_R), issubclass(%s_D, (%s_L,)), type(%s_D).__name__)" % (tag, tag, tag, tag, tag, tag))
    em.line("print(%r, super(%s_L, objs[0]).who(), objs[-1].k, %s_D.val(objs[0], 5))" % (tag, tag, tag))
    em.dedent()
    em.line("%s_run(%d)" % (tag, n))


def sec_sets_bytes(ctx, em, ms):
    tag = ctx.fresh("sb")
    n = _n(ctx, 50, 1500)
    em.line("def %s(n):" % tag)
    em.indent()
    em.line("s = set()")
    em.line("fs = frozenset(range(%d))" % ctx.randint(3, 12))
    em.line("ba = bytearray()")
    em.line("seen = {}")
    em.line("for i in range(n):")
    em.indent()
    em.line("s.add(i * %d %% %d)" % (ctx.randint(1, 13), ctx.randint(10, 60)))
    em.line("if i %% %d == 0:" % ctx.randint(3, 11))
    em.line("    s.discard(i % 17)")
    em.line("ba.append(i % 256)")
    em.line("if len(ba) > 40:")
    em.line("    del ba[:10]")
    em.line("seen[fs | {i % 3}] = i")
    em.dedent()
    em.line("print(%r, sorted(s)[:10], len(s), sorted(s & fs), sorted(fs - s), sorted(s ^ {1, 2, 99})[:5])" % tag)
    em.line("print(%r, s <= set(range(100)), fs.isdisjoint({-1}), len(seen), sorted(map(len, seen)))" % tag)
    em.line("b = bytes(ba)")
    em.line("print(%r, b[:6], b[-3:].hex(), ba.count(5), b.find(b'\\x07'), bytes(reversed(b[:4])), b[::5][:4])" % tag)
    em.line("print(%r, b'ab' * 3, b'a,b'.split(b','), bytearray(b'xyz').upper(), b'-'.join([b'5', b'q']), list(b'hi'))" % tag)
    em.line("t = 'héllo wörld ß 日本'")
    em.line("e = t.encode('utf-8')")
    em.line("print(%r, len(e), e[:8], e.decode('utf-8') == t, t.encode('latin-1', 'replace')[:10], t.upper(), t.casefold())" % tag)
    em.line("print(%r, int.from_bytes(b[:8], 'big'), (n * 2**40).to_bytes(8, 'little'), bytes.fromhex('de ad be ef'))" % tag)
    em.dedent()
    em.line("%s(%d)" % (tag, n))


def sec_call_chain(ctx, em, ms):
    """A hot loop calling through several frames: defaults, keywords,
    *args/**kwargs, a closure, a bound method, a recursive helper, a lambda
    and a builtin, so that a trace follows calls into callees and back."""
    tag = ctx.fresh("cc")
    n = _n(ctx, 50, 2000, per=12)
    m = ctx.modulus()
    em.line("def %s_leaf(a, b=3, *, c=1):" % tag)
    em.line("    if a == %d:" % ctx.randint(1, n - 1))
    em.line("        raise LookupError(a)")
    em.line("    return (a * b + c) %% %s" % m)
    em.line("def %s_alt(a, b=5, *, c=2):" % tag)
    em.line("    return (a - b) * c")
    em.line("def %s_rec(k):" % tag)
    em.line("    return 1 if k <= 1 else k + %s_rec(k - 1)" % tag)
    em.line("def %s_mid(x, *args, **kw):" % tag)
    em.line("    t = %s_leaf(x, *args[:1], **kw)" % tag)
    em.line("    return t + len(args) + %s_rec(x %% %d)" % (tag, ctx.randint(2, 12)))
    em.line("def %s_make(k):" % tag)
    em.line("    def clo(v):")
    em.line("        return %s_mid(v, k) if v %% 2 else %s_mid(v, c=k)" % (tag, tag))
    em.line("    return clo")
    em.line("class %s_Obj:" % tag)
    em.line("    def __init__(self, k):")
    em.line("        self.f = %s_make(k)" % tag)
    em.line("    def go(self, v):")
    em.line("        return self.f(v) + %s_leaf(v, c=2)" % tag)
    em.line("def %s_top(n):" % tag)
    em.indent()
    em.line("o = %s_Obj(%d)" % (tag, ctx.randint(1, 9)))
    em.line("step = lambda v: o.go(v) ^ v")
    em.line("acc = 0")
    em.line("lines = []")
    em.line("for i in range(n):")
    em.line("    try:")
    em.line("        acc = (acc + step(i) + max(i, %d)) %% %s" % (ctx.randint(0, 100), m))
    em.line("    except LookupError as e:")
    em.line("        tb = e.__traceback__")
    em.line("        while tb is not None:")
    em.line("            lines.append(tb.tb_lineno)")
    em.line("            tb = tb.tb_next")
    for ev in ctx.sample([
            "o.f = %s_make(%s)" % (tag, ctx.choice(("-1", "2**64", "7", "0"))),
            "%s_leaf.__defaults__ = (%d,)" % (tag, ctx.randint(-3, 9)),
            "%s_leaf.__kwdefaults__ = {'c': %d}" % (tag, ctx.randint(-3, 9)),
            "%s_leaf.__code__ = %s_alt.__code__" % (tag, tag),
            "%s_mid.__defaults__ = None" % tag], ctx.randint(0, 2)):
        em.line("    if i == %d:" % ctx.randint(1, n - 1))
        em.line("        " + ev)
    em.line("return acc, lines")
    em.dedent()
    em.line("print(%r, %s_top(%d))" % (tag, tag, n))


def sec_gen_delegation(ctx, em, ms):
    tag = ctx.fresh("gd")
    n = _n(ctx, 20, 600, per=10)
    em.line("def %s_inner(k):" % tag)
    em.line("    got = []")
    em.line("    for j in range(k):")
    em.line("        x = yield j")
    em.line("        if x is not None:")
    em.line("            got.append(x)")
    em.line("    return sum(got)")
    em.line("def %s_mid(k):" % tag)
    em.line("    a = yield from %s_inner(k)" % tag)
    em.line("    b = yield from %s_inner(k // 2)" % tag)
    em.line("    return a * 1000 + b")
    em.line("def %s_outer(k):" % tag)
    em.line("    r = yield from %s_mid(k)" % tag)
    em.line("    yield ('done', r)")
    em.line("def %s_run(n):" % tag)
    em.indent()
    em.line("log = []")
    em.line("for i in range(n):")
    em.indent()
    em.line("g = %s_outer(i %% %d)" % (tag, ctx.randint(3, 9)))
    em.line("v = next(g)")
    em.line("steps = 0")
    em.line("while True:")
    em.line("    steps += 1")
    em.line("    try:")
    em.line("        v = g.send(steps * %d) if steps %% %d else next(g)" % (ctx.randint(1, 9), ctx.randint(2, 4)))
    em.line("    except StopIteration:")
    em.line("        break")
    em.line("if i %% %d == 0:" % ctx.randint(20, 100))
    em.line("    log.append((steps, v))")
    em.dedent()
    em.line("print(%r, log[:8])" % tag)
    em.line("g = %s_mid(6)" % tag)
    em.line("next(g)")
    em.line("try:")
    em.line("    g.throw(KeyError('x'))")
    em.line("except KeyError as e:")
    em.line("    print(%r, 'throw', repr(e))" % tag)
    em.line("g = %s_mid(6)" % tag)
    em.line("next(g)")
    em.line("g.close()")
    em.line("print(%r, 'closed', list(g))" % tag)
    em.dedent()
    em.line("%s_run(%d)" % (tag, n))


SECTIONS = [
    (2, sec_match), (2, sec_with), (1, sec_scopes), (2, sec_iterators), (2, sec_hierarchy),
    (1, sec_sets_bytes), (3, sec_call_chain), (2, sec_gen_delegation),
]
