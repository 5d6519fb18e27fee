# Calls inside hot loops: Python functions are inlined into the trace
# (_PUSH_FRAME ... _RETURN_VALUE), methods, keyword arguments, defaults.
import tier2_support as ts
from tier2_support import check, uop_names

N = ts.THRESHOLD


def add(a, b):
    return a + b


def call_loop(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    return total


def with_defaults(a, b=10, c=100):
    return a * b + c


def defaults_loop(n):
    total = 0
    for i in range(n):
        total += with_defaults(i)
        total += with_defaults(i, 2)
    return total


def kw_loop(n):
    total = 0
    for i in range(n):
        total += with_defaults(i, c=1)
        total += with_defaults(a=i, b=3, c=-i)
    return total


def star_args(*args, **kwargs):
    return len(args) + len(kwargs)


def star_loop(n):
    total = 0
    for i in range(n):
        total += star_args(i, i, k=i)
    return total


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


def method_loop(n):
    p = Point(0, 0)
    total = 0
    for i in range(n):
        total += p.norm1()
        p = p.moved(1, dy=-1)
    return total, p.x, p.y


def two_level(x):
    return add(x, 1) * 2


def nested_call_loop(n):
    total = 0
    for i in range(n):
        total += two_level(i)
    return total


def builtin_loop(n):
    total = 0
    items = [3, 1, 2]
    for i in range(n):
        total += len(items) + max(i, 7) + min(items) + abs(-i)
    return total


def run():
    print("call_loop", call_loop(N))
    ex = ts.get_first_executor(call_loop)
    names = uop_names(ex) if ex is not None else []
    check("call: executor", lambda: ex is not None)
    check("call: _PUSH_FRAME", lambda: "_PUSH_FRAME" in names)
    check("call: _CHECK_FUNCTION_VERSION", lambda: "_CHECK_FUNCTION_VERSION" in names)
    check("call: callee add inlined",
          lambda: "_BINARY_OP_ADD_INT" in names[names.index("_PUSH_FRAME"):])
    check("call: _RETURN_VALUE after _PUSH_FRAME",
          lambda: names.index("_RETURN_VALUE") > names.index("_PUSH_FRAME"))
    check("call: loop closes", lambda: "_JUMP_TO_TOP" in names)
    check("call: valid", lambda: ex.is_valid())

    print("defaults_loop", defaults_loop(N))
    print("kw_loop", kw_loop(N))
    print("star_loop", star_loop(N))
    print("method_loop", method_loop(N))
    ex = ts.get_first_executor(method_loop)
    check("method: executor", lambda: ex is not None)
    check("method: pushes a frame", lambda: "_PUSH_FRAME" in uop_names(ex))

    print("nested_call_loop", nested_call_loop(N))
    ex = ts.get_first_executor(nested_call_loop)
    names2 = uop_names(ex) if ex is not None else []
    check("nested: two frames pushed", lambda: names2.count("_PUSH_FRAME") >= 2)
    check("nested: two returns", lambda: names2.count("_RETURN_VALUE") >= 2)

    print("builtin_loop", builtin_loop(N))

    # The inlined callee called with other types after tracing.
    print("add strings", add("a", "b"))
    total = 0.0
    for i in range(N):
        total = add(total, 0.5)
    print("add floats in loop", total)
    print("call_loop again", call_loop(N + 3))
    # Arguments count mismatch through the traced call site is an error.
    try:
        add(1)
    except TypeError as e:
        print("TypeError", e)


run()
