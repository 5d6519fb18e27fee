# struct (the stdlib module over _struct): pack/unpack of every format code
# under every byte-order prefix, native alignment, counts, calcsize, the
# Struct type, pack_into/unpack_from/iter_unpack, and buffers of each kind.
import struct
import _struct


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, '|', e)


print(struct.Struct is _struct.Struct, struct.error is _struct.error)
print(struct.Struct.__name__, struct.Struct.__module__, struct.Struct.__qualname__)
print(struct.error.__name__, struct.error.__module__, struct.error.__mro__)
print(sorted(n for n in dir(_struct) if not n.startswith('__')))
print(issubclass(struct.error, Exception), isinstance(struct.error('x'), Exception))

# Integers: every code, every prefix.
ints = {'b': -5, 'B': 200, 'h': -1234, 'H': 54321, 'i': -123456789, 'I': 3000000000,
        'l': -12345, 'L': 4000000000, 'q': -2 ** 62, 'Q': 2 ** 64 - 1, 'n': -7, 'N': 7, 'P': 4096}
for prefix in ['', '@', '=', '<', '>', '!']:
    for code, v in ints.items():
        fmt = prefix + code
        try:
            size = struct.calcsize(fmt)
        except struct.error as e:
            print(fmt, 'error', e)
            continue
        data = struct.pack(fmt, v)
        print(fmt, size, data, struct.unpack(fmt, data))

# Boundaries.
for fmt, lo, hi in [('<b', -128, 127), ('<B', 0, 255), ('<h', -32768, 32767),
                    ('>H', 0, 65535), ('<i', -2 ** 31, 2 ** 31 - 1), ('>I', 0, 2 ** 32 - 1),
                    ('<l', -2 ** 31, 2 ** 31 - 1), ('>L', 0, 2 ** 32 - 1),
                    ('<q', -2 ** 63, 2 ** 63 - 1), ('>Q', 0, 2 ** 64 - 1),
                    ('@q', -2 ** 63, 2 ** 63 - 1), ('@N', 0, 2 ** 64 - 1)]:
    print(fmt, struct.pack(fmt, lo), struct.pack(fmt, hi),
          struct.unpack(fmt, struct.pack(fmt, lo)), struct.unpack(fmt, struct.pack(fmt, hi)))

# Sign extension when unpacking.
print(struct.unpack('>bhiq', b'\xff\xff\xfe\x80\x00\x00\x00\x80' + b'\x00' * 7))
print(struct.unpack('<BHIQ', b'\xff\xfe\xff' + b'\xff' * 4 + b'\xff' * 8))
print(struct.unpack('P', b'\xff' * 8), struct.unpack('n', b'\xff' * 8))

# Ints from bools and __index__.
class Idx:
    def __index__(self):
        return 42


print(struct.pack('<bhiq', True, False, Idx(), Idx()))
print(struct.pack('>?????', 0, 1, [], [0], None))
print(struct.unpack('<????', b'\x00\x01\x02\xff'), struct.unpack('>?', b'\x80'))

# Bytes codes.
print(struct.pack('c', b'x'), struct.unpack('c', b'y'), struct.unpack('3c', b'abc'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('s', b'xyz'))
print(struct.pack('0s', b'abc'), struct.unpack('0s', b''), struct.pack('3s', bytearray(b'q')))
print(struct.unpack('5s', b'ab\x00\x00\x00'), type(struct.unpack('3s', bytearray(b'xyz'))[0]))
print(struct.pack('5p', b'ab'), struct.pack('5p', b'abcdefgh'), struct.pack('1p', b'abc'))
print(struct.pack('p', b'a'), struct.pack('3p', bytearray(b'xy')))
print(struct.unpack('5p', b'\x02abcd'), struct.unpack('5p', b'\x09abcd'),
      struct.unpack('1p', b'\x05'))
long = struct.pack('300p', b'z' * 280)
print(len(long), long[0], long[1:4], long[-2:])
print(struct.unpack('300p', long)[0] == b'z' * 255)
print(struct.pack('0px', b''), struct.pack('0pb', b'', 5))

# Padding and counts.
print(struct.pack('x'), struct.pack('3x'), struct.pack('b2xb', 1, 2), struct.unpack('b2xb', b'\x01zz\x02'))
print(struct.pack('<3h', 1, 2, 3), struct.unpack('<3h', b'\x01\x00\x02\x00\x03\x00'))
print(struct.pack('<0h'), struct.calcsize('<0h'), struct.unpack('<2h0i', b'\x01\x00\x02\x00'))
print(struct.pack('< h h', 1, 2), struct.calcsize('h\t\n\r\x0b\x0ch'))
show(lambda: struct.calcsize(' <h'))
print(struct.pack(''), struct.unpack('', b''), struct.calcsize(''), struct.calcsize('@'))
print(struct.calcsize('10s'), struct.calcsize('10p'), struct.calcsize('10x'), struct.calcsize('10c'))

# Native alignment (only '@' and no prefix align).
for fmt in ['ci', 'cq', 'cd', 'ce', 'cf', 'c?', 'cP', 'cn', 'cN', 'hi', 'ih', 'iq', 'bhbi',
            'c0q', 'c0i', 'b0l', 'x0h', '3s0q', 'cxh', 'iq?', 'q?', 'cH', 'c2h', 'e?f', 'dc']:
    std = fmt.translate(str.maketrans('PnN', 'qqQ'))
    print(fmt, struct.calcsize(fmt), struct.calcsize('@' + fmt), struct.calcsize('=' + std),
          struct.calcsize('<' + std))
print(struct.pack('@cxhiq', b'a', 1, 2, 3), struct.unpack('@cxhiq', struct.pack('@cxhiq', b'a', 1, 2, 3)))
print(struct.pack('@c0q', b'a'), struct.pack('@h?q', 1, True, 3))
print(struct.pack('=cxhiq', b'a', 1, 2, 3))

# Mixed formats round-trip.
fmt = '>bhiqfd?e3s4p'
vals = (1, -2, 3, -4, 5.5, 6.25, True, 8.5, b'abc', b'xy')
data = struct.pack(fmt, *vals)
print(data, struct.calcsize(fmt), struct.unpack(fmt, data))
print(struct.pack('!hl', 1, 2) == struct.pack('>hl', 1, 2))
print(struct.pack(b'<hH', -1, 1), struct.unpack(b'<hH', b'\xff\xff\x01\x00'))

# The Struct type.
s = struct.Struct('<hi')
print(s.format, s.size, type(s.format).__name__, repr(s).startswith('<_struct.Struct object at '))
print(s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00\x00\x00'), s.unpack(bytearray(s.pack(-1, -2))))
sb = struct.Struct(b'>Q')
print(sb.format, sb.size, sb.pack(2 ** 63), sb.unpack(b'\x80' + b'\x00' * 7))
print(struct.Struct(format='h').size, struct.Struct('').size, struct.Struct('').pack())
s2 = struct.Struct('h')
s2.__init__('<q')
print(s2.format, s2.size, s2.pack(1))
fresh = struct.Struct.__new__(struct.Struct)
print(fresh.size, repr(fresh.format))
show(lambda: fresh.pack())
show(lambda: fresh.unpack(b''))


class MyStruct(struct.Struct):
    def __init__(self, fmt, tag):
        super().__init__(fmt)
        self.tag = tag


ms = MyStruct('<I', 'mine')
print(type(ms).__name__, ms.tag, ms.size, ms.format, ms.pack(7), ms.unpack(b'\x07\x00\x00\x00'))
print(isinstance(ms, struct.Struct), MyStruct.__mro__[1] is struct.Struct)


class Plain(struct.Struct):
    pass


print(Plain('>h').pack(258), Plain(format='b').size)

# pack_into / unpack_from.
buf = bytearray(12)
print(s.pack_into(buf, 0, 1, 2), buf)
s.pack_into(buf, 6, 0x102, 0x3040506)
print(buf)
s.pack_into(buf, -6, 7, 8)
print(buf, s.unpack_from(buf), s.unpack_from(buf, 6), s.unpack_from(buf, -6))
print(s.unpack_from(buffer=bytes(buf), offset=2), s.unpack_from(b'\x01\x00\x02\x00\x00\x00xx'))
struct.pack_into('>h', buf, 1, -2)
print(buf, struct.unpack_from('>h', buf, 1), struct.unpack_from('>h', buffer=buf, offset=1))
print(struct.unpack_from('<h', b'\x01\x00\x02\x00', 2), struct.unpack_from('<h', b'\x05\x00'))

# iter_unpack.
it = s.iter_unpack(b'\x01\x00\x02\x00\x00\x00' * 3)
print(type(it).__name__, type(it).__module__, iter(it) is it)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(it), next(it, 'done'))
print(list(struct.iter_unpack('<b', b'\x01\x02\x81')), list(struct.iter_unpack('>H', b'')))
print(list(struct.iter_unpack('2s', bytearray(b'abcd'))))
ba = bytearray(b'\x01\x00\x02\x00')
it = struct.iter_unpack('<h', ba)
print(next(it))
ba[2] = 9
print(next(it))

# memoryview buffers.
mv = memoryview(b'\x01\x00\x02\x00')
print(struct.unpack('<hh', mv), struct.unpack_from('<h', mv, 2), struct.unpack_from('<h', mv[2:]))
print(list(struct.iter_unpack('<h', mv)), s.unpack(memoryview(s.pack(3, 4))))
target = bytearray(6)
view = memoryview(target)
struct.pack_into('<h', view, 2, 0x102)
print(target)
struct.pack_into('<h', view[1:5], 1, 0x304)
print(target)

# The cache behind the module functions.
print(struct.calcsize('<q'), struct.calcsize('<q'), struct.calcsize(b'<q'))
print(struct._clearcache(), struct.calcsize('<q'))
for i in range(150):
    struct.calcsize('%dx' % i)
print(struct.calcsize('149x'), struct.pack('3x'))
