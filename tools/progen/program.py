"""Program assembly: a prelude, some module globals, then sections.

generate(seed) picks sections (weighted, without immediate repeats of the
same template), generates each into its own Emitter and keeps it if the
program stays within MAX_LINES, until it has the target number of sections
and at least MIN_LINES lines. Everything is drawn from one random.Random
(seed), so the text depends on the seed alone.
"""

try:
    from . import sections as SEC
    from . import sections_types as SECT
    from . import sections_lang as SECL
    from . import sections_flow as SECF
    from . import stmtgen as S
    from .context import SKIP_KNOWN, Emitter, GenContext, Scope
except ImportError:
    import sections as SEC
    import sections_types as SECT
    import sections_lang as SECL
    import sections_flow as SECF
    import stmtgen as S
    from context import SKIP_KNOWN, Emitter, GenContext, Scope

ALL_SECTIONS = SEC.SECTIONS + SECT.SECTIONS + SECL.SECTIONS + SECF.SECTIONS

MIN_LINES = 40
MAX_LINES = 200


def generate(seed, skip_known=True):
    """The program of a seed. skip_known=False also generates the constructs
    of uopy differences already reported (see context.SKIP_KNOWN)."""
    saved = SKIP_KNOWN[0]
    SKIP_KNOWN[0] = skip_known
    try:
        return _generate(seed)
    finally:
        SKIP_KNOWN[0] = saved


def _generate(seed):
    ctx = GenContext(seed)
    head = Emitter()
    head.line("# progen seed %d" % seed)
    head.line("import math")
    ms = Scope(kind="module")
    if ctx.chance(0.5):
        ctx.flags["errors"] = True
        SEC.sec_prelude_errors(ctx, head)
    st = S.State(ms, in_func=False)
    for _ in range(ctx.randint(2, 5)):
        S.declare(ctx, head, st, depth=ctx.randint(0, 2))
    lines = list(head.lines)
    target = ctx.randint(3, 7)
    kept = 0
    attempts = 0
    last = None
    while attempts < 40 and (kept < target or len(lines) < MIN_LINES):
        attempts += 1
        fn = ctx.weighted(ALL_SECTIONS)
        if fn is last and ctx.chance(0.7):
            continue
        saved_cost, saved_vars = ctx.cost, dict(ms.vars)
        em = Emitter()
        fn(ctx, em, ms)
        if len(lines) + len(em.lines) > MAX_LINES - 1 or ctx.cost > S.PROGRAM_BUDGET * 1.5:
            ctx.cost, ms.vars = saved_cost, saved_vars
            if len(lines) >= MIN_LINES:
                break
            continue
        lines.extend(em.lines)
        kept += 1
        last = fn
    lines.append("print('done')")
    return "\n".join(lines) + "\n"
