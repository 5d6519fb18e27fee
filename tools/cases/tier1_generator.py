"""Generates the tier-1 interpreter's cases: src/vm/generated/tier1_cases.inc
(one TARGET block per instruction, in opcode order) and tier1_targets.inc
(the computed-goto table). src/vm/ceval.cpp includes both inside its
dispatch function and defines the macros they use (see README.md).
CPython counterpart: Tools/cases_generator/tier1_generator.py,
target_generator.py.
"""

from __future__ import annotations

from analyzer import Analysis, Instruction, Skip, SpecialStatement, Uop
from generators_common import CWriter, emit_table, emit_uop_body, header, main, maybe_unused

CASES = "tier1_cases.inc"
TARGETS = "tier1_targets.inc"

CACHE_READS = {1: ("uint16_t", "read_u16"), 2: ("uint32_t", "read_u32"),
               4: ("uint64_t", "read_u64")}


def _rewriter(inst: Instruction, uop: Uop):
    """How each DSL statement reads in tier 1."""

    def rewrite(stmt: SpecialStatement) -> str:
        if stmt.kind in ("DEOPT_IF", "EXIT_IF"):
            head = inst.deopt_target().name
            return (f"if ({stmt.args[0]}) {{ UPDATE_MISS_STATS({inst.name}); "
                    f"JUMP_TO_PREDICTED({head}); }}")
        if stmt.kind == "ERROR_IF":
            return f"if ({stmt.args[0]}) {{ GOTO_ERROR(); }}"
        if stmt.kind == "ERROR_NO_POP":
            return "GOTO_ERROR();"
        if stmt.kind == "SYNC_SP":
            return f"stack_pointer += {(-uop.stack.input_size()).to_c()};"
        raise AssertionError(stmt.kind)

    return rewrite


def _cache_reads(uop: Uop, offset: int) -> list[tuple[str, int, str]]:
    """(name, absolute cache offset, use) of each named cache entry the body uses."""
    out = []
    for c in uop.caches:
        use = uop.name_uses.get(c.name)
        if not c.is_unused and use:
            out.append((c.name, offset, use))
        offset += c.size
    return out


def write_uop(w: CWriter, inst: Instruction, uop: Uop, cache_offset: int) -> None:
    if inst.kind == "macro":
        w.emit(f"// {uop.name}")
    w.open("{")
    cache_lines = []
    for name, off, use in _cache_reads(uop, cache_offset):
        size = next(c.size for c in uop.caches if c.name == name)
        ctype, reader = CACHE_READS[size]
        cache_lines.append(f"{maybe_unused(use)}{ctype} {name} = "
                           f"{reader}(&this_instr[{1 + off}].cache);")
    emit_uop_body(w, uop, cache_lines, _rewriter(inst, uop))
    w.close("}")


def _this_instr_use(inst: Instruction) -> str | None:
    """'real', 'assert' (only inside assert()) or None."""
    use = None
    offset = 0
    for part in inst.parts:
        if isinstance(part, Skip):
            offset += part.size
            continue
        if _cache_reads(part, offset):
            return "real"
        u = part.name_uses.get("this_instr")
        if u == "real":
            return "real"
        use = use or u
        offset += part.cache_size
    return use


# Words in a body that read or hand on frame->instr_ptr (frame transitions,
# tier changes, re-dispatch of a rewritten instruction).
_READS_INSTR_PTR = ("instr_ptr", "DISPATCH_INLINED", "DISPATCH_GENERATOR", "RETURN_TO_CALLER",
                    "YIELD_TO_CALLER", "GOTO_UNWIND", "LOAD_IP", "RETURN_OFFSET",
                    "LEAVE_EVAL_IF_ENTRY_FRAME", "GOTO_TIER_TWO", "DISPATCH_SAME_OPARG")


def needs_instr_ptr(inst: Instruction) -> bool:
    """Whether the instruction must record where it is (frame->instr_ptr)
    before its body runs. The error path, tracebacks, f_lineno of a frame
    that called out, a deopt into the family head, and the frame and tier
    transitions read it; an instruction that can do none of these (LOAD_FAST,
    STORE_FAST, POP_TOP, a jump...) leaves it to the next one that can,
    saving a store on the commonest instructions."""
    p = inst.properties
    if p.escapes or p.errors or p.deopts or p.exits or inst.family is not None:
        return True
    text = " ".join(u.text[u.body_start:u.body_end] for u in inst.uops)
    return any(word in text for word in _READS_INSTR_PTR)


def write_instruction(w: CWriter, inst: Instruction) -> None:
    size = 1 + inst.cache_size
    w.open(f"TARGET({inst.name}) {{")
    if needs_instr_ptr(inst):
        w.emit("frame->instr_ptr = next_instr;")
    w.emit(f"next_instr += {size};")
    if inst.is_family_head:
        w.emit(f"PREDICTED_{inst.name}:;")
    use = _this_instr_use(inst)
    if use:
        w.emit(f"{maybe_unused(use)}CodeUnit* const this_instr = next_instr - {size};")
    offset = 0
    skipped = 0  # adjacent `unused/N` parts share one comment
    for part in inst.parts:
        if isinstance(part, Skip):
            skipped += part.size
            offset += part.size
            continue
        if skipped:
            w.emit(f"/* Skip {skipped} cache entr{'y' if skipped == 1 else 'ies'} */")
            skipped = 0
        write_uop(w, inst, part, offset)
        offset += part.cache_size
    if skipped:
        w.emit(f"/* Skip {skipped} cache entr{'y' if skipped == 1 else 'ies'} */")
    w.emit("DISPATCH();")
    w.close("}")


def generate(analysis: Analysis) -> dict[str, str]:
    w = CWriter()
    w.emit("// Tier-1 cases, one per instruction in opcode order; included by src/vm/ceval.cpp.")
    for inst in analysis.instructions.values():
        w.emit()
        write_instruction(w, inst)
    specialized = [i for i in analysis.instructions.values() if i.is_specialization]
    w.emit()
    w.emit("// -X specialization-stats: entered through opcode_counting_targets, a")
    w.emit("// specialized instruction counts its execution, then runs as usual.")
    for inst in specialized:
        w.emit(f"COUNTING_TARGET({inst.name})")
    t = CWriter()
    t.emit("// Computed-goto targets by opcode; included by src/vm/ceval.cpp.")
    emit_table(t, "static void* const opcode_targets[256]",
               {i.opcode: (f"&&TARGET_{i.name}", "") for i in analysis.instructions.values()},
               256, lambda i: "&&_unknown_opcode", per_line=4)
    t.emit()
    t.emit("// The same, but specialized instructions first count their execution.")
    emit_table(t, "static void* const opcode_counting_targets[256]",
               {i.opcode: (f"&&{'COUNT' if i.is_specialization else 'TARGET'}_{i.name}", "")
                for i in analysis.instructions.values()},
               256, lambda i: "&&_unknown_opcode", per_line=4)
    return {CASES: header(__file__, analysis) + w.text(),
            TARGETS: header(__file__, analysis) + t.text()}


if __name__ == "__main__":
    main(__file__, generate)
