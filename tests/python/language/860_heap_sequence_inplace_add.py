# `x += y` where x's class (written in Python) inherits list's or bytearray's
# __iadd__: CPython's generic in-place slot calls it before y.__radd__; the
# other operators still give y's reflected method its turn first. Found by
# tools/progen (seed 34209042).
class RInt(int):
    def __radd__(self, o): return "radd"
    def __rmul__(self, o): return "rmul"
class RList(list): pass
class RBA(bytearray): pass
class RTup(tuple): pass
for mk in (list, RList, bytearray, RBA, tuple, RTup):
    for op in ("+=", "*=", "+", "*"):
        a = mk([1]) if mk not in (bytearray, RBA) else mk(b"x")
        try:
            if op == "+=": a += RInt(2); r = a
            elif op == "*=": a *= RInt(2); r = a
            elif op == "+": r = a + RInt(2)
            else: r = a * RInt(2)
            print(mk.__name__, op, r)
        except Exception as e:
            print(mk.__name__, op, type(e).__name__, e)
