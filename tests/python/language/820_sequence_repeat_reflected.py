# Sequence repetition and concatenation come after both operands' number
# methods: `seq * x` tries x.__rmul__ before repeating by x.__index__, and
# `seq += x` tries x.__radd__ before extending; then CPython's messages.
class RMul:
    def __rmul__(self, other): return ('rmul', type(other).__name__)
    def __radd__(self, other): return ('radd', type(other).__name__)
    def __mul__(self, other): return ('mul', type(other).__name__)

class Index:
    def __index__(self): return 2

class IndexRMul:
    def __index__(self): return 3
    def __rmul__(self, other): return ('rmul', type(other).__name__)

class IndexDeclines:
    def __index__(self): return 3
    def __rmul__(self, other): return NotImplemented
    def __radd__(self, other): return NotImplemented

class IterRAdd:
    def __iter__(self): return iter([7, 8])
    def __radd__(self, other): return 'radd-iter'

class OnlyIter:
    def __iter__(self): return iter([7, 8])

class NotIterRAdd:
    def __radd__(self, other): return 'radd-notiter'
    def __rmul__(self, other): return 'rmul-notiter'

class IntRMul(int):
    def __rmul__(self, other): return 'IntRMul.__rmul__'

class IntPlain(int):
    pass

class Plain:
    pass

def show(label, fn):
    try:
        r = fn()
        print(label, '->', r)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

seqs = ['[1]', '(1,)', "'a'", "b'a'", "bytearray(b'a')", 'range(1)']
others = ['RMul()', 'Index()', 'IndexRMul()', 'IndexDeclines()', 'IterRAdd()', 'OnlyIter()',
          'NotIterRAdd()', 'IntRMul(2)', 'IntPlain(2)', 'Plain()', '2.0', 'None', 'True', '2',
          '-1', '[9]', '(9,)']
for s in seqs:
    for o in others:
        for form in ['{s} * {o}', '{o} * {s}', '{s} + {o}', '{o} + {s}']:
            e = form.format(s=s, o=o)
            show(e, lambda: eval(e))

print('--- augmented assignment')
for s in seqs:
    for o in others:
        for op in ['+=', '*=']:
            def aug():
                x = eval(s)
                alias = x
                code = 'x %s y' % op
                ns = {'x': x, 'y': eval(o)}
                exec(code, ns)
                # (bytes * 1 is the same object in CPython: not checked here)
                return ns['x'], 'n/a' if s == "b'a'" else ns['x'] is alias
            show('%s %s %s' % (s, op, o), aug)

print('--- number on the left, in place')
for left in ['2', '2.0', 'None', 'Plain()', '{}', '{1}', 'range(2)']:
    for right in ['[1]', "'ab'", '(1,)']:
        def aug():
            ns = {'x': eval(left), 'y': eval(right)}
            exec('x *= y', ns)
            return ns['x']
        show('%s *= %s' % (left, right), aug)

print('--- subclasses of the sequences')
class L(list): pass
class LMul(list):
    def __mul__(self, other): return NotImplemented
class LRMul(list):
    def __rmul__(self, other): return 'LRMul.__rmul__'
for e in ['L([1]) * 2', '2 * L([1])', 'L([1]) * IndexRMul()', 'LMul([1]) * 2', '2 * LMul([1])',
          'LRMul([1]) * 2', '2 * LRMul([1])', '[1] * LRMul()', 'L([1]) + RMul()',
          'L([1]) + None', 'None + L([1])', "'x' + L([1])"]:
    show(e, lambda: eval(e))

print('--- big and negative counts')
show('[1] * -5', lambda: [1] * -5)
show("'ab' * 0", lambda: 'ab' * 0)
show('(1,) * (2**100)', lambda: (1,) * (2 ** 100))
show('[1] * Index()', lambda: [1] * Index())

print('--- the methods called directly')
for e in ["[1].__mul__(2)", "[1].__mul__(IndexRMul())", "[1].__mul__(2.0)", "[1].__rmul__('x')",
          "'a'.__mul__(2.0)", "'a'.__rmul__(3)", "(1,).__mul__(None)", "b'a'.__mul__(RMul())",
          "bytearray(b'a').__imul__(1.5)", "[1].__imul__(2.0)", "[1].__add__(RMul())",
          "[1].__iadd__(IterRAdd())", "[1].__iadd__(NotIterRAdd())", "(1,).__add__([2])",
          "list.__mul__(L([1]), 2)"]:
    show(e, lambda: eval(e))
