# The standard library over zlib: gzip (compress/decompress, GzipFile over
# BytesIO, multi-member streams, bad and truncated data), zipfile with
# ZIP_DEFLATED over BytesIO (writestr, open for reading and writing,
# testzip, compression levels) and tarfile's gz mode over BytesIO.
import gzip
import io
import tarfile
import zipfile
import zlib


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, '|', e)


text = b''.join(b'%d bottles of beer on the wall, %d bottles of beer.\n' % (i, i)
                for i in range(99, 0, -1))

# gzip.compress/decompress; mtime=0 makes the bytes deterministic.
g = gzip.compress(text, mtime=0)
print(len(g), g[:10], zlib.crc32(g))
print(gzip.compress(b'', mtime=0))
print(gzip.compress(b'hello', compresslevel=1, mtime=0))
print(gzip.decompress(g) == text, gzip.decompress(gzip.compress(b'', mtime=0)))
print(gzip.decompress(gzip.compress(b'a') + gzip.compress(b'b') + gzip.compress(b'c')))
print(zlib.decompress(g, 31) == text, zlib.decompress(g, 47) == text)
print(gzip.decompress(zlib.compress(text, wbits=31)) == text)
show(lambda: gzip.decompress(b'not gzipped at all'))
show(lambda: gzip.decompress(g[:-20]))
show(lambda: gzip.decompress(g[:-4]))
show(lambda: gzip.decompress(g[:-8] + b'\x00\x00\x00\x00' + g[-4:]))

# GzipFile over BytesIO: writing in pieces, then reading in every way.
buf = io.BytesIO()
with gzip.GzipFile(filename='beer.txt', mode='wb', fileobj=buf, mtime=0) as f:
    for i in range(0, len(text), 333):
        f.write(text[i:i + 333])
    f.write(memoryview(b'last line\n'))
    print(f.mode == gzip.WRITE, f.name)
raw = buf.getvalue()
print(len(raw), raw[:4], raw[10:19], zlib.crc32(raw))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    first = f.readline()
    some = f.read(100)
    rest = f.read()
    print(first, len(some), (first + some + rest) == text + b'last line\n', f.read())
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    lines = list(f)
    print(len(lines), lines[0], lines[-1])
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    f.seek(1000)
    print(f.tell(), f.read(20), f.peek(5)[:5])
    f.seek(10)
    print(f.read(10))
with gzip.open(io.BytesIO(raw), 'rt', encoding='ascii') as f:
    print(repr(f.readline()), sum(1 for _ in f))
tbuf = io.BytesIO()
with gzip.open(tbuf, 'wt', encoding='utf-8') as f:
    f.write('caf\u00e9 \u2603\n' * 3)
print(gzip.decompress(tbuf.getvalue()).decode())
with gzip.GzipFile(fileobj=io.BytesIO(g[:-30])) as f:
    show(f.read)
with gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b'one ') + gzip.compress(b'two'))) as f:
    print(f.read())

# zipfile with ZIP_DEFLATED over BytesIO.
zbuf = io.BytesIO()
with zipfile.ZipFile(zbuf, 'w', compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo('beer.txt', (2020, 1, 2, 3, 4, 6)), text,
                  compress_type=zipfile.ZIP_DEFLATED)
    z.writestr('empty.txt', b'')
    z.writestr('stored.txt', b'not compressed', compress_type=zipfile.ZIP_STORED)
    z.writestr('best.txt', text * 3, compresslevel=9)
    with z.open('streamed.bin', 'w') as w:
        for i in range(50):
            w.write(bytes(range(i, i + 200)))
for info in sorted(zipfile.ZipFile(zbuf).infolist(), key=lambda i: i.filename):
    print(info.filename, info.compress_type, info.file_size, info.compress_size, info.CRC)
with zipfile.ZipFile(zbuf) as z:
    print(z.testzip(), z.namelist())
    print(z.read('beer.txt') == text, z.read('empty.txt'), z.read('stored.txt'))
    print(z.read('best.txt') == text * 3, len(z.read('streamed.bin')))
    with z.open('beer.txt') as r:
        pieces = []
        while True:
            p = r.read(777)
            if not p:
                break
            pieces.append(p)
        print(len(pieces), b''.join(pieces) == text)
    with z.open('beer.txt') as r:
        print(r.readline(), r.read(10))
        r.seek(5000)
        print(r.tell(), r.read(12))
# A corrupt member: the CRC check fails when reading it.
data = bytearray(zbuf.getvalue())
with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
    info = z.getinfo('beer.txt')
    start = info.header_offset + 30 + len(info.filename.encode())
data[start + 40] ^= 0x55
with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
    try:
        z.read('beer.txt')
        print('no error')
    except (zipfile.BadZipFile, zlib.error) as e:
        print(type(e).__name__)

# tarfile's gz mode over BytesIO.
tbuf = io.BytesIO()
with tarfile.open(fileobj=tbuf, mode='w:gz') as t:
    for name, content in [('a.txt', b'alpha\n'), ('dir/b.txt', text), ('c.bin', bytes(3000))]:
        ti = tarfile.TarInfo(name)
        ti.size = len(content)
        ti.mtime = 0
        t.addfile(ti, io.BytesIO(content))
print(tbuf.getvalue()[:3], len(gzip.decompress(tbuf.getvalue())))
for mode in ['r:gz', 'r:*', 'r']:
    tbuf.seek(0)
    with tarfile.open(fileobj=tbuf, mode=mode) as t:
        names = t.getnames()
        print(mode, names, t.extractfile('dir/b.txt').read() == text,
              t.extractfile('c.bin').read() == bytes(3000))
tbuf.seek(0)
with tarfile.open(fileobj=tbuf, mode='r|gz') as t:
    print([(m.name, m.size) for m in t])
