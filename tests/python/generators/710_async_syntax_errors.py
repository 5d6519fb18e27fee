# SyntaxErrors of async code, compiled at run time
srcs = [
    "await x",
    "def f():\n    await x\n",
    "def f():\n    async for x in y: pass\n",
    "def f():\n    async with y: pass\n",
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    x = [i async for i in y]\n" if False else "async def f():\n    await (yield)\n",
    "async def f():\n    return await g()\n",
    "async def f():\n    async with a as b, c as d:\n        pass\n",
    "async = 1",
    "async x = 1",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok", repr(s[:30]))
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
