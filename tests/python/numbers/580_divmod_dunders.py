# int and float expose __divmod__/__rdivmod__; divmod() follows the binary
# operator protocol (a subclass's reflected method first).
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("int.__divmod__", lambda: (17).__divmod__(5))
show("int.__divmod__ neg", lambda: (-17).__divmod__(5))
show("int.__rdivmod__", lambda: (5).__rdivmod__(17))
show("int.__divmod__ float", lambda: (17).__divmod__(5.0))
show("int.__divmod__ zero", lambda: (1).__divmod__(0))
show("int.__divmod__ noargs", lambda: (1).__divmod__())
show("int.__divmod__ two", lambda: (1).__divmod__(1, 2))
show("int.__divmod__ kw", lambda: (1).__divmod__(x=1))
show("bool", lambda: True.__divmod__(True))
show("big", lambda: (10**30 + 7).__divmod__(10**15))
show("float.__divmod__", lambda: (7.5).__divmod__(2))
show("float.__rdivmod__", lambda: (2.0).__rdivmod__(7))
show("float.__divmod__ str", lambda: (7.5).__divmod__("a"))
show("float.__divmod__ zero", lambda: (7.5).__divmod__(0.0))
show("float neg", lambda: (-7.5).__divmod__(2))
show("float inf", lambda: (1.0).__divmod__(float("inf")))
show("unbound", lambda: int.__divmod__(9, 4))
show("unbound float", lambda: float.__rdivmod__(2.0, 9.0))


class MyInt(int):
    def __rdivmod__(self, other):
        return ("MyInt.__rdivmod__", other, int(self))


class MyInt2(int):
    def __divmod__(self, other):
        return ("MyInt2.__divmod__", int(self), other)


class Plain(int):
    pass


show("subclass rdivmod first", lambda: divmod(10, MyInt(3)))
show("subclass left", lambda: divmod(MyInt(10), 3))
show("subclass divmod", lambda: divmod(MyInt2(10), 3))
show("subclass right plain", lambda: divmod(10, MyInt2(3)))
show("plain", lambda: divmod(Plain(10), Plain(3)))
show("plain float", lambda: divmod(Plain(10), 4.0))


class Super(int):
    def __divmod__(self, other):
        q, r = super().__divmod__(other)
        return ("super", q, r)

    def __rdivmod__(self, other):
        return ("rsuper",) + super().__rdivmod__(other)


show("super", lambda: divmod(Super(22), 7))
show("rsuper", lambda: divmod(22, Super(7)))


class F(float):
    def __rdivmod__(self, other):
        return "F.__rdivmod__"


show("float sub", lambda: divmod(1.5, F(2.0)))
show("float sub int", lambda: divmod(3, F(2.0)))


class NI:
    def __divmod__(self, other):
        return NotImplemented

    def __rdivmod__(self, other):
        return ("NI.__rdivmod__", other)


show("NI left", lambda: divmod(NI(), 2))
show("NI right", lambda: divmod(2, NI()))
show("NI both", lambda: divmod(NI(), NI()))
show("str", lambda: divmod("a", 2))
show("none", lambda: divmod(None, None))
show("complex", lambda: divmod(1j, 2))
print(hasattr(int, "__divmod__"), hasattr(float, "__rdivmod__"))
print(sorted(n for n in dir(int) if "divmod" in n))
