# Async generators and async iteration under asyncio: async for over
# generators that await, async comprehensions, asend/athrow/aclose,
# async context managers (contextlib.asynccontextmanager), merging
# generators through a queue, and exceptions raised inside them.
import asyncio
import contextlib


async def ticker(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def squares(source):
    async for x in source:
        yield x * x


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


@contextlib.asynccontextmanager
async def resource(name, log):
    log.append("open " + name)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        log.append("close " + name)


async def main():
    print([x async for x in ticker(5)])
    print([x async for x in squares(ticker(4)) if x % 2 == 0])
    print({x: x + 1 async for x in ticker(3)})
    print([x async for x in Countdown(3)])
    async for i in ticker(2, 0.001):
        print("tick", i)

    # asend / athrow / aclose.
    async def echo():
        received = []
        try:
            while True:
                try:
                    value = yield len(received)
                    received.append(value)
                except KeyError as e:
                    yield "handled " + str(e)
        finally:
            print("echo closing with", received)

    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"), await g.asend("b"))
    print(await g.athrow(KeyError("k")))
    await g.aclose()
    try:
        await g.asend("c")
    except StopAsyncIteration:
        print("exhausted")

    # anext / aiter builtins.
    it = aiter(ticker(3))
    print(await anext(it), await anext(it), await anext(it), await anext(it, "default"))

    # An exception raised inside the generator reaches the async for.
    async def broken():
        yield 1
        await asyncio.sleep(0)
        raise RuntimeError("generator failed")

    got = []
    try:
        async for x in broken():
            got.append(x)
    except RuntimeError as e:
        print(got, e)

    # Async context managers.
    log = []
    async with resource("db", log) as r1, resource("cache", log) as r2:
        log.append("using %s %s" % (r1, r2))
    print(log)
    try:
        async with resource("failing", log):
            raise ValueError("inside")
    except ValueError as e:
        print(e, log[-1])

    # Merging generators through a queue.
    q = asyncio.Queue()

    async def pump(name, gen):
        async for item in gen:
            await q.put((name, item))
        await q.put((name, None))

    tasks = [asyncio.create_task(pump(n, ticker(3, d))) for n, d in (("A", 0.002), ("B", 0.003))]
    finished = 0
    merged = []
    while finished < 2:
        name, item = await q.get()
        if item is None:
            finished += 1
        else:
            merged.append((name, item))
    await asyncio.gather(*tasks)
    print(sorted(merged))
    print([i for n, i in merged if n == "A"], [i for n, i in merged if n == "B"])

    # Generators driven by tasks concurrently.
    async def collect(gen):
        return [x async for x in gen]

    print(await asyncio.gather(collect(ticker(3, 0.002)), collect(squares(ticker(3)))))


asyncio.run(main())
