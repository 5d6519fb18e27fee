# Socket timeouts (settimeout, the default timeout, recv/accept/connect
# timing out with TimeoutError('timed out'), sendall on a full buffer) and
# the errors: wrong address types and shapes, bad ports, closed sockets,
# bad buffers and sizes.
import errno
import os
import socket
import time


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


a, b = socket.socketpair()
print(a.gettimeout(), a.getblocking())
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking(), os.get_blocking(a.fileno()))
t0 = time.monotonic()
try:
    a.recv(10)
except socket.timeout as e:
    print("recv:", type(e).__name__, e, e.errno, e.args)
print(time.monotonic() - t0 >= 0.04)
b.send(b"in time")
print(a.recv(10))
a.settimeout(0)
print(a.gettimeout(), a.getblocking())
a.settimeout(None)
print(a.gettimeout(), a.getblocking(), os.get_blocking(a.fileno()))
a.settimeout(2)
print(a.gettimeout(), type(a.gettimeout()).__name__)
a.settimeout(0.25)
print(a.gettimeout())
a.setblocking(False)
print(a.gettimeout())
a.setblocking(True)
print(a.gettimeout())
show("negative timeout", lambda: a.settimeout(-1))
show("str timeout", lambda: a.settimeout("1"))
show("nan timeout", lambda: a.settimeout(float("nan")))
show("setblocking str", lambda: a.setblocking("yes"))

# sendall with a timeout on a peer that never reads.
a.settimeout(0.05)
a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
t0 = time.monotonic()
try:
    a.sendall(b"z" * 10000000)
except TimeoutError as e:
    print("sendall:", e)
print(time.monotonic() - t0 < 5)
a.close()
b.close()

# The default timeout applies to new sockets.
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(0.05)
print(socket.getdefaulttimeout())
s = socket.socket()
print(s.gettimeout(), os.get_blocking(s.fileno()))
s.bind(("127.0.0.1", 0))
s.listen()
t0 = time.monotonic()
try:
    s.accept()
except TimeoutError as e:
    print("accept:", e)
print(time.monotonic() - t0 >= 0.04)
c = socket.socket()
c.connect(s.getsockname())
conn, _ = s.accept()
# With a default timeout, accepted sockets take it too.
print(conn.gettimeout(), c.gettimeout())
conn.close()
c.close()
s.close()
socket.setdefaulttimeout(None)
print(socket.getdefaulttimeout(), socket.socket().gettimeout())
show("default negative", lambda: socket.setdefaulttimeout(-0.5))
show("default str", lambda: socket.setdefaulttimeout("x"))

# Address errors.
t = socket.socket()
show("inet str address", lambda: t.bind("127.0.0.1"))
show("inet short tuple", lambda: t.bind(("127.0.0.1",)))
show("inet long tuple", lambda: t.connect(("127.0.0.1", 80, 0)))
show("inet str port", lambda: t.bind(("127.0.0.1", "80")))
show("inet float port", lambda: t.bind(("127.0.0.1", 1.5)))
show("inet big port", lambda: t.bind(("127.0.0.1", 70000)))
show("inet negative port", lambda: t.connect_ex(("127.0.0.1", -1)))
show("inet int host", lambda: t.bind((1, 80)))
show("inet nul host", lambda: t.bind(("127.0.0.1\0", 80)))
show("sendto args", lambda: t.sendto(b"x"))
t.close()
t6 = socket.socket(socket.AF_INET6)
show("inet6 short", lambda: t6.bind(("::1",)))
show("inet6 str", lambda: t6.bind("::1"))
show("inet6 flowinfo", lambda: t6.bind(("::1", 0, 1 << 21, 0)))
t6.close()
u = socket.socket(socket.AF_UNIX)
show("unix int", lambda: u.bind(1))
show("unix long", lambda: u.bind("x" * 200))
show("unix tuple", lambda: u.connect(("x", 1)))
show("unix missing", lambda: u.connect("/nonexistent/uopy-test.sock"))
u.close()

# Buffers and sizes.
a, b = socket.socketpair()
show("recv negative", lambda: a.recv(-1))
show("recv str", lambda: a.recv("1"))
show("recv_into bytes", lambda: a.recv_into(b"xx"))
show("recv_into small", lambda: a.recv_into(bytearray(2), 5))
show("recv_into negative", lambda: a.recv_into(bytearray(2), -1))
show("recvfrom negative", lambda: a.recvfrom(-1))
show("send str", lambda: a.send("text"))
show("send int", lambda: a.send(5))
show("sendall list", lambda: a.sendall([1, 2]))
print(a.send(memoryview(b"view")), a.send(bytearray(b"ba")), b.recv(10))
show("listen str", lambda: a.listen("x"))
a.close()
b.close()

# Closed sockets.
show("recv", lambda: a.recv(1))
show("sendall", lambda: a.sendall(b"x"))
show("accept", lambda: a._accept())
show("connect", lambda: a.connect("\0x"))
show("setsockopt", lambda: a.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1))
show("shutdown", lambda: a.shutdown(socket.SHUT_RDWR))
show("getpeername", lambda: a.getpeername())
show("fileno", lambda: a.fileno())
show("detach", lambda: a.detach())
show("close", lambda: a.close())
