# subprocess's errors: a missing or non-executable program (the child's
# exec failure reported through the error pipe), a bad cwd, preexec_fn
# raising, bad arguments, and timeouts.
import errno
import os
import subprocess
import tempfile

try:
    subprocess.run(['/nonexistent/uopy-no-such-program'])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, e.filename, e.strerror)
    print(e)
try:
    subprocess.run(['uopy-no-such-program-531'], capture_output=True)
except FileNotFoundError as e:
    print(e.errno, e.filename, e.filename2)
    print(e)
try:
    subprocess.Popen('uopy-no-such-program-531 with args')
except OSError as e:
    print(type(e).__name__, e)
try:
    subprocess.check_output(['/nonexistent/prog'], executable='/nonexistent/other')
except FileNotFoundError as e:
    print(e)

with tempfile.TemporaryDirectory() as d:
    script = os.path.join(d, 'script')
    with open(script, 'w') as f:
        f.write('#!/bin/sh\necho "script ran with $1"\n')
    os.chmod(script, 0o644)
    try:
        subprocess.run([script])
    except PermissionError as e:
        print('PermissionError', e.errno == errno.EACCES, e.filename == script)
    # A directory is not executable either.
    try:
        subprocess.run([d])
    except PermissionError as e:
        print('PermissionError', e.errno == errno.EACCES, e.filename == d)
    os.chmod(script, 0o755)
    print(subprocess.run([script, 'arg'], capture_output=True).stdout)
    # Found through PATH in env.
    r = subprocess.run(['script', 'path'], env={'PATH': d}, capture_output=True)
    print(r.stdout)

    # cwd: the child fails before exec, so the error names the directory.
    missing = os.path.join(d, 'missing')
    try:
        subprocess.run(['true'], cwd=missing)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.filename == missing, e.strerror)
    try:
        subprocess.run(['true'], cwd=script)
    except NotADirectoryError as e:
        print('NotADirectoryError', e.errno == errno.ENOTDIR, e.filename == script)
    r = subprocess.run(['pwd'], cwd=d, capture_output=True, text=True)
    print(r.stdout.strip() == os.path.realpath(d))
    r = subprocess.run(['pwd'], cwd=os.fsencode(d), capture_output=True, text=True)
    print(r.stdout.strip() == os.path.realpath(d))

# preexec_fn runs in the child before exec; an exception it raises is
# reported as a SubprocessError.
def bad():
    raise ValueError('from preexec')

try:
    subprocess.run(['true'], preexec_fn=bad)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)
r = subprocess.run(['pwd'], preexec_fn=lambda: os.chdir('/'), capture_output=True)
print(r.stdout)

# Bad arguments, found in the parent.
for args, kw in ((['echo', 'a\0b'], {}), (['echo', 1], {}), (['true'], {'env': {'A=B': 'x'}}),
                 (['true'], {'env': {'A': 'x\0y'}}), (['true'], {'cwd': 'a\0b'}),
                 (['true'], {'cwd': 5}), (['true'], {'pass_fds': (-1,)})):
    try:
        subprocess.run(args, **kw)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)

# Timeouts: the child is killed.
try:
    subprocess.run(['sleep', '10'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    # (the timeout reported is what was left of it when the wait began)
    print(type(e).__name__, e.cmd, 0 < e.timeout <= 0.1, e.output)
try:
    subprocess.run(['sh', '-c', 'echo early; exec sleep 10'], capture_output=True, timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(e, e.output, e.stderr)
try:
    subprocess.check_output(['sleep', '10'], timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(e)
