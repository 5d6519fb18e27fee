# A small Lisp interpreter: reader, environments, closures, tail calls, macros-free special forms.
class LispError(Exception):
    pass


class Symbol(str):
    pass


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__()
        if len(params) != len(args):
            raise LispError(f"expected {len(params)} args, got {len(args)}")
        self.update(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol: {name}")


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)


class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"


def to_str(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_str, x)) + ")"
    return str(x)


def standard_env():
    env = Env()
    import math
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, *b: -a if not b else a - sum(b),
        "*": lambda *a: _prod(a), "/": lambda a, b: a // b if isinstance(a, int) and isinstance(b, int) else a / b,
        "<": lambda a, b: a < b, ">": lambda a, b: a > b, "=": lambda a, b: a == b,
        "<=": lambda a, b: a <= b, "mod": lambda a, b: a % b,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b,
        "list": lambda *a: list(a), "null?": lambda x: x == [], "length": len,
        "sqrt": math.sqrt, "abs": abs, "not": lambda x: x is False,
        "apply": lambda f, args: call(f, args), "map": lambda f, xs: [call(f, [x]) for x in xs],
    })
    return env


def _prod(a):
    r = 1
    for x in a:
        r *= x
    return r


def call(f, args):
    if isinstance(f, Lambda):
        return evaluate(f.body, Env(f.params, args, f.env))
    if callable(f):
        return f(*args)
    raise LispError(f"not a procedure: {to_str(f)}")


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise LispError("empty application")
        op = x[0]
        if op == "quote":
            return x[1]
        if op == "if":
            _, test, conseq, alt = x
            x = conseq if evaluate(test, env) is not False else alt
            continue
        if op == "define":
            if isinstance(x[1], list):
                name, params = x[1][0], x[1][1:]
                env[name] = Lambda(params, x[2], env)
            else:
                env[x[1]] = evaluate(x[2], env)
            return None
        if op == "set!":
            env.find(x[1])[x[1]] = evaluate(x[2], env)
            return None
        if op == "lambda":
            return Lambda(x[1], x[2], env)
        if op == "begin":
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        if op == "let":
            names = [b[0] for b in x[1]]
            vals = [evaluate(b[1], env) for b in x[1]]
            env = Env(names, vals, env)
            x = x[2]
            continue
        f = evaluate(op, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(f, Lambda):
            env = Env(f.params, args, f.env)
            x = f.body
            continue
        return call(f, args)


GLOBAL = standard_env()


def run(src):
    tokens = tokenize(src)
    result = None
    while tokens:
        result = evaluate(read(tokens), GLOBAL)
    return result


programs = [
    "(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1))))) (fact 25)",
    "(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))) (map fib '(0 1 2 3 4 5 6 7 8 9 10))",
    "(define (count n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))) (count 5000 0)",
    "(define (make-counter) (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n)))) (define c (make-counter)) (c) (c) (c)",
    "(define (range a b) (if (>= a b) '() (cons a (range (+ a 1) b))))",
    "(define (>= a b) (not (< a b))) (range 0 10)",
    "(define (filter p xs) (if (null? xs) '() (if (p (car xs)) (cons (car xs) (filter p (cdr xs))) (filter p (cdr xs)))))"
    " (filter (lambda (x) (= 0 (mod x 3))) (range 0 30))",
    "(define (compose f g) (lambda (x) (f (g x)))) ((compose (lambda (x) (* x x)) (lambda (x) (+ x 1))) 6)",
    "(apply + (map (lambda (x) (* x x)) (range 1 11)))",
    "(list (/ 7 2) (/ 7.0 2) (sqrt 16) (- 5) (abs -3) (length '(a b c)) 'sym (car '((1 2) 3)))",
    "(let ((x 2) (y 3)) (let ((x 7) (z (+ x y))) (* z x)))",
    "(if (< 1 2) 'yes 'no)",
    "(undefined-fn 1 2)",
    "(fact 1 2)",
    "(car '())",
    "((quote 5) 3)",
    "(+ 1 (* 2",
    ")",
    "()",
]
for src in programs:
    try:
        print(to_str(run(src)))
    except LispError as e:
        print("LispError:", e)
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(tokenize("(a 'b)"), read(tokenize("(1 2.5 (x))")), type(read(["foo"])).__name__)
print(sorted(k for k in GLOBAL if k.isalpha())[:12], isinstance(Symbol("x"), str), Symbol("a") == "a")
