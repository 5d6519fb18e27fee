# binascii: hexlify/unhexlify (with separators), crc32, crc_hqx, the exception classes
import binascii


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
print(binascii.Error.__module__, binascii.Error.__name__, issubclass(binascii.Error, ValueError))

data = bytes(range(0, 256, 17))
print(binascii.hexlify(data), binascii.b2a_hex(data))
print(binascii.hexlify(bytearray(b"\x00\xff")), binascii.hexlify(memoryview(b"ab")))
for sep, n in [("-", 1), (b":", 2), ("_", -2), (" ", 3), (".", -3), ("|", 0), (":", 16),
               (":", -16), ("\xe9", 1), (b"\xff", 4)]:
    print(repr(sep), n, binascii.hexlify(data, sep, n), binascii.b2a_hex(data, sep=sep, bytes_per_sep=n))
print(binascii.hexlify(b"", ":"), binascii.hexlify(b"\x01", ":"), binascii.hexlify(data=b"xy", sep="/"))
attempt(binascii.hexlify, "text")
attempt(binascii.hexlify, b"ab", "::")
attempt(binascii.hexlify, b"ab", "")
attempt(binascii.hexlify, b"ab", "\u20ac")
attempt(binascii.hexlify, b"ab", 3)
attempt(binascii.hexlify, b"ab", [1])
attempt(binascii.hexlify, b"ab", bytearray(b"-"))
attempt(binascii.hexlify, b"ab", "-", 1.0)
attempt(binascii.hexlify, b"ab", "-", 2**40)
attempt(binascii.hexlify)
attempt(binascii.hexlify, b"a", ":", 1, 2)
attempt(binascii.hexlify, b"a", foo=1)

for s in ["0001feff", "ABCDEF", b"abcdef", bytearray(b"00"), memoryview(b"7f"), "", "abc", "zz",
          "0g", "\xe9\xe9", 5, None]:
    attempt(binascii.unhexlify, s)
attempt(binascii.a2b_hex, "4142")
attempt(binascii.unhexlify)
attempt(binascii.unhexlify, "41", "42")

for d in [b"", b"hello", b"The quick brown fox jumps over the lazy dog", bytes(range(256))]:
    print(binascii.crc32(d), binascii.crc_hqx(d, 0), binascii.crc_hqx(d, 0xffff))
c = binascii.crc32(b"hello ")
print(binascii.crc32(b"world", c) == binascii.crc32(b"hello world"))
for crc in [1, -1, 2**32 - 1, 2**32, 2**70 + 5, -2**40, True]:
    print(crc, binascii.crc32(b"abc", crc), binascii.crc_hqx(b"abc", crc))
attempt(binascii.crc32, "str")
attempt(binascii.crc32, b"x", 1.5)
attempt(binascii.crc32)
attempt(binascii.crc32, b"", 1, 2)
attempt(binascii.crc_hqx, b"")
attempt(binascii.crc_hqx, b"", None)
