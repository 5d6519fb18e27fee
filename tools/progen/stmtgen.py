"""Statement generation: a small grammar of Python statements over typed
variables.

gen_block() emits statements into an Emitter, choosing among assignments,
augmented assignments, prints, if/elif/else, for and while loops (with
break, continue and else clauses), try/except/else/finally around operations
that fail on some iterations only, list and dict mutation, and small nested
functions. It keeps the invariants of exprgen: every store of an int, float,
str or list is normalized, loops iterate over ranges or copies, while loops
advance their counter first, and every operation that may raise is inside a
try whose handlers catch it.

The State object says where the code is: how deep, inside how many loops
(and so how many times a statement runs: `mult`), whether new variables may
be declared (only in straight-line code, so that every later read is
definitely after the store), whether break/continue are allowed.
"""

try:
    from . import exprgen as E
    from .context import SKIP_KNOWN, Scope
except ImportError:  # run as a script from this directory
    import exprgen as E
    from context import SKIP_KNOWN, Scope

# Upper bound of the estimated loop-body executions of one program.
PROGRAM_BUDGET = 120000
MAX_NEST = 3


class State:
    def __init__(self, scope, straight=True, depth=0, loops=(), mult=1, in_func=True):
        self.scope = scope
        self.straight = straight
        self.depth = depth
        self.loops = loops        # loop variable names, innermost last
        self.mult = mult
        self.in_func = in_func
        self.readonly = set()
        self.in_finally = False
        self.breakable = False
        self.loop_depth = 0

    def child(self, loopvar=None, factor=1, loop=False):
        # Variables declared in the child block live in a copy of the scope,
        # dropped when the block ends: every read follows its store.
        s = State(_copy_scope(self.scope), True, self.depth + 1,
                  self.loops + ((loopvar,) if loopvar else ()), self.mult * factor, self.in_func)
        s.readonly = set(self.readonly)
        s.in_finally = self.in_finally
        s.breakable = self.breakable or loop
        s.loop_depth = self.loop_depth + (1 if loop else 0)
        return s

    def writable(self, typ):
        own = self.scope.vars
        return sorted(n for n, t in own.items() if t == typ and n not in self.readonly)


def _copy_scope(scope):
    s = Scope(scope.parent, scope.kind)
    s.vars = dict(scope.vars)
    return s


VAR_PREFIX = {"int": "n", "float": "f", "str": "s", "bool": "b", "list": "lst", "dict": "d", "tuple": "t"}


def pick_type(ctx):
    return ctx.weighted([(6, "int"), (3, "float"), (4, "str"), (1, "bool"), (3, "list"), (2, "dict"), (1, "tuple")])


def declare(ctx, em, st, typ=None, depth=2):
    typ = typ or pick_type(ctx)
    name = ctx.fresh(VAR_PREFIX[typ])
    em.line("%s = %s" % (name, E.norm(ctx, typ, E.gen(ctx, st.scope, typ, depth))))
    st.scope.add(name, typ)
    return name


def loop_count(ctx, st, lo=50, hi=3000):
    """An iteration count within the remaining budget."""
    room = max(2, (PROGRAM_BUDGET - ctx.cost) // (st.mult * 6))
    if st.mult == 1:
        n = ctx.weighted([(3, ctx.randint(lo, 300)), (2, ctx.randint(300, 1200)), (1, ctx.randint(1200, hi))])
    else:
        n = ctx.randint(2, 40)
    return max(2, min(n, room))


def stmt_assign(ctx, em, st):
    typ = pick_type(ctx)
    names = st.writable(typ)
    if not names:
        if st.straight:
            declare(ctx, em, st, typ)
        return
    em.line("%s = %s" % (ctx.choice(names), E.norm(ctx, typ, E.gen(ctx, st.scope, typ, ctx.randint(1, 3)))))


def stmt_aug(ctx, em, st):
    typ = ctx.weighted([(5, "int"), (2, "float"), (2, "str"), (1, "list")])
    names = st.writable(typ)
    if not names:
        return stmt_assign(ctx, em, st)
    v = ctx.choice(names)
    if typ == "int":
        op = ctx.choice(("+=", "-=", "^=", "|=", "&=", "*=", "<<=", "//=", "%=", ">>="))
        if op in ("//=", "%="):
            rhs = E.nonzero_int(ctx, st.scope, 1)
        elif op in ("<<=", ">>="):
            rhs = E.small_int(ctx, st.scope, 0, 9)
        else:
            rhs = E.gen(ctx, st.scope, "int", 1)
        em.line("%s %s %s" % (v, op, rhs))
        if op in ("*=", "<<=", "+=", "-=", "|=", "^="):
            em.line("%s %%= %s" % (v, ctx.modulus()))
    elif typ == "float":
        op = ctx.choice(("+=", "-=", "*=", "/="))
        rhs = E.nonzero_float(ctx, st.scope, 1) if op == "/=" else E.gen(ctx, st.scope, "float", 1)
        em.line("%s %s %s" % (v, op, rhs))
        em.line("%s %%= %s" % (v, ctx.choice(("1000.0", "1e6", "33.0"))))
    elif typ == "str":
        em.line("%s += %s" % (v, E.gen(ctx, st.scope, "str", 1)))
        em.line("%s = %s[-30:]" % (v, v))
    else:
        em.line("%s += %s" % (v, E.norm(ctx, "list", E.gen(ctx, st.scope, "list", 1))))
        em.line("del %s[:-40]" % v)


def print_guard(ctx, st):
    """A condition true on few iterations of every enclosing counted loop."""
    conds = ["%s %% %d == %d" % (st.loops[0], ctx.choice((97, 250, 500, 1000)), ctx.randint(0, 3))]
    for lv in st.loops[1:]:
        conds.append("%s %% %d == 1" % (lv, ctx.choice((7, 13, 50))))
    return " and ".join(conds)


def stmt_print(ctx, em, st):
    typ = ctx.choice(("int", "float", "str", "bool", "list", "dict", "tuple"))
    e = E.gen(ctx, st.scope, typ, ctx.randint(0, 2))
    label = repr(ctx.fresh("p"))
    if st.loops and st.mult > 3:
        em.line("if %s:" % print_guard(ctx, st))
        em.indent()
        em.line("print(%s, %s)" % (label, e))
        em.dedent()
    else:
        em.line("print(%s, %s)" % (label, e))


def stmt_if(ctx, em, st, n):
    em.line("if %s:" % E.gen(ctx, st.scope, "bool", ctx.randint(0, 2)))
    _body(ctx, em, st.child(), n)
    for _ in range(ctx.randint(0, 2) if ctx.chance(0.5) else 0):
        em.line("elif %s:" % E.gen(ctx, st.scope, "bool", 1))
        _body(ctx, em, st.child(), n)
    if ctx.chance(0.5):
        em.line("else:")
        _body(ctx, em, st.child(), n)


def _body(ctx, em, st, n):
    em.indent()
    before = len(em.lines)
    gen_block(ctx, em, st, n)
    if len(em.lines) == before:
        em.line("pass")
    em.dedent()


def _loop_header(ctx, st, n):
    """A for-loop header and its estimated iteration count."""
    v = ctx.fresh(ctx.choice(("i", "j", "k", "idx")))
    kind = ctx.weighted([(8, "range"), (1, "range2"), (1, "enum"), (1, "zip"), (1, "items"), (1, "str"), (1, "reversed")])
    if kind == "range":
        return v, "for %s in range(%d):" % (v, n), n, [(v, "int")]
    if kind == "range2":
        step = ctx.choice((1, 2, 3, -1))
        a = ctx.randint(-20, 20)
        if step > 0:
            return v, "for %s in range(%d, %d, %d):" % (v, a, a + n * step, step), n, [(v, "int")]
        return v, "for %s in range(%d, %d, -1):" % (v, a + n, a), n, [(v, "int")]
    if kind == "reversed":
        return v, "for %s in reversed(range(%d)):" % (v, n), n, [(v, "int")]
    lists = st.scope.of_type("list")
    if kind == "enum" and lists:
        x = ctx.fresh("x")
        return v, "for %s, %s in enumerate(%s[:%d]):" % (v, x, ctx.choice(lists), min(n, 48)), min(n, 48), [(v, "int"), (x, "int")]
    if kind == "zip" and lists:
        x, y = ctx.fresh("x"), ctx.fresh("ch")
        return v, "for %s, (%s, %s) in enumerate(zip(%s[:], %s)):" % (v, x, y, ctx.choice(lists), E.gen(ctx, st.scope, "str", 1)), 40, [(v, "int"), (x, "int"), (y, "str")]
    dicts = st.scope.of_type("dict")
    if kind == "items" and dicts:
        k, x = ctx.fresh("key"), ctx.fresh("val")
        return None, "for %s, %s in list(%s.items()):" % (k, x, ctx.choice(dicts)), 8, [(k, "str"), (x, "int")]
    if kind == "str":
        x = ctx.fresh("ch")
        return None, "for %s in %s:" % (x, E.gen(ctx, st.scope, "str", 1)), 30, [(x, "str")]
    return v, "for %s in range(%d):" % (v, n), n, [(v, "int")]


def stmt_for(ctx, em, st, n):
    count = loop_count(ctx, st)
    lv, header, est, binds = _loop_header(ctx, st, count)
    em.line(header)
    sub = st.child(loopvar=lv, factor=est, loop=True)
    for name, typ in binds:
        sub.scope.add(name, typ)
        sub.readonly.add(name)
    _body(ctx, em, sub, n)
    if ctx.chance(0.15):
        em.line("else:")
        _body(ctx, em, st.child(), 1)


def stmt_while(ctx, em, st, n):
    count = loop_count(ctx, st)
    w = ctx.fresh("w")
    em.line("%s = 0" % w)
    if ctx.chance(0.5):
        em.line("while %s < %d:" % (w, count))
        em.indent()
        em.line("%s += 1" % w)
    else:
        em.line("while True:")
        em.indent()
        em.line("%s += 1" % w)
        em.line("if %s > %d:" % (w, count))
        em.line("    break")
    sub = st.child(loopvar=w, factor=count, loop=True)
    sub.scope.add(w, "int")
    sub.readonly.add(w)
    if ctx.chance(0.6):
        em.line("if %s %% %d == 0:" % (w, ctx.randint(2, 9)))
        em.line("    continue")
    gen_block(ctx, em, sub, n)
    if ctx.chance(0.3):
        em.line("if %s:" % E.gen(ctx, sub.scope, "bool", 1))
        em.line("    break")
    em.dedent()
    if ctx.chance(0.2):
        em.line("else:")
        _body(ctx, em, st.child(), 1)


# Operations that raise on some iterations only, with what they raise.
def _risky(ctx, st):
    sc = st.scope
    lv = st.loops[-1] if st.loops else None
    sel = E.small_int(ctx, sc, 0, ctx.choice((3, 4, 5, 7))) if lv is None else "(%s %% %d)" % (lv, ctx.choice((3, 4, 5, 7)))
    lists, dicts, strs = sc.of_type("list"), sc.of_type("dict"), sc.of_type("str")
    options = [
        ("%s // %s" % (E.gen(ctx, sc, "int", 1), sel), "ZeroDivisionError"),
        ("%s %% %s" % (E.gen(ctx, sc, "int", 1), sel), "ZeroDivisionError"),
        ("%s / %s" % (E.gen(ctx, sc, "float", 1), sel), "ZeroDivisionError"),
        ("int(%s)" % ctx.choice(("'12'", "'x%d'", "' 7 '", "'1_000'", "'0x10'", "'-3'")).replace("%d", "1"), "ValueError"),
        ("[1, 2, 3][%s]" % sel, "IndexError"),
        ("{'a': 1, 'b': 2}[%s]" % ctx.choice(("'a'", "'c'", "str(%s)" % sel, "'ab'[%s %% 2]" % sel)), "KeyError"),
        ("(%s, 0)[%s]" % (E.gen(ctx, sc, "int", 0), sel), "IndexError"),
        ("math.sqrt(%s - 2)" % sel, "ValueError"),
        ("'abc'.index('cbad'[%s %% 4])" % sel, "ValueError"),
    ]
    if lists:
        L = ctx.choice(lists)
        options.append(("%s[%s * 3 - 1]" % (L, sel), "IndexError"))
    if dicts:
        D = ctx.choice(dicts)
        options.append(("%s[%s]" % (D, ctx.choice(("'a'", "'b'", "'k1'", "'Hello'", "'nope'"))), "KeyError"))
    if strs:
        S = ctx.choice(strs)
        options.append(("%s[%s + 5]" % (S, sel), "IndexError"))
        options.append(("int(%s)" % S, "ValueError"))
    if ctx.flags.get("errors"):
        options.append(("raise_if(%s, %s)" % (sel, ctx.randint(0, 3)), "AppError"))
    if ctx.chance(0.1):
        options.append(("%s + %s" % (ctx.choice(strs) if strs else "'s'", sel), "TypeError"))
    return ctx.choice(options)


_SUPER = {
    "ZeroDivisionError": ("ZeroDivisionError", "ArithmeticError", "Exception"),
    "ValueError": ("ValueError", "Exception"),
    "IndexError": ("IndexError", "LookupError", "Exception"),
    "KeyError": ("KeyError", "LookupError", "Exception"),
    "TypeError": ("TypeError", "Exception"),
    "AppError": ("AppError", "Exception"),
    "Exception": ("Exception",),
}


def stmt_try(ctx, em, st, n):
    expr, exc = _risky(ctx, st)
    acc = st.writable("int")
    em.line("try:")
    em.indent()
    if acc and ctx.chance(0.7):
        a = ctx.choice(acc)
        em.line("%s = (%s + len(str(%s))) %% %s" % (a, a, expr, ctx.modulus()))
    else:
        em.line("_ = %s" % expr)
    sub = st.child()
    if ctx.chance(0.5):
        gen_block(ctx, em, sub, max(1, n - 1))
    em.dedent()
    # Handlers: maybe an unrelated one first, then one that catches it.
    catch = ctx.choice(_SUPER[exc])
    if ctx.chance(0.4):
        other = ctx.choice(("KeyError", "TypeError", "AttributeError", "(IndexError, KeyError)", "RuntimeError"))
        if other.strip("()") != exc and exc not in other:
            em.line("except %s:" % other)
            em.line("    print('unexpected')")
    e = ctx.fresh("err")
    if ctx.chance(0.3):
        catch = "(%s, OverflowError)" % catch
    em.line("except %s as %s:" % (catch, e))
    em.indent()
    lists = st.writable("list")
    how = ctx.randint(0, 3)
    if how == 0 and lists:
        L = ctx.choice(lists)
        em.line("%s.append(len(type(%s).__name__))" % (L, e))
        em.line("del %s[:-40]" % L)
    elif how == 1 and st.mult <= 3:
        em.line("print('caught', type(%s).__name__, %s)" % (e, ctx.choice(("str(%s)" % e, "%s.args" % e, "repr(%s)" % e))))
    elif how == 2 and acc:
        a = ctx.choice(acc)
        em.line("%s = (%s + len(str(%s)) + 1) %% %s" % (a, a, e, ctx.modulus()))
    else:
        if st.loops and st.mult > 3:
            em.line("if %s:" % print_guard(ctx, st))
            em.line("    print('caught', type(%s).__name__, str(%s))" % (e, e))
        else:
            em.line("print('caught', type(%s).__name__)" % e)
    if ctx.chance(0.25) and st.breakable:
        em.line("continue" if ctx.chance(0.7) else "break")
    em.dedent()
    if ctx.chance(0.3):
        em.line("else:")
        _body(ctx, em, st.child(), 1)
    if ctx.chance(0.35):
        em.line("finally:")
        sub = st.child()
        sub.in_finally = True
        _body(ctx, em, sub, 1)


def stmt_listmut(ctx, em, st):
    lists = st.writable("list")
    if not lists:
        return stmt_assign(ctx, em, st)
    L = ctx.choice(lists)
    k = ctx.randint(0, 9)
    e = E.norm(ctx, "int", E.gen(ctx, st.scope, "int", 1))
    if k <= 2:
        em.line("%s.append(%s)" % (L, e))
        em.line("if len(%s) > 40:" % L)
        em.line("    del %s[%s]" % (L, ctx.choice(("0", ":20", "::2", "-1"))))
    elif k == 3:
        em.line("if %s:" % L)
        em.line("    %s[%s %% len(%s)] = %s" % (L, E.gen(ctx, st.scope, "int", 0), L, e))
    elif k == 4:
        em.line("if %s:" % L)
        em.line("    %s.pop(%s)" % (L, ctx.choice(("", "0", "-1"))))
    elif k == 5:
        em.line("%s.insert(%s, %s)" % (L, ctx.choice(("0", "1", "-1", "len(%s) // 2" % L)), e))
        em.line("del %s[40:]" % L)
    elif k == 6:
        em.line("%s.sort(%s)" % (L, ctx.choice(("", "reverse=True", "key=lambda q: (q % 5, q)"))))
    elif k == 7:
        em.line("%s[1:3] = [%s, %s]" % (L, e, E.gen(ctx, st.scope, "int", 0)))
        em.line("del %s[40:]" % L)
    elif k == 8:
        em.line("%s.extend(%s)" % (L, E.norm(ctx, "list", E.gen(ctx, st.scope, "list", 1))))
        em.line("del %s[:-40]" % L)
    else:
        em.line("%s.reverse()" % L)


def stmt_dictmut(ctx, em, st):
    dicts = st.writable("dict")
    if not dicts:
        return stmt_assign(ctx, em, st)
    D = ctx.choice(dicts)
    key = ctx.choice(("'a'", "'b'", "'k1'", "'zz'", "'k%d' % (" + E.gen(ctx, st.scope, "int", 0) + " % 5)", "str(len(%s))" % D, "%s.lower()" % ctx.str_lit()))
    k = ctx.randint(0, 5)
    if k <= 1:
        em.line("%s[%s] = %s.get(%s, 0) + %s" % (D, key, D, key, E.small_int(ctx, st.scope, 1, 1000)))
    elif k == 2:
        em.line("%s.pop(%s, None)" % (D, key))
    elif k == 3:
        em.line("%s.setdefault(%s, %s)" % (D, key, E.small_int(ctx, st.scope, 1, 100)))
    elif k == 4:
        em.line("if %s in %s:" % (key, D))
        em.line("    del %s[%s]" % (D, key))
    else:
        em.line("%s.update(%s)" % (D, E.norm(ctx, "dict", E.gen(ctx, st.scope, "dict", 1))))


def stmt_inner_func(ctx, em, st):
    """A nested function (a closure over the visible variables), called."""
    if not st.in_func:
        return stmt_assign(ctx, em, st)
    typ = ctx.choice(("int", "float", "str", "list"))
    targets = st.writable(typ)
    if not targets and not st.straight:
        return stmt_assign(ctx, em, st)
    name = ctx.fresh("inner")
    p = ctx.fresh("p")
    inner = _copy_scope(st.scope)
    ptyp = ctx.choice(("int", "float", "str"))
    inner.add(p, ptyp)
    if ctx.chance(0.4):
        em.line("%s = lambda %s: %s" % (name, p, E.gen(ctx, inner, typ, 2)))
    else:
        em.line("def %s(%s):" % (name, p))
        em.line("    return %s" % E.gen(ctx, inner, typ, 2))
    call = "%s(%s)" % (name, E.gen(ctx, st.scope, ptyp, 1))
    if targets:
        em.line("%s = %s" % (ctx.choice(targets), E.norm(ctx, typ, call)))
    else:
        v = ctx.fresh(VAR_PREFIX[typ])
        em.line("%s = %s" % (v, E.norm(ctx, typ, call)))
        st.scope.add(v, typ)


def stmt_breakcont(ctx, em, st):
    if not st.breakable:
        return stmt_print(ctx, em, st)
    em.line("if %s:" % E.gen(ctx, st.scope, "bool", 1))
    em.line("    %s" % ctx.choice(("continue", "continue", "break")))


def stmt_unpack(ctx, em, st):
    ints = st.writable("int")
    if len(ints) >= 2:
        a, b = ctx.sample(ints, 2)
        k = ctx.randint(0, 2)
        if k == 0:
            em.line("%s, %s = %s, %s" % (a, b, b, a))
        elif k == 1:
            em.line("%s, %s = divmod(%s, %s)" % (a, b, E.gen(ctx, st.scope, "int", 1), E.nonzero_int(ctx, st.scope, 1)))
        else:
            lst = E.gen(ctx, st.scope, "list", 1)
            em.line("%s, *_rest, %s = [%s] + %s + [%s]" % (a, b, E.norm(ctx, "int", E.gen(ctx, st.scope, "int", 1)), lst, E.norm(ctx, "int", E.gen(ctx, st.scope, "int", 0))))
            em.line("%s %%= %s" % (a, ctx.modulus()))
            em.line("%s %%= %s" % (b, ctx.modulus()))
    else:
        stmt_assign(ctx, em, st)


def gen_block(ctx, em, st, n):
    """Emit about n statements at the current indentation."""
    for _ in range(n):
        ctx.cost += st.mult
        can_loop = st.depth < MAX_NEST and st.loop_depth < 3 and ctx.cost < PROGRAM_BUDGET
        choices = [
            (6, "assign"), (4, "aug"), (2, "print"), (3 if st.depth < 3 else 0, "if"),
            (3 if can_loop else 0, "for"), (1 if can_loop else 0, "while"),
            # No try inside finally while SKIP_KNOWN: a reported uopy bug (see sections_flow).
            (2 if st.depth < 3 and not (st.in_finally and SKIP_KNOWN[0]) else 0, "try"), (2, "listmut"), (1, "dictmut"),
            (1 if st.depth < 2 else 0, "inner"), (1, "unpack"),
            (2 if st.breakable else 0, "breakcont"),
            (3 if st.straight else 0, "declare"),
        ]
        k = ctx.weighted(choices)
        sub_n = ctx.randint(1, 3)
        if k == "assign":
            stmt_assign(ctx, em, st)
        elif k == "declare":
            declare(ctx, em, st)
        elif k == "aug":
            stmt_aug(ctx, em, st)
        elif k == "print":
            stmt_print(ctx, em, st)
        elif k == "if":
            stmt_if(ctx, em, st, sub_n)
        elif k == "for":
            stmt_for(ctx, em, st, ctx.randint(2, 4))
        elif k == "while":
            stmt_while(ctx, em, st, ctx.randint(1, 3))
        elif k == "try":
            stmt_try(ctx, em, st, sub_n)
        elif k == "listmut":
            stmt_listmut(ctx, em, st)
        elif k == "dictmut":
            stmt_dictmut(ctx, em, st)
        elif k == "inner":
            stmt_inner_func(ctx, em, st)
        elif k == "unpack":
            stmt_unpack(ctx, em, st)
        elif k == "breakcont":
            stmt_breakcont(ctx, em, st)
