#!/usr/bin/env python3
"""Regenerates every file in src/vm/generated/ from src/vm/bytecodes.def.

    tools/cases/generate_all.py [--defs src/vm/bytecodes.def] [--out src/vm/generated] [--check]

With --check nothing is written: exit 1 with a summary of the differences if
any checked-in file differs from what would be generated, else exit 0 silently
(CI runs this). A bad definition prints `bytecodes.def:LINE: message` on
stderr and exits 1.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import analyzer  # noqa: E402
import opcode_id_generator  # noqa: E402
import opcode_metadata_generator  # noqa: E402
import tier1_generator  # noqa: E402
import tier2_generator  # noqa: E402
import uop_id_generator  # noqa: E402
import uop_metadata_generator  # noqa: E402
from generators_common import DEFAULT_DEFS, DEFAULT_OUT, write_outputs  # noqa: E402
from lexer import DefError  # noqa: E402

# One module per output group.
GENERATORS = [
    opcode_id_generator,
    opcode_metadata_generator,
    uop_id_generator,
    uop_metadata_generator,
    tier1_generator,
    tier2_generator,
]


def generate_all(analysis: analyzer.Analysis) -> dict[str, str]:
    outputs: dict[str, str] = {}
    for gen in GENERATORS:
        outputs.update(gen.generate(analysis))
    return outputs


def check(outputs: dict[str, str], out_dir: str) -> list[str]:
    """Lines describing how out_dir differs from `outputs` (empty: equal)."""
    with tempfile.TemporaryDirectory() as tmp:
        write_outputs(outputs, tmp)  # what would be written, byte for byte
        report = []
        for name in sorted(outputs):
            with open(os.path.join(tmp, name), encoding="utf-8", newline="") as f:
                want = f.read()
            path = _display(os.path.join(out_dir, name))
            try:
                with open(path, encoding="utf-8", newline="") as f:
                    have = f.read()
            except FileNotFoundError:
                report.append(f"{path}: missing")
                continue
            if have == want:
                continue
            diff = list(difflib.unified_diff(have.splitlines(), want.splitlines(),
                                             f"{path} (checked in)", f"{path} (generated)",
                                             lineterm="", n=1))
            changed = sum(1 for d in diff[2:] if d[:1] in "+-")
            report.append(f"{path}: differs ({changed} lines changed)")
            report.extend("    " + d for d in diff[:40])
            if len(diff) > 40:
                report.append(f"    ... {len(diff) - 40} more diff lines")
        return report


def _display(path: str) -> str:
    """`path` relative to the current directory when it is below it."""
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("--defs", default=DEFAULT_DEFS, help="the definitions file")
    ap.add_argument("--out", default=DEFAULT_OUT, help="the output directory")
    ap.add_argument("--check", action="store_true",
                    help="compare with the files in --out instead of writing them")
    args = ap.parse_args()
    try:
        outputs = generate_all(analyzer.analyze_file(args.defs))
    except DefError as e:
        print(e, file=sys.stderr)
        return 1
    except OSError as e:
        print(f"{args.defs}: {e.strerror}", file=sys.stderr)
        return 1
    if args.check:
        report = check(outputs, args.out)
        if report:
            print("Generated files are out of date; run tools/cases/generate_all.py:",
                  file=sys.stderr)
            print("\n".join(report), file=sys.stderr)
            return 1
        return 0
    write_outputs(outputs, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
