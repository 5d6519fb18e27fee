# socket and _socket over socket pairs: the module's constants and names,
# the socket attributes, send/recv/recv_into/sendall, shutdown, socket
# options, blocking modes, detach/dup/close, and socket.socket's wrappers
# (enums, repr pieces, makefile-free helpers).
import _socket
import errno
import os
import socket


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(socket.AF_UNIX, socket.AF_INET, socket.AF_INET6, socket.AF_UNSPEC)
print(socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.SOCK_RAW, socket.SOCK_SEQPACKET)
print(socket.SOCK_NONBLOCK, socket.SOCK_CLOEXEC)
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SO_ERROR, socket.SO_TYPE,
      socket.SO_KEEPALIVE, socket.SO_RCVBUF, socket.SO_SNDBUF, socket.SO_REUSEPORT)
print(socket.IPPROTO_TCP, socket.IPPROTO_UDP, socket.IPPROTO_IPV6, socket.IPV6_V6ONLY,
      socket.TCP_NODELAY)
print(socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR)
print(socket.MSG_PEEK, socket.MSG_DONTWAIT, socket.MSG_WAITALL, socket.MSG_NOSIGNAL)
print(socket.AI_PASSIVE, socket.AI_CANONNAME, socket.AI_NUMERICHOST, socket.AI_NUMERICSERV,
      socket.AI_ADDRCONFIG)
print(socket.NI_NUMERICHOST, socket.NI_NUMERICSERV, socket.NI_NAMEREQD)
print(socket.EAI_NONAME, socket.EAI_AGAIN, socket.EAI_SERVICE, socket.EAI_FAMILY)
print(socket.SOMAXCONN > 0, socket.has_ipv6, socket.INADDR_ANY, socket.INADDR_LOOPBACK)
print(repr(socket.AF_INET), repr(socket.SOCK_STREAM), socket.AddressFamily(1).name)
print(socket.MsgFlag.MSG_PEEK, socket.AddressInfo.AI_PASSIVE)
print(socket.error is OSError, socket.timeout is TimeoutError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.gaierror.__module__, socket.gaierror.__name__, socket.herror.__name__)
print(_socket.socket.__name__, _socket.socket.__module__, _socket.SocketType is _socket.socket)
print(issubclass(socket.socket, _socket.socket), socket.SocketType is _socket.socket)
print(sorted(n for n in ("socketpair", "getaddrinfo", "inet_pton", "fromfd", "create_connection",
                         "create_server", "AddressFamily") if n in socket.__all__))

# A socket pair.
a, b = socket.socketpair()
print(type(a).__name__, a.family, a.type, a.proto)
print(repr(a.family), repr(a.type))
print(a.gettimeout(), a.getblocking(), a.timeout)
print(a.getsockname(), b.getpeername())
print(a.send(b"hello"), b.recv(1024))
a.sendall(b"world")
print(b.recv(3), b.recv(10))
print(b.sendall(b"abc"), a.recv(1, socket.MSG_PEEK), a.recv(10))
buf = bytearray(8)
b.send(b"into")
print(a.recv_into(buf), buf)
b.send(b"0123456789")
mv = memoryview(bytearray(6))
print(a.recv_into(mv, 4), bytes(mv))
print(a.recv_into(buf, nbytes=3, flags=0), buf)
print(a.recv(100))
b.send(b"from")
data, addr = a.recvfrom(10)
print(data, addr)
print(a.recv(0), a.recv_into(bytearray(0)))

# Large transfers: sendall on one side, recv loops on the other.
payload = bytes(range(256)) * 600
a.setblocking(False)
sent = 0
chunks = []
while sent < len(payload):
    try:
        sent += a.send(payload[sent:sent + 65536])
    except BlockingIOError:
        chunks.append(b.recv(65536))
a.setblocking(True)
got = b"".join(chunks)
while len(got) < len(payload):
    got += b.recv(65536)
print(len(got), got == payload)

# Non-blocking reads.
b.setblocking(False)
print(b.gettimeout(), b.getblocking(), os.get_blocking(b.fileno()))
show("recv nonblocking", lambda: b.recv(10))
try:
    b.recv(10)
except BlockingIOError as e:
    print(e.errno == errno.EAGAIN, isinstance(e, OSError))
b.setblocking(True)
print(b.gettimeout(), b.getblocking(), os.get_blocking(b.fileno()))

# Options.
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
print(len(a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4)))
a.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
a.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, b"\0\0\0\0")
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
a.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, True)
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
show("buflen", lambda: a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 2000))
show("setsockopt str", lambda: a.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, "x"))
show("setsockopt 2 args", lambda: a.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
show("bad option", lambda: a.getsockopt(socket.SOL_SOCKET, 12345))

# shutdown: the peer sees EOF; writing after SHUT_WR fails with EPIPE.
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
show("send after shutdown", lambda: a.send(b"late"))
show("bad how", lambda: a.shutdown(7))
b.send(b"still")
print(a.recv(10))

# detach, fileno, close.
fd = b.fileno()
c = socket.socket(fileno=b.detach())
print(b.fileno(), c.fileno() == fd, c.family == socket.AF_UNIX, c.type, b._closed)
print(repr(b).startswith("<socket.socket [closed] fd=-1, family=1, type=1, proto=0"))
c.send(b"via c")
print(a.recv(10))
d = c.dup()
print(d.fileno() != c.fileno(), d.get_inheritable(), d.type, d.gettimeout())
d.send(b"via d")
print(a.recv(10))
d.close()
c.close()
c.close()
print(c.fileno(), c._closed)
show("recv closed", lambda: c.recv(1))
show("send closed", lambda: c.send(b"x"))
show("getsockname closed", lambda: c.getsockname())
show("settimeout closed", lambda: c.settimeout(1))
print(a.recv(10))
a.close()

# _socket level: socketpair gives _socket.socket objects; _socket.dup/close.
x, y = _socket.socketpair()
print(type(x), x.family, x.type, x.proto)
print(repr(x).startswith("<socket object, fd="), repr(x).endswith("family=1, type=1, proto=0>"))
fd2 = _socket.dup(x.fileno())
_socket.close(fd2)
show("close again", lambda: _socket.close(fd2))
show("dup bad", lambda: _socket.dup(-1))
x.close()
y.close()
print(repr(x))

# Datagram pairs keep message boundaries.
p, q = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
p.send(b"one")
p.send(b"two!")
print(q.recv(100), q.recv(100), q.type)
p.close()
q.close()

# The constructor.
s = _socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(s.type, s.gettimeout(), s.getblocking())
s.close()
s = _socket.socket(family=socket.AF_INET6, type=socket.SOCK_DGRAM)
print(s.family, s.type, s.proto, s.gettimeout())
s.close()
show("bad family", lambda: _socket.socket(12345))
show("float family", lambda: _socket.socket(1.5))
show("negative fileno", lambda: _socket.socket(fileno=-5))
show("str fileno", lambda: _socket.socket(fileno="x"))
show("unknown keyword", lambda: _socket.socket(foo=1))
r, w = os.pipe()
show("not a socket", lambda: _socket.socket(fileno=r))
os.close(r)
os.close(w)
show("bad fileno", lambda: _socket.socket(fileno=r))
show("socketpair inet", lambda: socket.socketpair(socket.AF_INET))
