# test: gc-stress
# struct's float codes bit for bit: 'd', 'f' and 'e' (half precision, with
# round-half-even, subnormals, overflow), signed zeros, infinities and NaNs,
# under each byte order; then Struct objects and unpack iterators kept alive
# across collections (their codes buffers and buffers must be traced).
import gc
import math
import struct


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, '|', e)


def bits(fmt, x):
    try:
        return struct.pack(fmt, x).hex()
    except OverflowError:
        return 'overflow'



def sign(x):
    return math.copysign(1.0, x)


nan = float('nan')
inf = float('inf')
specials = [0.0, -0.0, 1.0, -1.0, 0.1, 1 / 3, 2.5, -1e-300, 5e-324, 1.7976931348623157e308,
            inf, -inf, nan, -nan]

for x in specials:
    print(repr(x), bits('<d', x), bits('>d', x), bits('@d', x), bits('<f', x), bits('>f', x),
          bits('f', x), bits('<e', x), bits('>e', x), bits('e', x))

# Round trips keep every double.
for x in [0.1, 1 / 3, 1e-310, 2.2250738585072014e-308, 123456789.123456789, -7.25e200]:
    print(repr(x), struct.unpack('<d', struct.pack('<d', x))[0] == x,
          struct.unpack('>d', struct.pack('>d', x))[0] == x)

# binary32: rounding to nearest, the largest finite value, overflow.
for x in [0.1, 1 / 3, 16777217.0, 16777219.0, 3.4028234663852886e+38, 3.4028235677973362e+38,
          1e-45, 7e-46, 1e-50, -1e-50, 1.401298464324817e-45]:
    packed = struct.pack('<f', x)
    print(repr(x), packed.hex(), repr(struct.unpack('<f', packed)[0]), struct.pack('f', x).hex())
show(lambda: struct.pack('<f', 3.4028235677973366e+38))
show(lambda: struct.pack('>f', -1e39))
print(struct.pack('f', 3.4028235677973366e+38).hex(), struct.pack('f', -1e39).hex())
print(struct.unpack('<f', bytes.fromhex('0000807f')), struct.unpack('<f', bytes.fromhex('000080ff')))
v = struct.unpack('<f', bytes.fromhex('0100c0ff'))[0]
print(math.isnan(v), sign(v))

# binary16.
for x in [1.0, -2.5, 0.333251953125, 1 / 3, 0.1, 65504.0, 65519.99, 65519.999999, 6.1e-05,
          6.103515625e-05, 6e-08, 5.96e-08, 2.98e-08, 2.9802322387695312e-08,
          2.9802322387695316e-08, 1e-10, -1e-10, 1.00048828125, 1.00146484375,
          1.0004882821813226, 2049.0, 2051.0, 4097.0, 4099.0, 1e-7, 3e-5]:
    packed = struct.pack('<e', x)
    back = struct.unpack('<e', packed)[0]
    print(repr(x), packed.hex(), struct.pack('>e', x).hex(), repr(back), sign(back))
for x in [65520.0, -65520.0, 1e5, 1e300]:
    show(lambda: struct.pack('<e', x))
for h in ['0000', '0080', '0100', 'ff03', '0004', 'ff7b', '003c', '00bc', '5535', '007c', '00fc',
          '017c', '00fe', '017e', 'ffff', 'fffd']:
    v = struct.unpack('<e', bytes.fromhex(h))[0]
    print(h, repr(v), sign(v), struct.unpack('>e', bytes.fromhex(h))[0] == v or v != v)
# Every half value survives a round trip.
ok = 0
for h in range(0, 65536, 61):
    data = struct.pack('<H', h)
    v = struct.unpack('<e', data)[0]
    if v != v:
        ok += (struct.pack('<e', v)[1] & 0x80) == (h >> 8 & 0x80)
    else:
        ok += struct.pack('<e', v) == data
print('half round trips', ok)

# Ints and other numbers as floats.
class F:
    def __float__(self):
        return 0.75


class I:
    def __index__(self):
        return 3


print(struct.pack('<def', 1, True, F()).hex(), struct.pack('>d', I()).hex(),
      struct.pack('<e', 2 ** 10).hex(), struct.pack('<d', 2 ** 80).hex())

# Objects kept across collections.
structs = [struct.Struct('<%dh' % n) for n in range(1, 6)]
iters = [struct.iter_unpack('<hd', struct.pack('<hd', i, i / 4) * 3) for i in range(4)]
views = [struct.iter_unpack('>i', memoryview(bytearray(struct.pack('>3i', 1, 2, 3))))]
out = []
for step in range(3):
    gc.collect()
    for it in iters + views:
        out.append(next(it))
    for s in structs:
        out.append(s.unpack(s.pack(*range(step, step + s.size // 2))))
print(out)
cache = [struct.pack('<%dd' % (i % 7 + 1), *[float(j) for j in range(i % 7 + 1)]) for i in range(60)]
gc.collect()
print(len(cache), struct.unpack('<7d', cache[6]), struct.calcsize('<3d'))
