"""Generates the uop interpreter's cases: src/vm/generated/tier2_cases.inc
(one UOP_TARGET block per uop that can run in tier 2, in uop id order) and
tier2_targets.inc (the computed-goto table by uop id). src/vm/ceval.cpp
includes both inside its dispatch function, in the tier-2 section.
CPython counterpart: Tools/cases_generator/tier2_generator.py
(Python/executor_cases.c.h).

A uop in tier 2 reads its oparg and its one cache entry from the uop record
(`CURRENT_OPARG()`, `CURRENT_OPERAND0()`), not from the bytecode. Guards
leave through the uop's jump target (an `_EXIT_TRACE` or `_DEOPT` stub that
the optimizer appended) and errors through its error target (an
`_ERROR_POP_N` stub): see docs/tier2.md.
"""

from __future__ import annotations

from analyzer import Analysis, SpecialStatement, Uop
from generators_common import CWriter, emit_table, emit_uop_body, header, main, maybe_unused

CASES = "tier2_cases.inc"
TARGETS = "tier2_targets.inc"

CACHE_TYPES = {1: "uint16_t", 2: "uint32_t", 4: "uint64_t"}


def _rewriter(uop: Uop):
    """How each DSL statement reads in tier 2."""

    def rewrite(stmt: SpecialStatement) -> str:
        if stmt.kind == "DEOPT_IF":
            return f"if ({stmt.args[0]}) {{ UOP_STAT_DEOPT({uop.name}); JUMP_TO_JUMP_TARGET(); }}"
        if stmt.kind == "EXIT_IF":
            return f"if ({stmt.args[0]}) {{ UOP_STAT_EXIT({uop.name}); JUMP_TO_JUMP_TARGET(); }}"
        if stmt.kind == "ERROR_IF":
            return f"if ({stmt.args[0]}) {{ JUMP_TO_ERROR(); }}"
        if stmt.kind == "ERROR_NO_POP":
            return "JUMP_TO_ERROR();"
        if stmt.kind == "SYNC_SP":
            return f"stack_pointer += {(-uop.stack.input_size()).to_c()};"
        raise AssertionError(stmt.kind)

    return rewrite


def write_uop(w: CWriter, uop: Uop) -> None:
    w.open(f"UOP_TARGET({uop.name}) {{")
    if uop.properties.uses_oparg:
        w.emit("oparg = CURRENT_OPARG();")
    cache_lines = []
    for c in uop.caches:
        use = uop.name_uses.get(c.name)
        if c.is_unused or not use:
            continue
        ctype = CACHE_TYPES[c.size]
        cache_lines.append(f"{maybe_unused(use)}{ctype} {c.name} = "
                           f"static_cast<{ctype}>(CURRENT_OPERAND0());")
    emit_uop_body(w, uop, cache_lines, _rewriter(uop))
    w.emit("UOP_DISPATCH();")
    w.close("}")


def tier2_uops(analysis: Analysis) -> list[Uop]:
    """The uops tier 2 can run, in id order."""
    return [u for u in analysis.uops.values() if u.is_viable()]


def generate(analysis: Analysis) -> dict[str, str]:
    w = CWriter()
    w.emit("// Tier-2 cases, one per uop tier 2 can run, in uop id order; included by")
    w.emit("// src/vm/ceval.cpp.")
    for uop in tier2_uops(analysis):
        w.emit()
        write_uop(w, uop)
    t = CWriter()
    t.emit("// Computed-goto targets by uop id; included by src/vm/ceval.cpp.")
    ids = analysis.uop_ids
    emit_table(t, "static void* const uop_targets[MAX_UOP_ID + 1]",
               {ids[u.name]: (f"&&UOP_{u.name}", "") for u in tier2_uops(analysis)},
               analysis.max_uop_id + 1, lambda i: "&&_unknown_uop", per_line=4)
    t.emit()
    t.emit("// Under -X uops-stats every uop goes through _count_uop first.")
    emit_table(t, "static void* const uop_counting_targets[MAX_UOP_ID + 1]", {},
               analysis.max_uop_id + 1, lambda i: "&&_count_uop", per_line=4)
    return {CASES: header(__file__, analysis) + w.text(),
            TARGETS: header(__file__, analysis) + t.text()}


if __name__ == "__main__":
    main(__file__, generate)
