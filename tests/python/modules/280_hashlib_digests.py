# hashlib's MD5, SHA-1, SHA-2 and SHA-3/SHAKE: known digests, inputs around
# the block sizes, update() in pieces, copy(), hashlib.new, the attributes,
# and the built-in modules (_md5, _sha1, _sha256, _sha512, _sha3) directly
import hashlib
import _md5
import _sha1
import _sha256
import _sha3
import _sha512

NAMES = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512",
         "sha3_224", "sha3_256", "sha3_384", "sha3_512"]
SHAKES = ["shake_128", "shake_256"]


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(r if isinstance(r, str) else repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(hashlib.algorithms_guaranteed))
print(sorted(hashlib.algorithms_guaranteed) == sorted(hashlib.algorithms_available & hashlib.algorithms_guaranteed))

# Known answers and the attributes.
for name in NAMES:
    h = getattr(hashlib, name)()
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print(" abc", getattr(hashlib, name)(b"abc").hexdigest())
    print(" fox", hashlib.new(name, b"The quick brown fox jumps over the lazy dog").hexdigest())
for name in SHAKES:
    h = getattr(hashlib, name)()
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(16), h.hexdigest(0) == "")
    print(" abc", getattr(hashlib, name)(b"abc").hexdigest(40))

# Inputs of every length around the block sizes (64, 72, 104, 128, 136, 144,
# 168) and the padding boundaries (55/56, 111/112), one-shot and in pieces.
data = bytes((i * 7 + 3) % 256 for i in range(400))
lengths = sorted({0, 1, 2} | {b + d for b in (56, 64, 72, 104, 112, 128, 136, 144, 168, 192, 256, 288, 336)
                            for d in (-2, -1, 0, 1)})
for name in NAMES + SHAKES:
    combined = hashlib.new(name)
    lines = []
    for n in lengths:
        one = hashlib.new(name, data[:n])
        parts = hashlib.new(name)
        for i in range(0, n, 13):
            parts.update(data[i:min(i + 13, n)])
        if name in SHAKES:
            d1, d2 = one.digest(n), parts.digest(n)
        else:
            d1, d2 = one.digest(), parts.digest()
        if d1 != d2:
            print("MISMATCH", name, n)
        combined.update(d1)
    print(name, len(lengths), combined.hexdigest() if name not in SHAKES else combined.hexdigest(20))

# A long input: 1 MB of repeated data, in one call and in uneven chunks.
big = b"0123456789abcdef" * 65536
for name in NAMES + SHAKES:
    h = hashlib.new(name, big)
    h2 = hashlib.new(name)
    pos = 0
    step = 1
    while pos < len(big):
        h2.update(big[pos:pos + step])
        pos += step
        step = step * 3 + 1
    if name in SHAKES:
        print(name, "1MB", h.hexdigest(24), h.digest(300) == h2.digest(300))
    else:
        print(name, "1MB", h.hexdigest(), h.digest() == h2.digest())

# copy() is independent of the original; digest() does not change the state.
for name in NAMES:
    h = hashlib.new(name, b"prefix-")
    c = h.copy()
    h.update(b"one")
    c.update(b"two")
    print(name, h.hexdigest() == hashlib.new(name, b"prefix-one").hexdigest(),
          c.hexdigest() == hashlib.new(name, b"prefix-two").hexdigest(),
          h.digest() == h.digest(), type(c) is type(h))
s = hashlib.shake_128(b"x")
t = s.copy()
t.update(b"y")
print(s.hexdigest(8), t.hexdigest(8), hashlib.shake_128(b"xy").hexdigest(8))

# Bytes-like inputs; hashlib.new under its other spellings.
print(hashlib.sha256(bytearray(b"abc")).hexdigest() == hashlib.sha256(memoryview(b"abc")).hexdigest()
      == hashlib.sha256(b"abc").hexdigest())
print(hashlib.new("sha256").name, hashlib.new("SHA256", b"x").hexdigest() == hashlib.sha256(b"x").hexdigest())
print(hashlib.new("md5", usedforsecurity=False).hexdigest(), hashlib.sha1(usedforsecurity=False).name)
print(hashlib.md5(string=b"abc").hexdigest(), hashlib.sha512(string=b"").hexdigest()[:16])
attempt(hashlib.new, "sha257")
attempt(hashlib.sha256, "text")
attempt(hashlib.md5, 42)
attempt(hashlib.sha3_256, "text")
h = hashlib.sha1()
attempt(h.update, "text")
attempt(h.update, None)
print(hashlib.shake_128(b"").digest(True))

# The built-in modules themselves (what hashlib uses without OpenSSL).
print(_md5.md5, _md5.MD5Type, _sha1.SHA1Type, _sha256.SHA224Type, _sha256.SHA256Type)
print(_sha3.sha3_224, _sha3.shake_256, _sha3.implementation)
for ctor in (_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
             _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512):
    h = ctor(b"built-in")
    print(type(h).__name__, type(h).__module__, h.name, h.digest_size, h.block_size,
          h.hexdigest() == hashlib.new(h.name, b"built-in").hexdigest())
for ctor in (_sha3.sha3_224, _sha3.sha3_512, _sha3.shake_128, _sha3.shake_256):
    h = ctor()
    print(h.name, h._capacity_bits, h._rate_bits, h._suffix, isinstance(h, ctor))
attempt(_md5.MD5Type)
attempt(_md5.md5, b"a", b"b")
attempt(_md5.md5, b"a", b"b", b"c")
attempt(_sha1.sha1, b"a", string=b"b")
attempt(_sha256.sha256, b"a", b"b", usedforsecurity=True)
attempt(_md5.md5, data=b"a")
attempt(_sha256.sha224, "s")
attempt(_sha3.sha3_256, b"a", b"b")
attempt(_sha3.shake_256, b"a", b"b", usedforsecurity=True)
attempt(_sha3.shake_128, string=b"a")
attempt(_sha3.sha3_384, None)
h = _sha256.sha224()
attempt(h.update)
attempt(h.digest, 1)
h = _sha3.shake_128(b"z")
attempt(h.digest)
attempt(h.hexdigest, 2.0)
attempt(h.hexdigest, 1 << 64)
attempt(h.hexdigest, 1 << 63)
attempt(h.hexdigest, 1 << 29)
attempt(h.digest, -1)
print(h.digest(100000)[-4:].hex(), len(h.copy().hexdigest(1000)))
attempt(_sha3.sha3_256().digest, 1)
attempt(_sha3.sha3_256().copy, 1)
