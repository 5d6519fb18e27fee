# subprocess.Popen: communicate, wait, poll, returncode, signals (a killed
# child has a negative returncode), the context manager, reading a pipe
# line by line, files as stdin/stdout, env=, pass_fds/close_fds, umask,
# start_new_session and process_group.
import os
import signal
import subprocess
import sys
import tempfile

PIPE = subprocess.PIPE

p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE)
print(type(p.pid).__name__, p.pid > 0, p.returncode, p.poll(), p.args)
out, err = p.communicate(b'through cat\n')
print(out, err, p.returncode, p.wait(), p.poll())
print(p.stdin.closed, p.stdout.closed, p.stderr)

p = subprocess.Popen(['sh', '-c', 'exit 4'])
print(p.wait(), p.returncode, p.poll(), p.communicate())

# Signals.
p = subprocess.Popen(['sleep', '10'])
print(p.poll(), p.returncode)
p.kill()
print(p.wait(), p.returncode == -signal.SIGKILL, p.poll())
p.kill()  # a no-op once the child is reaped
p = subprocess.Popen(['sleep', '10'])
p.terminate()
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
p.send_signal(signal.SIGINT)
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
os.kill(p.pid, signal.SIGUSR1)
print(p.wait())

# wait(timeout) and communicate(timeout) then a second try.
p = subprocess.Popen(['sleep', '10'])
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.timeout, p.returncode)
p.kill()
print(p.wait())
p = subprocess.Popen(['sh', '-c', 'echo first; exec sleep 10'], stdout=PIPE)
try:
    p.communicate(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.timeout, e.output)
p.kill()
print(p.communicate(), p.returncode)

# The context manager closes the pipes and waits.
with subprocess.Popen(['echo', 'ctx'], stdout=PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.stdout.closed)
with subprocess.Popen(['printf', 'a\\nb\\nc'], stdout=PIPE, text=True) as p:
    for line in p.stdout:
        print(repr(line))
with subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE, bufsize=0) as p:
    p.stdin.write(b'unbuffered\n')
    print(p.stdout.readline())
    p.stdin.close()
    print(p.stdout.read())
print(p.returncode)
with subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE, text=True, encoding='latin-1') as p:
    out, _ = p.communicate('caf\xe9\n')
    print(repr(out), p.stdout.encoding if not p.stdout.closed else 'closed')

# Files and descriptors as the child's streams.
with tempfile.TemporaryFile() as f:
    subprocess.run(['echo', 'to file'], stdout=f)
    subprocess.run(['sh', '-c', 'echo to fd 1>&2'], stderr=f.fileno())
    f.seek(0)
    print(f.read())
    f.seek(0)
    print(subprocess.run(['cat'], stdin=f, stdout=PIPE).stdout)

# env= replaces the whole environment.
r = subprocess.run(['sh', '-c', 'echo "$FOO:$BAR:$HOME"'], env={'FOO': 'foo', 'BAR': 'b a r'},
                   capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['env'], env={'ONLY': '1', b'BYTES': b'b'}, capture_output=True, text=True)
print(sorted(r.stdout.splitlines()))
r = subprocess.run(['env'], env={}, capture_output=True)
print(r.stdout)
os.environ['UOPY_SUBPROCESS_532'] = 'inherited'
print(subprocess.run(['sh', '-c', 'echo $UOPY_SUBPROCESS_532'], stdout=PIPE).stdout)
del os.environ['UOPY_SUBPROCESS_532']
print(subprocess.run(['sh', '-c', 'echo "[$UOPY_SUBPROCESS_532]"'], stdout=PIPE).stdout)

# Descriptors: only those in pass_fds reach the child when close_fds is true.
r, w = os.pipe()
os.set_inheritable(w, True)
cmd = ['sh', '-c', 'echo via fd >&$0', str(w)]
print(subprocess.run(cmd, pass_fds=(w,)).returncode)
print(subprocess.run(cmd, close_fds=False).returncode)
print(subprocess.run(cmd, stderr=subprocess.DEVNULL).returncode != 0)
os.close(w)
print(os.read(r, 100))
os.close(r)

# umask, sessions and process groups, seen from the child.
print(subprocess.run(['sh', '-c', 'umask'], umask=0o027, stdout=PIPE).stdout)
probe = 'import os; print(os.getsid(0) == os.getpid(), os.getpgid(0) == os.getpid())'
print(subprocess.run([sys.executable, '-c', probe], stdout=PIPE, text=True).stdout, end='')
print(subprocess.run([sys.executable, '-c', probe], stdout=PIPE, text=True,
                     start_new_session=True).stdout, end='')
print(subprocess.run([sys.executable, '-c', probe], stdout=PIPE, text=True,
                     process_group=0).stdout, end='')
