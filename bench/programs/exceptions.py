"""exceptions: raises and catches exceptions in a hot loop -- a custom exception class carrying data, built-in exceptions (KeyError, ZeroDivisionError, IndexError) raised by the interpreter, try/except/else, try/finally, nested handlers, `raise ... from ...` and re-raise with bare `raise`. Stresses exception object creation, traceback building, handler table lookup / block unwinding and except-clause matching against class hierarchies."""
# bench: tiny=2000 quick=40000 full=500000
import sys


class AppError(Exception):
    def __init__(self, code, payload):
        super().__init__(code)
        self.code = code
        self.payload = payload


class ParseError(AppError):
    pass


class WrapError(Exception):
    pass


def check(i):
    # raises on some inputs, returns normally on others
    if i % 5 == 0:
        raise ParseError(i % 13, i)
    if i % 7 == 0:
        raise AppError(i % 11, -i)
    return i & 15


def lookup(d, i):
    # built-in exceptions raised by the interpreter itself
    try:
        return d[i % 10]
    except KeyError:
        return -1


def wrap(i):
    try:
        check(i)
    except AppError as e:
        raise WrapError(e.code) from e
    return 0


def deep(i, depth):
    # the exception unwinds through several frames with finally blocks
    if depth == 0:
        if i % 3 == 0:
            raise IndexError(i)
        return 1
    try:
        return deep(i, depth - 1) + 1
    finally:
        pass


def run(n):
    d = {0: 10, 2: 20, 4: 40, 6: 60, 8: 80}
    total = 0
    finals = 0
    for i in range(n):
        try:
            total += check(i)
        except ParseError as e:
            total += e.code * 3
        except AppError as e:
            total += e.code + (e.payload & 7)
        else:
            total += 1
        finally:
            finals += 1
        total += lookup(d, i)
        try:
            1 // (i % 4)
        except ZeroDivisionError:
            total += 2
        try:
            total += wrap(i)
        except WrapError as w:
            cause = w.__cause__
            total += w.args[0] + (5 if isinstance(cause, ParseError) else 9)
        try:
            try:
                total += deep(i, 3)
            except IndexError:
                total += 4
                raise
        except LookupError as e:      # IndexError is a LookupError
            total += e.args[0] & 3
        total &= 0xFFFFFFF
    return total, finals


def main(n):
    return run(n)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    print(main(n))
