# subprocess.run and its relatives: capture_output, text, input, check,
# stdin/stdout/stderr redirections (PIPE, STDOUT, DEVNULL), shell=True and
# return codes, with deterministic /bin commands.
import subprocess
import sys

PIPE, STDOUT, DEVNULL = subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL

r = subprocess.run(['echo', 'hi'], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
r = subprocess.run(['/bin/echo', 'hello', 'world'], stdout=PIPE, text=True)
print(repr(r.stdout), r.stderr)
r = subprocess.run(('printf', '%s-%s\\n', 'a', 'b'), stdout=PIPE)
print(r.args, r.stdout)

# input= through cat, as bytes and as text.
r = subprocess.run(['cat'], input=b'abc\ndef\n', capture_output=True)
print(r.stdout, r.stderr, r.returncode)
r = subprocess.run(['cat'], input='text in\nline two\n', capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['cat'], input='univ\r\nnewlines\r\n', stdout=PIPE, universal_newlines=True)
print(repr(r.stdout))
r = subprocess.run(['cat'], input=b'', stdout=PIPE)
print(r.stdout)

# More than a pipe buffer in both directions (the selector loop).
data = bytes(range(256)) * 1200
r = subprocess.run(['cat'], input=data, capture_output=True)
print(len(r.stdout), r.stdout == data, r.stderr)
r = subprocess.run(['head', '-c', '300000', '/dev/zero'], capture_output=True)
print(len(r.stdout), r.stdout.count(b'\0'))

# stderr separately, merged into stdout, or thrown away.
r = subprocess.run(['sh', '-c', 'echo out; echo err 1>&2; exit 3'], capture_output=True,
                   text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run(['sh', '-c', 'echo out; echo err 1>&2'], stdout=PIPE, stderr=STDOUT)
print(r.stdout, r.stderr)
r = subprocess.run(['sh', '-c', 'echo out; echo err 1>&2'], stdout=PIPE, stderr=DEVNULL)
print(r.stdout, r.stderr)
r = subprocess.run(['sh', '-c', 'echo only-err 1>&2'], stderr=PIPE)
print(r.stdout, r.stderr)
r = subprocess.run(['cat'], stdin=DEVNULL, capture_output=True)
print(r.stdout, r.returncode)
r = subprocess.run(['echo', 'gone'], stdout=DEVNULL)
print(r.stdout, r.returncode)

# Return codes.
for cmd in (['true'], ['false'], ['sh', '-c', 'exit 3'], ['sh', '-c', 'exit 255'],
            ['sh', '-c', 'kill -9 $$'], ['sh', '-c', 'kill -TERM $$']):
    print(cmd, subprocess.run(cmd).returncode)
print(subprocess.call(['sh', '-c', 'exit 7']), subprocess.call('exit 8', shell=True))
print(subprocess.check_call(['true']))

# check=True
try:
    subprocess.run(['sh', '-c', 'echo partial; exit 2'], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
    print(e)
try:
    subprocess.check_call(['sh', '-c', 'kill -KILL $$'])
except subprocess.CalledProcessError as e:
    print(e.returncode, e)
print(subprocess.run(['true'], check=True))
r = subprocess.run(['false'])
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print('check_returncode:', e)

# shell=True, executable=
r = subprocess.run('echo $((6 * 7)) "$0"', shell=True, capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['ignored-name', '-c', 'echo via executable'], executable='/bin/sh',
                   stdout=PIPE)
print(r.stdout)
r = subprocess.run('echo $0', shell=True, executable='/bin/sh', stdout=PIPE)
print(r.stdout)

# The interpreter's exit status.
r = subprocess.run([sys.executable, '-c', 'import sys; sys.exit(5)'])
print(r.returncode)
r = subprocess.run([sys.executable, '-c', 'raise SystemExit("bye")'], capture_output=True,
                   text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
