# CPython 3.11's traceback markers, as the traceback module draws them from
# co_positions(): binary operators (~~~^~~~), subscripts (~~~^^^^), calls,
# attribute access, and none where the marked part is the whole line.
import re
import sys
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        text = traceback.format_exc()
        print(re.sub(r'File "[^"]*[/\\]', 'File "', text), end="")


def div(a, b):
    return a / b


def nested_binop(a, b, c):
    x = a + b * c
    return x


def floor(a):
    return 10 // a


def power(a):
    return a ** -1 ** 2


def subscript(seq):
    return seq[10]


def subscript_in_binop(seq):
    return seq["key"] + 1


def slice_subscript(obj):
    return obj[1:2]


def attribute(obj):
    return obj.missing


def method_call(obj):
    return obj.missing_method(1, 2)


def chained_attr(obj):
    return obj.real.imag.nope


def call_error():
    return int("x")


def whole_line():
    int("y")


def name_error():
    return undefined_name + 1


def global_call():
    return undefined_function(1)


def compare(a):
    return a < "text"


def unary(a):
    return -a


def store_attr(obj):
    obj.attr = 1


def store_subscript(obj):
    obj[0] = 1


def delete_attr(obj):
    del obj.attr


def aug_assign_subscript(d):
    d["k"] += 1


def aug_assign_attr(obj):
    obj.count += 1


def aug_assign_name(x):
    x += "s"
    return x


def unpack(v):
    a, b = v
    return a, b


def call_kwargs(f):
    return f(1, x=2)


def star_call(f):
    return f(*5)


def in_fstring(x):
    return f"value: {x / 0}"


def in_lambda():
    f = lambda x: x + "a"
    return f(1)


def in_listcomp(items):
    return [1 / x for x in items]


def in_dictcomp():
    return {[]: 1 for x in range(2)}


def in_generator():
    def gen():
        yield 1
        yield 1 / 0

    return list(gen())


def deco(f):
    raise ValueError("from decorator")


def decorated():
    @deco
    def inner():
        pass


def with_statement():
    with 5:
        pass


def for_loop():
    for x in 5:
        pass


def assert_stmt(x):
    assert x, "assertion message"


def assert_compare(x):
    assert x > 0, "must be positive"


def assert_membership(x):
    assert x in (1, 2)


def comprehension_condition(n):
    return {[]: x for x in range(n) if x > 0}


def raise_stmt():
    raise KeyError("k")


def conditional(x):
    return 1 if x.bad else 2


def boolean(x):
    return x and x.bad


def nested_call(f):
    return len(f(1) + f(2))


class Thing:
    def method(self):
        return self.value * 2


def through_method():
    return Thing().method()


cases = [
    (div, 1, 0),
    (nested_binop, 1, "a", 2),
    (floor, 0),
    (power, 0),
    (subscript, [1, 2]),
    (subscript_in_binop, {}),
    (slice_subscript, 5),
    (attribute, 5),
    (method_call, object()),
    (chained_attr, 5),
    (call_error,),
    (whole_line,),
    (name_error,),
    (global_call,),
    (compare, 1),
    (unary, "s"),
    (store_attr, object()),
    (store_subscript, (1,)),
    (delete_attr, object()),
    (aug_assign_subscript, {}),
    (aug_assign_attr, object()),
    (aug_assign_name, 1),
    (unpack, 5),
    (call_kwargs, len),
    (star_call, print),
    (in_fstring, 1),
    (in_lambda,),
    (in_listcomp, [1, 0]),
    (in_dictcomp,),
    (in_generator,),
    (decorated,),
    (with_statement,),
    (for_loop,),
    (assert_stmt, 0),
    (assert_compare, -1),
    (assert_membership, 3),
    (comprehension_condition, 3),
    (raise_stmt,),
    (conditional, 5),
    (boolean, 5),
    (nested_call, int),
    (through_method,),
]
for case in cases:
    show(*case)

# The positions behind the markers.
try:
    div(1, 0)
except ZeroDivisionError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)
