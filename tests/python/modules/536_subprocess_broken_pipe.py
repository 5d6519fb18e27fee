# A child that exits without reading its input: run() and communicate()
# swallow the broken pipe (the interpreter ignores SIGPIPE, as CPython does
# at start-up), a direct write raises BrokenPipeError, and the child has
# SIGPIPE back at its default (restore_signals), so `yes` dies of it.
import signal
import subprocess

data = b'x' * 1000000
r = subprocess.run(['true'], input=data)
print(r.returncode)
r = subprocess.run(['head', '-c', '5'], input=data, capture_output=True)
print(r.returncode, r.stdout)
p = subprocess.Popen(['true'], stdin=subprocess.PIPE)
p.wait()
try:
    p.stdin.write(data)
    p.stdin.flush()
except BrokenPipeError as e:
    print(type(e).__name__, e.errno)
try:
    p.stdin.close()
except BrokenPipeError:
    pass
print(signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN)

p1 = subprocess.Popen(['yes'], stdout=subprocess.PIPE)
p2 = subprocess.Popen(['head', '-c', '4'], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
print(p2.communicate()[0], p1.wait() == -signal.SIGPIPE, p2.returncode)
r = subprocess.run(['sh', '-c', 'yes | head -c 2'], capture_output=True)
print(r.stdout, r.returncode)
