# Exceptions and tracebacks through coroutines, athrow/aclose, nested awaits
import sys

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Sleep:
    def __await__(self):
        yield "tick"

async def inner(n):
    await Sleep()
    if n == 0:
        raise ValueError("inner failed")
    return n

async def outer():
    total = 0
    for i in (3, 2, 1):
        total += await inner(i)
    try:
        await inner(0)
    except ValueError as e:
        print("caught", e)
    return total

print(run(outer()))

async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)
print(run(deep(50)))

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup")

async def use():
    g = agen()
    print(await g.__anext__())
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow raised", repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g2 = agen()
    print(await g2.__anext__())
    await g2.aclose()
    print("closed")
    g3 = agen()
    await g3.aclose()
    print("closed unstarted")

run(use())

async def plain_agen():
    yield 1

async def catcher():
    try:
        async for x in plain_agen():
            raise RuntimeError("in body")
    except RuntimeError as e:
        print("body error", e)

run(catcher())

async def fails():
    await Sleep()
    return 1 / 0

try:
    run(fails())
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

class Bad:
    def __await__(self):
        return 5
async def uses_bad():
    await Bad()
try:
    run(uses_bad())
except TypeError as e:
    print(e)

class NoAnext:
    def __aiter__(self):
        return self
async def for_bad():
    async for x in NoAnext():
        pass
try:
    run(for_bad())
except TypeError as e:
    print(e)
async def for_bad2():
    async for x in [1, 2]:
        pass
try:
    run(for_bad2())
except TypeError as e:
    print(e)
class NoAexit:
    async def __aenter__(self):
        return 1
async def with_bad():
    async with NoAexit():
        pass
try:
    run(with_bad())
except TypeError as e:
    print(e)

async def coro_attrs():
    return 1
c = coro_attrs()
print(c.cr_running, c.cr_code.co_name, c.cr_await)
c.close()

async def awaits_twice(c):
    return await c
c = inner(1)
c2 = awaits_twice(c)
print(c2.send(None))
try:
    awaits_twice(c).send(None)
except RuntimeError as e:
    print(e)
c2.close()

async def gen_in_loop():
    res = []
    for i in range(3):
        async with Ctx(i) as v:
            res.append(v)
    return res
class Ctx:
    def __init__(self, i):
        self.i = i
    async def __aenter__(self):
        await Sleep()
        return self.i * 10
    async def __aexit__(self, *a):
        await Sleep()
        return False
print(run(gen_in_loop()))
