# select.select over pipes and socket pairs: readiness, the original
# objects coming back (ints, objects with fileno(), any iterable),
# timeouts (0, small, None with something ready), and the argument errors.
import os
import select
import socket
import time


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(select.error is OSError)
print(select.PIPE_BUF >= 512)

r, w = os.pipe()
# Nothing to read yet; the write end is writable at once.
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"hello")
print(select.select([r], [], [], 0) == ([r], [], []))
# None waits, but something is ready.
print(select.select([r], [w], []) == ([r], [w], []))
print(os.read(r, 100))
print(select.select([r], [], [], 0.0) == ([], [], []))


class FD:
    def __init__(self, fd, name):
        self.fd = fd
        self.name = name

    def fileno(self):
        return self.fd

    def __repr__(self):
        return "FD(%s)" % self.name


fr, fw = FD(r, "r"), FD(w, "w")
print(select.select([fr], [fw], [fr, fw], 0))
os.write(w, b"x")
res = select.select((fr, r), {fw: 1}, (), 0)
print([x if isinstance(x, FD) else ("int", x == r) for x in res[0]], res[1], res[2])
os.read(r, 1)

# A small timeout actually waits.
t0 = time.monotonic()
print(select.select([r], [], [], 0.05))
print(time.monotonic() - t0 >= 0.04)
t0 = time.monotonic()
print(select.select([], [], [], 0.02))
print(time.monotonic() - t0 >= 0.015)

# Socket pairs: readable after send, EOF readable after close.
a, b = socket.socketpair()
print(select.select([a, b], [], [], 0))
b.send(b"ping")
rl, wl, xl = select.select([a, b], [a, b], [], 0)
print(rl == [a], wl == [a, b], xl)
print(a.recv(10))
b.close()
print(select.select([a], [], [], 0)[0] == [a], a.recv(10))
a.close()

# Errors.
show("neg fd", lambda: select.select([-1], [], [], 0))
show("closed socket", lambda: select.select([a], [], [], 0))
show("not a sequence", lambda: select.select(1, [], [], 0))
show("bad item", lambda: select.select(["x"], [], [], 0))
show("huge int", lambda: select.select([2 ** 40], [], [], 0))
show("fd too big", lambda: select.select([99999], [], [], 0))
show("bad timeout", lambda: select.select([], [], [], "1"))
show("neg timeout", lambda: select.select([], [], [], -1))
show("nan timeout", lambda: select.select([], [], [], float("nan")))
show("huge timeout", lambda: select.select([], [], [], 1e300))
show("too few", lambda: select.select([], []))
show("too many", lambda: select.select([], [], [], 0, 0))


class BadFileno:
    def fileno(self):
        return "three"


class RaisingFileno:
    def fileno(self):
        raise RuntimeError("no fileno today")


show("fileno non-int", lambda: select.select([BadFileno()], [], [], 0))
show("fileno raises", lambda: select.select([RaisingFileno()], [], [], 0))
os.close(r)
os.close(w)
show("closed fd", lambda: select.select([r], [], [], 0))
