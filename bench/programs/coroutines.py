"""coroutines: push n pseudo-random integers through a pipeline of generator-based coroutines driven with send() (scaler -> filter -> windowed averager -> accumulator, each primed with next()), then exercise throw() (a coroutine that catches an exception and reports its state) and close() (GeneratorExit handling with cleanup); the checksum combines the accumulator state and the values returned through throw()/close(). Stresses generator send/resume, yield as an expression, exception delivery into suspended frames and generator finalisation."""
# bench: tiny=2000 quick=300000 full=3000000
import sys


class Flush(Exception):
    pass


def coroutine(fn):
    # decorator: create the generator and advance it to its first yield
    def start(*args):
        g = fn(*args)
        next(g)
        return g
    return start


@coroutine
def accumulator(log):
    # keeps count, sum and a rolling hash; throw(Flush) yields the state back
    count = 0
    total = 0
    h = 0
    while True:
        try:
            x = yield
        except Flush:
            # report the current state as the value of throw(), then keep going
            log.append(("flush", count, total))
            yield (count, total, h)
            continue
        except GeneratorExit:
            log.append(("closed", count, total, h))
            raise
        count += 1
        total += x
        h = (h * 131 + x) & 0xffffffff


@coroutine
def window_mean(k, target):
    # forwards the integer mean of the last k values it received
    buf = [0] * k
    pos = 0
    filled = 0
    s = 0
    try:
        while True:
            x = yield
            s += x - buf[pos]
            buf[pos] = x
            pos = (pos + 1) % k
            if filled < k:
                filled += 1
            target.send(s // filled)
    finally:
        target.close()


@coroutine
def keep_if(pred, target):
    passed = 0
    try:
        while True:
            x = yield passed
            if pred(x):
                passed += 1
                target.send(x)
    finally:
        target.close()


@coroutine
def scaler(mul, mod, target):
    # transforms each value; the value of send() is how many were seen so far
    seen = 0
    try:
        while True:
            x = yield seen
            seen += 1
            target.send((x * mul) % mod)
    finally:
        target.close()


@coroutine
def echo_twice():
    # send() returns a value computed from the input: yield used both ways
    reply = None
    while True:
        x = yield reply
        reply = x * 2 + 1


def producer(n, sink):
    seed = 12345
    acks = 0
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        acks += sink.send(seed >> 10)
    return acks


def main(n):
    log = []
    acc = accumulator(log)
    head = scaler(7, 100003, keep_if(lambda v: v % 5 != 0, window_mean(8, acc)))
    acks = producer(n, head)

    # throw() into the accumulator: returns the yielded state tuple
    count, total, h = acc.throw(Flush)
    next(acc)  # back to waiting for input
    acc.send(1000)

    # closing the head closes the whole chain through the finally blocks
    head.close()
    # a closed generator raises StopIteration on any further send()
    try:
        acc.send(1)
        closed_ok = False
    except StopIteration:
        closed_ok = True

    # a second small coroutine used heavily with send() return values
    e = echo_twice()
    esum = 0
    for i in range(n // 4):
        esum = (esum + e.send(i)) % 1000000007
    e.close()

    # throw() into a coroutine that does not catch: exception propagates out
    e2 = echo_twice()
    caught = 0
    try:
        e2.throw(ValueError("boom"))
    except ValueError:
        caught = 1

    return (f"{acks} {count} {total} {h} {esum} {caught} {int(closed_ok)} "
            f"{len(log)} {log[-1]}")


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
    print(main(n))
