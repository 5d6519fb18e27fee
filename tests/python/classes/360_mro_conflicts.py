# MRO conflicts and invalid bases
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class D(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class F(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class G(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class H(list, dict): pass
except TypeError as e:
    print(type(e).__name__, e)
ok = type("ok", (B, A), {})
print([c.__name__ for c in ok.__mro__])
try:
    type("bad", (A, B), {})
except TypeError as e:
    print(type(e).__name__, e)
# B(A) then A as second base: fine
class I(B, A): pass
print([c.__name__ for c in I.__mro__])
# object first
try:
    class J(object, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class K(A, object): pass
print([c.__name__ for c in K.__mro__])
# assigning __bases__
class M: pass
class N: pass
class O2(M): pass
try:
    O2.__bases__ = (N,)
except Exception as e:
    print(type(e).__name__, e)
print([c.__name__ for c in O2.__mro__], O2.__base__.__name__)
try:
    O2.__bases__ = ()
except Exception as e:
    print(type(e).__name__, e)
try:
    A.__bases__ = (B,)
except Exception as e:
    print(type(e).__name__, e)
print(A.__bases__, B.__bases__ == (A,), object.__bases__)
print(I.__base__.__name__, object.__base__)
try:
    class Z(None): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FnBase(len): pass
except TypeError as e:
    print(type(e).__name__, e)
