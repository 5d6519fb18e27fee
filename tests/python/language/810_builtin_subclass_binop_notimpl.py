# Subclasses of built-in types inherit their operators' slot wrappers: an
# inherited __add__ that returns NotImplemented falls through to the other
# operand's reflected method and then to TypeError (int's __add__ is no
# sequence concatenation, and list's __add__ is no number addition).
class I(int): pass
class F(float): pass
class C(complex): pass
class S(str): pass
class L(list): pass
class T(tuple): pass
class B(bytes): pass

def show(label, fn):
    try:
        r = fn()
        print(label, '->', type(r).__name__, r)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

samples = [I(2), F(2.5), C(1j), S('s'), L([1]), T((1,)), B(b'b')]
others = [None, 'x', [0], 1.5]
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']
for a in samples:
    for b in others:
        for op in ops:
            if op == '%' and isinstance(a, str) and isinstance(b, list):
                continue  # str % mapping-like with no specifiers: CPython returns a itself
            show('%s %s %s' % (type(a).__name__, op, type(b).__name__),
                 lambda: eval('a %s b' % op))
            show('%s %s %s' % (type(b).__name__, op, type(a).__name__),
                 lambda: eval('b %s a' % op))

print('--- the wrappers themselves return NotImplemented')
print(I(2).__add__(None), F(1.0).__mul__('x'), C(1).__sub__([]), I(2).__radd__('x'))
print(L([1]).__add__([2]), S('a').__add__('b'), T((1,)).__add__((2,)))
show('L.__add__(None)', lambda: L([1]).__add__(None))

print('--- results keep the base type')
for expr in ['I(2) + I(3)', 'I(2) + 3', '3 + I(2)', 'F(1.5) * 2', 'C(1j) + 1', "S('a') + 'b'",
             'L([1]) + [2]', '[2] + L([1])', 'T((1,)) + (2,)', "B(b'a') + b'c'", 'I(3) * [1]',
             '[1] * I(3)', "S('ab') * 2"]:
    show(expr, lambda: eval(expr))

print('--- reflected methods of a third class')
class R:
    def __radd__(self, other):
        return 'R.__radd__(%s)' % type(other).__name__
    def __rmul__(self, other):
        return 'R.__rmul__(%s)' % type(other).__name__
for a in samples:
    show('%s + R' % type(a).__name__, lambda: a + R())
    show('%s * R' % type(a).__name__, lambda: a * R())

print('--- a subclass overriding the reflected method goes first')
class J(int):
    def __radd__(self, other):
        return 'J.__radd__'
    def __rsub__(self, other):
        return NotImplemented
show('1 + J(1)', lambda: 1 + J(1))
show('J(1) + 1', lambda: J(1) + 1)
show('1 - J(1)', lambda: 1 - J(1))
show('None - J(1)', lambda: None - J(1))

print('--- augmented assignment')
for a in samples:
    for b in [None, 'x']:
        def aug():
            x = a
            x += b
            return x
        show('%s += %s' % (type(a).__name__, type(b).__name__), aug)

print('--- operator.concat and sum')
import operator
show('concat I', lambda: operator.concat(I(1), 2))
show('concat L', lambda: operator.concat(L([1]), [2]))
show('sum I', lambda: sum([I(1), I(2)], I(0)))
show('sum with None', lambda: sum([I(1), None]))
