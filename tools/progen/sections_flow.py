"""Control-flow torture: random nestings of try/except/else/finally, with,
for/while (with else), if, break, continue, return and raise, in a function
that logs every step it takes. The function runs for a range of inputs (the
input decides which branches are taken and which exceptions are raised);
each run prints its log, or the exception that escaped. Any mistake in
exception tables, in the unwinding of blocks, or in the value stack shows
up as a different log.
"""

try:
    from . import stmtgen as S
    from .context import SKIP_KNOWN
except ImportError:
    import stmtgen as S
    from context import SKIP_KNOWN


# A reported uopy bug (issue 8): a try/except that handles an exception inside
# a finally block entered by `return` (or by `continue` in an except handler)
# corrupts the value stack. While it stands, try statements inside finally
# blocks get no except clauses (and finally blocks no with statements),
# unless context.SKIP_KNOWN is off.


class _Flow:
    def __init__(self, ctx, tag):
        self.ctx = ctx
        self.tag = tag
        self.ids = 0
        self.lines = []
        self.loopvars = []

    def nid(self):
        self.ids += 1
        return self.ids

    def emit(self, level, text):
        self.lines.append("    " * level + text)

    def cond(self):
        ctx = self.ctx
        v = ctx.choice(["x"] + self.loopvars) if self.loopvars else "x"
        w = ctx.choice(["x"] + self.loopvars)
        return ctx.choice((
            "%s %% %d == %d" % (v, ctx.randint(2, 5), ctx.randint(0, 1)),
            "(%s + %s) %% %d == 0" % (v, w, ctx.randint(2, 4)),
            "%s > %d" % (v, ctx.randint(0, 6)),
            "len(log) %% %d == 0" % ctx.randint(2, 4),
        ))

    def block(self, level, depth, in_loop, in_finally, n=None):
        ctx = self.ctx
        n = n if n is not None else ctx.randint(1, 3)
        start = len(self.lines)
        for _ in range(n):
            self.stmt(level, depth, in_loop, in_finally)
        if len(self.lines) == start:
            self.emit(level, "log.append(%d)" % self.nid())

    def stmt(self, level, depth, in_loop, in_finally):
        ctx = self.ctx
        choices = [(4, "log")]
        if in_loop:
            choices += [(2, "break"), (2, "continue")]
        choices += [(1, "return"), (2, "raise")]
        if depth < 3:
            choices += [(4, "try"), (2, "if"), (2, "for"), (1, "while")]
            if not (in_finally and SKIP_KNOWN[0]):
                choices.append((1, "with"))  # a with statement handles exceptions too
        k = ctx.weighted(choices)
        if k == "log":
            self.emit(level, "log.append(%d)" % self.nid())
        elif k in ("break", "continue", "return", "raise"):
            guard = ctx.chance(0.8)
            lvl = level
            if guard:
                self.emit(level, "if %s:" % self.cond())
                lvl = level + 1
            i = self.nid()
            if k == "break":
                self.emit(lvl, "log.append(%d)" % i)
                self.emit(lvl, "break")
            elif k == "continue":
                self.emit(lvl, "log.append(%d)" % i)
                self.emit(lvl, "continue")
            elif k == "return":
                self.emit(lvl, "return log + ['ret%d']" % i)
            else:
                self.emit(lvl, ctx.choice((
                    "raise ValueError(%d)" % i,
                    "raise KeyError(%d)" % i,
                    "log.append(1 // (x - x))",
                    "raise %s_Err(%d)" % (self.tag, i),
                    "raise ValueError(%d) from None" % i,
                    "[][%d]" % i,
                )))
        elif k == "if":
            self.emit(level, "if %s:" % self.cond())
            self.block(level + 1, depth + 1, in_loop, in_finally)
            if ctx.chance(0.5):
                self.emit(level, "else:")
                self.block(level + 1, depth + 1, in_loop, in_finally)
        elif k == "for":
            v = "j%d" % len(self.loopvars)
            self.emit(level, "for %s in range(%d):" % (v, ctx.randint(1, 4)))
            self.loopvars.append(v)
            self.block(level + 1, depth + 1, True, in_finally)
            self.loopvars.pop()
            if ctx.chance(0.3):
                self.emit(level, "else:")
                self.block(level + 1, depth + 1, in_loop, in_finally)
        elif k == "while":
            v = "w%d" % len(self.loopvars)
            self.emit(level, "%s = 0" % v)
            self.emit(level, "while %s < %d:" % (v, ctx.randint(1, 4)))
            self.emit(level + 1, "%s += 1" % v)
            self.loopvars.append(v)
            self.block(level + 1, depth + 1, True, in_finally)
            self.loopvars.pop()
            if ctx.chance(0.3):
                self.emit(level, "else:")
                self.block(level + 1, depth + 1, in_loop, in_finally)
        elif k == "with":
            self.emit(level, "with %s_CM(log, %d, %s):" % (self.tag, self.nid(), ctx.choice(("True", "False", "x % 2 == 0"))))
            self.block(level + 1, depth + 1, in_loop, in_finally)
        elif k == "try":
            self.emit(level, "try:")
            self.block(level + 1, depth + 1, in_loop, in_finally)
            handlers = ctx.sample([
                ("ValueError as e", ["log.append(('VE', e.args[0]))"]),
                ("(KeyError, IndexError) as e", ["log.append(('LE', type(e).__name__))"]),
                ("ZeroDivisionError", ["log.append('ZD')"]),
                ("%s_Err as e" % self.tag, ["log.append(('ERR', e.args))"]),
                ("Exception as e", ["log.append(('EX', type(e).__name__))"]),
            ], ctx.randint(0, 3))
            if in_finally and SKIP_KNOWN[0]:
                handlers = []
            has_finally = not handlers or ctx.chance(0.5)
            for h, body in handlers:
                self.emit(level, "except %s:" % h)
                for b in body:
                    self.emit(level + 1, b)
                if ctx.chance(0.5):
                    self.block(level + 1, depth + 1, in_loop, in_finally)
                if ctx.chance(0.15):
                    self.emit(level + 1, "if %s:" % self.cond())
                    self.emit(level + 2, "raise")
            if handlers and ctx.chance(0.3):
                self.emit(level, "else:")
                self.block(level + 1, depth + 1, in_loop, in_finally)
            if has_finally:
                self.emit(level, "finally:")
                self.emit(level + 1, "log.append(%d)" % self.nid())
                self.block(level + 1, depth + 1, in_loop, True, n=ctx.randint(0, 2))


def sec_control_flow(ctx, em, ms):
    tag = ctx.fresh("cf")
    em.line("class %s_Err(Exception):" % tag)
    em.line("    pass")
    em.line("class %s_CM:" % tag)
    em.line("    def __init__(self, log, k, suppress):")
    em.line("        self.log, self.k, self.suppress = log, k, suppress")
    em.line("    def __enter__(self):")
    em.line("        self.log.append(('in', self.k))")
    em.line("    def __exit__(self, et, ev, tb):")
    em.line("        self.log.append(('out', self.k, et.__name__ if et else None))")
    em.line("        return self.suppress")
    f = _Flow(ctx, tag)
    f.block(1, 0, False, False, n=ctx.randint(2, 4))
    if len(f.lines) > 70:  # keep the program within its line budget
        f.lines = f.lines[:0]
        f.block(1, 2, False, False, n=2)
    em.line("def %s(x):" % tag)
    em.line("    log = []")
    for l in f.lines:
        em.line(l)
    em.line("    return log")
    em.line("def %s_drive(n, show):" % tag)
    em.line("    chk = 0")
    em.line("    for x in range(n):")
    em.line("        try:")
    em.line("            r = %s(x %% %d)" % (tag, ctx.randint(5, 12)))
    em.line("        except Exception as e:")
    em.line("            r = ['escaped', type(e).__name__, str(e)]")
    em.line("        if x < show:")
    em.line("            print(%r, x, r)" % tag)
    em.line("        chk = (chk * 31 + len(r) + len(str(r))) % 1000003")
    em.line("    return chk")
    n = ctx.randint(50, 600)
    ctx.cost += n * 20
    em.line("print(%r, %s_drive(%d, %d))" % (tag, tag, n, ctx.randint(4, 12)))


SECTIONS = [(6, sec_control_flow)]
