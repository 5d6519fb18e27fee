# Classical ciphers and encodings: Vigenere, Atbash, rail fence, hand-written base64, XOR + hex.
import sys

ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def shift_char(ch, k):
    if ch.isupper():
        return chr((ord(ch) - 65 + k) % 26 + 65)
    if ch.islower():
        return chr((ord(ch) - 97 + k) % 26 + 97)
    return ch


def vigenere(text, key, decrypt=False):
    if not key or not key.isalpha():
        raise ValueError(f"key must be alphabetic, got {key!r}")
    shifts = [ord(c) - ord("A") for c in key.upper()]
    out, i = [], 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            k = shifts[i % len(shifts)]
            out.append(shift_char(ch, -k if decrypt else k))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


ATBASH = dict(zip(ALPHA + ALPHA.lower(), ALPHA[::-1] + ALPHA.lower()[::-1]))


def atbash(text):
    return "".join(ATBASH.get(ch, ch) for ch in text)


def rail_fence(text, rails):
    if rails < 2:
        return text
    rows = [[] for _ in range(rails)]
    r, step = 0, 1
    for ch in text:
        rows[r].append(ch)
        if r == 0:
            step = 1
        elif r == rails - 1:
            step = -1
        r += step
    return "".join("".join(row) for row in rows)


def rail_fence_decode(cipher, rails):
    if rails < 2:
        return cipher
    pattern = []
    r, step = 0, 1
    for _ in cipher:
        pattern.append(r)
        if r == 0:
            step = 1
        elif r == rails - 1:
            step = -1
        r += step
    order = sorted(range(len(cipher)), key=lambda i: (pattern[i], i))
    out = [""] * len(cipher)
    for ch, pos in zip(cipher, order):
        out[pos] = ch
    return "".join(out)


B64 = ALPHA + ALPHA.lower() + "0123456789+/"


def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = 0
        for k in range(3):
            n = (n << 8) | (chunk[k] if k < len(chunk) else 0)
        chars = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        keep = len(chunk) + 1
        out.append("".join(chars[:keep]) + "=" * (4 - keep))
    return "".join(out)


def b64decode(text):
    if len(text) % 4:
        raise ValueError("invalid base64 length %d" % len(text))
    out = []
    for i in range(0, len(text), 4):
        quad = text[i:i + 4]
        pad = quad.count("=")
        n = 0
        for ch in quad.rstrip("="):
            idx = B64.find(ch)
            if idx < 0:
                raise ValueError(f"invalid base64 character {ch!r}")
            n = n * 64 + idx
        n <<= 6 * pad
        out.extend([(n >> 16) & 255, (n >> 8) & 255, n & 255][:3 - pad])
    return bytes(out)


def xor_bytes(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))


msg = "Attack at dawn! Meet me by the old oak tree, 10:30 p.m."
enc = vigenere(msg, "LEMON")
print(enc)
print(vigenere(enc, "lemon", decrypt=True) == msg)
for key in ("", "abc1"):
    try:
        vigenere(msg, key)
    except ValueError as e:
        print("ValueError:", e)
print(atbash(msg), atbash(atbash(msg)) == msg)
print("".join(shift_char(c, 13) for c in "Hello, World! Why did the chicken cross the road?"))
for rails in (1, 2, 3, 4):
    r = rail_fence("WEAREDISCOVEREDFLEEATONCE", rails)
    print(rails, r, rail_fence_decode(r, rails))
for sample in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld ✓".encode("utf-8"), bytes(range(250, 256))]:
    e = b64encode(sample)
    print(repr(sample), e, b64decode(e) == sample)
for bad in ("abc", "ab!d"):
    try:
        b64decode(bad)
    except ValueError as e:
        print("ValueError:", e)
secret = xor_bytes(msg.encode(), b"k3y")
print(secret.hex()[:48], len(secret), xor_bytes(secret, b"k3y").decode() == msg)
freq = {}
for ch in enc.upper():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
print(b"\x00\xff".hex(), list(b"AZ"), bytes([72, 105]), sys.byteorder in ("little", "big"))
# the same operations using the library helpers
table = str.maketrans(ALPHA + ALPHA.lower(), ALPHA[::-1] + ALPHA.lower()[::-1])
print(msg.translate(table) == atbash(msg), "abc".translate({97: "z", 98: None}))
print(bytes.fromhex("48656c6c6f").decode(), (1025).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "little"))
print(b"Hello" * 2, b"hello".find(b"l"), b"hello".count(b"l"), b"abc".upper())
