# test: skip-asan (ASan keeps the eval loop's temporaries in its native frame, which the
# conservative stack scan reads: there a dropped object is found one collection late)
class T(tuple): pass
t = T((1,2,3)); t.x = 5
print(t, t.x, len(t), t[2], type(t).__name__)
class B(bytes): pass
b = B(b"xy"); b.k = 1
print(b, b.k, type(b).__name__, B("é", "utf-8"))
class S(str): pass
s = S("hello"); s.a = [1]
import gc; gc.collect()
print(s, s.a, s.upper(), s.__dict__)
try:
    class X(tuple): __slots__ = ("a",)
except TypeError as e: print(e)
print(str(b"caf\xc3\xa9", "utf-8"), b"\xff".decode("latin-1"), "é".encode("latin-1"))
try: b"\xff".decode()
except UnicodeDecodeError as e: print(e)
