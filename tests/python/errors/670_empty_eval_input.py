# eval() and compile(..., "eval") of input with no tokens: CPython reports
# the last line (0 for an empty source) at offset 0, with that line's text.
for src in ["\n  ", "\t", "# c\n ", "", " ", "  ", " \n", "\t\n", "\n", "\n\n", "# c", "  # c\n", "\n  \n", b"", b"\n"]:
    for how in ("eval", "compile"):
        try:
            if how == "eval":
                eval(src)
            else:
                compile(src, "<s>", "eval")
        except SyntaxError as e:
            print(how, type(e).__name__, repr(src), e, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
# locals() in a function keeps what exec() stored there, as CPython 3.11.
def f():
    exec("zz = 1")
    a = 2
    first = sorted(locals())
    del a
    return first, sorted(locals()), locals()["zz"]
print(f())
def g():
    d = locals()
    x = 5
    e = locals()
    return d is e, sorted(d)
print(g())
# A class's __dict__ is a live view; __prepare__ must return a mapping.
class C:
    pass
v = C.__dict__
C.y = 3
print("y" in v, v["y"], len([k for k in v if not k.startswith("__")]))
try:
    for k in C.__dict__:
        C.z = 1
except RuntimeError as e:
    print("RuntimeError", e)
class M(type):
    @classmethod
    def __prepare__(m, name, bases):
        return [1]
try:
    class ListNS(metaclass=M):
        x = 1
except TypeError as e:
    print("TypeError", e)
class Empty(metaclass=M):
    pass
print(type(Empty.__dict__).__name__, Empty.__name__)
def prep(name, bases):
    return 5
class FM(type):
    __prepare__ = staticmethod(prep)
try:
    class Q(metaclass=FM):
        pass
except TypeError as e:
    print("TypeError", e)
