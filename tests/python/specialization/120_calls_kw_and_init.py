# Keyword calls (CALL_KW), bound-method keyword calls, keyword calls to
# builtins, class instantiation (CALL_ALLOC_AND_ENTER_INIT-style) and calls to
# callable objects: every assumption a specializing interpreter makes about the
# callee is invalidated midway through a hot loop.
N = 300


def report(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)


# ---------------------------------------------------------------------------
# 1. Keyword calls to a plain Python function.
def f(a, b=10, *, c=100):
    return a * 1000 + b * 10 + c


def kw_site(i):
    return f(i, b=2)


def kw_site_c(i):
    return f(i, b=2, c=3)


def loop_kw(tag):
    total = 0
    for i in range(N):
        total += kw_site(i % 7) + kw_site_c(i % 5)
    print(tag, total, kw_site(1), kw_site_c(1))


loop_kw("plain")

f.__defaults__ = (77,)
loop_kw("defaults")
f.__kwdefaults__ = {"c": 9}
loop_kw("kwdefaults")
f.__kwdefaults__ = None
report("kwdefaults None", lambda: kw_site(1))
print("kwdefaults None still ok with c:", kw_site_c(1))


def g(a, b=0, *, c=-1):
    return ("g", a, b, c)


g_saved_code = f.__code__
f.__code__ = g.__code__
f.__kwdefaults__ = {"c": 5}
total = []
for i in range(N):
    r = kw_site(i)
    if i % 100 == 0:
        total.append(r)
print("code swapped", total, kw_site_c(4))


def h(a, **extra):
    return ("h", a, sorted(extra.items()))


f.__code__ = h.__code__
print("code swapped to **kw", kw_site(1), kw_site_c(2))
f.__code__ = g_saved_code
f.__defaults__ = (10,)
f.__kwdefaults__ = {"c": 100}
loop_kw("restored")

# Rebind the global f to a builtin and to a class, mid-loop.
saved_f = f


class Pair:
    def __init__(self, a, b=0, c=0):
        self.t = (a, b, c)

    def __repr__(self):
        return "Pair%r" % (self.t,)


results = []
for i in range(3 * N):
    if i == N:
        f = dict
    elif i == 2 * N:
        f = Pair
    try:
        r = f(i, b=2)
    except TypeError as e:
        r = type(e).__name__ + ": " + str(e)
    if i % N in (0, N - 1):
        results.append(r)
for r in results:
    print("rebound", r)
f = saved_f

# Unexpected keyword and duplicate argument at a warmed-up site.
def kw_any(i, **kw):
    return f(i, **kw)


acc = 0
for i in range(N):
    acc += kw_any(i, b=1)
print("kw_any", acc)
report("unexpected kw", lambda: kw_any(1, d=4))
report("duplicate a", lambda: kw_any(1, a=4))
report("missing a", lambda: f(b=1))
report("positional c", lambda: f(1, 2, 3))


def dup_site(i):
    return f(i, b=2, **{"b": 3})


try:
    dup_site(1)
except TypeError as e:
    print(type(e).__name__, e)

# ---------------------------------------------------------------------------
# 2. Keyword calls on bound methods.
class Obj:
    def __init__(self, v):
        self.v = v

    def m(self, j=1, k=0):
        return self.v + j * k


def meth_site(o, i):
    return o.m(k=3) + o.m(i, k=1)


def run_meth(tag, objs):
    total = 0
    for i in range(N):
        total += meth_site(objs[i % len(objs)], i % 4)
    print(tag, total)


objs = [Obj(i) for i in range(3)]
run_meth("method", objs)


def new_m(self, j=2, k=0):
    return -self.v - j - k


Obj.m = new_m
run_meth("method replaced", objs)

objs[1].m = lambda j=5, k=0: 1000 + j + k
run_meth("instance shadow", objs)
del objs[1].m
run_meth("shadow removed", objs)


def static_m(j=7, k=0):
    return j * 100 + k


Obj.m = staticmethod(static_m)
run_meth("staticmethod", objs)
Obj.m = classmethod(lambda cls, j=1, k=0: len(cls.__name__) + j + k)
run_meth("classmethod", objs)
Obj.m = staticmethod(lambda j=1: j)
report("static no k", lambda: meth_site(objs[0], 1))

# Alternating the receiver class at one site.
class Obj2(Obj):
    def m(self, j=1, k=0):
        return 5000 + k


Obj.m = lambda self, j=1, k=0: self.v * 2 + k
run_meth("mixed receivers", [Obj(1), Obj2(2), Obj(3), Obj2(4)])

# ---------------------------------------------------------------------------
# 3. Keyword calls to builtins.
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
acc = 0
last = None
for i in range(N):
    last = sorted(words, key=len, reverse=(i % 2 == 0))
    acc += len(last[0])
print("sorted", acc, last)
acc = 0
for i in range(N):
    acc += int("ff", base=16) + int(str(i), base=10 + (i % 3))
print("int base", acc)
for i in range(N):
    if i % 100 == 0:
        print(i, i + 1, i + 2, sep="-", end="|")
print()
acc = 0
for i in range(N):
    d = dict(a=1, b=i)
    acc += d["a"] + d["b"]
print("dict kw", acc, dict(a=1))
lens = []
for i in range(N):
    xs = words[: i % 4]
    r = max(xs, key=len, default=None)
    if i < 8:
        lens.append(r)
print("max", lens)
report("max bad kw", lambda: max(words, kye=len))
report("int bad base", lambda: int("ff", base="16"))
report("sorted positional key", lambda: sorted(words, len))

# Builtin name rebound mid-loop.
saved_sorted = sorted
out = []
for i in range(2 * N):
    if i == N:
        sorted = lambda xs, key=None, reverse=False: ["fake", reverse]
    r = sorted(words, key=len, reverse=True)
    if i % N == N - 1:
        out.append(r)
print("sorted rebound", out)
sorted = saved_sorted
del sorted
print("sorted restored", sorted([3, 1, 2], reverse=True))

# ---------------------------------------------------------------------------
# 4. Class instantiation in a loop.
class P:
    def __init__(self, x, y=1):
        self.x = x
        self.y = y


class Q:
    def __init__(self, x, *, y=0, z=5):
        self.s = x + y + z


class R:
    def __init__(self, *args):
        self.n = len(args)
        self.s = sum(args)


class S:
    def __init__(self, **kw):
        self.items = sorted(kw.items())


def make_all(i):
    p = P(i)
    q = Q(i, y=2)
    r = R(*((i,) * (i % 4)))
    s = S(**{"k" + str(i % 3): i})
    return p.x + p.y + q.s + r.n + r.s + len(s.items) + s.items[0][1]


def run_make(tag):
    total = 0
    for i in range(N):
        total += make_all(i)
    print(tag, total)


run_make("init")


def new_init(self, x, y=100):
    self.x = -x
    self.y = y


P.__init__ = new_init
run_make("P.__init__ replaced")


class Base:
    def __init__(self, x, y=3):
        self.x = x
        self.y = y * 2


P.__init__ = Base.__init__
run_make("P.__init__ borrowed")

new_calls = []


def p_new(cls, *args, **kw):
    new_calls.append(args)
    return object.__new__(cls)


P.__new__ = p_new
run_make("P.__new__ added")
print("new calls", len(new_calls), new_calls[:2])


class Other:
    x = 1000
    y = 1


def p_new_other(cls, *args, **kw):
    return Other()  # __init__ is not called for a non-instance


P.__new__ = p_new_other
run_make("P.__new__ returns other")
P.__new__ = staticmethod(lambda cls, *a, **k: object.__new__(cls))
run_make("P.__new__ staticmethod")


def bad_init(self, x, y=1):
    self.x = x
    self.y = y
    if x % 100 == 7:
        return x


P.__init__ = bad_init
ok = 0
msgs = []
for i in range(N):
    try:
        P(i)
        ok += 1
    except TypeError as e:
        if len(msgs) < 2:
            msgs.append(type(e).__name__ + ": " + str(e))
print("bad init", ok, msgs)
P.__init__ = lambda self, x, y=1: Base.__init__(self, x, y)
run_make("init lambda")

# Wrong number of arguments at a warmed-up instantiation site.
def make_p(*args, **kw):
    return P(*args, **kw)


for i in range(N):
    make_p(i)
report("too many", lambda: make_p(1, 2, 3))
report("too few", lambda: make_p())
report("Q positional y", lambda: Q(1, 2))
report("Q unexpected kw", lambda: Q(1, w=2))
report("S positional", lambda: S(1))


class NoInit:
    pass


for i in range(N):
    NoInit()
report("no init args", lambda: NoInit(1))


# Subclass created mid-way; __init__ via super.
class P2(P):
    def __init__(self, x, y=1):
        super().__init__(x, y)
        self.z = 3


P.__init__ = Base.__init__
acc = 0
for i in range(N):
    cls = P if i % 2 else P2
    o = cls(i, y=i % 3)
    acc += o.x + o.y + getattr(o, "z", 0)
print("P/P2", acc)


# Class with __slots__ and keyword-only __init__ mid-loop.
class Slot:
    __slots__ = ("a", "b")

    def __init__(self, a, *, b=2):
        self.a = a
        self.b = b


acc = 0
for i in range(N):
    if i == N // 2:
        Slot.__init__ = lambda self, a, *, b=2: setattr(self, "a", a) or setattr(self, "b", -b)
    o = Slot(i, b=1)
    acc += o.a + o.b
print("Slot", acc)

# ---------------------------------------------------------------------------
# 5. Calls to callable objects.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, scale=1):
        return (x + self.n) * scale


adders = [Adder(i) for i in range(3)]
acc = 0
for i in range(N):
    acc += adders[i % 3](i) + adders[i % 3](i, scale=2)
print("callable", acc)


def new_call(self, x, scale=1):
    return -x * scale


Adder.__call__ = new_call
acc = 0
for i in range(N):
    acc += adders[i % 3](i) + adders[i % 3](i, scale=2)
print("callable replaced", acc)
adders[0].__call__ = lambda x, scale=1: 10**6  # instance attr is ignored
acc = 0
for i in range(N):
    acc += adders[i % 3](i, scale=3)
print("instance __call__ ignored", acc)
del Adder.__call__
report("not callable", lambda: adders[1](1))
Adder.__call__ = staticmethod(lambda x, scale=1: x * 7 * scale)
print("static __call__", adders[2](3, scale=2))

# One call site cycling through many kinds of callables.
def plain(x, scale=1):
    return x * scale


class Holder:
    def meth(self, x, scale=1):
        return x * scale + 1


class Klass:
    def __init__(self, x, scale=1):
        self.v = x * scale + 2

    def __eq__(self, other):
        return isinstance(other, Klass) and self.v == other.v

    def __repr__(self):
        return "Klass(%d)" % self.v


class Calls:
    def __call__(self, x, scale=1):
        return x * scale + 3


callables = [plain, Holder().meth, abs, Klass, Calls(), lambda x, scale=1: x - scale]
summary = []
for i in range(N * 2):
    c = callables[i % len(callables)]
    try:
        r = c(i % 10, scale=2)
    except TypeError as e:
        r = type(e).__name__ + ": " + str(e)
    try:
        r2 = c(-(i % 10))
    except TypeError as e:
        r2 = "TE"
    if i < len(callables):
        summary.append((r, r2))
for s in summary:
    print("poly", s)
