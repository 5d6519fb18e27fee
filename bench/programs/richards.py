"""richards: a simulation of a small operating-system task scheduler in the style of Martin Richards' benchmark. An idle task, a worker task, two handler tasks and two device tasks pass packets to each other through per-task input queues; task control blocks are class instances with state flags (packet pending / waiting / held) and a subclass method per task kind, and a scheduler loop picks the highest-priority runnable task. Stresses attribute loads and stores on instances, virtual method calls, linked-list walking with None checks, small-integer arithmetic and list indexing."""
# bench: tiny=2 quick=20 full=140
import sys

I_IDLE, I_WORK, I_HANDLER_A, I_HANDLER_B, I_DEV_A, I_DEV_B = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001
BUF_LEN = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUF_LEN

    def append_to(self, queue):
        """Append self at the end of the linked list `queue`; return the new head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    """A task control block. Subclasses implement step(pkt) -> next task to run."""

    def __init__(self, sched, ident, prio, queue, pending, waiting, held):
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.input = queue
        self.pending = pending    # a packet is waiting in the input queue
        self.waiting = waiting    # task blocked until a packet arrives
        self.held = held          # task explicitly held (suspended)
        # link into the scheduler's task list (kept in creation order, newest first)
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def blocked(self):
        return self.held or (self.waiting and not self.pending)

    def run(self):
        pkt = None
        if self.pending and self.waiting and not self.held:
            # dequeue the first packet; the task becomes runnable
            pkt = self.input
            self.input = pkt.link
            self.pending = self.input is not None
            self.waiting = False
        return self.step(pkt)

    def add_packet(self, pkt, current):
        """Deliver pkt to this task; return the task the scheduler should continue with."""
        if self.input is None:
            self.input = pkt
            self.pending = True
            if self.prio > current.prio:
                return self
        else:
            self.input = pkt.append_to(self.input)
        return current


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, I_IDLE, 0, None, False, False, False)
        self.v1 = 1
        self.count = count

    def step(self, pkt):
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold_self()
        # pseudo-random choice of which device to wake up
        if self.v1 & 1 == 0:
            self.v1 >>= 1
            return s.release(I_DEV_A)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return s.release(I_DEV_B)


class WorkerTask(Task):
    def __init__(self, sched, prio, queue):
        Task.__init__(self, sched, I_WORK, prio, queue, True, True, False)
        self.dest = I_HANDLER_A
        self.count = 0

    def step(self, pkt):
        s = self.sched
        if pkt is None:
            return s.wait()
        # alternate between the two handlers, filling the buffer with letters
        self.dest = I_HANDLER_B if self.dest == I_HANDLER_A else I_HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        data = pkt.data
        for i in range(BUF_LEN):
            self.count += 1
            if self.count > 26:
                self.count = 1
            data[i] = 64 + self.count
        return s.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, prio, queue):
        Task.__init__(self, sched, ident, prio, queue, True, True, False)
        self.work_in = None
        self.dev_in = None

    def step(self, pkt):
        s = self.sched
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.dev_in = pkt.append_to(self.dev_in)
        work = self.work_in
        if work is not None:
            idx = work.datum
            if idx < BUF_LEN:
                dev = self.dev_in
                if dev is not None:
                    # send one byte of the work buffer to the device
                    self.dev_in = dev.link
                    dev.datum = work.data[idx]
                    work.datum = idx + 1
                    return s.queue_packet(dev)
            else:
                # buffer fully sent: return the work packet to the worker
                self.work_in = work.link
                return s.queue_packet(work)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, prio):
        Task.__init__(self, sched, ident, prio, None, False, True, False)
        self.saved = None

    def step(self, pkt):
        s = self.sched
        if pkt is None:
            saved = self.saved
            if saved is None:
                return s.wait()
            self.saved = None
            return s.queue_packet(saved)
        self.saved = pkt
        # "output" the character: fold it into a running trace hash
        s.trace = (s.trace * 31 + pkt.datum + self.ident) & 0xFFFFFFF
        return s.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 7
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.trace = 0

    def hold_self(self):
        self.hold_count += 1
        cur = self.current
        cur.held = True
        return cur.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        return t if t.prio > self.current.prio else self.current

    def queue_packet(self, pkt):
        t = self.table[pkt.ident]
        self.queue_count += 1
        pkt.link = None
        pkt.ident = self.current.ident
        return t.add_packet(pkt, self.current)

    def schedule(self):
        t = self.tasks
        while t is not None:
            if t.blocked():
                t = t.link
            else:
                self.current = t
                t = t.run()


def simulate(idle_count):
    s = Scheduler()
    IdleTask(s, idle_count)
    q = Packet(None, 0, K_WORK)
    q = Packet(q, 0, K_WORK)
    WorkerTask(s, 1000, q)
    for ident, dev, prio in ((I_HANDLER_A, I_DEV_A, 2000), (I_HANDLER_B, I_DEV_B, 3000)):
        q = None
        for _ in range(3):
            q = Packet(q, dev, K_DEV)
        HandlerTask(s, ident, prio, q)
    DeviceTask(s, I_DEV_A, 4000)
    DeviceTask(s, I_DEV_B, 5000)
    s.schedule()
    return s


def main(n):
    total_q = total_h = 0
    h = 0
    for r in range(n):
        # vary the run length a little so every repetition contributes differently
        s = simulate(2000 + 17 * (r % 5))
        total_q += s.queue_count
        total_h += s.hold_count
        h = (h * 1000003 + s.queue_count * 7 + s.hold_count * 3 + s.trace) & 0xFFFFFFFF
    return "%d %d %d" % (total_q, total_h, h)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 140
    print(main(n))
