# Values that change type inside a traced loop: int -> float -> str,
# ints overflowing 2**63 into big ints, bools mixed with ints.
import tier2_support as ts
from tier2_support import check, uop_names

N = ts.THRESHOLD


def int_then_float(n, switch_at):
    x = 0
    for i in range(n):
        if i == switch_at:
            x = float(x)
        x = x + 1
    return x, type(x).__name__


def add_all(values):
    acc = values[0]
    for v in values[1:]:
        acc = acc + v
    return acc


def grow(n):
    x = 1
    for i in range(n):
        x = x + x  # doubles: passes 2**63 after 63 rounds
        if x > 2 ** 200:
            x = x % (2 ** 70 + 12345)
    return x


def overflow_sum(n):
    total = 2 ** 62
    for i in range(n):
        total = total + 2 ** 50
    return total, total > 2 ** 63


def mul_overflow(n):
    x = 3
    out = 0
    for i in range(n):
        x = x * 3
        if i % 100 == 99:
            out = out * 7 + (x & 0xFFFF) + (x >> 140) % 1000 + i
            x = 3
    return out, x


def neg_overflow(n):
    x = -(2 ** 63) + 5
    for i in range(n):
        x = x - 1
        x = x + 1 if i % 2 else x
    return x


def bool_mix(n):
    total = 0
    flags = 0
    for i in range(n):
        b = i % 3 == 0
        total = total + b
        flags = flags + (b and 2 or True)
    return total, flags, type(total).__name__


def bool_only(n):
    t = False
    for i in range(n):
        t = t + True
    return t, type(t).__name__


def str_concat(n):
    s = ""
    for i in range(n):
        s = s + str(i % 10)
    return len(s), s[:20], s[-5:]


def polymorphic(values):
    out = []
    for v in values:
        out.append(v * 2)
    return out


def compare_mixed(values):
    c = 0
    for v in values:
        if v < 100:
            c += 1
    return c


def int_to_float_compare(n):
    x = 0
    count = 0
    for i in range(n):
        x = x + (0.5 if i >= n // 2 else 1)
        if x > 100:
            count += 1
    return x, count


def run():
    print("int_then_float", int_then_float(2 * N, N))
    print("int_then_float never", int_then_float(N, -1))
    ex = ts.get_first_executor(int_then_float)
    check("int_then_float: executor", lambda: ex is not None)

    ints = list(range(N))
    floats = [i * 0.5 for i in range(N)]
    strs = [str(i % 7) for i in range(N)]
    print("add_all ints", add_all(ints))
    print("add_all floats", add_all(floats))
    s = add_all(strs)
    print("add_all strs", len(s), s[:14])
    print("add_all mixed int/float", add_all(ints[:N // 2] + floats[:N // 2]))
    print("add_all mixed float/int", add_all(floats[:N // 2] + ints[:N // 2]))
    print("add_all lists", len(add_all([[i] for i in range(300)])))
    print("add_all complex", add_all([complex(i, -i) for i in range(N)]))
    print("add_all bools", add_all([True, False] * N))

    print("grow", grow(N))
    print("overflow_sum", overflow_sum(N))
    print("mul_overflow", mul_overflow(N))
    print("neg_overflow", neg_overflow(N))
    print("bool_mix", bool_mix(N))
    print("bool_only", bool_only(N))
    print("str_concat", str_concat(N))

    vals = list(range(N)) + [0.5 * i for i in range(N)] + ["ab"] * 50 + [[1]] * 50 + \
        [True, False] * 50 + [2 ** 100, -(2 ** 80)] * 20
    r = polymorphic(vals)
    print("polymorphic", len(r), r[N - 1], r[N + 1], r[2 * N], r[2 * N + 50], r[-2:],
          r[2 * N + 100:2 * N + 104])
    mixed = [i for i in range(N)] + [i + 0.5 for i in range(N)] + [True] * 30 + \
        [2 ** 70] * 30 + [-2 ** 70] * 30
    print("compare_mixed", compare_mixed(mixed))
    print("int_to_float_compare", int_to_float_compare(2 * N))

    # A traced int loop fed big ints from the start.
    print("add_all big", add_all([2 ** 64 + i for i in range(N)]))
    print("add_all big neg", add_all([-(2 ** 64) - i for i in range(N)]))
    print("add_all boundary", add_all([2 ** 62, 2 ** 62, 2 ** 62, -(2 ** 62)] * 10))


run()
