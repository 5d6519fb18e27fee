# Event-driven round-robin scheduler built on generators: sleeping, messaging, joins.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Send:
    def __init__(self, target, msg):
        self.target = target
        self.msg = msg


class Recv:
    pass


class Join:
    def __init__(self, name):
        self.name = name


class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.mailboxes = {}
        self.waiting_recv = {}
        self.joiners = {}
        self.results = {}
        self.clock = 0
        self.log = []

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
        self.mailboxes[name] = []

    def finish(self, name, value):
        self.results[name] = value
        self.log.append(f"t={self.clock} {name} finished -> {value!r}")
        for waiter in self.joiners.pop(name, []):
            self.ready.append((waiter[0], waiter[1], value))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda s: (s[0], s[1]))
                self.clock = self.sleeping[0][0]
                while self.sleeping and self.sleeping[0][0] <= self.clock:
                    _, name, gen = self.sleeping.pop(0)
                    self.ready.append((name, gen, None))
            name, gen, value = self.ready.pop(0)
            try:
                req = gen.send(value)
            except StopIteration as stop:
                self.finish(name, stop.value)
                continue
            except Exception as e:
                self.log.append(f"t={self.clock} {name} crashed: {type(e).__name__}: {e}")
                self.finish(name, None)
                continue
            if isinstance(req, Sleep):
                self.sleeping.append((self.clock + req.ticks, name, gen))
            elif isinstance(req, Send):
                if req.target in self.waiting_recv:
                    g = self.waiting_recv.pop(req.target)
                    self.ready.append((req.target, g, req.msg))
                else:
                    self.mailboxes[req.target].append(req.msg)
                self.ready.append((name, gen, True))
            elif isinstance(req, Recv):
                box = self.mailboxes[name]
                if box:
                    self.ready.append((name, gen, box.pop(0)))
                else:
                    self.waiting_recv[name] = gen
            elif isinstance(req, Join):
                if req.name in self.results:
                    self.ready.append((name, gen, self.results[req.name]))
                else:
                    self.joiners.setdefault(req.name, []).append((name, gen))
            else:
                self.ready.append((name, gen, None))


def producer(n):
    total = 0
    for i in range(n):
        yield Sleep(2)
        yield Send("consumer", i * i)
        total += i * i
    yield Send("consumer", None)
    return total


def consumer():
    got = []
    while True:
        msg = yield Recv()
        if msg is None:
            break
        got.append(msg)
    return got


def counter(name, n):
    acc = 0
    for i in range(n):
        acc += i
        yield
    return f"{name}:{acc}"


def waiter():
    a = yield Join("producer")
    b = yield Join("consumer")
    c = yield Join("c1")
    return (a, sum(b), c)


def crasher():
    yield Sleep(3)
    yield
    raise RuntimeError("boom at step 2")


def pinger(partner, rounds):
    count = 0
    for _ in range(rounds):
        yield Send(partner, count)
        count = (yield Recv()) + 1
    return count


s = Scheduler()
s.spawn("waiter", waiter())
s.spawn("producer", producer(5))
s.spawn("consumer", consumer())
s.spawn("c1", counter("c1", 4))
s.spawn("c2", counter("c2", 7))
s.spawn("crasher", crasher())
s.spawn("ping", pinger("pong", 3))
s.spawn("pong", pinger("ping", 3))
s.run()
print("\n".join(s.log))
print("clock", s.clock)
for k in sorted(s.results):
    print(k, s.results[k])


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


def chain(*its):
    for it in its:
        yield from it


g = fib_gen()
print(take(10, g), next(g), take(3, g))
print(list(chain("ab", range(3), (x * x for x in (4, 5)))))
gen = counter("x", 2)
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value", e.value)
try:
    next(gen)
except StopIteration as e:
    print("again", e.value)
