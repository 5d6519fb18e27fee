# Traceback markers where the layout of the line matters: characters of
# several bytes before the failing part (positions are byte offsets, markers
# count characters), tabs, trailing blanks, expressions over several lines,
# parentheses around an operand. Each program runs both uncaught in a child
# interpreter (the interpreter's own printer) and under traceback.print_exc
# (the traceback module's, which differs from it on trailing blanks).
import os
import subprocess
import sys
import tempfile

CASES = [
    'label = "héllo wörld"; n = len(label) + None\n',
    'd = {"clé": 1}\nprint(d["clé"] + d["ключ"])\n',
    'émoji = "😀"\nx = émoji * 2 + émoji.nope\n',
    'def f(a):\n\treturn  a[5]\nf([])\n',
    'def f(a, b):\n    return a / b   \nf(1, 0)\n',
    'x = (1 +\n     None)\n',
    'def f(a):\n    return (a.\n        missing)\nf(1)\n',
    'def g(*args):\n    raise ValueError(args)\nresult = g(1,\n          2)\n',
    'def h():\n    return  1 + (2) // 0\nh()\n',
    'a = [1]\nb = a [ 5 ]\n',
    'x = "s" + f"{1 / 0}"\n',
    'items = {"k": 1}\nfor k in items:\n    items["new"] = items[k]\n',
    'def f(x):\n    return x.append(1) or x.bad   # comment\nf([])\n',
]

WRAPPER = '''
import sys, traceback
try:
    exec(compile(open(sys.argv[1], encoding="utf-8").read(), sys.argv[1], "exec"), {"__name__": "__main__"})
except Exception:
    traceback.print_exc(file=sys.stdout)
'''

env = dict(os.environ, PYTHONIOENCODING="utf-8")
for i, src in enumerate(CASES):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "prog.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(src)
        wrapper = os.path.join(d, "wrapper.py")
        with open(wrapper, "w", encoding="utf-8") as f:
            f.write(WRAPPER)
        r = subprocess.run([sys.executable, path], capture_output=True, encoding="utf-8", env=env)
        w = subprocess.run([sys.executable, wrapper, path], capture_output=True, encoding="utf-8",
                           env=env)
    print("case", i, "exit", r.returncode)
    print(r.stderr.replace(d + os.sep, ""), end="")
    print("-- traceback module:")
    lines = w.stdout.replace(d + os.sep, "").splitlines()
    # The wrapper's own frame (its exec line) is left out.
    print("\n".join(line for line in lines[3:]))
