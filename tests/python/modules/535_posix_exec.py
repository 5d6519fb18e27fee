# os.execv/execve/execvp in forked children, their argument errors (found
# before anything is executed), os.spawnv, and _posixsubprocess.fork_exec
# called directly: its argument checks and the "Exception:hex_errno:text"
# reports its children write to the error pipe.
import os
import sys
import _posixsubprocess


def run_child(child):
    """Runs child() in a forked process with stdout on a pipe; returns
    (output, exit status)."""
    sys.stdout.flush()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(r)
            os.dup2(w, 1)
            child()
        finally:
            os._exit(99)
    os.close(w)
    chunks = []
    while True:
        b = os.read(r, 4096)
        if not b:
            break
        chunks.append(b)
    os.close(r)
    return b''.join(chunks), os.waitpid(pid, 0)[1]


print(run_child(lambda: os.execv('/bin/echo', ['echo', 'exec', 'v'])))
print(run_child(lambda: os.execv(b'/bin/echo', ('echo', b'bytes', 'args'))))
print(run_child(lambda: os.execve('/bin/sh', ['sh', '-c', 'echo "$X $Y"'],
                                  {'X': 'env', b'Y': b'var'})))
print(run_child(lambda: os.execvp('echo', ['echo', 'found', 'on', 'PATH'])))
print(run_child(lambda: os.execlp('sh', 'sh', '-c', 'exit 6')))
print(run_child(lambda: os.execvpe('sh', ['sh', '-c', 'echo $Z'], {'Z': 'execvpe',
                                                                  'PATH': '/bin'})))
fd = os.open('/bin/sh', os.O_RDONLY)
print(run_child(lambda: os.execve(fd, ['sh', '-c', 'echo fexecve'], {})))
os.close(fd)

# Errors (the process stays as it was).
for f in (lambda: os.execv('/bin/echo', []),
          lambda: os.execv('/bin/echo', 'abc'),
          lambda: os.execv('/bin/echo', ['']),
          lambda: os.execv('/bin/echo', ['echo', 1]),
          lambda: os.execv('/bin/echo', ['echo', 'a\0b']),
          lambda: os.execv('/nonexistent/prog', ['prog']),
          lambda: os.execv('/', ['prog']),
          lambda: os.execve('/bin/sh', [], {}),
          lambda: os.execve('/bin/sh', None, {}),
          lambda: os.execve('/bin/sh', [''], {}),
          lambda: os.execve('/bin/sh', ['sh'], 5),
          lambda: os.execve('/bin/sh', ['sh'], {'A=B': 'x'}),
          lambda: os.execve('/bin/sh', ['sh'], {'': 'x'}),
          lambda: os.execve('/bin/sh', ['sh'], {'A': 1}),
          lambda: os.execve('/nonexistent/prog', ['prog'], {}),
          lambda: os.execve(path='/nonexistent/prog', argv=['prog'], env={})):
    try:
        f()
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

# spawnv (os.py's, over fork, execv and waitpid).
print(os.spawnv(os.P_WAIT, '/bin/sh', ['sh', '-c', 'exit 5']))
print(os.spawnvp(os.P_WAIT, 'true', ['true']))
pid = os.spawnv(os.P_NOWAIT, '/bin/sh', ['sh', '-c', 'exit 2'])
print(os.waitpid(pid, 0)[1] >> 8)


# _posixsubprocess.fork_exec, directly.
def fork_exec(args, exe_list, cwd=None, env=None, preexec_fn=None):
    errpipe_read, errpipe_write = os.pipe()
    pid = _posixsubprocess.fork_exec(
        args, exe_list, True, (errpipe_write,), cwd, env, -1, -1, -1, -1, -1, -1,
        errpipe_read, errpipe_write, True, False, -1, None, None, None, -1, preexec_fn, True)
    os.close(errpipe_write)
    report = b''
    while True:  # the child may write its report in several pieces
        part = os.read(errpipe_read, 1000)
        if not part:
            break
        report += part
    os.close(errpipe_read)
    return type(pid).__name__, report, os.waitpid(pid, 0)[1] >> 8


print(fork_exec(['true'], [b'/bin/true']))
print(fork_exec(['true'], (b'/nonexistent/true', b'/bin/true')))
print(fork_exec(['true'], (b'/nonexistent/true', b'/also/missing/true')))
print(fork_exec(['x'], [b'/']))
print(fork_exec(['true'], [b'/bin/true'], cwd='/nonexistent/dir'))
print(fork_exec(['true'], [b'/bin/true'], preexec_fn=lambda: 1 / 0))
print(fork_exec(['true'], [b'/bin/true'], env=[b'A=1']))

good = [['true'], [b'/bin/true'], True, (5,), None, None, -1, -1, -1, -1, -1, -1, 4, 5,
        True, False, -1, None, None, None, -1, None, True]
for i, bad in ((None, None), (3, [5]), (3, (5, 5)), (3, (7, 5)), (3, (-1,)), (3, ('5',)),
               (13, 2), (1, [b'a\0b']), (1, ['/bin/true']), (1, 5), (0, 5), (0, ['a\0']),
               (4, 5), (6, 'x'), (18, 5), (18, ['x']), (17, 'x'), (19, -2)):
    args = list(good)
    if i is None:
        args = args[:5]
    else:
        args[i] = bad
    try:
        _posixsubprocess.fork_exec(*args)
    except (TypeError, ValueError, OverflowError) as e:
        print(i, type(e).__name__, e)
