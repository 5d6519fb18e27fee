# Builtin exception hierarchy checks
checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (FloatingPointError, ArithmeticError), (ArithmeticError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (FileNotFoundError, OSError), (PermissionError, OSError), (IsADirectoryError, OSError),
    (NotADirectoryError, OSError), (FileExistsError, OSError), (TimeoutError, OSError),
    (ConnectionError, OSError), (BrokenPipeError, ConnectionError),
    (ConnectionRefusedError, ConnectionError), (InterruptedError, OSError),
    (UnicodeDecodeError, UnicodeError), (UnicodeEncodeError, UnicodeError),
    (UnicodeError, ValueError), (NotImplementedError, RuntimeError),
    (RecursionError, RuntimeError), (UnboundLocalError, NameError),
    (ModuleNotFoundError, ImportError), (IndentationError, SyntaxError),
    (TabError, IndentationError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, Exception), (SystemExit, BaseException),
    (GeneratorExit, Exception), (Exception, BaseException),
    (AssertionError, Exception), (AttributeError, Exception),
    (EOFError, Exception), (MemoryError, Exception), (BufferError, Exception),
    (ReferenceError, Exception), (TypeError, ValueError), (ValueError, TypeError),
    (KeyError, IndexError), (bool, int), (Warning, Exception),
    (DeprecationWarning, Warning), (UserWarning, Warning), (RuntimeWarning, Warning),
    (StopAsyncIteration, Exception), (BlockingIOError, OSError),
    (ChildProcessError, OSError), (ProcessLookupError, OSError),
    (ConnectionAbortedError, ConnectionError), (ConnectionResetError, ConnectionError),
]
for sub, sup in checks:
    print(sub.__name__, "<", sup.__name__, issubclass(sub, sup))

# aliases
print(IOError is OSError, EnvironmentError is OSError, IOError.__name__, EnvironmentError.__name__)
print(issubclass(ZeroDivisionError, (KeyError, ArithmeticError)))
print(isinstance(ZeroDivisionError("x"), ArithmeticError), isinstance(KeyError(), LookupError))

# FileNotFoundError from open()
try:
    open("/nonexistent_dir_uopy_test/missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(str(e))
    print(isinstance(e, OSError), isinstance(e, IOError))
try:
    open("/nonexistent_dir_uopy_test/missing.txt")
except IOError as e:
    print("caught via IOError alias:", type(e).__name__)
try:
    open("/nonexistent_dir_uopy_test/missing.txt")
except EnvironmentError as e:
    print("caught via EnvironmentError alias:", e.args)

# OSError constructor picks subclass by errno
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, str(e))
e = OSError(13, "Permission denied", "f.txt")
print(type(e).__name__, str(e), e.filename)
e = OSError("just a message")
print(type(e).__name__, e.errno, e.args, str(e))
e = OSError()
print(repr(e), e.errno)

# builtin errors raised by operations have the right type
ops = [
    lambda: 1 / 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0),
    lambda: [][0], lambda: {}["k"], lambda: "abc".index("z"),
    lambda: int("x"), lambda: undefined_name, lambda: (1).nope,
    lambda: 2.0 ** 10000, lambda: [].pop(), lambda: {}.popitem(),
    lambda: next(iter([])), lambda: chr(-1), lambda: "a" + 1,
]
for op in ops:
    try:
        op()
    except ArithmeticError as e:
        print("ArithmeticError family:", type(e).__name__, e)
    except LookupError as e:
        print("LookupError family:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)

print(BaseException.__bases__, Exception.__bases__, KeyError.__bases__)
print([c.__name__ for c in FileNotFoundError.__mro__])
print([c.__name__ for c in UnboundLocalError.__mro__])
