def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello" | "hi":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case [] :
            return "empty list"
        case [a]:
            return f"one item {a}"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"name": str(name), **others}:
            return f"named {name} {sorted(others)}"
        case {}:
            return "some mapping"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float():
            return "number"
        case str() as s:
            return f"string {s!r}"
        case (1, 2, *_):
            return "starts 1 2"
        case _:
            return "other"

for v in [0, 2, -1, 1.5, "hi", None, True, [], [5], [1, 2], (1, 2, 3), [9, 8, 7],
          {"type": "point", "x": 1, "y": 2}, {"name": "bob", "age": 3, "z": 1}, {"q": 1},
          500, 50, 2.5, "text", {1, 2}, b"bytes"]:
    print(repr(v), "->", describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(0, y=yy):
            return f"on y axis at {yy}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 5), "x"]:
    print(where(p))

def nested(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "going " + direction
        case ["pick", "up", item] | ["take", item]:
            return "taking " + item
        case ["drop", *items] if items:
            return "dropping " + ", ".join(items)
        case [("quit" | "exit")]:
            return "bye"
        case _:
            return "unknown: " + cmd
for c in ["go north", "go up", "pick up lamp", "take sword", "drop a b", "drop", "quit", "exit now"]:
    print(nested(c))

import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def color(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
print(color(Color.RED), color(Color.GREEN), color(3))

match (1, 2):
    case (x, y):
        print("module level", x, y)
match = 5
print(match)
def match_func(match):
    return match * 2
print(match_func(4))
x = [1, [2, [3, 4]]]
match x:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print(rest)
match 42:
    case 1 | 2:
        print("no")
print("after no match")
