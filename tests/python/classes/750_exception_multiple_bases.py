# Built-in exception classes share BaseException's layout: a class may
# derive from several of them (decimal's FloatOperation does).
class DecimalException(ArithmeticError):
    pass
class FloatOperation(DecimalException, TypeError):
    pass
try:
    raise FloatOperation("mixed")
except TypeError as e:
    print("caught as TypeError", type(e).__name__, e, isinstance(e, ArithmeticError))
class Both(KeyError, AttributeError):
    pass
print(Both.__mro__[1:4])
try:
    class Bad(int, str):
        pass
except TypeError as e:
    print(e)
import sys
print(sys.base_prefix == sys.prefix)
