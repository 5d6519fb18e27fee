# sys.stdin/stdout/stderr are _io.TextIOWrapper objects over buffered FileIOs,
# as CPython makes them; -u and PYTHONUNBUFFERED make stdout/stderr write through.
import io
import os
import subprocess
import sys

for f in (sys.stdin, sys.stdout, sys.stderr):
    raw = getattr(f.buffer, "raw", f.buffer)
    print(type(f).__name__, f.name, f.mode, f.encoding, f.errors, repr(f.newlines),
          isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), type(raw).__name__,
          raw.name, raw.closefd, raw.mode, f.fileno(), f.readable(), f.writable(), f.closed)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
sys.stdout.write("text ")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes\n")
sys.stdout.buffer.flush()
print("written", sys.stdout.write("x\n"))
child = """
import sys
print(type(sys.stdout.buffer).__name__, sys.stdout.line_buffering, sys.stdout.write_through,
      type(sys.stderr.buffer).__name__, sys.stderr.line_buffering, sys.stderr.write_through,
      sys.stdin.read().upper(), end="")
"""
env = {k: v for k, v in os.environ.items() if k not in ("PYTHONUNBUFFERED", "PYTHONIOENCODING")}
for flags, extra in [([], {}), (["-u"], {}), ([], {"PYTHONUNBUFFERED": "1"}),
                     ([], {"PYTHONIOENCODING": "latin-1:replace"})]:
    r = subprocess.run([sys.executable] + flags + ["-c", child], input=b"in\n",
                       capture_output=True, env=dict(env, **extra))
    print(flags, extra, r.stdout.decode(), r.returncode)
r = subprocess.run([sys.executable, "-c", "import sys; print(sys.stdout.errors, sys.stdin.errors, sys.stderr.errors); print('\\xe9')"],
                   capture_output=True, env=dict(env, PYTHONIOENCODING="latin-1:replace"))
print(r.stdout)
r = subprocess.run([sys.executable, "-c", "import sys; print(sys.stdin)"], stdin=subprocess.DEVNULL,
                   capture_output=True, env=env)
print(r.stdout.decode().startswith("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"))
sys.stdout.write = lambda s: sys.__stdout__.buffer.write(("[" + s + "]").encode()) and None
print("a", "b")
del sys.stdout.write
sys.stdout.buffer.flush()
print()
