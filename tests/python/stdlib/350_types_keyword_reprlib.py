# types (SimpleNamespace, MethodType, FunctionType, new_class, coroutine, ...), keyword, reprlib
import types, keyword, reprlib

ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="two", c=[3]), ns != types.SimpleNamespace())
del ns.a
print(ns, hasattr(ns, "a"), repr(types.SimpleNamespace()), types.SimpleNamespace(**{"k": 1}))
rec = types.SimpleNamespace()
rec.me = rec
print(rec)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)

class Greeter:
    def __init__(self, name):
        self.name = name
def hello(self, punct="!"):
    return "hello " + self.name + punct
g = Greeter("bob")
g.hi = types.MethodType(hello, g)
print(g.hi(), g.hi("?"), g.hi.__self__ is g, g.hi.__func__ is hello, type(g.hi) is types.MethodType)
print(types.MethodType(lambda self: self * 2, 21)())

def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
clone = types.FunctionType(add5.__code__, add5.__globals__, "clone", None, add5.__closure__)
print(clone(1), clone.__name__, clone.__closure__[0].cell_contents, add5.__code__.co_freevars)
code = compile("def f(a, b=2):\n    return a * b\n", "<src>", "exec")
fcode = [c for c in code.co_consts if isinstance(c, types.CodeType)][0]
f = types.FunctionType(fcode, {}, "f", (10, 20))
print(f(3), f(), f.__defaults__, fcode.co_name, fcode.co_argcount, fcode.co_varnames)
print(types.CellType(7).cell_contents, types.FunctionType is type(make_adder), types.LambdaType is types.FunctionType)

def body(ns):
    ns["greet"] = lambda self: "I am " + type(self).__name__
    ns["x"] = 10
Dyn = types.new_class("Dyn", (Greeter,), {}, body)
d = Dyn("z")
print(Dyn.__name__, Dyn.__mro__[1].__name__, d.greet(), d.x, d.name)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["kw"] = kw
        return super().__new__(mcls, name, bases, ns)
M = types.new_class("M", (), {"metaclass": Meta, "flag": True})
print(type(M).__name__, M.kw)
print(types.prepare_class("P", (), {"metaclass": Meta})[0].__name__, types.resolve_bases((int, str)))
class OrigBase:
    def __mro_entries__(self, bases):
        return (Greeter,)
R = types.new_class("R", (OrigBase(),))
print(R.__bases__, R.__orig_bases__[0].__class__.__name__)

@types.coroutine
def legacy():
    yield "step"
    return "result"
async def modern():
    r = await legacy()
    return "got " + r
co = modern()
print(co.send(None))
try:
    co.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
print(type(co) is types.CoroutineType, types.GeneratorType, isinstance((x for x in ()), types.GeneratorType))
print(types.ModuleType("mymod", "doc").__doc__, repr(types.ModuleType("m2")), types.NoneType, types.EllipsisType, types.NotImplementedType)
mp = types.MappingProxyType({"a": 1})
print(mp["a"], mp, list(mp), dict(mp), mp.get("b", 2), "a" in mp, len(mp), mp | {"b": 2})
try:
    mp["a"] = 2
except TypeError as e:
    print("TypeError", e)
print(types.BuiltinFunctionType is type(len), type(str.join) is types.MethodDescriptorType, type([].append) is types.BuiltinMethodType)
print(type(int.__dict__["real"]) is types.GetSetDescriptorType, type(types.SimpleNamespace.__dict__) is types.MappingProxyType)
print(type(str.__add__) is types.WrapperDescriptorType, type("".__add__) is types.MethodWrapperType, type(dict.fromkeys) is types.BuiltinMethodType)
print(list[int].__class__ is types.GenericAlias, types.GenericAlias(list, (int,)), type(int | None) is types.UnionType)
class DA:
    @types.DynamicClassAttribute
    def val(self):
        return "instance"
print(DA().val)
try:
    raise ValueError
except ValueError as e:
    print(type(e.__traceback__) is types.TracebackType, type(e.__traceback__.tb_frame) is types.FrameType)

print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.issoftkeyword("_"), keyword.iskeyword("print"))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist, "async" in keyword.kwlist, keyword.kwlist == sorted(keyword.kwlist))

print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr(tuple(range(10))), reprlib.repr([[[[[1]]]]]), reprlib.repr(2 ** 200))
print(reprlib.repr(frozenset("abcdefghij")), reprlib.repr(b"y" * 50), reprlib.repr(range(1000)), reprlib.repr(__import__("array").array("i", range(10))))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
r.maxlevel = 2
print(r.repr(list(range(10))), r.repr("abcdefghijklmnop"), r.repr([[[1]]]), r.repr({"a": [1, 2, 3, 4]}))
class Custom(reprlib.Repr):
    def repr_int(self, obj, level):
        return "<int %d>" % obj
print(Custom().repr([1, 2]), Custom().repr({"k": 5}))
class Tree:
    def __init__(self, v):
        self.v = v
        self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return "Tree(%r, %r)" % (self.v, self.kids)
t = Tree(1)
t.kids.append(Tree(2))
t.kids.append(t)
print(repr(t), Tree.__repr__.__name__)
class Fill(list):
    @reprlib.recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        return "Fill" + "|".join(map(repr, self))
fl = Fill([1])
fl.append(fl)
print(repr(fl))
