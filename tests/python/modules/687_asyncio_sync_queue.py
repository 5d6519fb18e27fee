# asyncio's synchronization and queues: Queue producer/consumer (bounded,
# task_done/join, get_nowait errors), PriorityQueue and LifoQueue, Event,
# Lock, Semaphore, Condition, wait_for timeouts and asyncio.timeout().
import asyncio


async def producer_consumer():
    q = asyncio.Queue(maxsize=2)
    trace = []

    async def producer(n):
        for i in range(n):
            await q.put(i)
            trace.append(("put", i))
        await q.put(None)

    async def consumer():
        got = []
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                return got
            got.append(item * item)
            await asyncio.sleep(0)

    _, got = await asyncio.gather(producer(6), consumer())
    print(got)
    print(trace[:3], len(trace))
    print(q.empty(), q.full(), q.qsize(), q.maxsize)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull", q.qsize())

    # Several consumers sharing a queue, join() waiting for all task_done calls.
    work = asyncio.Queue()
    for i in range(10):
        work.put_nowait(i)
    done = []

    async def handler(name):
        while True:
            i = await work.get()
            await asyncio.sleep(0.001)
            done.append(i)
            work.task_done()

    handlers = [asyncio.create_task(handler(n)) for n in range(3)]
    await work.join()
    for h in handlers:
        h.cancel()
    await asyncio.gather(*handlers, return_exceptions=True)
    print(sorted(done), all(h.cancelled() for h in handlers))

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print([await lq.get() for _ in range(3)])


async def events_and_locks():
    ev = asyncio.Event()
    seen = []

    async def waiter(i):
        await ev.wait()
        seen.append(i)

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print(seen, ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    print(seen, ev.is_set())
    ev.clear()
    print(ev.is_set())

    lock = asyncio.Lock()
    order = []

    async def critical(i):
        async with lock:
            order.append(("in", i))
            await asyncio.sleep(0.001)
            order.append(("out", i))

    await asyncio.gather(*(critical(i) for i in range(3)))
    print(order)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)

    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.005)
            active.remove(i)

    await asyncio.gather(*(limited(i) for i in range(6)))
    print("peak", peak[0], sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)

    cond = asyncio.Condition()
    items = []

    async def consume():
        async with cond:
            await cond.wait_for(lambda: len(items) >= 2)
            return list(items)

    c = asyncio.create_task(consume())
    for i in range(3):
        await asyncio.sleep(0.001)
        async with cond:
            items.append(i)
            cond.notify_all()
    print(await c)


async def timeouts():
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.02)
    except asyncio.TimeoutError as e:
        print("wait_for timed out", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(asyncio.sleep(0, "fast"), 1))
    print(await asyncio.wait_for(asyncio.sleep(0.001, "no timeout"), None))

    cancelled = []

    async def slow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            cancelled.append(True)
            raise

    try:
        await asyncio.wait_for(slow(), 0.01)
    except TimeoutError:
        print("slow cancelled", cancelled)

    try:
        async with asyncio.timeout(0.02) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print("no deadline", cm.when(), cm.expired())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.Event().wait()
    except TimeoutError:
        print("timeout_at expired")


async def main():
    await producer_consumer()
    await events_and_locks()
    await timeouts()


asyncio.run(main())
