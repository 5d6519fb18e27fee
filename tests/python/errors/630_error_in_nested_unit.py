# A compile error inside a class or function body that sits inside a try,
# with, loop or another definition: the error is reported and the compiler's
# bookkeeping of the enclosing statements stays intact (a fuzzer found the
# class case corrupting it).
sources = [
    "try:\n    class X:\n        *a\nexcept E:\n    pass\n",
    "try:\n    class X(tuple):\n        *b\nexcept T: print(e)\n",
    "try:\n    pass\nfinally:\n    class Y:\n        return 1\n",
    "with cm:\n    class Z:\n        yield\n",
    "for i in x:\n    class W:\n        break\n",
    "while 1:\n    def f():\n        continue\n",
    "try:\n    def g():\n        class V:\n            *c\nexcept E:\n    pass\n",
    "class A:\n    class B:\n        nonlocal q\n",
    "async def h():\n    try:\n        class C:\n            await x\n    except E:\n        pass\n",
    "try:\n    class D:\n        x = [*y for y in z]\nexcept E:\n    pass\n",
]
for src in sources:
    try:
        compile(src, "<fuzz>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
    # The compiler is still usable afterwards.
    print(eval(compile("1 + 2", "<e>", "eval")))
