# PEP 654: ExceptionGroup construction, split/subgroup/derive with notes,
# except* matching (groups, naked exceptions, re-raise, raise in a clause),
# its SyntaxErrors, and except* ExceptionGroup being refused.
def show(label, e):
    print(label, type(e).__name__, repr(str(e)), [type(x).__name__ for x in getattr(e, 'exceptions', ())])

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg), eg.message, eg.exceptions)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError) or isinstance(e, ExceptionGroup) and e.message == 'zz')))
print(repr(eg.subgroup((TypeError, KeyError))))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), isinstance(eg, Exception))
for bad in [("x",), (1, [ValueError()]), ("x", 5), ("x", []), ("x", [1]), ("x", [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), OSError(3)])
except* ValueError as e:
    show("value", e)
except* (TypeError, OSError) as e:
    show("type/os", e)

try:
    try:
        raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled value")
except ExceptionGroup as e:
    show("escaped", e)

try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        show("naked", e)
        raise KeyError("new")
except KeyError as e:
    print("naked clause raised", repr(e), type(e.__context__).__name__)
except ExceptionGroup as e:
    show("raised in handler", e)
    print(repr(e.exceptions[0].__context__))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    show("reraise", e)

try:
    try:
        raise TypeError("plain")
    except* ValueError:
        print("no")
except TypeError as e:
    print("plain passes through", e)

import sys
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print(type(sys.exc_info()[1]).__name__, sys.exc_info()[1].exceptions)

for src in ["try:\n pass\nexcept* ValueError:\n pass\nexcept TypeError:\n pass\n",
            "try:\n pass\nexcept*:\n pass\n",
            "for i in range(3):\n try:\n  pass\n except* ValueError:\n  break\n",
            "def f():\n try:\n  pass\n except* ValueError:\n  return 1\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
for i in range(2):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError as e:
        for j in range(3):
            if j == 1:
                break
        print("loop ok", i, j)
e1 = ExceptionGroup("n", [ValueError(1)])
e1.add_note("note1")
m, r = e1.split(ValueError)
print(m is e1, m.__notes__)
e2 = ExceptionGroup("n", [ValueError(1), TypeError(2)])
e2.add_note("note2")
m, r = e2.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is e2.__notes__)
