# The socket module's address functions, on numeric addresses only (no
# name service): inet_aton/inet_ntoa/inet_pton/inet_ntop, getaddrinfo,
# getnameinfo, gethostbyname, the byte-order helpers, CMSG_LEN, and their
# errors.
import socket


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(socket.inet_aton("127.0.0.1"), socket.inet_aton("1.2.3"), socket.inet_aton("10"))
print(socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.inet_ntoa(bytearray(b"abcd")))
print(socket.inet_pton(socket.AF_INET, "192.168.1.20"))
print(socket.inet_pton(socket.AF_INET6, "::1"))
print(socket.inet_pton(socket.AF_INET6, "2001:db8::ff00:42:8329"))
print(socket.inet_ntop(socket.AF_INET, b"\xc0\xa8\x01\x14"))
print(socket.inet_ntop(socket.AF_INET6, bytes(15) + b"\x01"))
print(socket.inet_ntop(socket.AF_INET6, bytes(16)))
print(socket.inet_ntop(socket.AF_INET6, b"\x20\x01\x0d\xb8" + bytes(10) + b"\x00\x01"))
print(socket.inet_ntop(socket.AF_INET6, bytes(10) + b"\xff\xff" + bytes([10, 0, 0, 1])))
show("aton bad", lambda: socket.inet_aton("1.2.3.256"))
show("aton word", lambda: socket.inet_aton("localhost"))
show("aton bytes", lambda: socket.inet_aton(b"1.2.3.4"))
show("ntoa short", lambda: socket.inet_ntoa(b"123"))
show("ntoa str", lambda: socket.inet_ntoa("abcd"))
show("pton bad", lambda: socket.inet_pton(socket.AF_INET, "1.2.3"))
show("pton family", lambda: socket.inet_pton(99, "1.2.3.4"))
show("pton bytes", lambda: socket.inet_pton(socket.AF_INET, b"1.2.3.4"))
show("ntop short", lambda: socket.inet_ntop(socket.AF_INET, b"12"))
show("ntop6 short", lambda: socket.inet_ntop(socket.AF_INET6, b"12"))
show("ntop family", lambda: socket.inet_ntop(99, b"1234"))

print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.htons(0xffff), socket.htonl(0xffffffff), socket.htons(True))
show("htons negative", lambda: socket.htons(-1))
show("htons big", lambda: socket.htons(70000))
show("htons float", lambda: socket.htons(1.0))
show("ntohs negative", lambda: socket.ntohs(-1))
show("htonl negative", lambda: socket.htonl(-1))
show("htonl big", lambda: socket.htonl(2 ** 32))
show("htonl huge", lambda: socket.ntohl(2 ** 64))
show("htonl float", lambda: socket.htonl(1.0))

print(socket.CMSG_LEN(0) <= socket.CMSG_LEN(4), socket.CMSG_SPACE(4) >= socket.CMSG_LEN(4))
show("CMSG_LEN negative", lambda: socket.CMSG_LEN(-1))


def gai(*args, **kw):
    return [(af.name if isinstance(af, socket.AddressFamily) else af,
             st.name if isinstance(st, socket.SocketKind) else st, proto, canon, sa)
            for af, st, proto, canon, sa in socket.getaddrinfo(*args, **kw)]


print(gai("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(gai("127.0.0.1", "8080", type=socket.SOCK_DGRAM))
print(gai(b"127.0.0.1", b"443", socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP))
print(gai(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(gai(None, 25, socket.AF_INET, socket.SOCK_STREAM))
print(gai("::1", 53, socket.AF_INET6, socket.SOCK_DGRAM))
print(gai("127.0.0.1", None, socket.AF_INET, socket.SOCK_STREAM))
print(gai("10.0.0.1", 22, family=socket.AF_INET, type=socket.SOCK_STREAM,
          flags=socket.AI_NUMERICHOST | socket.AI_NUMERICSERV))
print(len(socket.getaddrinfo("127.0.0.1", 80)) >= 1)
show("gai float port", lambda: socket.getaddrinfo("127.0.0.1", 1.5))
show("gai bool port", lambda: socket.getaddrinfo("127.0.0.1", True))
show("gai int host", lambda: socket.getaddrinfo(1, 80))
show("gai keyword", lambda: socket.getaddrinfo("127.0.0.1", 80, foo=1))
show("gai numeric", lambda: socket.getaddrinfo("not-numeric", 80, flags=socket.AI_NUMERICHOST))
show("gai family", lambda: socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET6,
                                              flags=socket.AI_NUMERICHOST))
show("gai service", lambda: socket.getaddrinfo("127.0.0.1", "x", flags=socket.AI_NUMERICSERV))
show("gai labels", lambda: socket.getaddrinfo("a..b", 80))
show("gai long label", lambda: socket.getaddrinfo("a" * 70, 80))

NUM = socket.NI_NUMERICHOST | socket.NI_NUMERICSERV
print(socket.getnameinfo(("127.0.0.1", 80), NUM))
print(socket.getnameinfo(("::1", 8080, 0, 0), NUM))
print(socket.getnameinfo(("10.1.2.3", 5), NUM | socket.NI_DGRAM))
show("gni short", lambda: socket.getnameinfo(("127.0.0.1",), 0))
show("gni list", lambda: socket.getnameinfo(["127.0.0.1", 80], 0))
show("gni int host", lambda: socket.getnameinfo((1, 80), 0))
show("gni v4 four", lambda: socket.getnameinfo(("127.0.0.1", 80, 0, 0), NUM))
show("gni flowinfo", lambda: socket.getnameinfo(("::1", 80, 1 << 21, 0), NUM))

print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname(b"10.0.0.7"))
print(socket.gethostbyname(""), socket.gethostbyname("<broadcast>"))
print(socket.gethostbyname_ex("127.0.0.1")[1:])
show("ghbn int", lambda: socket.gethostbyname(1))
show("ghbn_ex int", lambda: socket.gethostbyname_ex(None))
print(type(socket.gethostname()).__name__, len(socket.gethostname()) > 0)
print(socket.getservbyname("http", "tcp"), socket.getservbyport(443, "tcp"))
print(socket.getprotobyname("tcp"), socket.getprotobyname("udp"))
show("serv missing", lambda: socket.getservbyname("no-such-service-x"))
show("port missing", lambda: socket.getservbyport(1, "no-such-proto"))
show("port range", lambda: socket.getservbyport(70000))
show("proto missing", lambda: socket.getprotobyname("no-such-proto"))
e = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
print(e, e.errno, e.strerror, isinstance(e, OSError))
