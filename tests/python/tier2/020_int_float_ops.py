# Int and float arithmetic and comparisons in hot loops: the specialized
# uops appear in the traces and the results are exact.
import tier2_support as ts
from tier2_support import check, uop_names

N = ts.THRESHOLD


def int_add(n):
    total = 0
    i = 0
    while i < n:
        total = total + i
        i = i + 1
    return total


def int_mixed(n):
    acc = 7
    for i in range(n):
        acc = (acc * 31 - i) % 1000003
        if acc < 500000:
            acc = acc + 3
        else:
            acc = acc - 1
    return acc


def int_compare(n):
    lt = le = eq = ne = gt = ge = 0
    for i in range(n):
        j = i % 17
        if j < 8:
            lt += 1
        if j <= 8:
            le += 1
        if j == 8:
            eq += 1
        if j != 8:
            ne += 1
        if j > 8:
            gt += 1
        if j >= 8:
            ge += 1
    return lt, le, eq, ne, gt, ge


def float_add(n):
    x = 0.0
    step = 0.25
    for i in range(n):
        x = x + step
    return x


def float_ops(n):
    x = 1.0
    y = 0.0
    for i in range(n):
        x = x * 1.0001
        y = y - 0.5
        x = x / 1.00005
    return x, y


def float_compare(n):
    x = 0.0
    count = 0
    for i in range(n):
        x = x + 0.1
        if x < 250.0:
            count += 1
    return count, x


def int_sub_mul(n):
    a = 0
    b = 1
    for i in range(n):
        a = a - i
        b = (b * 3) % 65521
    return a, b


def bit_ops(n):
    h = 0
    for i in range(n):
        h = ((h << 5) ^ (h >> 2) ^ i) & 0xFFFFFFFF
        h = h | (i & 1)
    return h


def floordiv_mod_neg(n):
    s = 0
    for i in range(-n // 2, n // 2):
        s += i // 7 + i % 7 + (-i) // 3
    return s


def mixed_int_float(n):
    s = 0.0
    for i in range(n):
        s += i / 2
        s -= i // 2
    return s


def run():
    print("int_add", int_add(N))
    ex = ts.get_first_executor(int_add)
    check("int_add: executor", lambda: ex is not None)
    check("int_add: _BINARY_OP_ADD_INT", lambda: "_BINARY_OP_ADD_INT" in uop_names(ex))
    check("int_add: _COMPARE_OP_INT", lambda: "_COMPARE_OP_INT" in uop_names(ex))
    check("int_add: _GUARD_TOS_INT", lambda: "_GUARD_TOS_INT" in uop_names(ex))
    check("int_add: no float add", lambda: "_BINARY_OP_ADD_FLOAT" not in uop_names(ex))

    print("int_mixed", int_mixed(N))
    print("int_compare", int_compare(N))
    ex = ts.get_first_executor(int_compare)
    check("int_compare: executor", lambda: ex is not None)
    check("int_compare: _COMPARE_OP_INT", lambda: "_COMPARE_OP_INT" in uop_names(ex))

    print("float_add", float_add(N))
    ex = ts.get_first_executor(float_add)
    check("float_add: executor", lambda: ex is not None)
    check("float_add: _BINARY_OP_ADD_FLOAT", lambda: "_BINARY_OP_ADD_FLOAT" in uop_names(ex))
    check("float_add: float guard", lambda: any(n.startswith("_GUARD_")
                                                  and n.endswith("FLOAT")
                                                  for n in uop_names(ex)))
    check("float_add: no int add", lambda: "_BINARY_OP_ADD_INT" not in uop_names(ex))

    print("float_ops", float_ops(N))
    ex = ts.get_first_executor(float_ops)
    check("float_ops: executor", lambda: ex is not None)
    check("float_ops: _BINARY_OP_MULTIPLY_FLOAT",
          lambda: "_BINARY_OP_MULTIPLY_FLOAT" in uop_names(ex))
    check("float_ops: _BINARY_OP_SUBTRACT_FLOAT",
          lambda: "_BINARY_OP_SUBTRACT_FLOAT" in uop_names(ex))

    print("float_compare", float_compare(N))
    ex = ts.get_first_executor(float_compare)
    check("float_compare: executor", lambda: ex is not None)
    check("float_compare: _COMPARE_OP_FLOAT", lambda: "_COMPARE_OP_FLOAT" in uop_names(ex))

    print("int_sub_mul", int_sub_mul(N))
    ex = ts.get_first_executor(int_sub_mul)
    check("int_sub_mul: _BINARY_OP_SUBTRACT_INT",
          lambda: "_BINARY_OP_SUBTRACT_INT" in uop_names(ex))
    check("int_sub_mul: _BINARY_OP_MULTIPLY_INT",
          lambda: "_BINARY_OP_MULTIPLY_INT" in uop_names(ex))

    print("bit_ops", bit_ops(N))
    print("floordiv_mod_neg", floordiv_mod_neg(N))
    print("mixed_int_float", mixed_int_float(N))

    # Edge values through already-traced int/float code.
    print("int_add big", int_add(N + 1))
    print("float_add again", float_add(2 * N))
    print("float_compare again", float_compare(N + 100))
    # Special floats through a traced float loop.
    print("float_ops after", float_ops(10))


run()
