# zlib's one-shot functions: compress/decompress round trips at every level
# and in every container (zlib, raw, gzip, auto-detect), the exact bytes of
# small streams, crc32/adler32 values and chaining, the constants, and the
# argument and data errors with CPython's messages.
import zlib


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, '|', e)


print(sorted(n for n in dir(zlib) if not n.startswith('_')))
print(zlib.error.__name__, zlib.error.__module__, zlib.error.__mro__[1:])
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE)
print(zlib.Z_NO_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION)
print(zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY)
print(zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH,
      zlib.Z_BLOCK, zlib.Z_TREES)
print(type(zlib.ZLIB_VERSION).__name__, zlib.ZLIB_VERSION.count('.') >= 2,
      zlib.ZLIB_RUNTIME_VERSION[:2] == zlib.ZLIB_VERSION[:2], zlib.__version__)

# The exact bytes of small streams (zlib's output is deterministic).
print(zlib.compress(b''))
print(zlib.compress(b'hello'))
print(zlib.compress(b'hello', 0))
print(zlib.compress(b'hello', 9))
print(zlib.compress(b'hello', wbits=-15))
print(zlib.compress(b'hello', level=1, wbits=9))
print(zlib.compress(b'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'))
print(len(zlib.compress(b'hello', wbits=31)), zlib.compress(b'hello', wbits=31)[:4])

# Round trips over data of several shapes and sizes.
text = b''.join(b'line %d: the quick brown fox jumps over the lazy dog\n' % i for i in range(2000))
noise = bytes((i * 7919 + (i >> 3) * 104729) % 251 for i in range(50000))
samples = [b'', b'x', b'abc' * 10, text, noise, bytes(100000)]
for data in samples:
    sizes = []
    for level in range(-1, 10):
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data
        sizes.append(len(c))
    print(len(data), sizes[0], sizes[1], sizes[2], sizes[10], sizes[0] == sizes[7])
for wbits, dwbits in [(15, 15), (9, 9), (15, 0), (-15, -15), (-9, -9), (31, 31), (25, 31),
                      (15, 47), (31, 47), (12, 15)]:
    c = zlib.compress(text, wbits=wbits)
    print(wbits, dwbits, len(c), zlib.decompress(c, dwbits) == text)
print(zlib.decompress(zlib.compress(text), bufsize=1) == text)
print(zlib.decompress(zlib.compress(text), bufsize=0) == text)
print(zlib.decompress(zlib.compress(text), 15, 10 ** 6) == text)
print(zlib.decompress(zlib.compress(b'abc'), wbits=15, bufsize=3))
print(zlib.decompress(zlib.compress(b'tail') + b'junk after the stream'))
print(zlib.decompress(bytearray(zlib.compress(b'from bytearray'))))
print(zlib.decompress(memoryview(zlib.compress(b'from memoryview'))))
print(zlib.compress(bytearray(b'abc')) == zlib.compress(b'abc') == zlib.compress(memoryview(b'xabcx')[1:4]))
print(zlib.decompress(b'x\x9c\x03\x00\x00\x00\x00\x01'))

# Checksums: known values, chaining, start values taken modulo 2**32.
for data in [b'', b'a', b'abc', b'hello world', text, noise]:
    print(len(data), zlib.crc32(data), zlib.adler32(data))
print(zlib.crc32(b'123456789'), hex(zlib.crc32(b'The quick brown fox jumps over the lazy dog')))
print(zlib.adler32(b'Wikipedia'), zlib.adler32(b'123456789'))
print(zlib.crc32(b'world', zlib.crc32(b'hello ')) == zlib.crc32(b'hello world'))
print(zlib.adler32(b'world', zlib.adler32(b'hello ')) == zlib.adler32(b'hello world'))
print(zlib.crc32(b'abc', -1), zlib.crc32(b'abc', 2 ** 64 + 5), zlib.crc32(b'abc', 2 ** 32 + 5))
print(zlib.adler32(b'abc', 0), zlib.adler32(b'abc', -1), zlib.adler32(b'', 12345))
print(zlib.crc32(memoryview(b'abc')), zlib.crc32(bytearray(b'abc')), zlib.crc32(b'abc', True))

# Errors.
bad = zlib.compress(b'hello world')
show(lambda: zlib.decompress(b'abc'))
show(lambda: zlib.decompress(b''))
show(lambda: zlib.decompress(bad[:-2]))
show(lambda: zlib.decompress(bad[:5]))
show(lambda: zlib.decompress(bad[:-1] + b'\x00'))
show(lambda: zlib.decompress(bad, wbits=-15))
show(lambda: zlib.decompress(bad, wbits=31))
show(lambda: zlib.decompress(bad, wbits=100))
show(lambda: zlib.decompress(bad, bufsize=-1))
show(lambda: zlib.decompress(bad, bufsize=2 ** 70))
show(lambda: zlib.decompress(b'\x78\x9c\xff\xff'))
show(lambda: zlib.compress(b'x', 10))
show(lambda: zlib.compress(b'x', -2))
show(lambda: zlib.compress(b'x', wbits=100))
show(lambda: zlib.compress(b'x', 2 ** 40))
show(lambda: zlib.compress(b'x', 1.5))
show(lambda: zlib.compress(b'x', 'a'))
show(lambda: zlib.compress('text'))
show(lambda: zlib.compress(None))
show(lambda: zlib.compress())
show(lambda: zlib.compress(b'x', 1, 15, 3))
show(lambda: zlib.compress(data=b'x'))
show(lambda: zlib.compress(b'x', foo=1))
show(lambda: zlib.compress(b'x', 1, level=2))
show(lambda: zlib.decompress())
show(lambda: zlib.decompress('abc'))
show(lambda: zlib.crc32('abc'))
show(lambda: zlib.crc32())
show(lambda: zlib.crc32(b'a', 1, 2))
show(lambda: zlib.crc32(b'a', 1.0))
show(lambda: zlib.adler32(None))
e = None
try:
    zlib.decompress(b'not zlib data')
except zlib.error as exc:
    e = exc
print(type(e).__name__, e.args, isinstance(e, Exception))
