# A source file that is not UTF-8 (and declares no encoding) is a
# SyntaxError naming the first bad byte and its line; nothing of it runs.
# fuzz_exec found float("...\x9e") reading past the end of a string made
# from such a literal. Child processes run the bad files.
import os, subprocess, sys, tempfile

cases = [
    b'print("before")\nx = "n\x9e"\nprint(len(x))\n',
    b'x = 1\n# caf\xe9 in latin-1\n',
    b'print("\xf0\x9f\x98")\n',          # a cut-off 4-byte sequence
    b's = "\xed\xa0\x80"\n',              # an encoded surrogate
    b'ok = "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"\nprint(len(ok))\n',
]
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'bad.py')
    for src in cases:
        with open(path, 'wb') as f:
            f.write(src)
        r = subprocess.run([sys.executable, path], capture_output=True, text=True)
        last = r.stderr.strip().splitlines()[-1] if r.stderr.strip() else ''
        print(r.returncode, repr(r.stdout), last.replace(path, 'BAD.py'))
