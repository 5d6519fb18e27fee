# hashlib/hmac known digests (RFC/FIPS test vectors), base64/binascii encodings
import base64, binascii, hashlib, hmac

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s"]:
    h = hashlib.new(name)
    print(name, hashlib.new(name, b"").hexdigest()[:32], hashlib.new(name, b"abc").hexdigest()[:40], h.digest_size, h.block_size, h.name)
print(hashlib.sha256(b"The quick brown fox jumps over the lazy dog").hexdigest())
print(hashlib.md5(b"The quick brown fox jumps over the lazy dog").hexdigest(), hashlib.sha1(b"a" * 1000000).hexdigest())
h = hashlib.sha256()
for chunk in [b"abc", b"dbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"]:
    h.update(chunk)
c = h.copy()
c.update(b"more")
print(h.hexdigest(), c.hexdigest() != h.hexdigest(), len(h.digest()), type(h.digest()).__name__)
print(hashlib.shake_128(b"").hexdigest(16), hashlib.shake_256(b"abc").hexdigest(20))
print(hashlib.blake2b(b"abc", digest_size=16).hexdigest(), hashlib.blake2b(b"msg", key=b"key", salt=b"salt", person=b"me").hexdigest()[:32], hashlib.blake2s(b"x", digest_size=8).hexdigest())
print(sorted(a for a in hashlib.algorithms_guaranteed), hashlib.sha256(memoryview(b"mv")).hexdigest()[:16], hashlib.sha256(bytearray(b"mv")).hexdigest()[:16])
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1).hex(), hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, dklen=10).hex())
for bad in [lambda: hashlib.new("nope"), lambda: hashlib.sha256("text"), lambda: hashlib.md5().update(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(hashlib.file_digest(__import__("io").BytesIO(b"abc"), "sha1").hexdigest())

key = b"\x0b" * 20
print(hmac.new(key, b"Hi There", hashlib.sha256).hexdigest())
print(hmac.new(b"Jefe", b"what do ya want for nothing?", "sha256").hexdigest())
print(hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.md5).hexdigest(), hmac.new(b"key", b"", "sha1").hexdigest())
m = hmac.new(b"secret", digestmod="sha512")
m.update(b"part1")
m2 = m.copy()
m.update(b"part2")
print(m.hexdigest()[:32], m2.hexdigest()[:32], m.name, m.digest_size, m.block_size)
print(hmac.digest(b"k", b"msg", "sha256").hex(), hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))
try:
    hmac.new(b"k")
except TypeError as e:
    print("TypeError", e)
try:
    hmac.compare_digest("a", b"a")
except TypeError as e:
    print("TypeError", e)

raw = b"Man is distinguished\x00\xff\xfe"
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode),
                 (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode), (base64.a85encode, base64.a85decode),
                 (base64.b85encode, base64.b85decode), (base64.standard_b64encode, base64.standard_b64decode)]:
    e = enc(raw)
    print(enc.__name__, e, dec(e) == raw)
print([base64.b64encode(b"x" * n) for n in range(5)], base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.encodebytes(b"y" * 60))
print(base64.b64decode("TWFu"), base64.b64decode(b"TW\nFu"), base64.b64decode("TWE="), base64.b16decode("abcd", casefold=True), base64.a85encode(b"\x00" * 8), base64.a85encode(b"hi", adobe=True))
print(base64.b32decode("MFRGG===", casefold=False), base64.b32decode("mfrgg===", casefold=True), base64.decodebytes(b"YWJj\n"), base64.b85decode(b"VPRom"))
for bad in [lambda: base64.b64decode("TWF", validate=True), lambda: base64.b64decode("TW!u", validate=True), lambda: base64.b16decode("abc"), lambda: base64.b32decode("A"), lambda: base64.b64encode("str")]:
    try:
        print(bad())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(base64.b64decode("TW!Fu"), binascii.hexlify(b"\x01\xab", "-"), binascii.unhexlify("01ab"), binascii.crc32(b"hello"), binascii.crc_hqx(b"hello", 0), binascii.b2a_base64(b"ab", newline=False))
