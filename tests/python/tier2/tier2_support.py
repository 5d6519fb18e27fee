"""Helpers for the tier-2 test programs, in the spirit of CPython's
Lib/test/test_capi/test_opt.py.

Every program prints only what CPython prints too: its computed results, and
one line per check. A check inspects uopy's executors (`_opcode.get_executor`)
when tier 2 is on (`sys._jit.is_enabled()`); elsewhere -- CPython 3.11, which
records the expected output, or uopy with PYTHON_JIT=0 -- there are no
executors to inspect, and the check reports "ok" without looking.
"""
import sys

try:
    import _opcode
    _get_executor = _opcode.get_executor
except (ImportError, AttributeError):
    _get_executor = None

_jit = getattr(sys, "_jit", None)
TIER2 = _get_executor is not None and _jit is not None and _jit.is_enabled()

# Iterations that make a loop hot at uopy's default threshold (4096
# back-edges, as CPython 3.14) with room to spare.
THRESHOLD = 5000


def get_all_executors(func):
    """The executors installed in func's code, by byte offset."""
    if not TIER2:
        return []
    code = func.__code__
    found = []
    for offset in range(0, 2 * 5000, 2):
        try:
            found.append(_get_executor(code, offset))
        except ValueError:
            pass
    return found


def get_first_executor(func):
    executors = get_all_executors(func)
    return executors[0] if executors else None


def uop_names(executor):
    return [uop[0] for uop in executor]


def check(label, predicate):
    """Prints `label: ok` if tier 2 is off or predicate() holds."""
    ok = True
    if TIER2:
        try:
            ok = bool(predicate())
        except Exception as e:  # a failed check, not a crash of the test
            print(f"{label}: FAILED ({type(e).__name__}: {e})")
            return
    print(f"{label}: {'ok' if ok else 'FAILED'}")
