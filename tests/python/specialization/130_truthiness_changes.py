# TO_BOOL / POP_JUMP_IF_* specialize on the type seen first (e.g. "instance of
# a class without __bool__/__len__ is always true"). The class then gains
# __bool__, __len__, loses them again, instances change class, and sites see
# many types: every truth test must keep following the current type.
N = 300


class Plain:
    def __init__(self, v):
        self.v = v


def count_if(objs):
    n = 0
    for o in objs:
        if o:
            n += 1
    return n


def count_not(objs):
    n = 0
    for o in objs:
        if not o:
            n += 1
    return n


def count_while(objs):
    # "while o:" on one object, leaving after the first false test
    n = 0
    for o in objs:
        k = 0
        while o:
            k += 1
            if k == 3:
                break
        n += k
    return n


def and_or(objs):
    out = 0
    for o in objs:
        r = o and o.v
        if r is o:
            out += 1000  # o was false: "and" returned o itself
        else:
            out += r
        s = o or -1
        if s == -1:
            out -= 1
    return out


def not_values(objs):
    return [not o for o in objs[:6]]


def bool_values(objs):
    return [bool(o) for o in objs[:6]]


def survey(tag, objs):
    print(tag, count_if(objs), count_not(objs), count_while(objs), and_or(objs),
          not_values(objs), bool_values(objs))


objs = [Plain(i) for i in range(N)]
survey("plain", objs)

# Add __bool__ to the class: false for multiples of 3.
Plain.__bool__ = lambda self: self.v % 3 != 0
survey("__bool__", objs)

# Replace __bool__ with a different function.
def bool2(self):
    return self.v % 5 == 1
Plain.__bool__ = bool2
survey("__bool__ replaced", objs)

# Remove __bool__, add __len__ instead.
del Plain.__bool__
Plain.__len__ = lambda self: self.v % 4
survey("__len__", objs)

# Both: __bool__ wins over __len__.
Plain.__bool__ = lambda self: self.v < 10
survey("__bool__ and __len__", objs)
del Plain.__bool__
survey("__bool__ deleted, __len__ left", objs)
del Plain.__len__
survey("both deleted", objs)

# __bool__ set to None makes truth testing raise.
Plain.__bool__ = None
try:
    count_if(objs)
except TypeError as e:
    print(type(e).__name__, e)
del Plain.__bool__
survey("after None", objs)

# Instance attribute __bool__ is ignored (special method lookup is on type).
objs[0].__bool__ = lambda: False
objs[1].__len__ = lambda: 0
survey("instance attrs ignored", objs)

# ---------------------------------------------------------------------------
# Subclasses.
class Base:
    def __init__(self, v):
        self.v = v


class Sub(Base):
    pass


class SubSub(Sub):
    pass


subs = [(Base, Sub, SubSub)[i % 3](i) for i in range(N)]
survey("subclasses plain", subs)
Base.__bool__ = lambda self: self.v % 2 == 0
survey("Base.__bool__", subs)
Sub.__bool__ = lambda self: False
survey("Sub.__bool__ False", subs)
SubSub.__len__ = lambda self: 1  # __bool__ inherited from Sub still wins
survey("SubSub.__len__", subs)
del Sub.__bool__
survey("Sub.__bool__ deleted", subs)
del Base.__bool__
survey("Base.__bool__ deleted", subs)
del SubSub.__len__
survey("all deleted", subs)

# ---------------------------------------------------------------------------
# Many different types alternating at one site.
class WithLen:
    def __init__(self, n):
        self.v = n

    def __len__(self):
        return self.v


class WithBool:
    def __init__(self, b):
        self.v = b

    def __bool__(self):
        return bool(self.v % 2)


class MyInt(int):
    @property
    def v(self):
        return int(self)


class MyList(list):
    @property
    def v(self):
        return len(self)


class MyStr(str):
    def __bool__(self):
        return self == "yes"

    @property
    def v(self):
        return len(self)


class V:
    def __init__(self, x):
        self.x = x

    @property
    def v(self):
        return self.x


def make_mixed(i):
    k = i % 12
    if k == 0:
        return Plain(i)
    if k == 1:
        return WithLen(i % 3)
    if k == 2:
        return WithBool(i)
    if k == 3:
        return MyInt(i % 4)
    if k == 4:
        return MyList([0] * (i % 2))
    if k == 5:
        return MyStr("yes" if i % 5 else "no")
    if k == 6:
        return MyStr("")
    if k == 7:
        return V(i)
    if k == 8:
        return Sub(i)
    if k == 9:
        return WithLen(0)
    if k == 10:
        return MyInt(0)
    return WithBool(i + 1)


mixed = [make_mixed(i) for i in range(N)]
survey("mixed", mixed)


def builtin_truth(xs):
    n = 0
    for x in xs:
        if x:
            n += 1
        if not x:
            n += 100
    return n


builtins_mix = []
for i in range(N):
    k = i % 10
    builtins_mix.append([i % 3, float(i % 2), "", "a" * (i % 2), [], [i], (), {}, None, True][k])
print("builtins mixed", builtin_truth(builtins_mix))
print("ints then others", builtin_truth(list(range(N)) + [None, "", "x", 0.0, [], [0], {1: 2}, set(), frozenset([1]), b"", b"x", 2**100, -2**100, 0j, 1j, range(0), range(1), ...]))

# ---------------------------------------------------------------------------
# __bool__ returning non-bool; __len__ returning negative / huge / non-int.
class Weird:
    def __init__(self, v):
        self.v = v


weird = [Weird(i) for i in range(N)]
survey("weird plain", weird)


def try_count(tag, objs):
    try:
        print(tag, count_if(objs))
    except (TypeError, ValueError, OverflowError) as e:
        print(tag, type(e).__name__, e)
    try:
        print(tag, "not", count_not(objs))
    except (TypeError, ValueError, OverflowError) as e:
        print(tag, "not", type(e).__name__, e)
    try:
        print(tag, "and/or", and_or(objs))
    except (TypeError, ValueError, OverflowError) as e:
        print(tag, "and/or", type(e).__name__, e)


# Non-bool results appear only after many good iterations.
Weird.__bool__ = lambda self: True if self.v < 250 else 1
try_count("bool returns int", weird)
Weird.__bool__ = lambda self: self.v < 250 or None
try_count("bool returns None", weird)
Weird.__bool__ = lambda self: self.v < 250 or "yes"
try_count("bool returns str", weird)
del Weird.__bool__
Weird.__len__ = lambda self: 1 if self.v < 250 else -1
try_count("len negative", weird)
Weird.__len__ = lambda self: 1 if self.v < 250 else 2**100
try_count("len huge", weird)
Weird.__len__ = lambda self: 1 if self.v < 250 else 1.5
try_count("len float", weird)
Weird.__len__ = lambda self: True if self.v < 250 else MyInt(0)
try_count("len bool/int subclass", weird)
del Weird.__len__
try_count("weird restored", weird)


class Boom(Exception):
    pass


def raiser(self):
    if self.v == 260:
        raise Boom("boom at %d" % self.v)
    return True


Weird.__bool__ = raiser
try:
    count_if(weird)
except Boom as e:
    print(type(e).__name__, e)
del Weird.__bool__

# ---------------------------------------------------------------------------
# Objects switching class via __class__ assignment mid-loop.
class Truthy:
    def __init__(self, v):
        self.v = v


class Falsy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return False


class Sized:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v % 2


def switching(n):
    o = Truthy(0)
    seen = []
    count = 0
    for i in range(n):
        o.v = i
        if i % 50 == 25:
            o.__class__ = (Truthy, Falsy, Sized)[(i // 50) % 3]
        if o:
            count += 1
        if not o:
            count += 1000
        if i % 50 == 26:
            seen.append((type(o).__name__, bool(o), not o))
    return count, seen


print("switching", switching(N * 2))


def while_switch():
    o = Truthy(0)
    steps = 0
    while o:
        steps += 1
        o.v = steps
        if steps == 250:
            o.__class__ = Sized  # v=250 -> len 0 -> false
    return steps, type(o).__name__


print("while switch", while_switch())

# The class of every element switched mid-iteration of one loop.
pool = [Truthy(i) for i in range(N)]
n = 0
for i, o in enumerate(pool):
    if i == N // 3:
        for p in pool:
            p.__class__ = Falsy
    if i == 2 * N // 3:
        for p in pool:
            p.__class__ = Sized
    if o:
        n += 1
print("pool switch", n)

# Class gaining __bool__ while the loop is running.
class Late:
    pass


late = [Late() for i in range(N)]
n = 0
for i, o in enumerate(late):
    if i == 200:
        Late.__bool__ = lambda self: False
    if i == 250:
        del Late.__bool__
        Late.__len__ = lambda self: 0
    if o:
        n += 1
    else:
        n += 100
print("late", n)
del Late.__len__

# Chained and/or expressions and conditional expressions on changing types.
def chain(objs):
    out = []
    for a, b in zip(objs, objs[1:]):
        out.append((a and b) is b)
        out.append((a or b) is a)
    return sum(out), [1 if x else 0 for x in objs[:10]]


chain_objs = [Plain(i) for i in range(N)]
print("chain plain", chain(chain_objs))
Plain.__len__ = lambda self: self.v % 3
print("chain len", chain(chain_objs))
del Plain.__len__
print("chain plain again", chain(chain_objs))
