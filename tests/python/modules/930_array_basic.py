# array.array: construction for every type code, item access and assignment
# (slices and extended slices included), deletion, iteration, the sequence
# operators, comparisons, repr, and the methods.
import array
from array import array as A


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(array.typecodes, array.ArrayType is A, A.__name__, A.__module__, A.__qualname__)
print([n for n in ('array', 'ArrayType', 'typecodes', '_array_reconstructor') if hasattr(array, n)])
print(repr(A), type(iter(A('i'))), A.__dict__['__module__'])
import collections.abc
print(isinstance(A('i'), collections.abc.MutableSequence), issubclass(A, collections.abc.Sequence))
print([(c, A(c).itemsize, A(c).typecode) for c in array.typecodes])

# Construction
show(lambda: A('i'))
show(lambda: A('i', [1, 2, 3]))
show(lambda: A('i', (1, 2, 3)))
show(lambda: A('i', range(5)))
show(lambda: A('i', iter([7, 8])))
show(lambda: A('b', [-128, 0, 127]))
show(lambda: A('B', [0, 255]))
show(lambda: A('h', [-32768, 32767]))
show(lambda: A('H', [0, 65535]))
show(lambda: A('i', [-2**31, 2**31 - 1]))
show(lambda: A('I', [0, 2**32 - 1]))
show(lambda: A('l', [-2**63, 2**63 - 1]))
show(lambda: A('L', [0, 2**64 - 1]))
show(lambda: A('q', [-2**63, 2**63 - 1]))
show(lambda: A('Q', [0, 2**64 - 1]))
show(lambda: A('f', [1, 2.5, 0.1, -0.0, float('inf')]))
show(lambda: A('d', [1, 2.5, 0.1, -0.0, float('-inf'), 1e300]))
show(lambda: A('f', [1e300, -1e300]))
show(lambda: A('u', 'hello'))
show(lambda: A('u', ['a', 'b']))
show(lambda: A('u', '\U0001f600x\u00e9'))
show(lambda: A('u'))
show(lambda: A('i', b'\x01\x00\x00\x00\x02\x00\x00\x00'))
show(lambda: A('h', bytearray(b'\x01\x00\xff\xff')))
show(lambda: A('B', b''))
show(lambda: A('d', A('i', [1, 2])))
show(lambda: A('i', A('i', [3, 4])))
show(lambda: A('u', A('u', 'xy')))
show(lambda: A('i', [True, False]))


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


show(lambda: A('i', [Idx()]))
show(lambda: A('Q', [Idx()]))
show(lambda: A('d', [Idx(), Flt()]))

# Items
a = A('i', range(10))
print(len(a), a[0], a[9], a[-1], a[-10], a[Idx()])
print(a[2:5], a[::2], a[::-1], a[-3:], a[100:], a[1:8:3], a[::-4], a[5:2])
print(type(a[1:3]))
a[0] = 100
a[-1] = -100
print(a)
a[1:3] = A('i', [7, 8, 9, 10])
print(a)
a[::3] = A('i', [0, 0, 0, 0])
print(a)
a[5:2] = A('i', [55])
print(a)
del a[0]
del a[-1]
print(a)
del a[::2]
print(a)
del a[1:3]
print(a)
b = A('i', range(10))
b[::2] = A('i')
print(b)
b = A('i', range(10))
b[7:2:-2] = A('i', [70, 50, 30])
print(b)
b = A('i', range(10))
del b[::-3]
print(b)
b = A('i', [1, 2, 3])
b[:] = b
print(b)
b[1:] = b
print(b)
b[-100:100] = A('i', [9])
print(b)

# Iteration
c = A('d', [0.5, 1.5, 2.5])
print(list(c), [x * 2 for x in c], sum(c), max(c), sorted(A('i', [3, 1, 2])))
print(list(reversed(A('i', [1, 2, 3]))), list(enumerate(A('u', 'ab'))))
it = iter(A('i', [1, 2, 3]))
print(next(it), list(it), list(it))
grow = A('i', [1])
for x in grow:
    if len(grow) < 5:
        grow.append(x + 1)
print(grow)
print(bool(A('i')), bool(A('i', [0])))

# Operators
print(A('i', [1, 2]) + A('i', [3]), A('i', [1, 2]) * 3, 2 * A('u', 'ab'), A('i', [1]) * 0,
      A('i', [1]) * -5)
d = A('i', [1, 2])
d += A('i', [3])
print(d)
d *= 2
print(d)
d *= 0
print(d)
e = A('i', [1])
e += e
e += e
print(e)
print(3 in A('i', [1, 2, 3]), 3.0 in A('i', [1, 2, 3]), 'x' in A('i', [1]), 'b' in A('u', 'abc'))
print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) == A('d', [1.0, 2.0]),
      A('i', [1, 2]) != A('i', [1, 3]), A('i', [1, 2]) == [1, 2])
print(A('i', [1, 2]) < A('i', [1, 3]), A('i', [1, 2]) < A('i', [1, 2, 0]),
      A('i', [1, 2]) >= A('i', [1, 2, 0]), A('i', [2]) > A('i', [1, 9]),
      A('i', []) <= A('i', []), A('Q', [2**64 - 1]) > A('q', [-1]))
print(A('u', 'abc') == A('u', 'abc'), A('u', 'abc') < A('u', 'abd'), A('u', 'a') == A('i', [97]))
nan = float('nan')
print(A('d', [nan]) == A('d', [nan]), A('d', [nan]) != A('d', [nan]), nan in A('d', [nan]),
      A('d', [1, nan]) < A('d', [1, 2]), A('d', [0.0]) == A('d', [-0.0]))

# repr and str
print(repr(A('d', [1.5, -0.0])), str(A('i', [1])), repr(A('u', 'a\'"')), repr(A('f', [0.1])))

# Methods
m = A('i')
m.append(1)
m.extend([2, 3])
m.extend(A('i', [4]))
m.extend(m)
print(m)
m.insert(0, 9)
m.insert(-100, 8)
m.insert(100, 7)
m.insert(-1, 6)
print(m)
print(m.pop(), m.pop(0), m.pop(-2), m)
m.remove(2)
print(m)
print(m.index(3), m.index(3, 3), m.index(3, -4, -1), m.index(3, 0, 10**30), m.count(3), m.count(5))
m.reverse()
print(m)
print(m.tolist(), type(m.tolist()))
print(m.buffer_info()[1], type(m.buffer_info()[0]))
print(A('i', [1, 2]).tobytes(), A('h', [1, 256]).tobytes(), A('d', [1.0]).tobytes())
sw = A('h', [1, 256, -2])
sw.byteswap()
print(sw)
sw = A('d', [1.0])
sw.byteswap()
print(sw.tobytes())
sw = A('b', [1, -2])
sw.byteswap()
print(sw)
fb = A('i')
fb.frombytes(b'\x01\x00\x00\x00')
fb.frombytes(bytearray(b'\x02\x00\x00\x00'))
fb.frombytes(memoryview(b'\x03\x00\x00\x00'))
fb.frombytes(A('B', [4, 0, 0, 0]))
fb.frombytes(b'')
show(lambda: fb.frombytes(A('i', [5])))
show(lambda: fb.frombytes(memoryview(b'\x05\x00\x00\x00').cast('i')))
print(fb)
fbb = A('B')
fbb.frombytes(fbb)
fbb.frombytes(A('B', [1, 2]))
show(lambda: fbb.frombytes(fbb))
print(fbb)
fl = A('d')
fl.fromlist([1, 2.5])
print(fl)
u = A('u', 'hi')
u.fromunicode(' there')
print(u, u.tounicode(), u.tolist()[:3])
cp = A('i', [1, 2])
cq = cp.__copy__()
cq.append(3)
print(cp, cq, cp.__deepcopy__({}), cp.__deepcopy__(None))
print(A('i', [5]).__sizeof__() > 0)

# match: an array is a sequence
match A('i', [1, 2]):
    case [x, y]:
        print('sequence', x, y)
    case _:
        print('not a sequence')
