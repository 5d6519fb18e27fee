"""Generates src/vm/generated/opcode_metadata.h: per-opcode tables (names,
inline cache sizes, deopt targets, flags, stack effects), the flag bits,
the INLINE_CACHE_ENTRIES_* sizes of families, and the pseudo-op targets.
CPython counterpart: Tools/cases_generator/opcode_metadata_generator.py.
"""

from __future__ import annotations

import analyzer
from analyzer import FLAG_NAMES, Analysis
from generators_common import (CWriter, c_string, emit_table, flags_expr, header, main,
                               popped_pushed_function)

OUTPUT = "opcode_metadata.h"

FLAG_DOCS = {
    "HAS_ARG": "uses oparg",
    "HAS_CONST": "uses CONSTANT(...)",
    "HAS_NAME": "uses NAME_AT(...)",
    "HAS_LOCAL": "uses GETLOCAL(...) / SETLOCAL(...)",
    "HAS_JUMP": "uses JUMPBY(...)",
    "HAS_DEOPT": "may DEOPT_IF back to the family head",
    "HAS_EXIT": "may EXIT_IF (a side exit in tier 2)",
    "HAS_ERROR": "may ERROR_IF / ERROR_NO_POP",
    "HAS_ESCAPES": "calls code that may run Python code or the GC",
    "HAS_PURE": "annotated pure: no side effects",
    "HAS_TIER1_ONLY": "cannot run in tier 2",
}


def emit_flag_constants(w: CWriter) -> None:
    w.emit("// Flags: what a body does, derived from its tokens by tools/cases/analyzer.py.")
    width = max(len(n) for n in FLAG_NAMES) + len("_FLAG")
    for bit, name in enumerate(FLAG_NAMES):
        decl = f"inline constexpr uint32_t {(name + '_FLAG').ljust(width)} = 1u << {bit};"
        w.emit(f"{decl} // {FLAG_DOCS[name]}")


def generate(analysis: Analysis) -> dict[str, str]:
    insts = analysis.instructions
    by_id = {i.opcode: i for i in insts.values()}
    w = CWriter()
    w.emit("#pragma once")
    w.emit()
    w.emit("#include <cstdint>")
    w.emit()
    w.emit('#include "opcode_ids.h"')
    w.emit()
    w.emit("namespace uopy::vm {")
    w.emit()
    emit_flag_constants(w)
    w.emit()

    w.emit("// Inline cache units (16-bit) of each family; its members have the same size.")
    for fam in analysis.families.values():
        w.emit_raw(f"#define INLINE_CACHE_ENTRIES_{fam.name} {fam.size}")
        if fam.size_name and fam.size_name != f"INLINE_CACHE_ENTRIES_{fam.name}":
            w.emit_raw(f"#define {fam.size_name} {fam.size}")
    w.emit()

    names = {op: (c_string(i.name), str(op)) for op, i in by_id.items()}
    names.setdefault(0, (c_string("CACHE"), "0"))
    for p in analysis.pseudos.values():
        names[p.opcode] = (c_string(p.name), str(p.opcode))
    w.emit("// Names of real and pseudo opcodes; nullptr where no opcode has the id.")
    emit_table(w, "inline constexpr const char* opcode_names[NUM_OPCODES]", names,
               analysis.num_opcodes, lambda i: "nullptr")
    w.emit()

    w.emit("// Inline cache units after each instruction.")
    emit_table(w, "inline constexpr uint8_t opcode_cache_size[256]",
               {op: (str(i.cache_size), i.name) for op, i in by_id.items() if i.cache_size},
               256)
    w.emit()

    w.emit("// The generic instruction of each specialization; every other opcode maps to itself.")
    emit_table(w, "inline constexpr uint8_t opcode_deopt[256]",
               {op: (i.deopt_target().name, i.name) for op, i in by_id.items()},
               256, str)
    w.emit()

    w.emit("// Flags of each instruction: the union of its uops' flags (HAS_PURE: all pure).")
    emit_table(w, "inline constexpr uint32_t opcode_flags[256]",
               {op: (flags_expr(i.properties.flag_names()), i.name)
                for op, i in by_id.items() if i.properties.flag_names()}, 256)
    w.emit()

    w.emit("// Stack items an instruction pops and pushes, as seen from outside;")
    w.emit("// -1 for an unknown opcode (or a pseudo op whose targets disagree).")
    popped = [(i.name, i.num_popped.to_c()) for i in insts.values()]
    pushed = [(i.name, i.num_pushed.to_c()) for i in insts.values()]
    for p in analysis.pseudos.values():
        if p.num_popped() is not None:
            popped.append((p.name, p.num_popped().to_c()))
        if p.num_pushed() is not None:
            pushed.append((p.name, p.num_pushed().to_c()))
    popped_pushed_function(w, "opcode_num_popped", "opcode", popped)
    w.emit()
    popped_pushed_function(w, "opcode_num_pushed", "opcode", pushed)
    w.emit()

    if analysis.pseudos:
        width = max(len(p.targets) for p in analysis.pseudos.values())
        w.emit("// Pseudo opcodes: the real instructions each may become, and its flags")
        w.emit("// (the union of its targets' flags and any it declares).")
        w.emit(f"inline constexpr int MAX_PSEUDO_TARGETS = {width};")
        w.open("struct PseudoTargets {")
        w.emit("uint8_t count;")
        w.emit("uint32_t flags;")
        w.emit("uint16_t targets[MAX_PSEUDO_TARGETS];")
        w.close("};")
        entries = {}
        for p in analysis.pseudos.values():
            targets = ", ".join(t.name for t in p.targets)
            entries[p.opcode - analyzer.MIN_PSEUDO_OPCODE] = (
                f"{{{len(p.targets)}, {flags_expr(p.flag_names())}, {{{targets}}}}}", p.name)
        emit_table(w, "inline constexpr PseudoTargets pseudo_targets[NUM_OPCODES - "
                      "MIN_PSEUDO_OPCODE]", entries, len(entries))
        w.emit()

    w.emit("} // namespace uopy::vm")
    return {OUTPUT: header(__file__, analysis) + w.text()}


if __name__ == "__main__":
    main(__file__, generate)
