# asyncio's event loop on the selector loop: asyncio.run, sleep(0) and
# small sleeps, the order gather() returns and the order tasks run,
# create_task, results and exceptions of tasks, cancellation, call_soon /
# call_later ordering, futures, wait(), as_completed, shield, TaskGroup.
import asyncio

log = []


async def worker(name, delay, result):
    log.append("start " + name)
    await asyncio.sleep(delay)
    log.append("end " + name)
    return result


async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def basics():
    print(await asyncio.sleep(0, "slept"))
    r = await asyncio.gather(worker("a", 0.03, 1), worker("b", 0.01, 2), worker("c", 0, 3))
    print(r)
    print(log)
    log.clear()

    t = asyncio.create_task(worker("t", 0, "task result"), name="my-task")
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())

    # Tasks start in creation order, at the next loop iteration.
    order = []

    async def step(i):
        order.append(i)
        await asyncio.sleep(0)
        order.append(i + 10)

    tasks = [asyncio.create_task(step(i)) for i in range(3)]
    order.append("created")
    await asyncio.gather(*tasks)
    print(order)


async def exceptions():
    t = asyncio.create_task(fail("boom"))
    try:
        await t
    except ValueError as e:
        print("caught", e, t.done(), type(t.exception()).__name__)
    r = await asyncio.gather(fail("one"), asyncio.sleep(0, "ok"), return_exceptions=True)
    print([repr(x) for x in r])
    try:
        await asyncio.gather(fail("first", 0.01), asyncio.sleep(0.02, "late"))
    except ValueError as e:
        print("gather raised", e)
    try:
        await asyncio.wait_for(fail("in wait_for"), 1)
    except ValueError as e:
        print("wait_for raised", e)


async def cancellation():
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled(), t.done())

    cleanup = []

    async def guarded():
        try:
            await asyncio.sleep(10)
        finally:
            cleanup.append("finally ran")

    g = asyncio.create_task(guarded())
    await asyncio.sleep(0.01)
    g.cancel("stop now")
    try:
        await g
    except asyncio.CancelledError as e:
        print("cancelled with", e.args)
    print(cleanup)

    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"

    s = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())


async def loop_callbacks():
    loop = asyncio.get_running_loop()
    events = []
    loop.call_soon(events.append, "soon 1")
    loop.call_later(0.03, events.append, "later 0.03")
    loop.call_later(0.01, events.append, "later 0.01")
    loop.call_soon(events.append, "soon 2")
    h = loop.call_later(0.005, events.append, "cancelled")
    h.cancel()
    loop.call_at(loop.time() + 0.02, events.append, "at 0.02")
    await asyncio.sleep(0.06)
    print(events)

    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 42)
    print(await fut, fut.done())
    fut2 = loop.create_future()
    fut2.add_done_callback(lambda f: events.append(("callback", f.result())))
    fut2.set_result("x")
    await asyncio.sleep(0)
    print(events[-1])
    print(loop.is_running(), loop.is_closed(), asyncio.current_task().get_name() != "")


async def waiting():
    tasks = [asyncio.create_task(asyncio.sleep(d, d)) for d in (0.03, 0.01, 0.02)]
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    tasks = [asyncio.create_task(asyncio.sleep(d, d)) for d in (0.05, 0.01)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print(len(done), [t.cancelled() for t in done])
    results = []
    for coro in asyncio.as_completed([asyncio.sleep(d, d) for d in (0.03, 0.01, 0.02)]):
        results.append(await coro)
    print(results)
    print(await asyncio.shield(asyncio.sleep(0, "shielded")))


async def groups():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker("g1", 0.01, "one"))
        t2 = tg.create_task(worker("g2", 0, "two"))
    print(t1.result(), t2.result())
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("in group", 0))
            tg.create_task(asyncio.sleep(1))
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, [str(e) for e in eg.exceptions])


async def main():
    await basics()
    await exceptions()
    await cancellation()
    await loop_callbacks()
    await waiting()
    await groups()
    return "main done"


print(asyncio.run(main()))
print(asyncio.run(asyncio.sleep(0, "second run")))
try:
    asyncio.run(fail("escapes run"))
except ValueError as e:
    print("run raised", e)
