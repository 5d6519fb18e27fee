def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
# divmod
t(lambda: (divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5), divmod(10 ** 20, 7)))
t(lambda: (divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(1, 0.3), divmod(True, 2)))
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: divmod("a", 1))
t(lambda: divmod(1))
class D:
    def __divmod__(self, o):
        return ("dm", o)
    def __rdivmod__(self, o):
        return ("rdm", o)
t(lambda: (divmod(D(), 3), divmod(3, D())))
# round
t(lambda: (round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7)))
t(lambda: (round(2.675, 2), round(1.25, 1), round(1.35, 1), round(123.456, -1), round(123.456, -2), round(0.0001, 2)))
t(lambda: (round(5), round(15, -1), round(25, -1), round(-25, -1), round(1234, -2), round(1250, -2), round(12, 3)))
t(lambda: (type(round(1.5)).__name__, type(round(1.5, 0)).__name__, type(round(5, 1)).__name__, round(1.5, None)))
t(lambda: (round(True), round(-0.0), round(-0.4), round(1e300), round(0.1 + 0.2, 10)))
t(lambda: round(float("inf")))
t(lambda: round(float("nan")))
t(lambda: round(float("inf"), 2))
t(lambda: round("1.5"))
t(lambda: round(1.5, 1.0))
class Rd:
    def __round__(self, n=None):
        return ("round", n)
t(lambda: (round(Rd()), round(Rd(), 3)))
# pow
t(lambda: (pow(2, 10), pow(2, -1), pow(-2, 3), pow(2, 0), pow(0, 0), pow(2.0, 3), pow(4, 0.5), pow(2, 100)))
t(lambda: (pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 10, -7), pow(5, 0, 1), pow(10 ** 20, 10 ** 20, 97)))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(0, -1))
t(lambda: pow(0.0, -1))
t(lambda: pow(-8, 1 / 3))
t(lambda: (pow(base=2, exp=5), pow(2, exp=3, mod=5), 2 ** -2, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2))
t(lambda: (abs(pow(-1, 0.5)), type(pow(-1, 0.5)).__name__))
