# Fifty functions, each with a hot loop, made by exec: each gets an
# executor; deleting the global they all read invalidates all of them;
# after the global is back, they run correctly (and get traced again).
import tier2_support as ts
from tier2_support import check, uop_names

N = ts.THRESHOLD
COUNT = 50

TEMPLATE = """
def f{k}(n):
    total = 0
    for i in range(n):
        total += (i * {k} + SHARED) % {m}
    return total
"""


def make_functions():
    ns = {"SHARED": 1}
    for k in range(COUNT):
        exec(TEMPLATE.format(k=k, m=k + 7), ns)
    return ns, [ns["f%d" % k] for k in range(COUNT)]


def run_all(fns):
    return [f(N) for f in fns]


LONG_BODY = ("def longbody(n):\n    t = 0\n    for i in range(n):\n" +
             "".join("        t = (t + i * %d) %% 1000003\n" % k for k in range(150)) +
             "    return t\n")
MANY_LOCALS = ("def manylocals(n):\n" + "".join("    v%d = %d\n" % (k, k) for k in range(300)) +
               "    t = 0\n    for i in range(n):\n        t += v299 + v1 + v280 * i\n" +
               "        v290 = t % 7\n    return t, v290\n")
MANY_CONSTS = ("def manyconsts(n):\n    t = 0\n    for i in range(n):\n" +
               "".join("        t += %d\n" % (k * 1000 + 7) for k in range(300)) +
               "    return t\n")


def long_code():
    # Loop bodies longer than a trace (chains of side traces) and
    # instructions with EXTENDED_ARG.
    ns = {}
    exec(LONG_BODY + MANY_LOCALS + MANY_CONSTS, ns)
    print("longbody", ns["longbody"](N), ns["longbody"](N + 1))
    print("manylocals", ns["manylocals"](N))
    print("manyconsts", ns["manyconsts"](N))
    ex = ts.get_first_executor(ns["longbody"])
    check("longbody: executor valid", lambda: ex is not None and ex.is_valid())


def run():
    ns, fns = make_functions()
    results = run_all(fns)
    print("first run", sum(results), results[:5], results[-2:])
    execs = [ts.get_first_executor(f) for f in fns]
    check("every function has an executor", lambda: all(e is not None for e in execs))
    check("all distinct", lambda: len({id(e) for e in execs}) == COUNT)
    check("all valid", lambda: all(e.is_valid() for e in execs))
    check("all depend on the globals",
          lambda: all("_LOAD_GLOBAL_MODULE" in uop_names(e) for e in execs))

    del ns["SHARED"]
    check("all invalid after del", lambda: not any(e.is_valid() for e in execs))
    check("none installed any more",
          lambda: all(ts.get_first_executor(f) is None for f in fns))
    errors = 0
    for f in fns:
        try:
            f(N)
        except NameError:
            errors += 1
    print("NameErrors", errors)

    ns["SHARED"] = 5
    results = run_all(fns)
    print("second run", sum(results), results[:5], results[-2:])
    execs2 = [ts.get_first_executor(f) for f in fns]
    check("traced again", lambda: sum(e is not None for e in execs2) == COUNT)
    check("old ones still invalid", lambda: not any(e.is_valid() for e in execs))

    # Changing a value (same keys): results follow, no NameError.
    ns["SHARED"] = 2
    print("third run", sum(run_all(fns)))
    # An unrelated new global in the same namespace.
    ns["UNRELATED"] = 0
    # (An executor traced before the load was specialized again holds a
    # generic global load, which depends on nothing.)
    guarded = [e for e in execs2 if e is not None and "_LOAD_GLOBAL_MODULE" in uop_names(e)]
    check("new key invalidates the ones guarding the globals",
          lambda: not any(e.is_valid() for e in guarded))
    print("fourth run", sum(run_all(fns)))

    # Executors in different namespaces are independent.
    ns_b, fns_b = make_functions()
    print("other namespace", sum(run_all(fns_b)))
    execs_b = [ts.get_first_executor(f) for f in fns_b]
    ns["ANOTHER"] = 1
    check("other namespace unaffected",
          lambda: all(e is not None and e.is_valid() for e in execs_b))
    print("fifth run", sum(run_all(fns)), sum(run_all(fns_b)))

    long_code()

run()
