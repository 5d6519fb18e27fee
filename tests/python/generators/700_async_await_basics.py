
async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return y
c = main()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)

class Fut:
    def __init__(self):
        self.result = None
    def __await__(self):
        v = yield self
        return v * 2

async def waits():
    r = await Fut()
    r2 = await Fut()
    return r + r2

def run(coro, values):
    it = iter(values)
    try:
        f = coro.send(None)
        while True:
            print("suspended on", type(f).__name__)
            f = coro.send(next(it))
    except StopIteration as e:
        return e.value
print(run(waits(), [5, 7]))

class AIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def use_for():
    total = []
    async for v in AIter(4):
        if v == 3:
            continue
        total.append(v)
    else:
        total.append("else")
    async for v in AIter(10):
        if v > 2:
            break
        total.append(v * 100)
    return total
print(run(use_for(), []))

class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress

async def use_with():
    async with ACM("a") as x, ACM("b") as y:
        print("body", x, y)
    async with ACM("c", True):
        raise ValueError("boom")
    try:
        async with ACM("d"):
            raise KeyError("k")
    except KeyError as e:
        print("caught", e)
    return "done"
print(run(use_with(), []))

async def agen(n):
    for i in range(n):
        yield i * i
        await Fut() if False else None

async def use_agen():
    out = []
    async for v in agen(5):
        out.append(v)
    g = agen(3)
    out.append(await g.__anext__())
    out.append(await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append("stopped")
    return out
print(run(use_agen(), []))
print(type(add(1,2).__await__()).__name__ == "coroutine_wrapper")

async def raises():
    raise StopIteration
try:
    raises().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def thrower():
    try:
        await Fut()
    except ValueError as e:
        return "handled " + str(e)
c = thrower()
c.send(None)
try:
    c.throw(ValueError("x"))
except StopIteration as e:
    print(e.value)
c = add(1, 2)
print(repr(c)[:25])
c.close()
try:
    for x in add(1, 2):
        pass
except TypeError as e:
    print(e)
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print(e)
