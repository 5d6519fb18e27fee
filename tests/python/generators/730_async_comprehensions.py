# async comprehensions and await inside comprehensions
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield "tick"

async def agen(n):
    for i in range(n):
        await Tick()
        yield i

async def double(x):
    await Tick()
    return 2 * x

async def main():
    a = [x async for x in agen(5)]
    b = {x % 3 async for x in agen(7)}
    c = {x: x * x async for x in agen(4) if x != 2}
    d = [await double(x) for x in range(4)]
    e = [y for x in [[1, 2], [3]] async for y in agen(x[0] + 1)]
    f = [[z async for z in agen(k)] for k in range(3)]
    g = (x * 10 async for x in agen(3))
    h = [v async for v in g]
    i = [await double(x) async for x in agen(3) if await double(x) > 1]
    return a, sorted(b), c, d, e, f, h, i

print(run(main()))

async def ag_expr():
    gen = (await double(x) for x in range(3))
    return [v async for v in gen]
print(run(ag_expr()))

for src in ["def f():\n    return [x async for x in y]\n",
            "def f():\n    return [await x for x in y]\n",
            "def f():\n    return (x async for x in y)\n"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
