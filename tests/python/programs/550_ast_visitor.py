# AST node classes, a visitor base class with getattr dispatch, constant folding, and a compiler
# from the AST to a register-machine listing that is then executed.
class Node:
    fields = ()

    def __init__(self, *args):
        if len(args) != len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} fields, got {len(args)}")
        for name, value in zip(self.fields, args):
            setattr(self, name, value)

    def __repr__(self):
        inner = ", ".join(repr(getattr(self, f)) for f in self.fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields)


class Num(Node):
    fields = ("value",)


class Var(Node):
    fields = ("name",)


class BinOp(Node):
    fields = ("op", "left", "right")


class Let(Node):
    fields = ("name", "value", "body")


class IfZero(Node):
    fields = ("cond", "then", "orelse")


class Visitor:
    def visit(self, node):
        method = getattr(self, "visit_" + type(node).__name__, None)
        if method is None:
            return self.generic_visit(node)
        return method(node)

    def generic_visit(self, node):
        raise NotImplementedError(f"{type(self).__name__} cannot visit {type(node).__name__}")


class Printer(Visitor):
    def visit_Num(self, n):
        return str(n.value)

    def visit_Var(self, n):
        return n.name

    def visit_BinOp(self, n):
        return f"({self.visit(n.left)} {n.op} {self.visit(n.right)})"

    def visit_Let(self, n):
        return f"let {n.name} = {self.visit(n.value)} in {self.visit(n.body)}"

    def visit_IfZero(self, n):
        return f"ifz {self.visit(n.cond)} then {self.visit(n.then)} else {self.visit(n.orelse)}"


OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a // b, "%": lambda a, b: a % b}


class Folder(Visitor):
    def __init__(self):
        self.folds = 0

    def visit_Num(self, n):
        return n

    visit_Var = visit_Num

    def visit_BinOp(self, n):
        left, right = self.visit(n.left), self.visit(n.right)
        if isinstance(left, Num) and isinstance(right, Num) and not (n.op in "/%" and right.value == 0):
            self.folds += 1
            return Num(OPS[n.op](left.value, right.value))
        if n.op == "*" and (left == Num(0) or right == Num(0)):
            self.folds += 1
            return Num(0)
        if n.op in "+-" and right == Num(0):
            self.folds += 1
            return left
        return BinOp(n.op, left, right)

    def visit_Let(self, n):
        return Let(n.name, self.visit(n.value), self.visit(n.body))

    def visit_IfZero(self, n):
        cond = self.visit(n.cond)
        if isinstance(cond, Num):
            self.folds += 1
            return self.visit(n.then if cond.value == 0 else n.orelse)
        return IfZero(cond, self.visit(n.then), self.visit(n.orelse))


class Compiler(Visitor):
    def __init__(self):
        self.code = []
        self.next_reg = 0
        self.scopes = [{}]
        self.labels = 0

    def reg(self):
        self.next_reg += 1
        return f"r{self.next_reg}"

    def visit_Num(self, n):
        r = self.reg()
        self.code.append(("const", r, n.value))
        return r

    def visit_Var(self, n):
        for scope in reversed(self.scopes):
            if n.name in scope:
                return scope[n.name]
        raise NameError(f"unbound variable {n.name!r}")

    def visit_BinOp(self, n):
        a, b = self.visit(n.left), self.visit(n.right)
        r = self.reg()
        self.code.append((n.op, r, a, b))
        return r

    def visit_Let(self, n):
        v = self.visit(n.value)
        self.scopes.append({n.name: v})
        try:
            return self.visit(n.body)
        finally:
            self.scopes.pop()

    def visit_IfZero(self, n):
        c = self.visit(n.cond)
        self.labels += 1
        else_l, end_l = f"else{self.labels}", f"end{self.labels}"
        out = self.reg()
        self.code.append(("jnz", c, else_l))
        self.code.append(("mov", out, self.visit(n.then)))
        self.code.append(("jmp", end_l))
        self.code.append(("label", else_l))
        self.code.append(("mov", out, self.visit(n.orelse)))
        self.code.append(("label", end_l))
        return out


def execute(code, result):
    regs = {}
    labels = {ins[1]: i for i, ins in enumerate(code) if ins[0] == "label"}
    pc = 0
    while pc < len(code):
        ins = code[pc]
        pc += 1
        op = ins[0]
        if op == "const":
            regs[ins[1]] = ins[2]
        elif op == "mov":
            regs[ins[1]] = regs[ins[2]]
        elif op == "jnz":
            if regs[ins[1]] != 0:
                pc = labels[ins[2]]
        elif op == "jmp":
            pc = labels[ins[1]]
        elif op in OPS:
            regs[ins[1]] = OPS[op](regs[ins[2]], regs[ins[3]])
    return regs[result]


N, V, B = Num, Var, BinOp
programs = [
    B("+", N(1), B("*", N(2), N(3))),
    Let("x", N(5), B("*", V("x"), B("+", V("x"), N(0)))),
    Let("x", N(7), Let("y", B("-", V("x"), N(2)), Let("x", N(100), B("+", V("x"), V("y"))))),
    IfZero(B("-", N(3), N(3)), N(10), N(20)),
    Let("n", N(4), IfZero(B("%", V("n"), N(2)), B("/", V("n"), N(2)), B("+", B("*", V("n"), N(3)), N(1)))),
    Let("z", N(9), B("*", N(0), V("z"))),
    B("/", N(1), N(0)),
    B("+", V("nope"), N(1)),
]
p, f = Printer(), Folder()
for prog in programs:
    print(p.visit(prog))
    folded = f.visit(prog)
    print("  folded:", p.visit(folded), "| same:", folded == prog)
    try:
        c = Compiler()
        r = c.visit(prog)
        print("  code:", len(c.code), "instrs, result", execute(c.code, r))
    except (NameError, ZeroDivisionError) as e:
        print("  error:", type(e).__name__, e)
print("total folds:", f.folds)
c = Compiler()
r = c.visit(programs[4])
for ins in c.code:
    print("   ", " ".join(map(str, ins)))
print(repr(programs[1]))
try:
    Num(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Printer().visit("not a node")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Num(3) == Num(3), Num(3) == Var(3), Num(3) != Num(4), [cls.__name__ for cls in Node.__subclasses__()])
