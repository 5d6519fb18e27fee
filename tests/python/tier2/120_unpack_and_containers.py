# Unpacking and container operations in hot loops: tuple/list/dict
# unpacking, subscripts and stores, append, len, isinstance, str methods.
import tier2_support as ts
from tier2_support import check, uop_names

N = ts.THRESHOLD


def unpack_tuples(pairs):
    sa = sb = 0
    for a, b in pairs:
        sa += a
        sb += b
    return sa, sb


def unpack_lists(n):
    total = 0
    for i in range(n):
        x, y, z = [i, i + 1, i + 2]
        total += x * y - z
    return total


def unpack_dict(n):
    total = 0
    d = {1: 2, 3: 4}
    for i in range(n):
        a, b = d
        total += a * b + i
    return total


def unpack_star(n):
    total = 0
    for i in range(n):
        first, *mid, last = (i, 1, 2, 3, i)
        total += first + len(mid) + last
    return total


def swap(n):
    a, b = 1, 2
    for i in range(n):
        a, b = b, a + i
    return a, b


def subscripts(n):
    lst = [0] * 64
    d = {}
    for i in range(n):
        lst[i % 64] += i
        d[i % 50] = d.get(i % 50, 0) + lst[(i * 7) % 64]
        lst[-1] = lst[i % 64] % 1000
    return sum(lst), sum(d.values()), len(d)


def appends(n):
    out = []
    for i in range(n):
        out.append(i * i % 13)
        if len(out) > 100:
            out.pop(0)
    return len(out), sum(out), out[-3:]


def isinstance_loop(values):
    counts = {"int": 0, "str": 0, "float": 0, "other": 0}
    for v in values:
        if isinstance(v, bool):
            counts["other"] += 1
        elif isinstance(v, int):
            counts["int"] += 1
        elif isinstance(v, str):
            counts["str"] += 1
        elif isinstance(v, float):
            counts["float"] += 1
        else:
            counts["other"] += 1
    return counts


def str_methods(n):
    words = []
    total = 0
    for i in range(n):
        s = "Item-%d" % i
        total += len(s.upper()) + s.find("-") + s.count("1")
        if s.endswith("7"):
            words.append(s.lower().replace("item", "x"))
        parts = s.split("-")
        total += int(parts[1]) % 3
    return total, len(words), words[:3], ",".join(words[-2:])


def slices(n):
    data = list(range(100))
    total = 0
    for i in range(n):
        k = i % 90
        total += sum(data[k:k + 5]) + data[-1 - (i % 10)]
        t = tuple(data[k:k + 2])
        total += t[0] - t[-1]
    return total


def dict_iter_unpack(d):
    total = 0
    for k, v in d.items():
        total += k - v
    for k, (a, b) in zip(d, [(1, 2)] * len(d)):
        total += k * a * b
    return total


def nested_containers(n):
    grid = [[0] * 10 for _ in range(10)]
    for i in range(n):
        row = grid[i % 10]
        row[(i * 3) % 10] += 1
    return [sum(r) for r in grid], grid[3][9]


def aug_attr(n):
    class O:
        pass
    o = O()
    o.a = 0
    o.b = 1.5
    for i in range(n):
        o.a += i
        o.b *= 1.0001
    return o.a, o.b


def fstr(n):
    out = ""
    for i in range(n):
        out = f"{i}:{i * 2:05d}"
    return out


def conversions(n):
    t = 0
    for i in range(n):
        t += int(str(i)) + int(float(i)) + len(repr(i / 3))
    return t


def run():
    pairs = [(i, -i * 2) for i in range(N)]
    print("unpack_tuples", unpack_tuples(pairs))
    ex = ts.get_first_executor(unpack_tuples)
    check("unpack_tuples: executor", lambda: ex is not None)
    check("unpack_tuples: an unpack uop",
          lambda: any(n.startswith("_UNPACK_SEQUENCE") for n in uop_names(ex)))
    print("unpack_tuples lists", unpack_tuples([[i, i] for i in range(N)]))
    try:
        unpack_tuples(pairs + [(1, 2, 3)])
    except ValueError as e:
        print("ValueError:", e)
    print("unpack_lists", unpack_lists(N))
    print("unpack_dict", unpack_dict(N))
    ex = ts.get_first_executor(unpack_dict)
    check("unpack_dict: executor", lambda: ex is not None)
    check("unpack_dict: generic _UNPACK_SEQUENCE", lambda: "_UNPACK_SEQUENCE" in uop_names(ex))
    print("unpack_star", unpack_star(N))
    print("swap", swap(N))
    print("subscripts", subscripts(N))
    print("appends", appends(N))
    ex = ts.get_first_executor(appends)
    check("appends: executor", lambda: ex is not None and ex.is_valid())
    vals = [1, "a", 2.5, True, None, [1], 2 ** 70, "", 0.0, (1,)] * (N // 10 + 1)
    print("isinstance_loop", isinstance_loop(vals))
    print("str_methods", str_methods(N))
    print("slices", slices(N))
    d = {i: i * i for i in range(N)}
    print("dict_iter_unpack", dict_iter_unpack(d))
    print("nested_containers", nested_containers(N))

    print("aug_attr", aug_attr(N))
    print("fstr", fstr(N))
    print("conversions", conversions(N))

run()
