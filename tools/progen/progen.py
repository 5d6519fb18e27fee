#!/usr/bin/env python3
"""progen: print one random, deterministic, terminating Python program.

    python3 tools/progen/progen.py --seed N

The same seed always gives the same program text. Importable:
progen.generate(seed) returns the text.
"""

import argparse
import sys

try:
    from .program import generate
except ImportError:
    from program import generate

__all__ = ["generate"]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--include-known", action="store_true",
                    help="also generate the constructs of uopy differences already reported")
    args = ap.parse_args(argv)
    sys.stdout.write(generate(args.seed, skip_known=not args.include_known))
    return 0


if __name__ == "__main__":
    sys.exit(main())
