# Small runtime APIs asyncio and types rely on: code.replace, the async
# generator hooks, sys.is_finalizing, time.get_clock_info, aiter/anext.
import sys
import time
import types


def f(a, b=2):
    return a + b


c = f.__code__.replace(co_name="g", co_qualname="g")
print(c.co_name, c.co_qualname, c is f.__code__, c.co_argcount, c.co_varnames)
f.__code__ = c
print(f(1), f.__code__.co_name)
for bad in ({"co_name": 1}, {"co_flags": "x"}):
    try:
        f.__code__.replace(**bad)
    except TypeError as e:
        print("TypeError", e)


@types.coroutine
def legacy():
    yield "step"


print(bool(legacy.__code__.co_flags & 0x100), list(legacy()))

print(sys.is_finalizing(), sys.get_asyncgen_hooks())
seen = []
sys.set_asyncgen_hooks(firstiter=lambda g: seen.append(g.__name__))
print(sys.get_asyncgen_hooks().firstiter is not None, sys.get_asyncgen_hooks().finalizer)


async def agen():
    yield 1
    yield 2


async def main():
    out = []
    async for v in agen():
        out.append(v)
    it = aiter(agen())
    out.append(await anext(it))
    out.append(await anext(it))
    out.append(await anext(it, "end"))
    return out


coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print(e.value, seen)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks())
try:
    sys.set_asyncgen_hooks(finalizer=5)
except TypeError as e:
    print("TypeError", e)
for bad in (1, [1]):
    try:
        aiter(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    anext(1)
except TypeError as e:
    print("TypeError", e)

for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution > 0)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print("ValueError", e)
