"""Generates src/vm/generated/uop_ids.h: the UopId enum, every uop from 1 in
alphabetical order (an inst NAME is the uop _NAME), and MAX_UOP_ID.
CPython counterpart: Tools/cases_generator/uop_id_generator.py.
"""

from __future__ import annotations

from analyzer import Analysis
from generators_common import CWriter, header, main

OUTPUT = "uop_ids.h"


def generate(analysis: Analysis) -> dict[str, str]:
    w = CWriter()
    w.emit("#pragma once")
    w.emit()
    w.emit("#include <cstdint>")
    w.emit()
    w.emit("namespace uopy::vm {")
    w.emit()
    w.open("enum UopId : uint16_t {")
    for name, uid in analysis.uop_ids.items():
        w.emit(f"{name} = {uid},")
    w.close("};")
    w.emit()
    w.emit(f"constexpr int MAX_UOP_ID = {analysis.max_uop_id};")
    w.emit()
    w.emit("} // namespace uopy::vm")
    return {OUTPUT: header(__file__, analysis) + w.text()}


if __name__ == "__main__":
    main(__file__, generate)
