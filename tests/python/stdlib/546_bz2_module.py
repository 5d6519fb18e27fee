# bz2 and _bz2: one-shot and incremental (de)compression, BZ2File/open in
# binary and text modes, max_length, unused_data, multi-stream data, errors
import bz2, io, os, pickle, tempfile
import _bz2

def err(f):
    try:
        r = f()
        print("ok", r if not isinstance(r, bytes) else len(r))
    except Exception as e:
        print(type(e).__name__, e)

data = b"".join(b"line %d of the bz2 test data\n" % i for i in range(2000))
# A stream made by CPython's bz2.compress (the same bytes for the same libbz2).
LITERAL = (b'BZh91AY&SY\xf9\x05J\xba\x00\x00\x16Y\x80\x00\x10@\x00\x10\x002$\xd60 \x00#?\xf5R'
           b'\x18\x9alB\x98\x00\x0c\xa5\xea\x90\xc2X|\xf1IBP\xa58.\xe4\x8ap\xa1!\xf2\n\x95t')
print(bz2.decompress(LITERAL))
print(bz2.compress(b'uopy bz2 literal\n' * 3) == LITERAL)

# one-shot, every level
for level in (1, 5, 9):
    c = bz2.compress(data, level)
    print(level, c[:4], bz2.decompress(c) == data)
print(bz2.decompress(b"") == b"", len(bz2.compress(b"")), bz2.decompress(bz2.compress(b"")))
# concatenated streams decompress to the concatenation
c2 = bz2.compress(b"first ") + bz2.compress(b"second")
print(bz2.decompress(c2))
print(bz2.decompress(bytearray(LITERAL))[:9], bz2.decompress(memoryview(LITERAL))[:9])

# incremental compression
comp = _bz2.BZ2Compressor(3)
pieces = [comp.compress(data[i:i + 5000]) for i in range(0, len(data), 5000)]
pieces.append(comp.flush())
print(bz2.decompress(b"".join(pieces)) == data)
err(lambda: comp.compress(b"more"))
err(lambda: comp.flush())

# incremental decompression with max_length
c = bz2.compress(data)
d = _bz2.BZ2Decompressor()
print(d.eof, d.needs_input, d.unused_data)
out = d.decompress(c[:50], max_length=0)
print(len(out), d.needs_input, d.eof)
out += d.decompress(c[50:], max_length=100)
print(len(out), d.needs_input, d.eof)
steps = 0
while not d.eof:
    out += d.decompress(b"", max_length=10000)
    steps += 1
print(steps, out == data, d.needs_input, d.unused_data)
err(lambda: d.decompress(b"x"))
err(lambda: d.decompress(b""))

# byte at a time, with data after the end of the stream
d = _bz2.BZ2Decompressor()
src = LITERAL + b"TRAILING"
out = b""
i = 0
while not d.eof:
    out += d.decompress(src[i:i + 1])
    i += 1
out += d.decompress(src[i:]) if not d.eof else b""
print(i, len(LITERAL))
print(out, d.eof, d.unused_data, d.needs_input)
d = _bz2.BZ2Decompressor()
print(d.decompress(LITERAL + bz2.compress(b"next")) == bz2.decompress(LITERAL), d.unused_data[:4])

# a huge max_length is only a limit
d = _bz2.BZ2Decompressor()
print(len(d.decompress(c, max_length=2**62)), d.eof)

# errors
err(lambda: bz2.decompress(b"this is not bz2 data at all"))
err(lambda: bz2.decompress(LITERAL[:30]))
err(lambda: bz2.decompress(LITERAL[:20] + b"\x00" * 10 + LITERAL[30:]))
err(lambda: _bz2.BZ2Decompressor().decompress(b"BZh9" + b"x" * 20))
err(lambda: _bz2.BZ2Decompressor().decompress("text"))
err(lambda: _bz2.BZ2Decompressor().decompress(b"", "big"))
err(lambda: _bz2.BZ2Decompressor().decompress(b"", 2**70))
err(lambda: _bz2.BZ2Decompressor().decompress())
err(lambda: _bz2.BZ2Decompressor(1))
err(lambda: _bz2.BZ2Decompressor(x=1))
err(lambda: _bz2.BZ2Compressor(0))
err(lambda: _bz2.BZ2Compressor(10))
err(lambda: _bz2.BZ2Compressor(1, 2))
err(lambda: _bz2.BZ2Compressor(compresslevel=3))
err(lambda: _bz2.BZ2Compressor("9"))
err(lambda: _bz2.BZ2Compressor(2**40))
err(lambda: _bz2.BZ2Compressor().compress())
err(lambda: _bz2.BZ2Compressor().compress([1, 2]))
err(lambda: _bz2.BZ2Compressor().flush(1))
err(lambda: bz2.compress(b"x", 0))
for obj in (_bz2.BZ2Compressor(), _bz2.BZ2Decompressor()):
    err(lambda: pickle.dumps(obj))
err(lambda: type("Sub", (_bz2.BZ2Decompressor,), {}))
def set_eof():
    _bz2.BZ2Decompressor().eof = True
err(set_eof)
# a decompressor left failed stays safe to use
d = _bz2.BZ2Decompressor()
err(lambda: d.decompress(b"garbage garbage garbage"))
err(lambda: d.decompress(LITERAL))
print(_bz2.BZ2Compressor.__module__, _bz2.BZ2Decompressor.__name__)
print(sorted(n for n in dir(_bz2) if not n.startswith("_")))

# BZ2File and open(), binary and text, on a temporary file
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.bz2")
    with bz2.BZ2File(path, "wb", compresslevel=4) as f:
        print(f.write(data[:30000]), f.writable(), f.readable())
    with bz2.BZ2File(path, "ab") as f:  # a second stream
        f.write(data[30000:])
    with bz2.BZ2File(path) as f:
        print(f.read() == data)
    with bz2.BZ2File(path) as f:
        print(f.readline(), f.read(10), f.tell())
        f.seek(100)
        print(f.read(13), f.tell(), f.seekable())
        print(len(f.readlines()))
    with bz2.open(path, "rt", encoding="ascii") as f:
        lines = f.readlines()
        print(len(lines), lines[1999])
    with bz2.open(path, "wt", encoding="utf-8", newline="\n") as f:
        f.write("héllo\nwörld\n" * 50)
    with bz2.open(path, "rt", encoding="utf-8") as f:
        print(repr(f.readline()), len(f.read()))
    with open(path, "rb") as raw:
        print(raw.read(3))
    with open(path, "wb") as raw:
        raw.write(LITERAL[:40])
    with bz2.open(path) as f:
        err(f.read)
    with open(path, "wb") as raw:
        raw.write(LITERAL + b"\x00\x00junk")
    with bz2.open(path) as f:
        err(f.read)
    buf = io.BytesIO()
    with bz2.BZ2File(buf, "w") as f:
        f.write(b"to memory")
    print(bz2.decompress(buf.getvalue()))
    err(lambda: bz2.BZ2File(path, "rx"))
    err(lambda: bz2.open(path, "rb", encoding="utf-8"))
