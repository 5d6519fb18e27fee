# operator: every function incl. in-place forms, itemgetter/attrgetter/methodcaller
import operator as op

binary = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
          "and_", "or_", "xor", "lt", "le", "eq", "ne", "gt", "ge", "concat", "contains",
          "countOf", "indexOf", "is_", "is_not", "getitem"]
for name in binary:
    fn = getattr(op, name)
    try:
        if name in ("concat",):
            r = fn([1, 2], [3])
        elif name in ("contains", "countOf", "indexOf", "getitem"):
            r = fn([5, 6, 5], 5 if name != "getitem" else 1)
        else:
            r = fn(13, 4)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(name, r, fn.__name__)
print(op.matmul.__name__, op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0), op.not_(0), op.truth([]))
print(op.index(7), op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(object(), 9))
print(op.and_({1, 2}, {2, 3}), op.or_({1}, {2}), op.xor(True, False), op.mod("%s-%s", (1, 2)))
class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return M(self.v * o.v)
    def __imatmul__(self, o):
        self.v += o.v
        return self
print(op.matmul(M(3), M(4)).v, op.imatmul(M(3), M(4)).v)

inplace = ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift",
           "iand", "ior", "ixor"]
for name in inplace:
    print(name, getattr(op, name)(21, 5))
lst = [1]
res = op.iadd(lst, [2])
print(res is lst, lst, op.iconcat(lst, (3,)), op.imul([0], 3))
t = (1,)
print(op.iadd(t, (2,)), t)
d = {"a": 1}
op.setitem(d, "b", 2); op.delitem(d, "a")
print(d, op.getitem("hello", slice(1, 3)))
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    op.indexOf([1, 2], 3)
except ValueError as e:
    print("ValueError", e)
try:
    op.index(1.5)
except TypeError as e:
    print("TypeError", e)

g = op.itemgetter(1)
g2 = op.itemgetter(0, -1)
gs = op.itemgetter("k", slice(None))
print(g("abc"), g2("abc"), g2([1, 2, 3]), op.itemgetter("k")({"k": 9}), repr(g), repr(g2))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(0)), max(rows, key=g))
try:
    g([])
except IndexError as e:
    print("IndexError", e)

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct
p = P("x", P("y", P("z")))
a1 = op.attrgetter("name")
a2 = op.attrgetter("child.child.name", "child.name")
print(a1(p), a2(p), repr(a1), repr(a2))
try:
    op.attrgetter("missing")(p)
except AttributeError as e:
    print("AttributeError", e)
try:
    op.attrgetter(1)
except TypeError as e:
    print("TypeError", e)
mc = op.methodcaller("greet", "hi")
mc2 = op.methodcaller("greet", "yo", punct="?")
print(mc(p), mc2(p), repr(mc), repr(mc2))
print(op.methodcaller("split", ",")("a,b,c"), op.methodcaller("upper")("q"))
print(list(map(op.methodcaller("strip"), [" a ", "b "])))
import pickle, copy
print(pickle.loads(pickle.dumps(g2))("xyz"), pickle.loads(pickle.dumps(a2))(p), pickle.loads(pickle.dumps(mc2))(p))
print(copy.copy(g)("ab"))
print(op.__lt__(1, 2), op.__add__(1, 2), op.__iadd__ is op.iadd, op.__not__(1))
print(sorted(n for n in dir(op) if not n.startswith("_"))[:12])
print(op.call(len, "four"), op.call(max, 1, 5, key=op.neg))
