# os.pipe/pipe2, os.fork with waitpid/wait and the W* status macros, the
# os.register_at_fork hooks, killing a forked child, process groups and
# sessions. Children talk to the parent through pipes and leave with
# os._exit, so nothing buffered is written twice.
import errno
import os
import random
import signal
import sys
import time

# Pipes.
r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
print(os.write(w, b'hello pipe'), os.read(r, 5), os.read(r, 100))
os.close(w)
print(os.read(r, 10))
os.close(r)
r, w = os.pipe2(os.O_CLOEXEC | os.O_NONBLOCK)
print(os.get_inheritable(r), os.get_blocking(r), os.get_blocking(w))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print('BlockingIOError', e.errno == errno.EAGAIN)
os.close(r)
os.close(w)
r, w = os.pipe2(0)
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(w))
os.close(r)
os.close(w)


def read_all(fd):
    chunks = []
    while True:
        b = os.read(fd, 4096)
        if not b:
            break
        chunks.append(b)
    os.close(fd)
    return b''.join(chunks)


def fork_with_pipe(child):
    """Runs child(w) in a forked process; returns (pid, what it wrote)."""
    sys.stdout.flush()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(r)
            child(w)
        finally:
            os._exit(99)
    os.close(w)
    return pid, read_all(r)


def show_status(status):
    print(' ', os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status),
          os.WTERMSIG(status), os.WIFSTOPPED(status), os.waitstatus_to_exitcode(status))


parent = os.getpid()


def exits_7(w):
    os.write(w, ('child: ppid ok %r, pid differs %r' % (os.getppid() == parent,
                                                         os.getpid() != parent)).encode())
    os._exit(7)


pid, data = fork_with_pipe(exits_7)
print(type(pid).__name__, pid > 0, data)
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, status)
show_status(status)
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print(type(e).__name__, e.errno == errno.ECHILD, e)

# os.wait(), and a child ending by sys.exit().
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    sys.exit(3)
wpid, status = os.wait()
print(wpid == pid, status)
show_status(status)
try:
    os.wait()
except ChildProcessError as e:
    print(e)

# WNOHANG while the child runs; then a signal ends it.
pid, _ = fork_with_pipe(lambda w: (os.close(w), time.sleep(10)))
print(os.waitpid(pid, os.WNOHANG))
os.kill(pid, signal.SIGTERM)
_, status = os.waitpid(pid, 0)
show_status(status)
pid, _ = fork_with_pipe(lambda w: os.kill(os.getpid(), signal.SIGKILL))
_, status = os.waitpid(pid, 0)
show_status(status)

# A process group of its own, killed with killpg.
pid, _ = fork_with_pipe(lambda w: (os.close(w), time.sleep(10)))
os.setpgid(pid, pid)
print(os.getpgid(pid) == pid, os.getpgid(0) == os.getpgrp(), os.getpgid(pid) != os.getpgrp())
os.killpg(pid, signal.SIGKILL)
_, status = os.waitpid(pid, 0)
show_status(status)

# A new session in the child.
def new_session(w):
    before = os.getsid(0) == os.getsid(parent)
    os.setsid()
    os.write(w, repr((before, os.getsid(0) == os.getpid(), os.getpgrp() == os.getpid())).encode())
    os._exit(0)


pid, data = fork_with_pipe(new_session)
print(data, os.waitpid(pid, 0)[1])
print(os.getsid(0) == os.getsid(os.getpid()))

# register_at_fork: before hooks last registered first, the others in order.
calls = []
os.register_at_fork(before=lambda: calls.append('before1'),
                    after_in_parent=lambda: calls.append('parent1'),
                    after_in_child=lambda: calls.append('child1'))
os.register_at_fork(before=lambda: calls.append('before2'),
                    after_in_child=lambda: calls.append('child2'))
os.register_at_fork(after_in_parent=lambda: calls.append('parent3'))
pid, data = fork_with_pipe(lambda w: os.write(w, repr(calls).encode()))
print('child saw', data.decode())
print('parent', calls)
print(os.waitpid(pid, 0)[1] >> 8)
for kw in ({}, {'before': None}, {'after_in_child': 1}, {'after_in_parent': 'x'}):
    try:
        os.register_at_fork(**kw)
    except TypeError as e:
        print('TypeError', e)

# random reseeds in the child (one of the at-fork hooks).
random.seed(1234)
pid, data = fork_with_pipe(lambda w: os.write(w, repr(random.random()).encode()))
os.waitpid(pid, 0)
print(float(data) != random.random())
