# Sockets over the loopback interface: a TCP listener on port 0, connect,
# accept, exchange, addresses, non-blocking accept/connect, connect_ex to a
# closed port, UDP sendto/recvfrom, socket.create_server/create_connection,
# IPv6 when the loopback has it, and AF_UNIX listeners on abstract names.
import errno
import os
import select
import socket

# TCP.
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, 0 < port < 65536, srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))

cli = socket.socket()
print(cli.family, cli.type)
cli.connect(("127.0.0.1", port))
conn, addr = srv.accept()
print(type(conn).__name__, conn.family, conn.type, addr[0], addr == cli.getsockname())
print(conn.getsockname() == (host, port), cli.getpeername() == (host, port))
print(conn.gettimeout(), conn.getblocking())
cli.sendall(b"GET / HTTP/1.0\r\n\r\n")
print(conn.recv(100))
conn.sendall(b"x" * 300000)
total = 0
while total < 300000:
    total += len(cli.recv(65536))
print(total)
cli.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(cli.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
cli.close()
print(conn.recv(10))
conn.close()

# Non-blocking accept and connect.
srv.setblocking(False)
try:
    srv.accept()
except BlockingIOError as e:
    print("accept would block", e.errno == errno.EAGAIN)
c2 = socket.socket()
c2.setblocking(False)
rc = c2.connect_ex(("127.0.0.1", port))
print(rc in (0, errno.EINPROGRESS))
r, w, x = select.select([srv], [], [], 2)
print(r == [srv])
conn2, addr2 = srv.accept()
# An accepted socket is blocking (no default timeout).
print(conn2.getblocking(), conn2.gettimeout())
select.select([], [c2], [], 2)
print(c2.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
c2.send(b"nb")
print(conn2.recv(10))
conn2.close()
c2.close()

# A port nobody listens on.
srv.setblocking(True)
dead = socket.socket()
dead.bind(("127.0.0.1", 0))
dead_port = dead.getsockname()[1]
dead.close()
c3 = socket.socket()
print(c3.connect_ex(("127.0.0.1", dead_port)) == errno.ECONNREFUSED)
c3.close()
c4 = socket.socket()
try:
    c4.connect(("127.0.0.1", dead_port))
except ConnectionRefusedError as e:
    print("refused", e.errno == errno.ECONNREFUSED)
c4.close()
srv.close()

# UDP.
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.bind(("", 0))
print(u2.getsockname()[0])
print(u2.sendto(b"datagram", u1.getsockname()))
data, frm = u1.recvfrom(100)
print(data, frm[0], frm[1] == u2.getsockname()[1])
print(u1.sendto(b"back", 0, frm))
buf = bytearray(10)
n, frm2 = u2.recvfrom_into(buf)
print(n, buf[:n], frm2 == u1.getsockname())
u2.connect(u1.getsockname())
u2.send(b"connected")
print(u1.recv(100))
u1.close()
u2.close()

# socket.py helpers.
server = socket.create_server(("127.0.0.1", 0))
p = server.getsockname()[1]
client = socket.create_connection(("127.0.0.1", p), timeout=2)
print(client.gettimeout(), client.family)
peer, _ = server.accept()
client.sendall(b"over create_connection")
print(peer.recv(100))
peer.close()
client.close()
server.close()
print(server._closed, server.fileno())

# IPv6 loopback, when available.
try:
    s6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    s6.bind(("::1", 0))
except OSError:
    print("no ipv6")
else:
    s6.listen()
    h6 = s6.getsockname()
    print(h6[0], len(h6), h6[2:])
    c6 = socket.create_connection(h6[:2])
    a6, addr6 = s6.accept()
    print(addr6[0], c6.getpeername()[:2] == h6[:2])
    c6.send(b"v6")
    print(a6.recv(10))
    for s in (a6, c6, s6):
        s.close()

# AF_UNIX listeners on abstract names (nothing on disk).
name = b"\0uopy-test-%d" % os.getpid()
us = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
us.bind(name)
us.listen(1)
print(us.getsockname() == name)
uc = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
uc.connect(name)
ua, uaddr = us.accept()
print(uaddr, uc.getpeername() == name, type(uc.getsockname()))
uc.sendall(b"unix")
print(ua.recv(10))
for s in (ua, uc, us):
    s.close()
# Autobind: an empty address gets an abstract name.
ab = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
ab.bind("")
nm = ab.getsockname()
print(type(nm), nm[:1])
ab.close()
