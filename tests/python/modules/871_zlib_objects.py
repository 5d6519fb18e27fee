# zlib's streaming objects: Compress (compress/flush in every mode, copy,
# zdict, strategies) and Decompress (piecewise input, max_length with
# unconsumed_tail, unused_data after the end, eof, flush, copy, zdict), the
# messages of their errors, and the state after a stream has ended.
import copy
import zlib


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, '|', e)


text = b''.join(b'record %05d: %s\n' % (i, b'abcdefgh'[i % 8:] * 3) for i in range(3000))

c = zlib.compressobj()
print(type(c).__name__, type(c).__module__, type(c).__qualname__)
d = zlib.decompressobj()
print(type(d).__name__, type(d).__module__, d.unused_data, d.unconsumed_tail, d.eof)
show(lambda: type(c)())
show(lambda: type(d)())

# Compressing in pieces gives the same stream as in one go.
c = zlib.compressobj()
parts = [c.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)]
parts.append(c.flush())
stream = b''.join(parts)
print(len(stream), stream == zlib.compress(text), sum(1 for p in parts if p))
show(lambda: c.flush())
show(lambda: c.compress(b'more'))
show(lambda: c.copy())

# Flush modes: sync/full flushes end on a byte boundary (00 00 ff ff).
c = zlib.compressobj(9, zlib.DEFLATED, -15)
a = c.compress(b'first part ')
b = c.flush(zlib.Z_SYNC_FLUSH)
print(a, b, b[-4:])
e = c.compress(b'second part')
f = c.flush(zlib.Z_FULL_FLUSH)
print(e, f[-4:], c.flush(zlib.Z_NO_FLUSH), c.flush(zlib.Z_PARTIAL_FLUSH) != None)
g = c.flush(zlib.Z_BLOCK)
h = c.flush()
print(zlib.decompress(a + b + e + f + g + h, -15))
show(lambda: zlib.compressobj().flush(9))
show(lambda: zlib.compressobj().flush(mode=1))
show(lambda: zlib.compressobj().flush(1, 2))

# Parameters: levels, strategies, memLevel, wbits, raw/gzip containers.
for kw in [dict(level=0), dict(level=1), dict(level=9), dict(strategy=zlib.Z_FILTERED),
           dict(strategy=zlib.Z_HUFFMAN_ONLY), dict(strategy=zlib.Z_RLE),
           dict(strategy=zlib.Z_FIXED), dict(memLevel=1), dict(memLevel=9), dict(wbits=9),
           dict(wbits=-12), dict(wbits=31), dict(level=6, method=zlib.DEFLATED)]:
    c = zlib.compressobj(**kw)
    out = c.compress(text) + c.flush()
    w = kw.get('wbits', 15)
    print(sorted(kw.items()), len(out), zlib.decompress(out, w if w < 0 else 47) == text)
for args in [(10,), (-2,), (6, 9), (6, 8, 7), (6, 8, 15, 0), (6, 8, 15, 10), (6, 8, 15, 8, 5)]:
    show(lambda: zlib.compressobj(*args))
show(lambda: zlib.compressobj(1, 2, 3, 4, 5, 6, 7))
show(lambda: zlib.compressobj(levl=1))
show(lambda: zlib.compressobj(zdict='abc'))
show(lambda: zlib.compressobj(zdict=None))
show(lambda: zlib.compressobj().compress('str'))
show(lambda: zlib.compressobj().compress())
show(lambda: zlib.compressobj().compress(data=b''))

# copy(): two compressors continuing from the same point.
c = zlib.compressobj()
head = c.compress(text[:5000])
c2 = c.copy()
c3 = copy.copy(c)
c4 = copy.deepcopy(c)
t1 = head + c.compress(b'ending one') + c.flush()
t2 = head + c2.compress(b'ending two') + c2.flush()
t3 = head + c3.compress(b'ending one') + c3.flush()
t4 = head + c4.compress(b'ending one') + c4.flush()
print(zlib.decompress(t1)[-10:], zlib.decompress(t2)[-10:], t1 == t3 == t4)
show(lambda: c.copy())
show(lambda: c.copy(1))

# Decompressing in pieces, one byte at a time and in uneven chunks.
stream = zlib.compress(text, 9)
d = zlib.decompressobj()
out = b''.join(d.decompress(stream[i:i + 1]) for i in range(len(stream)))
print(out == text, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
out = []
pos = 0
for n in [1, 2, 3, 50, 7, 1000, 10 ** 6]:
    out.append(d.decompress(stream[pos:pos + n]))
    pos += n
print(b''.join(out) == text, d.eof, [len(x) for x in out][:4])

# max_length: the output is capped and the input left over waits in unconsumed_tail.
d = zlib.decompressobj()
first = d.decompress(stream, 100)
print(len(first), first == text[:100], len(d.unconsumed_tail) > 0, d.eof)
chunks = [first]
while d.unconsumed_tail:
    chunks.append(d.decompress(d.unconsumed_tail, 4096))
    assert len(chunks[-1]) <= 4096
print(len(chunks), b''.join(chunks) == text, d.eof, d.unconsumed_tail, d.flush())
d = zlib.decompressobj()
x = d.decompress(stream, 10)
y = d.flush()
print(len(x), len(y), x + y == text, d.eof, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b'exact'), 5), d.eof, d.unconsumed_tail)
# As CPython: when the end comes while a tail is pending, what follows the
# stream goes to unused_data and also stays in unconsumed_tail.
d = zlib.decompressobj()
n = [len(d.decompress(stream + b'TRAILER', 40000))]
while d.unconsumed_tail and not d.eof:
    n.append(len(d.decompress(d.unconsumed_tail, 40000)))
print(n, d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(d.unconsumed_tail), d.unused_data, d.unconsumed_tail)
show(lambda: zlib.decompressobj().decompress(stream, -1))
show(lambda: zlib.decompressobj().decompress(stream, max_length=-1))
show(lambda: zlib.decompressobj().decompress(stream, 2 ** 70))
show(lambda: zlib.decompressobj().decompress(stream, 1.0))
show(lambda: zlib.decompressobj().flush(0))
show(lambda: zlib.decompressobj().flush(-5))
show(lambda: zlib.decompressobj().decompress())
show(lambda: zlib.decompressobj().decompress(b'', 1, 2))
show(lambda: zlib.decompressobj().decompress('str'))

# unused_data: what follows the end of the stream, accumulated.
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b'abc') + b'xyz'), d.unused_data, d.unconsumed_tail, d.eof)
print(d.decompress(b'more'), d.unused_data, d.eof)
print(d.flush(), d.flush(), d.unused_data)
show(lambda: d.decompress(b'x'))
show(lambda: d.copy())
d = zlib.decompressobj()
s = zlib.compress(b'two streams') + zlib.compress(b'second')
print(d.decompress(s), d.unused_data == zlib.compress(b'second'))

# Truncated and corrupt input.
d = zlib.decompressobj()
part = d.decompress(stream[:len(stream) // 2])
print(text.startswith(part), len(part) > 1000, d.eof)
rest = d.flush()
print(text.startswith(part + rest), len(part + rest) < len(text), d.eof, d.flush())
d = zlib.decompressobj()
show(lambda: d.decompress(b'garbage'))
print(d.unused_data, d.unconsumed_tail, d.eof)
show(lambda: d.decompress(b''))
show(lambda: zlib.decompressobj().decompress(b'x\x9c\xff\xff'))
show(lambda: zlib.decompressobj(wbits=-15).decompress(zlib.compress(b'zzz')))

# Containers: raw, gzip, auto-detection (wbits 32 + n), header-sized window (0).
for cw, dw in [(-15, -15), (31, 31), (31, 47), (15, 47), (15, 0), (9, 32 + 9)]:
    c = zlib.compressobj(wbits=cw)
    s = c.compress(text) + c.flush()
    d = zlib.decompressobj(dw)
    print(cw, dw, d.decompress(s) == text, d.eof)
for args in [(100,), (8,), (-20,), (-8,), (0,), (47,)]:
    show(lambda: type(zlib.decompressobj(*args)).__name__)
show(lambda: zlib.decompressobj(1, 2, 3))
show(lambda: zlib.decompressobj(zdict='abc'))
show(lambda: zlib.decompressobj(zdict=None))
show(lambda: zlib.decompressobj(wbits=15, zdict=5))

# A preset dictionary.
zd = b'the dictionary: common words like record and abcdefgh'
c = zlib.compressobj(zdict=zd)
s = c.compress(b'record abcdefgh record common words') + c.flush()
print(len(s), s[:6])
show(lambda: zlib.decompress(s))
show(lambda: zlib.decompressobj().decompress(s))
show(lambda: zlib.decompressobj(zdict=b'the wrong one').decompress(s))
print(zlib.decompressobj(zdict=zd).decompress(s))
print(zlib.decompressobj(zdict=bytearray(zd)).decompress(s))
print(zlib.decompressobj(zdict=memoryview(zd)).decompress(s))
d = zlib.decompressobj(zdict=zd)
print(b''.join(d.decompress(s[i:i + 3]) for i in range(0, len(s), 3)), d.eof)
c = zlib.compressobj(wbits=-15, zdict=zd)
s = c.compress(b'record abcdefgh') + c.flush()
print(zlib.decompressobj(-15, zdict=zd).decompress(s))
show(lambda: zlib.decompressobj(-15).decompress(s))

# Decompress.copy(): two decompressors continuing from the same point.
d = zlib.decompressobj()
h = d.decompress(stream[:200])
d2 = d.copy()
d3 = copy.deepcopy(d)
r1 = h + d.decompress(stream[200:]) + d.flush()
r2 = h + d2.decompress(stream[200:] + b'extra') + d2.flush()
r3 = h + d3.decompress(stream[200:]) + d3.flush()
print(r1 == r2 == r3 == text, d2.unused_data, d3.eof)
show(lambda: d.copy(1))
show(lambda: d.__deepcopy__())

# The attributes are read-only.
for name in ['unused_data', 'unconsumed_tail', 'eof']:
    try:
        setattr(d, name, b'x')
    except AttributeError as e:
        print(name, 'AttributeError', e)
show(lambda: d.foo)
