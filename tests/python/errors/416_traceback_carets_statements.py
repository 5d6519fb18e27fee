# More uncaught tracebacks with CPython 3.11's markers, each program in a
# child interpreter: statements and expressions whose failing instruction
# CPython places in its own way (assert with a comparison, with/__exit__ on
# return and break, augmented assignment, decorators, multi-line calls and
# attribute chains, comprehensions, recursion, exception notes and groups).
import os
import subprocess
import sys
import tempfile

CASES = [
    # assert_multi
    'def check(v):\n    assert v > 0, (\n        "must be positive")\ncheck(-1)\n',
    # attr_store_multiline
    'class P:\n    __slots__ = ()\np = P()\n(p\n .x) = 5\n',
    # augassign_global
    'counter = None\ncounter += 1\n',
    # binop_chain
    "def f(a, b, c, d, e):\n    return a + b + c + d + e\nf(1, 2, 'x', 3, 4)\n",
    # binop_parens
    'a = 1\nb = None\nc = (a) + (b)\n',
    # binop_user
    'class V:\n    def __add__(self, o):\n        raise ArithmeticError("add")\nprint(V() + V())\n',
    # bool_err
    'class B:\n    def __bool__(self):\n        raise ValueError("bool")\nif B():\n    pass\n',
    # call_kw_multiline
    'def f(a, b):\n    return a + b\nresult = f(\n    a=1,\n    c=2,\n)\n',
    # call_result_call
    'def f(): return None\nf()()\n',
    # class_kw
    'class M(type):\n    def __new__(mcs, name, bases, ns, **kw):\n        raise TypeError("nope")\nclass C(metaclass=M, flag=True):\n    pass\n',
    # closure_unbound
    'def f():\n    def g():\n        return y + 1\n    r = g()\n    y = 2\n    return r\nf()\n',
    # compare_chain
    'a = 1\nprint(0 < a < "b")\n',
    # decorator_multi
    'def d1(f): return f\ndef d2(f): return f.missing\n@d1\n@d2\ndef g(): pass\n',
    # del_name
    'del undefined_thing\n',
    # del_sub
    'd = {}\ndel d["x"]\n',
    # dict_comp_key
    'd = {k: v for k, v in [(1, 2), (3,)]}\n',
    # exception_note
    'try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    e.add_note("extra info")\n    raise\n',
    # finally
    'def f():\n    try:\n        return {}["a"]\n    finally:\n        print("cleanup")\nf()\n',
    # fstring_nested
    'v = 3\ns = f"{v:{\'bad\'}}"\n',
    # gen_multiline
    'data = {"a": 1}\nvalue = (data\n         ["b"])\n',
    # generator_expr_arg
    'print(sum(1 / x for x in [1, 0]))\n',
    # getattr_chain_multiline
    'x = (\n    "abc"\n    .upper()\n    .nothing()\n)\n',
    # getitem_user
    'class S:\n    def __getitem__(self, k):\n        raise LookupError(k)\ns = S()\nprint(s[1] + s[2])\n',
    # global_name
    'def f():\n    return missing_global.attr\nf()\n',
    # group_nested
    'def f():\n    raise ExceptionGroup("inner", [ValueError(1), TypeError("t")])\ntry:\n    f()\nexcept* ValueError as eg:\n    raise RuntimeError("handled") from eg\n',
    # import_err
    'from os import nonexistent_name\n',
    # kwargs_err
    'def f(a): pass\nf(1, b=2)\n',
    # lambda_default
    'f = lambda x=1 / 0: x\n',
    # long_line
    'result = [value * 2 for value in range(10)] + [other for other in range(5)] + 5 + [1, 2, 3]\n',
    # match_err
    'match 5:\n    case int(x) if x.bad:\n        pass\n',
    # method_multiline_args
    '"abc".index(\n    "z",\n)\n',
    # mutual_recursion
    'def a(n):\n    if n > 30: raise ValueError(n)\n    return b(n + 1)\ndef b(n):\n    return a(n + 1)\na(0)\n',
    # nested_fn_call
    'def a(x): return b(x) * 2\ndef b(x): return c(x)["key"]\ndef c(x): return {"k": x}\nprint(a(1))\n',
    # nested_fstring_err
    'items = [1, 2]\nmsg = f"first {items[0]} then {items[5]:>3}"\n',
    # pow_err
    'x = 2 ** "a"\n',
    # reraise
    'def f():\n    try:\n        return [][0]\n    except IndexError:\n        raise\nf()\n',
    # semicolons
    'a = 1; b = "x"; c = a + b\n',
    # set_iter
    's = set([1, 2])\nfor x in s:\n    s.add(x * 10)\n',
    # slice_err
    'x = 5\ny = x[1:2:3]\n',
    # star_unpack
    'a, b, *c = [1]\n',
    # super_err
    'class A:\n    pass\nclass B(A):\n    def m(self):\n        return super().missing()\nB().m()\n',
    # tab_indent
    "def f():\n\tx = 1\n\treturn x + 'a'\nf()\n",
    # tuple_index
    't = (1, 2)\nt[0] = 5\n',
    # unbound
    'def f():\n    print(x)\n    x = 1\nf()\n',
    # unicode_attr
    'class K:\n    pass\nk = K()\nnaïve = k.données + 1\n',
    # walrus_err
    'if (n := len(5)) > 1:\n    pass\n',
    # while_err
    'class B:\n    def __bool__(self):\n        raise ValueError("bool")\nwhile B():\n    pass\n',
    # with_body
    'class CM:\n    def __enter__(self): return self\n    def __exit__(self, *a): return False\nwith CM() as c:\n    x = c.attr\n',
    # with_exit
    'class CM:\n    def __enter__(self): return self\n    def __exit__(self, *a):\n        return a.nope\nwith CM() as c:\n    pass\n',
    # with_return
    'class CM:\n    def __enter__(self): return self\n    def __exit__(self, *a): raise ValueError("exit")\ndef f():\n    with CM():\n        return 1\ndef g():\n    for i in range(3):\n        with CM():\n            break\ntry:\n    f()\nexcept ValueError:\n    pass\ng()\n',
    # yieldfrom
    'def sub():\n    yield 1\n    yield 1 / 0\ndef gen():\n    yield from sub()\nlist(gen())\n',
]

env = dict(os.environ, PYTHONIOENCODING="utf-8")
for i, src in enumerate(CASES):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "prog.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(src)
        r = subprocess.run([sys.executable, path], capture_output=True, encoding="utf-8", env=env)
    print("case", i, "exit", r.returncode)
    print(r.stdout, end="")
    print(r.stderr.replace(d + os.sep, ""), end="")
