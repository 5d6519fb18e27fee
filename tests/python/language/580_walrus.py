# assignment expressions: comprehensions, while, if, nesting, scoping, syntax errors
import re
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("n", n)
print([y for x in data if (y := x * 2) > 6], y)
print([last := x for x in data], last)
total = 0
print([total := total + x for x in data], total)
def scope():
    [z := i for i in range(3)]
    return z
print(scope())
def nested_scope():
    res = [[w := i * j for j in range(3)] for i in range(3)]
    return res, w
print(nested_scope())
lines = iter(["a", "b", "", "c"])
while (line := next(lines)) != "":
    print("line", line)
print("after", line)
chunks = []
src = list(range(10))
while chunk := src[:3]:
    chunks.append(chunk)
    src = src[3:]
print(chunks)
if m := re.match(r"(\d+)-(\d+)", "12-34"):
    print(m.groups())
print((a := 5), a, (b := a + 1) * 2, b)
def f(x):
    return x + 1
print(f(q := 10), q)
print({k: (v := k * 2) for k in range(3)}, v)
print({(s := c) for c in "ab"} and s)
g = (p := x for x in range(3))
print(list(g), p)
def closure():
    items = [1, 2, 3]
    found = any((hit := x) > 1 for x in items)
    return found, hit
print(closure())
for bad in ["[i := 0 for i in range(3)]", "[x for x in (y := [1])]", "x := 1", "def g(): (lambda: (a := 1))\n",
            "class D:\n    [w2 := i for i in range(2)]", "f(a := 1, b)", "(a.b := 1)", "[[(j := 0) for i in range(2)] for j in range(2)]"]:
    try:
        compile(bad, "<s>", "exec")
        print("ok", repr(bad))
    except SyntaxError as e:
        print("SyntaxError", repr(bad), e.msg)
