# array.array errors: bad type codes and initializers, item conversions
# (each type code's range checks), indexes, slice assignment, the
# operators, and the methods' argument checks, with CPython's messages.
import array
from array import array as A


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# Type codes and initializers
show(lambda: A('x'))
show(lambda: A('x', [1]))
show(lambda: A(1))
show(lambda: A(None))
show(lambda: A('ii'))
show(lambda: A(''))
show(lambda: A())
show(lambda: A('i', [], 3))
show(lambda: A('i', initializer=[]))
show(lambda: A(typecode='i'))
show(lambda: A('i', 'abc'))
show(lambda: A('x', 'abc'))
show(lambda: A('i', A('u', 'abc')))
show(lambda: A('i', 5))
show(lambda: A('x', 5))
show(lambda: A('i', b'abc'))
show(lambda: A('u', [1]))
show(lambda: A('b', [1, 2, 300]))

# Conversions, for each type code
values = [1.5, '1', None, 2**7, -2**7 - 1, 2**8, -1, 2**15, -2**15 - 1, 2**16, 2**31,
          -2**31 - 1, 2**32, 2**63, -2**63 - 1, 2**64]
for tc in 'bBhHiIlLqQ':
    for v in values:
        print(tc, repr(v), end=' ')
        show(lambda: A(tc, [v]))
for tc in 'fd':
    for v in ['1', None, [1], 2**1024, 10**400]:
        print(tc, repr(v)[:20], end=' ')
        show(lambda: A(tc, [v]))
for v in ['ab', '', 1, b'a', None]:
    print('u', repr(v), end=' ')
    show(lambda: A('u', [v]))


class OnlyFloat:
    def __float__(self):
        return 2.5


show(lambda: A('i', [OnlyFloat()]))


class BadIndex:
    def __index__(self):
        return 'x'


show(lambda: A('i', [BadIndex()]))

# Indexes
a = A('i', [1, 2, 3, 4, 5])
show(lambda: a[5])
show(lambda: a[-6])
show(lambda: a['x'])
show(lambda: a[1.0])
show(lambda: a[2**100])


def setitem(k, v):
    b = A('i', range(10))
    b[k] = v
    return b


def delitem(k):
    b = A('i', range(10))
    del b[k]
    return b


show(lambda: setitem(10, 1))
show(lambda: setitem(-11, 1))
show(lambda: setitem('x', 1))
show(lambda: setitem(0, 'x'))
show(lambda: setitem(0, 2**40))
show(lambda: setitem(slice(1, 3), [1]))
show(lambda: setitem(slice(1, 3), A('d', [1])))
show(lambda: setitem(slice(None, None, 2), A('i', [1])))
show(lambda: setitem(slice(None, None, -3), A('i', [1, 2, 3])))
show(lambda: setitem(slice(None, None, 0), A('i')))
show(lambda: setitem(slice('a', None), A('i')))
show(lambda: delitem(10))
show(lambda: delitem('a'))
show(lambda: delitem(slice(None, None, 0)))



# Slice bounds whose __index__ resizes the array: the slice is clipped to
# the length the array has afterwards
grow = A('i', range(10))


class Grow:
    def __index__(self):
        grow.extend(range(100))
        return 2


show(lambda: len(grow[Grow():]))
show(lambda: len(grow[:Grow():-1]))

# Operators
show(lambda: a + [1])
show(lambda: a + A('d'))
show(lambda: [1] + a)
show(lambda: a * 'x')
show(lambda: a * 1.5)
show(lambda: 'x' * a)
show(lambda: [1] * a)
show(lambda: a * a)
show(lambda: a * 2**62)
show(lambda: a * 2**100)
show(lambda: a < [1])
show(lambda: A('i', [1]) < A('u', 'a'))
show(lambda: hash(a))
show(lambda: -a)


def iadd(x):
    b = A('i', [1])
    b += x
    return b


def imul(x):
    b = A('i', [1, 2])
    b *= x
    return b


show(lambda: iadd([2]))
show(lambda: iadd(A('d')))
show(lambda: iadd((1,)))
show(lambda: imul('x'))
show(lambda: imul(1.5))

# Methods
b = A('i', [1, 2, 3])
show(lambda: b.append('x'))
show(lambda: b.append())
show(lambda: b.append(1, 2))
show(lambda: b.append(x=1))
show(lambda: b.extend(A('d')))
show(lambda: b.extend(5))
show(lambda: b.extend())
show(lambda: b.extend([1], [2]))
show(lambda: b.extend(x=1))
show(lambda: b.extend(x=1, y=2))
show(lambda: b.extend([4, 'x', 5]))
print(b)
show(lambda: b.insert(0))
show(lambda: b.insert('a', 1))
show(lambda: b.insert(1.0, 1))
show(lambda: b.insert(2**100, 1))
show(lambda: b.insert(0, 'x'))
show(lambda: b.pop(100))
show(lambda: b.pop(-100))
show(lambda: b.pop('x'))
show(lambda: b.pop(1, 2))
show(lambda: b.pop(i=1))
show(lambda: A('i').pop())
show(lambda: b.remove(100))
show(lambda: b.remove())
show(lambda: b.index(100))
show(lambda: b.index(1, 'x'))
show(lambda: b.index(1, 0, 'x'))
show(lambda: b.index())
show(lambda: b.index(1, 2, 3, 4))
show(lambda: b.index(1, start=0))
show(lambda: b.count())
show(lambda: b.reverse(1))
show(lambda: b.tolist(1))
show(lambda: b.tobytes(1))
show(lambda: b.buffer_info(1))
show(lambda: b.byteswap(1))
show(lambda: b.frombytes(b'\x01'))
show(lambda: b.frombytes('abcd'))
show(lambda: b.frombytes(5))
show(lambda: b.frombytes())
show(lambda: b.fromlist((5, 6)))
show(lambda: b.fromlist([7, 'x']))
print(b)
show(lambda: b.fromunicode('x'))
show(lambda: A('u').fromunicode(5))
show(lambda: A('u').fromunicode(None))
show(lambda: b.tounicode())
show(lambda: b.__copy__(1))
show(lambda: b.__deepcopy__())
show(lambda: b.__reduce_ex__())
show(lambda: b.__reduce_ex__(1, 2))
show(lambda: b.__reduce_ex__('x'))
show(lambda: b.__reduce_ex__(2**100))
show(lambda: b.__sizeof__(1))
show(lambda: A.append(1, 2))
show(lambda: A.extend(1, 2))
show(lambda: A.__new__(int, 'i'))

# 'u' arrays holding values that are not code points
bad = A('u', b'\x00\x00\x11\x00')
show(lambda: bad[0])
show(lambda: bad.tolist())
show(lambda: bad.tounicode())
show(lambda: repr(bad))
show(lambda: A('u', b'\xff\xff\xff\xff').tounicode())
show(lambda: len(bad))
