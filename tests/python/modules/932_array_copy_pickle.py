# array.array and copy, pickle and subclassing: __copy__, __deepcopy__,
# __reduce_ex__ (a list for protocols 0-2, array._array_reconstructor
# from 3), _array_reconstructor's decoding of other machines' formats,
# the iterator's __reduce__/__setstate__, and subclasses with attributes,
# __init__ and __new__. (Pickles of protocol 3 and up name the built-in
# function _array_reconstructor, which uopy cannot pickle yet: what
# __reduce_ex__ returns for them is checked instead.)
import array
import copy
import pickle
from array import array as A


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


arrays = [A(c, [1, 2, 3]) for c in 'bBhHiIlLqQfd'] + [A('u', 'abc'), A('i'), A('d', [-0.5, 1e300])]
for a in arrays:
    c = copy.copy(a)
    d = copy.deepcopy(a)
    print(a.typecode, c == a, c is a, d == a, d is a, type(c).__name__)
    for proto in range(3):
        r = pickle.loads(pickle.dumps(a, proto))
        if r != a or r.typecode != a.typecode or type(r) is not A:
            print('mismatch', proto, a, r)
    print(a.__reduce_ex__(2)[1], a.__reduce_ex__(4)[1][1:3])

print(A('i', [1, 2]).__reduce_ex__(2))
print(A('i', [1, 2]).__reduce_ex__(3))
print(A('u', 'hi').__reduce_ex__(4))
print(A('d', [1.5]).__reduce_ex__(True))
print([A(c).__reduce_ex__(3)[1][2] for c in array.typecodes])
print(array._array_reconstructor, array._array_reconstructor.__name__,
      array._array_reconstructor.__module__)

# A list inside a deepcopy: the memo is not used, the array is copied
box = [A('i', [1, 2])]
box2 = copy.deepcopy(box)
box2[0].append(3)
print(box, box2)


# Subclasses
class Arr(A):
    pass


s = Arr('i', [1, 2])
s.tag = 'x'
print(s, type(s).__name__, isinstance(s, A), s.tag, len(s), s[0], s[::-1], type(s[:]))
print(type(s + s).__name__, type(s * 2).__name__, type(copy.copy(s)).__name__)
print(s.__reduce_ex__(2))
print(s.__reduce_ex__(4)[1:])
print(Arr('i', [1]).__reduce_ex__(4)[2])
for proto in range(3):
    r = pickle.loads(pickle.dumps(s, proto))
    print(proto, type(r).__name__, r, r.tag)
show(lambda: Arr('i', [1], extra=5))


class WithInit(A):
    def __init__(self, typecode, init=(), extra=None):
        self.extra = extra


w = WithInit('d', [1, 2], extra=5)
print(w, w.extra)


class WithNew(A):
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls, *args)
        self.made = True
        return self


n = WithNew('u', 'xy', whatever=1)
print(n, n.made, n.tounicode())
print(A.__new__(Arr, 'i', [3]))


class Doubler(A):
    def __getitem__(self, i):
        return 2 * super().__getitem__(i)

    def __len__(self):
        return 100


dd = Doubler('i', [1, 2, 3])
print(dd[1], len(dd), list(dd), dd.tolist())

# _array_reconstructor: the host's format, and others'
R = array._array_reconstructor
show(lambda: R(A, 'i', 8, b'\x01\x00\x00\x00'))
show(lambda: R(A, 'i', 9, b'\x00\x00\x00\x01'))
show(lambda: R(A, 'l', 9, b'\x00\x00\x00\x01'))
show(lambda: R(A, 'b', 9, b'\x00\x00\x00\x01'))
show(lambda: R(A, 'i', 3, b'\x00\x01\xff\xff'))
show(lambda: R(A, 'i', 5, b'\xff\xfe'))
show(lambda: R(A, 'i', 12, b'\xff' * 8))
show(lambda: R(A, 'i', 13, b'\x80' + b'\x00' * 7))
show(lambda: R(A, 'i', 11, b'\x80' + b'\x00' * 7))
show(lambda: R(A, 'B', 1, b'\xff'))
show(lambda: R(A, 'b', 0, b'\xff'))
show(lambda: R(A, 'd', 15, b'\x3f\x80\x00\x00'))
show(lambda: R(A, 'f', 17, b'\x3f\xf0\x00\x00\x00\x00\x00\x00'))
show(lambda: R(A, 'd', 14, b'\x00\x00\xc0\x3f'))
show(lambda: R(A, 'i', 17, b'\x3f\xf0\x00\x00\x00\x00\x00\x00'))
show(lambda: R(A, 'u', 19, b'\x00a\x00b'))
show(lambda: R(A, 'i', 18, b'a\x00b\x00'))
show(lambda: R(A, 'u', 21, b'\x00\x00\x00a\x00\x00\x00b'))
show(lambda: R(A, 'u', 20, b'a\x00\x00\x00'))
show(lambda: R(A, 'u', 18, b'a\x00'))
show(lambda: R(Arr, 'i', 8, b'\x01\x00\x00\x00'))
show(lambda: R(A, 'i', 22, b''))
show(lambda: R(A, 'i', -1, b''))
show(lambda: R(A, 'x', 8, b''))
show(lambda: R(A, 'x', 22, 'abc'))
show(lambda: R(A, 'i', 8, 'abc'))
show(lambda: R(5, 'i', 8, b''))
show(lambda: R(int, 'i', 8, b''))
show(lambda: R(A, 5, 8, b''))
show(lambda: R(A, 'ab', 8, b''))
show(lambda: R(A, 'i', 'x', b''))
show(lambda: R(A, 'i', 2**40, b''))
show(lambda: R(A, 'i', 8, b'\x01'))
show(lambda: R(A, 'i', 8))
show(lambda: R(A, 'i', 8, b'', x=1))

# The iterator
it = iter(A('i', [1, 2, 3]))
next(it)
red = it.__reduce__()
print(red[0] is iter, red[1:])
print(list(it), it.__reduce__())
it2 = iter(A('i', [1, 2, 3]))
it2.__setstate__(2)
print(list(it2))
it3 = iter(A('i', [1, 2, 3]))
it3.__setstate__(-5)
print(list(it3))
it4 = iter(A('i', [1, 2, 3]))
it4.__setstate__(10)
print(list(it4))
show(lambda: iter(A('i')).__setstate__('x'))
show(lambda: type(iter(A('i')))())
