# hmac on top of hashlib (RFC 2104 / RFC 4231): hmac.new with digest names,
# constructors and modules, update/copy, hmac.digest, compare_digest, errors
import hashlib
import hmac


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(r if isinstance(r, str) else repr(r))
    except Exception as e:
        print(type(e).__name__, e)


# RFC 4231 test case 2 and RFC 2202's for MD5 and SHA-1.
print(hmac.new(b"Jefe", b"what do ya want for nothing?", "sha256").hexdigest())
print(hmac.new(b"Jefe", b"what do ya want for nothing?", "sha512").hexdigest())
print(hmac.new(b"Jefe", b"what do ya want for nothing?", "md5").hexdigest())
print(hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha1).hexdigest())

# Every algorithm, short and long keys (a key longer than the block size is
# hashed first), as a name and as a constructor.
keys = [b"", b"k", b"key" * 21, bytes(range(64)), bytes(range(65)), b"x" * 200]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512",
             "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    results = []
    for key in keys:
        h = hmac.new(key, b"message", name)
        h2 = hmac.new(key, digestmod=getattr(hashlib, name))
        h2.update(b"mess")
        h2.update(b"age")
        if h.digest() != h2.digest():
            print("MISMATCH", name, len(key))
        results.append(h.hexdigest()[:16])
    h = hmac.new(b"key", b"msg", name)
    print(name, h.name, h.digest_size, h.block_size, results)

# hmac.digest (the one-shot helper) agrees with hmac.new.
for name in ["sha256", "md5", "sha3_512"]:
    print(name, hmac.digest(b"key", b"payload", name) == hmac.new(b"key", b"payload", name).digest())

# copy() is independent; digest() can be repeated.
h = hmac.new(b"secret", b"start-", "sha256")
c = h.copy()
h.update(b"one")
c.update(b"two")
print(h.hexdigest() == hmac.new(b"secret", b"start-one", "sha256").hexdigest(),
      c.hexdigest() == hmac.new(b"secret", b"start-two", "sha256").hexdigest(),
      h.digest() == h.digest())
print(hmac.new(bytearray(b"k"), memoryview(b"m"), "sha1").hexdigest())

# compare_digest.
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"),
      hmac.compare_digest(b"abc", b"ab"), hmac.compare_digest("abc", "abc"),
      hmac.compare_digest(bytearray(b"x"), b"x"), hmac.compare_digest(b"", b""))
d = hmac.new(b"k", b"m", "sha256").digest()
print(hmac.compare_digest(d, hmac.new(b"k", b"m", "sha256").digest()),
      hmac.compare_digest(d, hmac.new(b"k", b"n", "sha256").digest()))
attempt(hmac.compare_digest, "abc", b"abc")
attempt(hmac.compare_digest, "\xe9", "\xe9")
attempt(hmac.compare_digest, 1, 2)

# Errors.
attempt(hmac.new, b"key")
attempt(hmac.new, b"key", b"msg", None)
attempt(hmac.new, "key", b"msg", "sha256")
attempt(hmac.new, b"key", "msg", "sha256")
attempt(hmac.new, b"key", b"msg", "nope")
h = hmac.new(b"key", digestmod="sha256")
attempt(h.update, "text")
