# lzma and _lzma: every container format, checks, filter chains (DELTA,
# LZMA1/LZMA2 options, BCJ), incremental decompression with max_length,
# unused_data, multi-stream data, LZMAFile/open, filter properties, errors
import io, lzma, os, pickle, tempfile
import _lzma

def err(f):
    try:
        r = f()
        print("ok", r if not isinstance(r, bytes) else len(r))
    except Exception as e:
        print(type(e).__name__, e)

data = b"".join(b"record %05d: the lzma test data\n" % i for i in range(3000))

# Streams made by CPython's lzma.compress (fixed byte literals).
XZ = (b'\xfd7zXZ\x00\x00\x04\xe6\xd6\xb4F\x02\x00!\x01\x16\x00\x00\x00t/\xe5\xa3\xe0\x00/\x00\x17]'
      b'\x00:\x9b\xcah\x84\xf8\xc3KE\xf0m\x01\xa2\xc0V\x9a\xa8\xb03\xb1z\x00\x00\x00\x00\xcf4'
      b'\xa0[L\xace\xaa\x00\x0130\xb7\xe04\xf2\x1f\xb6\xf3}\x01\x00\x00\x00\x00\x04YZ')
ALONE = (b']\x00\x00\x80\x00\xff\xff\xff\xff\xff\xff\xff\xff\x00:\x9b\xcah\x84\xf8K\x84\x80\xb5'
         b'\xe0\x9e\x13LfgFJ\xce\xb1\xa0\xee\xdf\xae\x05\xff\xff\xfd\xd1\xa0\x00')
RAW_FILTERS = [{"id": lzma.FILTER_DELTA, "dist": 2}, {"id": lzma.FILTER_LZMA2, "preset": 1}]
RAW = (b'\xe0\x002\x00\x1b]\x00:\x9b\xdbe\xa0\x96|\xa4/\x1e3\xf1}\xc3\xab\xb5tg\xec\xf69\x19I'
       b'\xb2\xdc\x00\x00\x00')
CRC32 = (b'\xfd7zXZ\x00\x00\x01i"\xde6\x02\x00!\x01\x16\x00\x00\x00t/\xe5\xa3\x01\x00\x04crc32'
         b'\x00\x00\x00\x00^\xd3\xab\xaf\x00\x01\x19\x05\xbc\xe8\xec\xcb\x90B\x99\r\x01\x00\x00'
         b'\x00\x00\x01YZ')
NONE = (b'\xfd7zXZ\x00\x00\x00\xff\x12\xd9A\x02\x00!\x01\x16\x00\x00\x00t/\xe5\xa3\x01\x00\x03'
        b'none\x00\x00\x01\x14\x04g\xa6E\t\x06r\x9ez\x01\x00\x00\x00\x00\x00YZ')
print(lzma.decompress(XZ))
print(lzma.decompress(ALONE))
print(lzma.decompress(RAW, format=lzma.FORMAT_RAW, filters=RAW_FILTERS))
print(lzma.decompress(XZ, format=lzma.FORMAT_XZ)[:7], lzma.decompress(ALONE, lzma.FORMAT_ALONE)[:7])
print(lzma.compress(b'uopy xz literal\n' * 3) == XZ)
print(lzma.compress(b'uopy raw literal\n' * 3, format=lzma.FORMAT_RAW, filters=RAW_FILTERS) == RAW)
for lit in (XZ, CRC32, NONE, ALONE):
    d = lzma.LZMADecompressor()
    print(d.check, d.decompress(lit)[:6], d.check, d.eof)

# one-shot round trips: formats, checks, presets
for fmt in (lzma.FORMAT_XZ, lzma.FORMAT_ALONE):
    c = lzma.compress(data, format=fmt)
    print(fmt, lzma.decompress(c) == data, lzma.decompress(c, format=fmt) == data)
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    c = lzma.compress(data, check=check)
    d = lzma.LZMADecompressor()
    print(check, d.decompress(c) == data, d.check, lzma.is_check_supported(check))
for preset in (0, 3, 9, 1 | lzma.PRESET_EXTREME):
    print(preset, lzma.decompress(lzma.compress(data[:20000], preset=preset)) == data[:20000])
print(lzma.decompress(lzma.compress(b"")), len(lzma.compress(b"")))

# filter chains
chains = [
    [{"id": lzma.FILTER_LZMA2, "preset": 6, "dict_size": 1 << 20, "lc": 3, "lp": 0, "pb": 2,
      "mode": lzma.MODE_NORMAL, "nice_len": 64, "mf": lzma.MF_BT4, "depth": 0}],
    [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_LZMA2, "preset": 1}],
    [{"id": lzma.FILTER_X86, "start_offset": 16}, {"id": lzma.FILTER_LZMA2, "mode": lzma.MODE_FAST,
                                                   "mf": lzma.MF_HC4}],
    [{"id": lzma.FILTER_ARM}, {"id": lzma.FILTER_DELTA}, {"id": lzma.FILTER_LZMA2, "mf": lzma.MF_BT2}],
]
for chain in chains:
    xz = lzma.compress(data, filters=chain)
    raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=chain)
    print(lzma.decompress(xz) == data,
          lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=chain) == data)
lz1 = [{"id": lzma.FILTER_LZMA1, "preset": 2, "lc": 1, "lp": 1, "pb": 1}]
c = lzma.compress(data, format=lzma.FORMAT_ALONE, filters=lz1)
print(lzma.decompress(c) == data, c[:1])
c = lzma.compress(data, format=lzma.FORMAT_RAW, filters=lz1)
print(lzma.decompress(c, format=lzma.FORMAT_RAW, filters=lz1) == data)

# filter properties
print(lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1}))
print(lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1, "lc": 1, "lp": 2, "pb": 1,
                                      "dict_size": 1 << 16}))
print(lzma._encode_filter_properties({"id": lzma.FILTER_LZMA2, "dict_size": 1 << 20}))
print(lzma._encode_filter_properties({"id": lzma.FILTER_DELTA, "dist": 5}))
print(lzma._encode_filter_properties({"id": lzma.FILTER_X86}))
print(lzma._encode_filter_properties({"id": lzma.FILTER_SPARC, "start_offset": 8}))
print(lzma._decode_filter_properties(lzma.FILTER_LZMA1, b"]\x00\x00\x80\x00"))
print(lzma._decode_filter_properties(lzma.FILTER_LZMA2, b"\x10"))
print(lzma._decode_filter_properties(lzma.FILTER_DELTA, b"\x04"))
print(lzma._decode_filter_properties(lzma.FILTER_X86, b"\x10\x00\x00\x00"))
for spec in ({"id": lzma.FILTER_LZMA1, "lc": 0, "lp": 4, "pb": 4, "dict_size": 4096},
             {"id": lzma.FILTER_DELTA, "dist": 256}):
    props = lzma._encode_filter_properties(spec)
    print(props, lzma._decode_filter_properties(spec["id"], props) == spec)
err(lambda: lzma._decode_filter_properties(lzma.FILTER_LZMA1, b"\xff"))
err(lambda: lzma._decode_filter_properties(lzma.FILTER_DELTA, b""))
err(lambda: lzma._decode_filter_properties(99, b""))
err(lambda: lzma._decode_filter_properties(-1, b""))
err(lambda: lzma._decode_filter_properties(1))
err(lambda: lzma._encode_filter_properties({"id": 99}))
err(lambda: lzma._encode_filter_properties(5))
err(lambda: lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1, "lc": 5}))

# incremental compression and decompression
comp = lzma.LZMACompressor(check=lzma.CHECK_SHA256)
pieces = [comp.compress(data[i:i + 7000]) for i in range(0, len(data), 7000)]
pieces.append(comp.flush())
xz = b"".join(pieces)
print(lzma.decompress(xz) == data)
err(lambda: comp.compress(b"x"))
err(lambda: comp.flush())
d = lzma.LZMADecompressor()
print(d.eof, d.needs_input, d.unused_data, d.check == lzma.CHECK_UNKNOWN)
out = d.decompress(xz[:40], max_length=0)
print(len(out), d.needs_input, d.eof)
out += d.decompress(xz[40:], max_length=1000)
print(len(out), d.needs_input, d.eof, d.check)
steps = 0
while not d.eof:
    out += d.decompress(b"", max_length=30000)
    steps += 1
print(steps, out == data, d.needs_input, d.unused_data)
err(lambda: d.decompress(b"x"))
# an exact max_length at the end of the output
d = lzma.LZMADecompressor()
print(len(d.decompress(XZ, max_length=48)), d.eof, d.needs_input)
err(lambda: d.decompress(b"", max_length=48))
# a byte at a time, then data after the end
d = lzma.LZMADecompressor()
src = XZ + b"TRAILER"
got = b""
i = 0
while not d.eof:
    got += d.decompress(src[i:i + 1])
    i += 1
print(i, len(XZ), got == lzma.decompress(XZ), d.unused_data)
d = lzma.LZMADecompressor(format=lzma.FORMAT_ALONE)
print(d.decompress(ALONE + b"more")[:6], d.unused_data, d.check)
d = lzma.LZMADecompressor(memlimit=1 << 30)
print(len(d.decompress(xz, max_length=2**62)), d.eof)
# multi-stream data (and stream padding) with the module function
print(lzma.decompress(XZ + XZ) == lzma.decompress(XZ) * 2)
print(lzma.decompress(XZ + b"\x00" * 8 + lzma.compress(b"!")) [-3:])
print(lzma.decompress(ALONE + ALONE, format=lzma.FORMAT_ALONE)[-7:])

# errors
err(lambda: lzma.decompress(b"not xz data, not lzma data"))
err(lambda: lzma.decompress(XZ[:30]))
err(lambda: lzma.decompress(XZ[:40] + b"\x00" * 6 + XZ[46:]))
err(lambda: lzma.decompress(XZ, format=lzma.FORMAT_ALONE))
err(lambda: lzma.decompress(ALONE, format=lzma.FORMAT_XZ))
err(lambda: lzma.LZMADecompressor(memlimit=1).decompress(XZ))
err(lambda: lzma.LZMADecompressor().decompress(b"\xfd7zXZ" + b"x" * 30))
err(lambda: lzma.LZMADecompressor().decompress("text"))
err(lambda: lzma.LZMADecompressor().decompress(b"", "big"))
err(lambda: lzma.LZMADecompressor().decompress(b"", 2**70))
err(lambda: lzma.LZMADecompressor(format=7))
err(lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW))
err(lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW, memlimit=10, filters=[]))
err(lambda: lzma.LZMADecompressor(filters=RAW_FILTERS))
err(lambda: lzma.LZMADecompressor(memlimit="x"))
err(lambda: lzma.LZMADecompressor(memlimit=-1))
err(lambda: lzma.LZMADecompressor(check=1))
err(lambda: lzma.LZMADecompressor(1, 2, 3, 4))
err(lambda: lzma.LZMACompressor(format=5))
err(lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32))
err(lambda: lzma.LZMACompressor(format=lzma.FORMAT_RAW))
err(lambda: lzma.LZMACompressor(check=5))
err(lambda: lzma.LZMACompressor(preset=1, filters=[]))
err(lambda: lzma.LZMACompressor(preset=10))
err(lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, preset=10))
err(lambda: lzma.LZMACompressor(preset=-1))
err(lambda: lzma.LZMACompressor(preset=2**33))
err(lambda: lzma.LZMACompressor(preset="6"))
err(lambda: lzma.LZMACompressor(1.0))
err(lambda: lzma.LZMACompressor(x=1))
err(lambda: lzma.LZMACompressor(1, 2, 3, 4, 5))
err(lambda: lzma.LZMACompressor(filters=5))
err(lambda: lzma.LZMACompressor(filters=[5]))
err(lambda: lzma.LZMACompressor(filters=[{}]))
err(lambda: lzma.LZMACompressor(filters=[{"id": "x"}]))
err(lambda: lzma.LZMACompressor(filters=[{"id": -1}]))
err(lambda: lzma.LZMACompressor(filters=[{"id": 99}]))
err(lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_DELTA}] * 5))
err(lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_LZMA2, "foo": 1}]))
err(lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_LZMA2, "dict_size": "x"}]))
err(lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_LZMA2, "lc": 2**40}]))
err(lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_LZMA2, "preset": 50}]))
err(lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_LZMA2, "preset": 2**40}]))
err(lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_LZMA2, "preset": "x"}]))
err(lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_LZMA2, "lc": 4, "lp": 4}]))
err(lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_DELTA, "dist": 0}]))
err(lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_DELTA, "other": 0}]))
err(lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_X86, "start": 0}]))
err(lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_X86}]))
err(lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA2}]))
err(lambda: lzma.LZMACompressor(filters=[{"id": lzma.FILTER_LZMA1}]))
err(lambda: lzma.LZMACompressor().compress())
err(lambda: lzma.LZMACompressor().compress("text"))
err(lambda: lzma.LZMACompressor().flush(1))
err(lambda: lzma.is_check_supported("x"))
err(lambda: lzma.is_check_supported(2**40))
err(lambda: lzma.compress(b"x", format=lzma.FORMAT_RAW))
err(lambda: lzma.decompress(b"x", format=lzma.FORMAT_RAW))
for obj in (lzma.LZMACompressor(), lzma.LZMADecompressor()):
    err(lambda: pickle.dumps(obj))
err(lambda: type("Sub", (lzma.LZMACompressor,), {}))
def set_check():
    lzma.LZMADecompressor().check = 1
err(set_check)
# a decompressor left failed stays safe to use
d = lzma.LZMADecompressor()
err(lambda: d.decompress(b"garbage garbage garbage"))
err(lambda: d.decompress(XZ))
print(issubclass(lzma.LZMAError, Exception), lzma.LZMAError.__module__, lzma.LZMAError.__doc__)
print(_lzma.LZMACompressor.__module__, _lzma.LZMADecompressor.__name__)
print(sorted(n for n in dir(_lzma) if not n.startswith("__")))
print([(n, getattr(lzma, n)) for n in sorted(dir(lzma)) if n.isupper()])

# LZMAFile and open(), binary and text, on a temporary file
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.xz")
    with lzma.LZMAFile(path, "wb", preset=2) as f:
        print(f.write(data[:40000]), f.writable(), f.readable())
    with lzma.LZMAFile(path, "ab", check=lzma.CHECK_CRC32) as f:  # a second stream
        f.write(data[40000:])
    with lzma.LZMAFile(path) as f:
        print(f.read() == data)
    with lzma.open(path) as f:
        print(f.readline(), f.read(10), f.tell())
        f.seek(200)
        print(f.read(17), f.tell(), f.seekable())
        print(len(f.readlines()))
    with lzma.open(path, "rt", encoding="ascii") as f:
        lines = f.readlines()
        print(len(lines), lines[-1])
    with lzma.open(path, "wt", encoding="utf-8", format=lzma.FORMAT_ALONE, newline="\n") as f:
        f.write("ünïcode\nlines\n" * 40)
    with lzma.open(path, "rt", encoding="utf-8") as f:
        print(repr(f.readline()), len(f.read()))
    with open(path, "rb") as raw:
        print(raw.read(3))
    raw_path = os.path.join(tmp, "data.raw")
    with lzma.open(raw_path, "wb", format=lzma.FORMAT_RAW, filters=RAW_FILTERS) as f:
        f.write(data)
    with lzma.open(raw_path, format=lzma.FORMAT_RAW, filters=RAW_FILTERS) as f:
        print(f.read() == data)
    with open(path, "wb") as raw:
        raw.write(XZ[:50])
    with lzma.open(path) as f:
        err(f.read)
    with open(path, "wb") as raw:
        raw.write(XZ + b"junk at the end!")
    with lzma.open(path) as f:
        err(f.read)
    buf = io.BytesIO()
    with lzma.LZMAFile(buf, "w", format=lzma.FORMAT_XZ, filters=chains[1]) as f:
        f.write(b"to memory")
    print(lzma.decompress(buf.getvalue()))
    err(lambda: lzma.LZMAFile(path, "rx"))
    err(lambda: lzma.LZMAFile(path, "r", preset=1))
    err(lambda: lzma.open(path, "rb", encoding="utf-8"))
