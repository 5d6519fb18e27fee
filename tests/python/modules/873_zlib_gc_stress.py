# test: gc-stress
# zlib streams and the collector: objects dropped half-way (their z_stream
# state is freed when they are swept), objects kept alive across many
# collections with their unused_data / unconsumed_tail / zdict reachable
# only through them, and copies outliving their originals.
import gc
import zlib

data = b''.join(b'item %d %s;' % (i, b'xyz' * (i % 5)) for i in range(400))
stream = zlib.compress(data)

# Many streams abandoned mid-way.
for i in range(60):
    c = zlib.compressobj(i % 10)
    c.compress(data[:i * 10])
    d = zlib.decompressobj()
    d.decompress(stream[:i * 5], 3)
    if i % 20 == 0:
        gc.collect()
c = d = None
gc.collect()

# Live objects keep their state across collections.
zd = bytearray(b'item xyzxyz; common dictionary ' * 2)
cz = zlib.compressobj(zdict=bytes(zd))
sz = cz.compress(data[:300]) + cz.flush()
keep = []
for i in range(8):
    d = zlib.decompressobj()
    d.decompress(stream + b'trailer %d' % i, 10)
    d2 = zlib.decompressobj(zdict=zd[:])
    keep.append((i, d, d2))
del d, d2
gc.collect()
for i, d, d2 in keep:
    out = b''
    while d.unconsumed_tail and not d.eof:
        out += d.decompress(d.unconsumed_tail, 500)
        gc.collect() if i == 0 else None
    print(i, d.eof, d.unused_data, len(out) + 10 == len(data), d2.decompress(sz) == data[:300])

# Copies outlive their originals.
c = zlib.compressobj()
head = c.compress(data[:1000])
copies = [c.copy() for _ in range(5)]
del c
gc.collect()
outs = [head + k.compress(b'end %d' % n) + k.flush() for n, k in enumerate(copies)]
print([zlib.decompress(o)[-6:] for o in outs])
d = zlib.decompressobj()
first = d.decompress(stream, 100)
dcopies = [d.copy() for _ in range(3)]
del d
gc.collect()
print([(first + k.decompress(k.unconsumed_tail) + k.flush()) == data for k in dcopies])
