# Executors depending on a class (attribute loads, method calls) are
# invalidated when the class changes; executors that inlined a function
# are invalidated when its __code__ or __defaults__ changes.
import tier2_support as ts
from tier2_support import check, uop_names

N = ts.THRESHOLD


class Counter:
    step = 1

    def __init__(self):
        self.value = 0

    def bump(self):
        self.value += self.step
        return self.value


def read_class_attr(c, n):
    total = 0
    for i in range(n):
        total += c.step
    return total


def call_method(c, n):
    last = 0
    for i in range(n):
        last = c.bump()
    return last


def read_instance_attr(c, n):
    total = 0
    for i in range(n):
        total += c.value
    return total


def f_target(x):
    return x + 1


def calls_f(n):
    total = 0
    for i in range(n):
        total += f_target(i)
    return total


def g_defaults(x, y=5):
    return x * y


def calls_g(n):
    total = 0
    for i in range(n):
        total += g_defaults(i)
    return total


class Base:
    def val(self):
        return 1


class Derived(Base):
    pass


def calls_inherited(obj, n):
    total = 0
    for i in range(n):
        total += obj.val()
    return total


def change_class_midway(c, n, at):
    total = 0
    for i in range(n):
        if i == at:
            Counter.step = 100
        total += c.step
    return total


def mutator(i, at):
    if i == at:
        Counter.step = 50
    return i & 1


def change_in_callee(c, n, at):
    total = 0
    for i in range(n):
        total += mutator(i, at)
        total += c.step
    return total


def h_target(x):
    return x + 2


def replace_code_midway(n, at):
    total = 0
    for i in range(n):
        if i == at:
            h_target.__code__ = (lambda x: x * 3).__code__
        total += h_target(i)
    return total


def k_defaults(x, y=1):
    return x + y


def replace_defaults_midway(n, at):
    total = 0
    for i in range(n):
        if i == at:
            k_defaults.__defaults__ = (1000,)
        total += k_defaults(i)
    return total


class Shape:
    def __init__(self, w):
        self._w = w

    @property
    def area(self):
        return self._w * self._w


def property_loop(shapes, n):
    total = 0
    k = len(shapes)
    for i in range(n):
        total += shapes[i % k].area
    return total


def run():
    c = Counter()
    print("read_class_attr", read_class_attr(c, N))
    ex = ts.get_first_executor(read_class_attr)
    check("class attr: executor", lambda: ex is not None)
    check("class attr: _GUARD_TYPE_VERSION", lambda: "_GUARD_TYPE_VERSION" in uop_names(ex))
    check("class attr: valid", lambda: ex.is_valid())
    Counter.step = 3
    check("class attr: invalid after class change", lambda: not ex.is_valid())
    print("read_class_attr after", read_class_attr(c, N))
    Counter.step = 1

    c = Counter()
    print("call_method", call_method(c, N))
    ex = ts.get_first_executor(call_method)
    check("method: executor", lambda: ex is not None)
    check("method: _PUSH_FRAME", lambda: "_PUSH_FRAME" in uop_names(ex))
    check("method: valid", lambda: ex.is_valid())

    def bump2(self):
        self.value -= 2
        return self.value
    Counter.bump = bump2
    check("method: invalid after replacing the method", lambda: not ex.is_valid())
    print("call_method after", call_method(c, N))
    Counter.new_attr = "x"
    print("call_method after new attr", call_method(c, 10))

    d = Counter()
    d.value = 4
    print("read_instance_attr", read_instance_attr(d, N))
    ex = ts.get_first_executor(read_instance_attr)
    check("instance attr: executor", lambda: ex is not None)
    check("instance attr: _LOAD_ATTR_INSTANCE_VALUE",
          lambda: "_LOAD_ATTR_INSTANCE_VALUE" in uop_names(ex))
    d.value = 9  # instance change only: still valid, new value read
    check("instance attr: still valid after instance store", lambda: ex.is_valid())
    print("read_instance_attr after store", read_instance_attr(d, N))
    Counter.value = property(lambda self: 11)
    check("instance attr: invalid after class gets a property", lambda: not ex.is_valid())
    print("read_instance_attr property", read_instance_attr(d, N))
    del Counter.value
    print("read_instance_attr deleted property", read_instance_attr(d, N))

    print("calls_f", calls_f(N))
    ex = ts.get_first_executor(calls_f)
    check("__code__: executor", lambda: ex is not None)
    check("__code__: callee inlined", lambda: "_PUSH_FRAME" in uop_names(ex))
    check("__code__: valid", lambda: ex.is_valid())

    def other(x):
        return x * 10
    f_target.__code__ = other.__code__
    check("__code__: invalid after assignment", lambda: not ex.is_valid())
    print("calls_f new code", calls_f(N))

    print("calls_g", calls_g(N))
    ex = ts.get_first_executor(calls_g)
    check("__defaults__: executor", lambda: ex is not None)
    check("__defaults__: valid", lambda: ex.is_valid())
    g_defaults.__defaults__ = (7,)
    check("__defaults__: invalid after assignment", lambda: not ex.is_valid())
    print("calls_g new defaults", calls_g(N))
    g_defaults.__defaults__ = None
    try:
        calls_g(N)
    except TypeError as e:
        print("TypeError:", e)
    g_defaults.__defaults__ = (1,)
    print("calls_g defaults back", calls_g(N))

    obj = Derived()
    print("calls_inherited", calls_inherited(obj, N))
    ex = ts.get_first_executor(calls_inherited)
    check("inherited: executor", lambda: ex is not None)
    check("inherited: valid", lambda: ex.is_valid())
    Base.val = lambda self: 2  # the base class changes: Derived's lookup changes too
    check("inherited: invalid after base change", lambda: not ex.is_valid())
    print("calls_inherited base changed", calls_inherited(obj, N))
    Derived.val = lambda self: 3
    print("calls_inherited override", calls_inherited(obj, N))
    del Derived.val
    print("calls_inherited override removed", calls_inherited(obj, N))
    obj.__class__ = Base
    print("calls_inherited class switched", calls_inherited(obj, N))

    Counter.step = 1
    print("change_in_callee", change_in_callee(Counter(), 3 * N, 2 * N))
    Counter.step = 1
    print("replace_code_midway", replace_code_midway(3 * N, 2 * N))
    print("replace_defaults_midway", replace_defaults_midway(3 * N, 2 * N))
    shapes = [Shape(i) for i in range(10)]
    print("property_loop", property_loop(shapes, N))
    Shape.area = property(lambda self: -self._w)
    print("property_loop replaced", property_loop(shapes, N))
    Shape.area = 5
    print("property_loop plain attr", property_loop(shapes, N))
    print("change_class_midway", change_class_midway(Counter(), 3 * N, 2 * N))
    Counter.step = 1
    print("change_class_midway early", change_class_midway(Counter(), 3 * N, 5))


run()
