# complex(): string parsing, two-argument forms, __complex__/__float__/__index__ fallbacks
def t(f):
    try:
        return repr(f())
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)

for s in ["1+2j", "1-2j", " 1+2j ", "(1+2j)", " ( 1+2j ) ", "j", "-j", "+j", "1j", "1J", "2", "-2.5", "1e3j", "1e-3-1e3j",
          "inf+nanj", "-infj", "nan", "1+j", "1-j", ".5+.5j", "1_0+2_0j", "0x1+2j", "1 + 2j", "1+2", "j1", "1+2jj", "(1+2j",
          "1+2j)", "", " ", "()", "1e", "+-1j", "1++2j", "1.5e+10-2.5E-3J", "\t3j\n", "١+٢j"]:
    print(repr(s), t(lambda: complex(s)))
print(t(lambda: complex()), t(lambda: complex(1)), t(lambda: complex(1, 2)), t(lambda: complex(1.5, -0.0)), t(lambda: complex(1j, 1j)))
print(t(lambda: complex(1 + 2j, 3)), t(lambda: complex(1, 2 + 3j)), t(lambda: complex("1", 2)), t(lambda: complex(1, "2")), t(lambda: complex(None)))
print(t(lambda: complex(real=1, imag=2)), t(lambda: complex(imag=2)), t(lambda: complex(True, False)), t(lambda: complex(b"1")), t(lambda: complex([1])))
class C:
    def __complex__(self):
        return 5 + 6j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __complex__(self):
        return 1.5
class Sub(complex):
    pass
print(t(lambda: complex(C())), t(lambda: complex(F())), t(lambda: complex(I())), t(lambda: complex(Bad())), t(lambda: complex(F(), F())))
print(t(lambda: complex(Sub(1, 2))), t(lambda: type(Sub(1, 2)).__name__), t(lambda: type(Sub(1, 2) + 1).__name__), t(lambda: Sub("3j")))
print(t(lambda: complex("1" * 400)), t(lambda: complex(10 ** 400)), t(lambda: complex(1, 10 ** 400)), t(lambda: eval("1+2j") == complex("1+2j")))
