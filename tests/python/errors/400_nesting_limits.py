# Source nested too deeply ends in CPython's exceptions (never a crash):
# parentheses (tokenizer limit 200), indentation (100 levels), unary chains
# (parser: MemoryError), long operator chains (compiler: RecursionError).
def attempt(label, src, mode="exec"):
    try:
        compile(src, "s", mode)
        print(label, "ok")
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno, e.offset)
    except (MemoryError, RecursionError) as e:
        print(label, type(e).__name__, e)

for n in (10, 199, 200, 201, 1000, 100000):
    attempt("parens %d" % n, "(" * n + ")" * n, "eval")
    attempt("brackets %d" % n, "x = " + "[" * n + "]" * n)
for n in (50, 99, 100, 150):
    attempt("indent %d" % n, "".join(" " * i + "if 1:\n" for i in range(n)) + " " * n + "pass\n")
for n in (100, 2900, 3100, 100000):
    attempt("plus chain %d" % n, "1" + "+1" * n, "eval")
    attempt("attr chain %d" % n, "a" + ".b" * n, "eval")
for n in (100, 1000, 5000, 1000000):
    attempt("unary %d" % n, "-" * n + "1", "eval")
    attempt("not %d" % n, "not " * n + "1", "eval")
print(eval("-" * 1000 + "1"), eval("not " * 999 + "1"), eval("1" + "+1" * 2000))
