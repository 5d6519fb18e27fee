# _signal / signal: constants, handler round trips, the enums, raise_signal
# with a Python handler, strsignal, valid_signals, errors.
import signal

print(signal.SIG_DFL, signal.SIG_IGN, type(signal.SIG_DFL).__name__)
print(int(signal.SIGINT), int(signal.SIGTERM), int(signal.SIGUSR1), int(signal.SIGKILL))
print(signal.NSIG, signal.SIGRTMIN, signal.SIGRTMAX)
print(signal.SIG_BLOCK, signal.SIG_UNBLOCK, signal.SIG_SETMASK)
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(signal.Signals.SIGINT, repr(signal.Signals(15)), signal.Signals.SIGCHLD.name)
print(signal.SIGIOT is signal.SIGABRT, signal.Signals['SIGUSR2'].value)
print(sorted(m.name for m in signal.Signals)[:6])
print(signal.Handlers.SIG_DFL, signal.Sigmasks.SIG_BLOCK)

# SIGINT's default handler raises KeyboardInterrupt.
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raised KeyboardInterrupt")

# Round trips.
print(signal.getsignal(signal.SIGUSR2))
old = signal.signal(signal.SIGUSR2, signal.SIG_IGN)
print(old, signal.getsignal(signal.SIGUSR2))
print(signal.signal(signal.SIGUSR2, signal.SIG_DFL), signal.getsignal(signal.SIGUSR2))

# A Python handler, run by raise_signal.
seen = []
def handler(signum, frame):
    seen.append(signum)
    print("handler got", signal.Signals(signum).name)

print(signal.signal(signal.SIGUSR1, handler))
print(signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print(seen)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler)

# A handler that raises: the exception comes out of raise_signal.
def boom(signum, frame):
    raise ValueError("boom %d" % signum)
signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
except ValueError as e:
    print("caught", e)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)

# A Python SIGINT handler, then back to the default.
def on_int(signum, frame):
    print("custom SIGINT handler")
prev = signal.signal(signal.SIGINT, on_int)
print(prev is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
    for i in range(1000):
        pass
    print("no interrupt?")
except KeyboardInterrupt:
    print("KeyboardInterrupt after restoring default_int_handler")

# strsignal and valid_signals.
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGSEGV))
print(signal.strsignal(signal.SIGRTMIN + 1))
vs = signal.valid_signals()
print(type(vs).__name__, signal.SIGINT in vs, signal.SIGKILL in vs, len(vs) > 30)

# Masks.
old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print(signal.SIGUSR1 in signal.pthread_sigmask(signal.SIG_SETMASK, old_mask))
print(signal.SIGUSR1 in signal.pthread_sigmask(signal.SIG_BLOCK, []))

# alarm, setitimer, getitimer (nothing fires: cancelled at once).
print(signal.alarm(0))
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.setitimer(signal.ITIMER_REAL, 0))
print(signal.set_wakeup_fd(-1))

# Errors.
for bad in [(0, signal.SIG_DFL), (signal.NSIG, signal.SIG_DFL), (signal.SIGUSR1, 42),
            (signal.SIGUSR1, "x"), (signal.SIGKILL, signal.SIG_IGN)]:
    try:
        signal.signal(*bad)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
for f in (signal.getsignal, signal.strsignal):
    try:
        f(1000)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    signal.getsignal("x")
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(signal.ItimerError, OSError))
