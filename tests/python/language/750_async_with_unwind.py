# return, break and continue inside 'async with' await __aexit__ on the way out.
import types
class CM:
    def __init__(self, log): self.log = log
    async def __aenter__(self): self.log.append('enter'); return self
    async def __aexit__(self, *a): self.log.append(('exit', a[0])); return False

async def ret(log):
    async with CM(log):
        return 5

async def loop(log):
    for i in range(3):
        async with CM(log) as c:
            if i == 0: continue
            if i == 1: break
    async with CM(log), CM(log):
        return 'two'

async def nested(log):
    try:
        async with CM(log):
            try:
                return 1
            finally:
                log.append('finally')
    finally:
        log.append('outer')

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

for f in (ret, loop, nested):
    log = []
    print(f.__name__, run(f(log)), log)
