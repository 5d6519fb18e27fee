# dis.dis(f, adaptive=True) shows the specialized instructions after
# warm-up, and the generic family names before it and with adaptive=False.
# The names checked are ones CPython 3.11 and uopy specialize alike.
import dis
import math

class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def text(self):
        return "".join(self.parts)

def listing(f, adaptive):
    out = Out()
    dis.dis(f, adaptive=adaptive, file=out)
    return out.text()

class Slotted:
    __slots__ = ("v",)
    def __init__(self):
        self.v = 1.5

G = 3

def work(n, s):
    total = 0
    f = 0.0
    text = ""
    lst = [0, 0]
    d = {}
    for i in range(n):
        total = total + i * G
        f = f + 1.5 - s.v
        text = text + "x"
        lst[0] = i
        d[i] = i
        a, b = i, total
        s.v = f
    return total, f, len(text), math.pi, helper(1)

def helper(x):
    return x

names = ["BINARY_OP_ADD_INT", "BINARY_OP_MULTIPLY_INT", "BINARY_OP_ADD_FLOAT",
         "BINARY_OP_SUBTRACT_FLOAT", "LOAD_GLOBAL_MODULE",
         "LOAD_GLOBAL_BUILTIN", "LOAD_ATTR_MODULE", "LOAD_ATTR_SLOT", "STORE_ATTR_SLOT",
         "STORE_SUBSCR_LIST_INT", "STORE_SUBSCR_DICT",
         "CALL_PY_EXACT_ARGS"]

before = listing(work, True)
print("before warm-up:", [n for n in names if n in before])
for k in range(20):
    work(50, Slotted())
after = listing(work, True)
print("adaptive:", [n for n in names if n in after])
plain = listing(work, False)
print("not adaptive:", [n for n in names if n in plain])
print("generic names shown:", all(g in plain for g in ["BINARY_OP", "LOAD_GLOBAL", "STORE_SUBSCR"]))
