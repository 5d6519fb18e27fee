# match: compile-time and run-time errors, and odd subjects
srcs = [
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case 1 | a:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case Point(x=1, 2):\n        pass\n",
    "match x:\n    case f'{y}':\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n",
    "match x:\n    case a if a > 1:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case (a | b) as c:\n        pass\n" ,
    "match x:\n    case 1+2:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
]
for s in srcs:
    try:
        compile(s, "<m>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

class NoArgs:
    pass
class Bad:
    __match_args__ = ["a"]
for subject, pat in [(NoArgs(), "NoArgs(1)"), (Bad(), "Bad(1)"), (5, "int(1, 2)"), (3, "len()")]:
    try:
        exec(f"match subject:\n    case {pat}:\n        print('matched')\n    case _:\n        print('no')\n")
    except TypeError as e:
        print("TypeError:", e)
from collections import OrderedDict
class defaultdict(dict):
    def __init__(self, f):
        self.f = f
    def __missing__(self, k):
        v = self[k] = self.f()
        return v
def kind(x):
    match x:
        case {"k": v}:
            return f"mapping k={v}"
        case [*_]:
            return "sequence"
        case _:
            return "other"
print(kind(OrderedDict(k=1)), kind(range(3)), kind("abc"), kind(b"ab"), kind(bytearray(b"x")), kind((1,)))
dd = defaultdict(int)
print(kind(dd), dict(dd))
for n in range(5):
    match n % 3, n:
        case 0, m:
            print("div", m)
        case (1, _) | (2, 4):
            print("one or four")
        case _:
            print("else")
def g():
    for i in range(40):
        match i:
            case 3 | 7:
                yield i
            case [_]:
                yield -1
            case int(j) if j > 35:
                yield j * 10
print(list(g()))
