// The thread's current exception and the helpers that raise. CPython
// counterpart: Python/errors.c (PyErr_SetString, PyErr_Format, PyErr_Occurred).
//
// uopy never throws C++ exceptions on a path Python code can reach: a
// fallible function sets the current exception and returns a null Value (or
// -1 / false), and every caller checks at once.
#pragma once

#include "objects/value.h"

#include <string>
#include <string_view>

namespace uopy {

struct Type;

// The built-in exception classes, created at start-up (objects/exceptions.cpp).
namespace exc {
extern Type *BaseException, *Exception, *ArithmeticError, *AssertionError, *AttributeError,
    *BufferError, *EOFError, *FloatingPointError, *GeneratorExit, *ImportError,
    *ModuleNotFoundError, *IndexError, *KeyError, *KeyboardInterrupt, *LookupError, *MemoryError,
    *NameError, *UnboundLocalError, *NotImplementedError, *OSError, *FileNotFoundError,
    *FileExistsError, *IsADirectoryError, *NotADirectoryError, *PermissionError, *InterruptedError,
    *TimeoutError, *BlockingIOError, *ChildProcessError, *ConnectionError, *BrokenPipeError,
    *ConnectionAbortedError, *ConnectionRefusedError, *ConnectionResetError, *ProcessLookupError,
    *OverflowError, *RecursionError, *ReferenceError, *RuntimeError, *StopIteration,
    *StopAsyncIteration, *SyntaxError, *IndentationError, *TabError, *SystemError, *SystemExit,
    *TypeError, *ValueError, *UnicodeError, *UnicodeDecodeError, *UnicodeEncodeError,
    *UnicodeTranslateError, *ZeroDivisionError, *Warning, *UserWarning, *DeprecationWarning,
    *PendingDeprecationWarning, *SyntaxWarning, *RuntimeWarning, *FutureWarning, *ImportWarning,
    *UnicodeWarning, *BytesWarning, *ResourceWarning, *EncodingWarning, *BaseExceptionGroup,
    *ExceptionGroup;
} // namespace exc

// Sets the current exception to a new [type] instance whose single argument
// is the formatted message. Always returns a null Value, so callers can write
// `return raise(exc::TypeError, "...")`.
Value raise(Type* type, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
Value raise_str(Type* type, std::string_view msg);
// Raises [type] with no arguments (e.g. StopIteration()).
Value raise_empty(Type* type);
// Raises [type] with a single arbitrary argument (KeyError(key), StopIteration(value)).
Value raise_with_arg(Type* type, Value arg);
// Sets [exc] (an exception instance) as the current exception.
Value raise_instance(Value exc);
// `raise X`: an instance, or a class to instantiate; TypeError otherwise.
Value raise_object(Value exc_or_type);
void raise_memory_error();

// Status-returning variants of the above, for functions returning int.
inline int fail() {
    return -1;
}

bool err_occurred();
Value err_current(); // the current exception, without clearing it (null if none)
Value err_fetch();   // takes the current exception and clears it
void err_clear();
bool err_matches(Type* type); // the current exception is an instance of [type]
// Clears StopIteration if it is the current exception; returns its value
// (None when it had none) — or null if another exception is set.
Value err_take_stop_iteration();

// Names for messages: the type name of a value ("int", "MyClass").
const char* type_name(Value v);

} // namespace uopy
