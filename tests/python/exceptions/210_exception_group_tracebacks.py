# How an uncaught exception group is printed (nested groups, chaining,
# notes, more than 15 members): each case runs in a child interpreter (this
# one, sys.executable) and its stderr is shown.
import subprocess
import sys

CASES = [
    """
def f():
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError('k')]), OSError(3)])
f()
""",
    """
try:
    raise RuntimeError("ctx")
except RuntimeError:
    e = ExceptionGroup("second", [ZeroDivisionError("z")])
    e.add_note("a note")
    raise e
""",
    """
raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
""",
    """
raise ExceptionGroup("top", [ValueError("v")]) from KeyError("cause")
""",
    """
raise ExceptionGroup("o", [ExceptionGroup("i", [ValueError()])])
""",
    """
def g(n):
    try:
        raise ValueError(n)
    except ValueError as e:
        raise TypeError(n) from e
errs = []
for i in range(2):
    try:
        g(i)
    except TypeError as e:
        errs.append(e)
raise ExceptionGroup("chained members", errs)
""",
    """
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    raise KeyError("from a clause")
""",
]

for i, src in enumerate(CASES):
    r = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True)
    print("case", i, "exit", r.returncode)
    print(r.stderr, end="")
