# The parts of asyncio that lean on the interpreter's hooks: signal
# handlers added with loop.add_signal_handler (signal.set_wakeup_fd and
# the loop's self-pipe), and async generators left suspended, which
# asyncio.run finalizes through sys.set_asyncgen_hooks
# (loop.shutdown_asyncgens).
import asyncio
import os
import signal
import sys


async def signals():
    loop = asyncio.get_running_loop()
    got = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR1, lambda: got.set_result("SIGUSR1 handled"))
    loop.call_later(0.01, os.kill, os.getpid(), signal.SIGUSR1)
    print(await asyncio.wait_for(got, 2))
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)


async def numbers(log):
    try:
        for i in range(10):
            await asyncio.sleep(0)
            yield i
    finally:
        log.append("numbers finalized")
        print("numbers finalized")


async def main(log):
    await signals()
    firstiter, finalizer = sys.get_asyncgen_hooks()
    print(firstiter is not None, finalizer is not None)
    g = numbers(log)
    async for i in g:
        if i == 2:
            break
    print("broke out at", i, log)
    return g


log = []
hooks_before = sys.get_asyncgen_hooks()
g = asyncio.run(main(log))
print("after run", log)
print(sys.get_asyncgen_hooks() == hooks_before)
