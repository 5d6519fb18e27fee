# Tokenizer + recursive-descent parser + evaluator for arithmetic expressions.
class Token:
    __slots__ = ("kind", "value", "pos")

    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"


class ParseError(Exception):
    pass


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            value = float(text) if "." in text else int(text)
            tokens.append(Token("num", value, start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("name", src[start:i], start))
        elif src.startswith("**", i):
            tokens.append(Token("op", "**", i))
            i += 2
        elif ch in "+-*/%(),":
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("eof", None, len(src)))
    return tokens


class Parser:
    def __init__(self, src):
        self.tokens = tokenize(src)
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, value=None):
        tok = self.tokens[self.i]
        if value is not None and tok.value != value:
            raise ParseError(f"expected {value!r} at {tok.pos}, got {tok.value!r}")
        self.i += 1
        return tok

    def parse(self):
        node = self.expr()
        if self.peek().kind != "eof":
            raise ParseError(f"trailing input at {self.peek().pos}")
        return node

    def expr(self):
        node = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            node = (op, node, self.unary())
        return node

    def unary(self):
        if self.peek().value == "-":
            self.take()
            return ("neg", self.unary())
        if self.peek().value == "+":
            self.take()
            return self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().value == "**":
            self.take()
            return ("**", base, self.unary())
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return ("num", tok.value)
        if tok.kind == "name":
            if self.peek().value == "(":
                self.take("(")
                args = []
                if self.peek().value != ")":
                    args.append(self.expr())
                    while self.peek().value == ",":
                        self.take()
                        args.append(self.expr())
                self.take(")")
                return ("call", tok.value, args)
            return ("var", tok.value)
        if tok.value == "(":
            node = self.expr()
            self.take(")")
            return node
        raise ParseError(f"unexpected {tok.value!r} at {tok.pos}")


FUNCS = {"max": max, "min": min, "abs": abs, "pow": pow}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise NameError(f"undefined variable {node[1]}")
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        args = [evaluate(a, env) for a in node[2]]
        return FUNCS[node[1]](*args)
    a = evaluate(node[1], env)
    b = evaluate(node[2], env)
    if kind == "+":
        return a + b
    if kind == "-":
        return a - b
    if kind == "*":
        return a * b
    if kind == "/":
        return a / b
    if kind == "%":
        return a % b
    if kind == "**":
        return a ** b
    raise ValueError(kind)


def show(node):
    if node[0] == "num":
        return repr(node[1])
    if node[0] == "var":
        return node[1]
    if node[0] == "neg":
        return f"(-{show(node[1])})"
    if node[0] == "call":
        return f"{node[1]}({', '.join(show(a) for a in node[2])})"
    return f"({show(node[1])} {node[0]} {show(node[2])})"


env = {"x": 3, "y": 4.5, "big": 2 ** 70}
cases = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "10 / 4",
    "10 % 3 - -7 % 3",
    "x * y - 1",
    "max(1, x, 2) + min(y, 10)",
    "abs(-big) // 2",
    "big * big % 1000007",
    "pow(2, 10) - 1.5",
    "((((1))))",
    "1 +",
    "3 $ 4",
    "z + 1",
    "1 / (x - 3)",
    "(1 + 2",
    "2 ** -1",
    "0.1 + 0.2",
    "+-+-5",
]
for src in cases:
    try:
        tree = Parser(src).parse()
        print(f"{src!r:28} => {show(tree)} = {evaluate(tree, env)!r}")
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f"{src!r:28} !! {type(e).__name__}: {e}")
print(tokenize("a1 ** (b_2 + 3.25)"))
