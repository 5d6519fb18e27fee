# hashlib.blake2b / blake2s (the _blake2 module): plain, keyed, salted and
# personalized hashing, digest sizes, the tree-hashing parameters, inputs
# around the block sizes, copy(), the constants and the argument errors
import hashlib
import _blake2


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(r if isinstance(r, str) else repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print(hashlib.blake2b is _blake2.blake2b, hashlib.blake2s is _blake2.blake2s)
print(_blake2.blake2b, _blake2.blake2s)
print(sorted(k for k in dir(_blake2) if k.isupper()))
print([getattr(_blake2, k) for k in sorted(dir(_blake2)) if k.isupper()])
for cls in (hashlib.blake2b, hashlib.blake2s):
    print(cls.__name__, cls.MAX_DIGEST_SIZE, cls.MAX_KEY_SIZE, cls.SALT_SIZE, cls.PERSON_SIZE)

# Known answers (RFC 7693 appendices A and B: "abc").
print(hashlib.blake2b(b"abc").hexdigest())
print(hashlib.blake2s(b"abc").hexdigest())
for cls in (hashlib.blake2b, hashlib.blake2s):
    h = cls()
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    print(" fox", cls(b"The quick brown fox jumps over the lazy dog").hexdigest())
    print(" new", hashlib.new(h.name, b"abc").hexdigest() == cls(b"abc").hexdigest())

# Lengths around the block sizes (64, 128), one-shot against in pieces,
# unkeyed and keyed (the key fills the first block).
data = bytes((i * 11 + 5) % 256 for i in range(600))
lengths = [0, 1, 2, 63, 64, 65, 127, 128, 129, 191, 192, 193, 255, 256, 257, 511, 512, 513]
for cls in (hashlib.blake2b, hashlib.blake2s):
    for kw in ({}, {"key": b"secret key"}, {"key": bytes(range(cls.MAX_KEY_SIZE))}):
        combined = cls(digest_size=16)
        for n in lengths:
            one = cls(data[:n], **kw)
            parts = cls(**kw)
            for i in range(0, n, 31):
                parts.update(data[i:min(i + 31, n)])
            if one.digest() != parts.digest():
                print("MISMATCH", cls.__name__, kw, n)
            combined.update(one.digest())
        print(cls.__name__, sorted(kw), combined.hexdigest())

# Every parameter changes the result.
for cls in (hashlib.blake2b, hashlib.blake2s):
    big = cls.MAX_DIGEST_SIZE
    variants = [
        {}, {"digest_size": 1}, {"digest_size": 20}, {"digest_size": big},
        {"key": b"k"}, {"salt": b"salt"}, {"salt": b"S" * cls.SALT_SIZE},
        {"person": b"me"}, {"person": b"P" * cls.PERSON_SIZE},
        {"fanout": 0}, {"fanout": 255}, {"depth": 2}, {"depth": 255},
        {"leaf_size": 4096}, {"leaf_size": 2**32 - 1}, {"node_offset": 1},
        {"node_offset": 2**48 - 1}, {"node_depth": 1}, {"node_depth": 255},
        {"inner_size": 1}, {"inner_size": big}, {"last_node": True}, {"last_node": 1},
        {"usedforsecurity": False},
        {"digest_size": 17, "key": b"key", "salt": b"pepper", "person": b"app",
         "fanout": 2, "depth": 3, "leaf_size": 65536, "node_offset": 5, "node_depth": 1,
         "inner_size": 32 if big == 64 else 16, "last_node": True},
    ]
    for kw in variants:
        h = cls(b"parameter test", **kw)
        print(cls.__name__, kw, h.digest_size, h.hexdigest())
print(hashlib.blake2b(node_offset=2**64 - 1).hexdigest()[:32])
print(hashlib.blake2b(b"x", digest_size=True).hexdigest(), hashlib.blake2s(b"x", key=bytearray(b"k")).hexdigest()[:16])
print(hashlib.blake2b(memoryview(b"mv"), salt=memoryview(b"s")).hexdigest()[:16])

# A long input: 1 MB of repeated data.
big_data = b"blake2 " * 149797
for cls in (hashlib.blake2b, hashlib.blake2s):
    h = cls(big_data)
    h2 = cls()
    for i in range(0, len(big_data), 65537):
        h2.update(big_data[i:i + 65537])
    print(cls.__name__, len(big_data), h.hexdigest(), h.digest() == h2.digest())

# copy() and repeated digest().
h = hashlib.blake2b(b"prefix-", digest_size=32, key=b"k")
c = h.copy()
h.update(b"one")
c.update(b"two")
print(h.hexdigest() == hashlib.blake2b(b"prefix-one", digest_size=32, key=b"k").hexdigest(),
      c.hexdigest() == hashlib.blake2b(b"prefix-two", digest_size=32, key=b"k").hexdigest(),
      h.digest() == h.digest(), type(c) is hashlib.blake2b, c.digest_size)
s = hashlib.blake2s(b"x", person=b"p")
t = s.copy()
t.update(b"y")
print(s.hexdigest(), t.hexdigest() == hashlib.blake2s(b"xy", person=b"p").hexdigest())

# Errors: values out of range, wrong types.
for cls in (hashlib.blake2b, hashlib.blake2s):
    big = cls.MAX_DIGEST_SIZE
    attempt(cls, digest_size=0)
    attempt(cls, digest_size=big + 1)
    attempt(cls, digest_size=-1)
    attempt(cls, key=b"k" * (big + 1))
    attempt(cls, salt=b"s" * (cls.SALT_SIZE + 1))
    attempt(cls, person=b"p" * (cls.PERSON_SIZE + 1))
    attempt(cls, fanout=-1)
    attempt(cls, fanout=256)
    attempt(cls, depth=0)
    attempt(cls, depth=256)
    attempt(cls, leaf_size=-1)
    attempt(cls, leaf_size=2**32)
    attempt(cls, leaf_size=2**64)
    attempt(cls, leaf_size=1.5)
    attempt(cls, node_offset=-1)
    attempt(cls, node_offset=2**64)
    attempt(cls, node_offset="x")
    attempt(cls, node_depth=-1)
    attempt(cls, node_depth=256)
    attempt(cls, inner_size=-1)
    attempt(cls, inner_size=big + 1)
    attempt(cls, digest_size="32")
    attempt(cls, digest_size=2.0)
    attempt(cls, fanout=2**64)
    attempt(cls, key="text key")
    attempt(cls, salt=None)
    attempt(cls, "text")
    attempt(cls, 123)
    attempt(cls, b"a", b"b")
    attempt(cls, data=b"a")
    attempt(cls, string=b"a")
    attempt(cls, bogus=1)
    attempt(cls, digest_size=0, salt=b"s" * 99)
    attempt(cls, "text", digest_size=0)
    attempt(cls, key=b"k" * 99, inner_size=-1)
    h = cls()
    attempt(h.update, "text")
    attempt(h.update)
    attempt(h.digest, 1)
    attempt(h.copy, 1)
attempt(hashlib.blake2s, node_offset=2**48)
print(hashlib.blake2s(node_offset=2**48 - 1).hexdigest()[:16])


class Boom:
    def __bool__(self):
        raise RuntimeError("no truth")


attempt(hashlib.blake2b, last_node=Boom())
try:
    class Sub(hashlib.blake2b):
        pass
except TypeError as e:
    print("TypeError", e)
