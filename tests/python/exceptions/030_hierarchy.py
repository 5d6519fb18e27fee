errors = [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, FileNotFoundError, RecursionError,
          UnboundLocalError, ModuleNotFoundError, StopIteration, KeyboardInterrupt]
for e in errors:
    print(e.__name__, [b.__name__ for b in e.__mro__[1:]])
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "", e.args)
def risky(n):
    if n == 1:
        raise TypeError("one")
    if n == 2:
        raise KeyError(2)
    return n
for n in range(4):
    try:
        print(risky(n))
    except (TypeError, KeyError) as e:
        print("handled", type(e).__name__, e)
try:
    try:
        raise ValueError("a")
    finally:
        print("cleanup runs")
except ValueError:
    print("propagated")
