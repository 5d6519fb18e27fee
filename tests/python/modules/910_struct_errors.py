# struct errors: CPython's exception types and messages for bad formats,
# out-of-range and mistyped values (which differ between the native, the
# host-order standard and the other standard tables), wrong item counts,
# buffer sizes and offsets, and argument errors of every function.
import struct


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, '|', e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Flt:
    def __float__(self):
        return 2.5


class BadIndex:
    def __index__(self):
        raise RuntimeError('index boom')


class StrIndex:
    def __index__(self):
        return 'x'


class BadBool:
    def __bool__(self):
        raise RuntimeError('bool boom')


class BadFloat:
    def __float__(self):
        raise RuntimeError('float boom')


# Bad formats.
for fmt in ['z', 'hz', '3', 'b 3', '2 h', '<<', 'h<', '@=h', '<P', '>n', '!N', '=P',
            '99999999999999999999h', '9223372036854775807s', '9223372036854775807x1s',
            '4611686018427387904h', '2305843009213693952q', 'h\x00', '\x00', 'ab',
            '\u00e9', b'\xe9', b'h\x00h', 1, None, 2.5, ['h'], bytearray(b'h')]:
    print(repr(fmt), end=' ')
    show(struct.calcsize, fmt)
show(struct.Struct, 1)
show(struct.Struct, None)
show(struct.Struct, bytearray(b'h'))
show(struct.Struct, memoryview(b'h'))
show(struct.Struct, 'z')
show(struct.Struct)
show(struct.Struct, 'h', 'i')
show(struct.Struct, 'h', format='h')
show(struct.Struct, format='h', x=1)
show(struct.Struct, x=1)
y = struct.Struct('<q')
show(y.__init__, 'z')
print(y.size, y.format)

# Integer range and type errors for every code under every prefix.
values = [2 ** 70, -2 ** 70, 2 ** 64, 2 ** 63, 2 ** 32, -2 ** 63 - 1, 2 ** 31, -2 ** 31 - 1,
          2 ** 15, -2 ** 15 - 1, 256, -129, -1, 'x', 1.5, None, Flt(), Idx(2 ** 64), Idx(-1),
          Idx(70000)]
for prefix in ['@', '=', '<', '>', '!']:
    for code in 'bBhHiIlLqQnNP':
        fmt = prefix + code
        try:
            struct.calcsize(fmt)
        except struct.error:
            continue
        for v in values:
            print(fmt, type(v).__name__, end=' ')
            show(struct.pack, fmt, v)
show(struct.pack, 'h', BadIndex())
show(struct.pack, '>h', StrIndex())
show(struct.pack, '>q', StrIndex())
show(struct.pack, '>q', Idx(2 ** 64))
show(struct.pack, '>Q', Idx(-1))
show(struct.pack, 'P', Idx(2 ** 64))
show(struct.pack, 'P', Idx(-2 ** 64))
show(struct.pack, 'P', -2 ** 64)
show(struct.pack, 'P', 2 ** 64)
show(struct.pack, 'P', -2 ** 63)

# Floats.
for fmt in ['e', '<e', '>e', 'f', '<f', '>f', '=f', 'd', '>d']:
    for v in [1e300, -1e300, 65520.0, 3.4028235677973366e+38, 3.4028235677973362e+38,
              10 ** 300, 10 ** 6, 2 ** 2000, 'x', None, [], BadFloat(), Idx(10 ** 6),
              BadIndex()]:
        print(fmt, type(v).__name__, end=' ')
        show(struct.pack, fmt, v)
show(struct.pack, '?', BadBool())
show(struct.pack, '>?', BadBool())

# Bytes codes.
for fmt in ['c', 's', '3s', 'p', '3p']:
    for v in [b'a', b'ab', bytearray(b'a'), 'a', 1, None, memoryview(b'a')]:
        print(fmt, type(v).__name__, end=' ')
        show(struct.pack, fmt, v)
show(struct.unpack, '0p', b'')
show(struct.unpack, 'b0p', b'\x01')

# Item counts.
s = struct.Struct('<hi')
show(s.pack, 1)
show(s.pack, 1, 2, 3)
show(s.pack)
show(struct.pack, 'h')
show(struct.pack, '3s', b'a', b'b')
show(struct.pack, '')
show(struct.pack, '', 1)
show(struct.pack, 'x', 1)
show(struct.pack, 'hh', 1, 'x')
show(struct.pack, 'hh', 'x', 70000)

# Buffers and sizes.
show(s.unpack, b'\x01\x00\x02\x00\x00')
show(s.unpack, b'\x01\x00\x02\x00\x00\x00\x00')
show(s.unpack, 'abcdef')
show(s.unpack, 5)
show(s.unpack, None)
show(struct.unpack, 'h', b'\x01\x00\x02')
show(struct.unpack, 'h', '')
released = memoryview(b'ab')
released.release()
show(struct.unpack, '<h', released)
show(s.unpack_from, b'1234', -5)
show(s.unpack_from, b'1234', -7)
show(s.unpack_from, b'12345678', -3)
show(s.unpack_from, b'12345678', -9)
show(s.unpack_from, b'12345678', 3)
show(s.unpack_from, b'12345678', 300)
show(s.unpack_from, b'', 0)
show(s.unpack_from, b'12345678', '1')
show(s.unpack_from, b'12345678', 2 ** 70)
show(s.unpack_from, b'12345678', 1.0)
show(s.unpack_from, 'abcdefgh')
show(s.unpack_from, 'abcdefgh', 'x')
ba = bytearray(10)
for args in [(ba, -5, 5, 6), (ba, -11, 5, 6), (ba, 5, 5, 6), (ba, 50, 5, 6), (ba, -2, 5, 6),
             (b'0123456789', 0, 5, 6), ('abc', 0, 5, 6), (memoryview(b'0123456789'), 0, 5, 6),
             (released, 0, 5, 6), (ba, 0, 5), (ba, 0), (ba,), (), (ba, 'x', 5, 6),
             (ba, 2 ** 70, 5, 6), (ba, 1.0, 5, 6), (None, 0, 5, 6)]:
    show(s.pack_into, *args)
print(ba)
# A failing item leaves the target zeroed up to it, with what was packed before.
ba = bytearray(b'\xaa' * 8)
show(struct.pack_into, '<hhh', ba, 1, 0x102, 0x304, 'x')
print(ba)
show(s.iter_unpack, b'\x01\x00\x02\x00\x00')
show(struct.Struct('').iter_unpack, b'')
show(struct.Struct('x').iter_unpack, 'abc')
show(struct.iter_unpack, '0s', b'')
show(struct.iter_unpack, 'h', 'ab')
show(struct.iter_unpack, '3s', b'abcd')

# Argument errors.
bo = bytearray(4)
show(s.pack, 1, y=2)
show(s.pack_into, bo, 0, 1, 2, k=1)
show(s.unpack)
show(s.unpack, b'', b'')
show(s.unpack, buffer=b'')
show(s.unpack_from)
show(s.unpack_from, b'', 1, 2)
show(s.unpack_from, b'', x=1)
show(s.unpack_from, b'', 0, offset=1)
show(s.unpack_from, b'', buffer=b'')
show(s.iter_unpack)
show(s.iter_unpack, b'', b'')
show(s.iter_unpack, buffer=b'')
show(struct.pack)
show(struct.pack, 'hh', 1, 2, x=1)
show(struct.pack_into)
show(struct.pack_into, 'h')
show(struct.pack_into, 'h', bo)
show(struct.pack_into, 'h', bo, 0, 1, x=1)
show(struct.unpack)
show(struct.unpack, 'h')
show(struct.unpack, 'h', b'ab', b'')
show(struct.unpack, 'h', b'ab', x=1)
show(struct.unpack_from)
show(struct.unpack_from, 'h')
show(struct.unpack_from, 'h', b'ab', 0, 1)
show(struct.unpack_from, 'h', b'ab', 0, offset=1)
show(struct.unpack_from, 'h', b'ab', format='h')
show(struct.unpack_from, 'h', b'ab', x=1)
show(struct.unpack_from, 'h', buffer=b'ab', offset=0)
show(struct.iter_unpack, 'h')
show(struct.iter_unpack, 'h', b'', 1)
show(struct.iter_unpack, 'h', b'', x=1)
show(struct.calcsize)
show(struct.calcsize, 'h', 'h')
show(struct.calcsize, format='h')
show(struct._clearcache, 1)
show(struct._clearcache, x=1)
show(struct.Struct.unpack, 1, b'')
show(lambda: type(struct.iter_unpack('h', b''))())
show(setattr, s, 'size', 3)
show(setattr, s, 'format', 'h')
show(setattr, s, 'foo', 3)
try:
    struct.pack('b', 1000)
except struct.error as e:
    print('caught', type(e).__name__, e.args)
