"""Generates src/vm/generated/opcode_ids.h: the Opcode enum.

Ids: CACHE = 0, then base instructions alphabetically from 1, then the
specializations (family members) alphabetically, then ENTER_EXECUTOR; all
real ids are < 256. Pseudo (compiler-only) opcodes count up from 256.
CPython counterpart: Tools/cases_generator/opcode_id_generator.py.
"""

from __future__ import annotations

import analyzer
from analyzer import Analysis
from generators_common import CWriter, header, main

OUTPUT = "opcode_ids.h"


def generate(analysis: Analysis) -> dict[str, str]:
    w = CWriter()
    w.emit("#pragma once")
    w.emit()
    w.emit("#include <cstdint>")
    w.emit()
    w.emit("namespace uopy::vm {")
    w.emit()
    w.open("enum Opcode : uint16_t {")
    if "CACHE" not in analysis.opmap:
        w.emit("CACHE = 0,")
    for name, op in analysis.opmap.items():
        if op < analyzer.MIN_PSEUDO_OPCODE:
            w.emit(f"{name} = {op},")
    if analysis.pseudos:
        w.emit("// Pseudo instructions: the compiler's only; never in a code object.")
    for name, pseudo in analysis.pseudos.items():
        w.emit(f"{name} = {pseudo.opcode},")
    w.close("};")
    w.emit()
    w.emit("// The largest real opcode; real opcodes fit in a code unit's byte.")
    w.emit(f"constexpr int MAX_REAL_OPCODE = {analysis.max_real_opcode};")
    w.emit(f"constexpr int MIN_PSEUDO_OPCODE = {analyzer.MIN_PSEUDO_OPCODE};")
    w.emit("// One past the largest id, real or pseudo: the size of opcode_names.")
    w.emit(f"constexpr int NUM_OPCODES = {analysis.num_opcodes};")
    w.emit()
    w.emit("} // namespace uopy::vm")
    return {OUTPUT: header(__file__, analysis) + w.text()}


if __name__ == "__main__":
    main(__file__, generate)
