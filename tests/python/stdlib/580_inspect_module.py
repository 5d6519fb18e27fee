# inspect: signature/Parameter/bind, getsource of functions in this file, getmembers, is* predicates, getdoc, unwrap, frames
import functools, inspect

def example(a, b: int = 2, *args, c, d="x", **kw) -> str:
    """Example function.

    More details here.
    """
    return "%s %s" % (a, b)

# A comment that inspect.getcomments finds
# (two lines of it).
async def coro():
    pass

def gen():
    yield 1

class Base:
    """Base docstring."""
    cls_attr = 1
    def method(self, x, /, y=0):
        return x
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm(z):
        pass
    @property
    def prop(self):
        "a property"
        return 5

class Child(Base):
    def method(self, x, /, y=0):
        return super().method(x, y)

sig = inspect.signature(example)
print(sig, sig.return_annotation, list(sig.parameters))
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.kind.description, p.default is p.empty, p.annotation, str(p))
b = sig.bind(1, 3, 4, 5, c=6, z=7)
print(b.arguments, b.args, b.kwargs)
b2 = sig.bind_partial(1, c=2)
b2.apply_defaults()
print(b2.arguments)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError", e)
try:
    sig.bind(1, 2, c=3, a=4)
except TypeError as e:
    print("TypeError", e)
print(inspect.signature(Base.method), inspect.signature(Base().method), inspect.signature(Base.cm), inspect.signature(Base.sm), inspect.signature(Base))
print(inspect.signature(lambda x, *, y=3: None), inspect.signature(functools.partial(example, 1, c=5)))
new = sig.replace(parameters=[inspect.Parameter("q", inspect.Parameter.POSITIONAL_ONLY)], return_annotation=inspect.Signature.empty)
print(new, inspect.Parameter("k", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=float), sig == inspect.signature(example))
try:
    inspect.Parameter("bad name", inspect.Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError", e)
print(inspect.signature(len), inspect.signature(divmod), inspect.signature(sorted), str(inspect.signature(int.__add__)))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
wrapped = deco(example)
print(inspect.signature(wrapped), inspect.unwrap(wrapped) is example, inspect.signature(wrapped, follow_wrapped=False))

print(inspect.getsource(gen), end="")
print(inspect.getsource(Base.sm), end="")
lines, start = inspect.getsourcelines(example)
print(start, len(lines), lines[0], end="")
print(inspect.getdoc(example))
print(inspect.getdoc(Child), "|", inspect.getdoc(Child.prop), "|", inspect.cleandoc("  first\n    indented\n  back"))
print(inspect.getcomments(coro), inspect.getmodule(example).__name__, inspect.getfile(example).endswith("580_inspect_module.py"), inspect.getsourcefile(Base).endswith(".py"))
print(inspect.getsource(Child).splitlines()[0], len(inspect.getsource(Base).splitlines()))

print([n for n, v in inspect.getmembers(Base) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)], [n for n, v in inspect.getmembers(Base(), inspect.ismethod)])
print(inspect.getmro(Child), [n for n, k, c, o in inspect.classify_class_attrs(Base) if not n.startswith("__")], [k for n, k, c, o in inspect.classify_class_attrs(Base) if not n.startswith("__")])
print(inspect.isclass(Base), inspect.isclass(Base()), inspect.isfunction(example), inspect.isfunction(len), inspect.isbuiltin(len), inspect.ismethod(Base().method), inspect.ismethod(Base.method))
print(inspect.iscoroutinefunction(coro), inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.ismodule(inspect), inspect.isroutine(len), inspect.isabstract(Base), inspect.isdatadescriptor(Base.__dict__["prop"]))
c = coro()
print(inspect.iscoroutine(c), inspect.getcoroutinestate(c), inspect.isawaitable(c))
c.close()
g = gen()
print(inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorstate(g), inspect.ismethoddescriptor(str.join), inspect.isgetsetdescriptor(type.__dict__["__name__"]), inspect.iscode(example.__code__), inspect.isframe(inspect.currentframe()))
def outer():
    x = 10
    def inner():
        return x
    return inner
cv = inspect.getclosurevars(outer())
print(cv.nonlocals, cv.globals, cv.builtins, cv.unbound)
print(inspect.getcallargs(example, 1, c=3), inspect.getfullargspec(example))
def where():
    fr = inspect.currentframe()
    info = inspect.getframeinfo(fr)
    caller = fr.f_back
    return fr.f_code.co_name, info.lineno, info.function, caller.f_code.co_name, [f.function for f in inspect.stack()[:2]]
print(where())
print(inspect.getattr_static(Base(), "prop").__class__.__name__, inspect.getattr_static(Child, "cls_attr"), inspect.formatannotation(int), inspect.formatannotation(list[int]))
print(inspect.Parameter.POSITIONAL_OR_KEYWORD < inspect.Parameter.VAR_POSITIONAL, inspect.CO_GENERATOR & gen.__code__.co_flags != 0, inspect.get_annotations(example))
print(inspect.ismodule(inspect.getmodule(len)), inspect.getmodulename("/x/y/mod.py"), inspect.signature(Child).parameters == {})
