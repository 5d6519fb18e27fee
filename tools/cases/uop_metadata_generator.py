"""Generates src/vm/generated/uop_metadata.h: uop names, flags and stack
effects, and the macro expansion table the trace projector reads (which uops
an instruction becomes in tier 2, and where each finds its cache entry).
CPython counterpart: Tools/cases_generator/uop_metadata_generator.py and
_PyOpcode_macro_expansion in opcode_metadata_generator.py.
"""

from __future__ import annotations

from analyzer import Analysis
from generators_common import (CWriter, c_string, emit_table, flags_expr, header, main,
                               popped_pushed_function)

OUTPUT = "uop_metadata.h"


def generate(analysis: Analysis) -> dict[str, str]:
    uops = analysis.uops
    ids = analysis.uop_ids
    w = CWriter()
    w.emit("#pragma once")
    w.emit()
    w.emit("#include <cstdint>")
    w.emit()
    w.emit('#include "opcode_ids.h"')
    w.emit('#include "opcode_metadata.h" // the *_FLAG constants')
    w.emit('#include "uop_ids.h"')
    w.emit()
    w.emit("namespace uopy::vm {")
    w.emit()
    w.emit("// Names by uop id; id 0 is no uop.")
    emit_table(w, "inline constexpr const char* uop_names[MAX_UOP_ID + 1]",
               {ids[n]: (c_string(n), "") for n in uops}, analysis.max_uop_id + 1,
               lambda i: "nullptr")
    w.emit()
    w.emit("// Flags by uop id (the *_FLAG bits of opcode_metadata.h).")
    emit_table(w, "inline constexpr uint32_t uop_flags[MAX_UOP_ID + 1]",
               {ids[n]: (flags_expr(u.properties.flag_names()), n) for n, u in uops.items()},
               analysis.max_uop_id + 1, lambda i: "0")
    w.emit()
    w.emit("// Stack items a uop pops and pushes; -1 for an unknown uop.")
    popped_pushed_function(w, "uop_num_popped", "uop",
                           [(n, u.stack.input_size().to_c()) for n, u in uops.items()])
    w.emit()
    popped_pushed_function(w, "uop_num_pushed", "uop",
                           [(n, u.stack.output_size().to_c()) for n, u in uops.items()])
    w.emit()

    viable = [i for i in analysis.instructions.values() if i.is_viable()]
    longest = max((len(i.expansion()) for i in viable), default=1)
    w.emit("// Macro expansion: the uops each tier-2-viable instruction becomes, with the")
    w.emit("// size (code units) and offset (from the first cache unit) of the uop's one")
    w.emit("// named cache entry, 0 and 0 if it has none. count == 0: not viable (the")
    w.emit("// comment says why). CPython: _PyOpcode_macro_expansion.")
    w.open("struct UopExpansionEntry {")
    w.emit("uint16_t uop;")
    w.emit("uint8_t size;")
    w.emit("uint8_t offset;")
    w.close("};")
    w.emit(f"inline constexpr int MAX_EXPANSION_LENGTH = {longest};")
    w.open("struct OpcodeExpansion {")
    w.emit("uint8_t count;")
    w.emit("UopExpansionEntry uops[MAX_EXPANSION_LENGTH];")
    w.close("};")
    entries = {}
    for inst in analysis.instructions.values():
        reason = inst.why_not_viable()
        if reason:
            entries[inst.opcode] = ("{}", f"{inst.name}: not viable: {reason}")
            continue
        expansion = inst.expansion()
        parts = ", ".join(f"{{{u.name}, {size}, {off}}}" for u, size, off in expansion)
        entries[inst.opcode] = (f"{{{len(expansion)}, {{{parts}}}}}", inst.name)
    emit_table(w, "inline constexpr OpcodeExpansion opcode_expansion[256]", entries,
               analysis.max_real_opcode + 1, lambda i: "{}")
    w.emit()
    w.emit("} // namespace uopy::vm")
    return {OUTPUT: header(__file__, analysis) + w.text()}


if __name__ == "__main__":
    main(__file__, generate)
