# select.poll and select.epoll over pipes and socket pairs: register,
# modify, unregister, poll with timeouts (milliseconds for poll, seconds
# for epoll), one-shot and edge-triggered epoll, the context manager,
# closed objects, the constants, and the argument errors.
import os
import select
import socket
import time


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP,
      select.POLLNVAL)
print(select.POLLRDNORM, select.POLLRDBAND, select.POLLWRNORM, select.POLLWRBAND,
      select.POLLMSG, select.POLLRDHUP)
print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLPRI, select.EPOLLERR, select.EPOLLHUP,
      select.EPOLLRDHUP)
print(select.EPOLLET, select.EPOLLONESHOT, select.EPOLLEXCLUSIVE, select.EPOLL_CLOEXEC)
print(select.EPOLLRDNORM, select.EPOLLRDBAND, select.EPOLLWRNORM, select.EPOLLWRBAND,
      select.EPOLLMSG)

r, w = os.pipe()


def names(events, fds):
    # (name, mask) pairs without the descriptor numbers.
    return sorted((fds[fd], ev) for fd, ev in events)


fds = {r: "r", w: "w"}

# -- poll --
p = select.poll()
print(type(p).__name__, type(p).__module__)
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print(names(p.poll(0), fds))
os.write(w, b"data")
print(names(p.poll(), fds))
p.modify(w, select.POLLIN)
print(names(p.poll(0), fds))
p.unregister(w)
print(names(p.poll(10), fds))
os.read(r, 100)
t0 = time.monotonic()
print(p.poll(30))
print(time.monotonic() - t0 >= 0.025)
print(p.poll(0.5))


class FD:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


p.register(FD(w))
print(names(p.poll(0), fds))
p.register(FD(w), select.POLLIN)  # re-registering replaces the mask
print(names(p.poll(0), fds))
p.unregister(FD(w))

try:
    p.unregister(w)
except KeyError as e:
    print("unregister missing KeyError", e.args == (w,))
show("modify missing", lambda: p.modify(w, select.POLLIN))
show("negative mask", lambda: p.register(r, -1))
show("mask too big", lambda: p.register(r, 70000))
show("mask not int", lambda: p.register(r, 1.0))
show("bad fd", lambda: p.register("x"))
show("neg fd", lambda: p.register(-3))
show("bad timeout", lambda: p.poll("x"))
show("huge timeout", lambda: p.poll(2 ** 40))
show("no args", lambda: p.register())
show("new poll", lambda: type(p)())

# A descriptor that is not open reports POLLNVAL.
q = select.poll()
dead = os.dup(r)
os.close(dead)
q.register(dead)
print([ev for fd, ev in q.poll(0)] == [select.POLLNVAL])

# -- epoll --
ep = select.epoll()
print(type(ep).__name__, ep.closed, ep.fileno() >= 0)
ep.register(r, select.EPOLLIN)
ep.register(w, select.EPOLLOUT)
print(names(ep.poll(0), fds))
os.write(w, b"more")
print(names(ep.poll(), fds))
ep.modify(w, select.EPOLLIN)
print(names(ep.poll(timeout=0.01), fds))
ep.unregister(w)
print(names(ep.poll(0, maxevents=5), fds))
print(len(ep.poll(0, 1)))
os.read(r, 100)
t0 = time.monotonic()
print(ep.poll(0.03))
print(time.monotonic() - t0 >= 0.025)
show("register twice", lambda: ep.register(r))
show("modify missing", lambda: ep.modify(w, select.EPOLLIN))
show("unregister missing", lambda: ep.unregister(w))
show("bad timeout", lambda: ep.poll("x"))
show("maxevents 0", lambda: ep.poll(0, 0))
show("mask str", lambda: ep.register(w, "x"))
ep.unregister(r)

# One-shot: reported once, until modified again.
a, b = socket.socketpair()
fds = {a.fileno(): "a", b.fileno(): "b"}
ep.register(a, select.EPOLLIN | select.EPOLLONESHOT)
b.send(b"1")
print(names(ep.poll(0), fds))
print(names(ep.poll(0), fds))
ep.modify(a, select.EPOLLIN | select.EPOLLONESHOT)
print(names(ep.poll(0), fds))
ep.unregister(a)

# Edge-triggered: reported when new data comes, not while it stays.
ep.register(a.fileno(), select.EPOLLIN | select.EPOLLET)
print(names(ep.poll(0), fds))
print(names(ep.poll(0), fds))
b.send(b"2")
print(names(ep.poll(0), fds))
print(a.recv(10))
b.close()
print([(fds[fd], bool(ev & select.EPOLLIN), bool(ev & select.EPOLLRDHUP))
       for fd, ev in ep.poll(0)])
ep.close()
a.close()

# Closing, the context manager, fromfd.
print(ep.closed)
ep.close()
show("fileno closed", lambda: ep.fileno())
show("register closed", lambda: ep.register(r))
show("poll closed", lambda: ep.poll())
show("enter closed", lambda: ep.__enter__())
with select.epoll() as e2:
    print("inside", e2.closed)
print("after", e2.closed)
e4 = select.epoll(sizehint=4, flags=select.EPOLL_CLOEXEC)
e3 = select.epoll.fromfd(os.dup(e4.fileno()))
print(type(e3).__name__, e3.closed, e3.fileno() != e4.fileno())
e3.close()
e4.close()
print(e3.closed, e4.closed)
show("negative sizehint", lambda: select.epoll(-2))
show("zero sizehint", lambda: select.epoll(0))
show("bad flags", lambda: select.epoll(1, 5))
show("subclass", lambda: type("MyEpoll", (select.epoll,), {}))
os.close(r)
os.close(w)
