// The native `_io` module, shared between its four files:
//   io_module.cpp   the module, the _IOBase/_RawIOBase/_BufferedIOBase/
//                   _TextIOBase mixin classes, open(), open_code(),
//                   text_encoding() and UnsupportedOperation
//   io_memory.cpp   StringIO and BytesIO
//   io_buffered.cpp FileIO, BufferedReader/Writer/Random/RWPair
//   io_text.cpp     TextIOWrapper and IncrementalNewlineDecoder
// CPython counterpart: Modules/_io/_iomodule.h.
//
// Every _io object starts with IOBaseObject (the instance __dict__ and the
// _IOBase "closed" flag), so that a class written in Python may derive from
// any of them, and io.py's ABCs may mix _IOBase with the concrete classes.
// Objects are collected by the tracing GC, never promptly: a file is closed
// by close() or a `with` block (FileIO also closes its descriptor when it is
// collected, without flushing anything).
//
// Text is handled as arrays of code points (uint32_t) in GC byte buffers:
// StringIO positions and TextIOWrapper reads index characters, which the
// UTF-8 str representation cannot do in O(1).
#pragma once

#include "objects/codecs.h"
#include "objects/object.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace uopy {

struct Tracer;
struct GetSetDef;
struct NativeMethodDef;

constexpr int64_t kIoDefaultBufferSize = 8192;

// The classes of the module (all subclassable from Python).
extern Type IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType;
extern Type StringIOType, BytesIOType;
extern Type FileIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType,
    BufferedRWPairType, TextIOWrapperType, IncrementalNewlineDecoderType;

// io.UnsupportedOperation, a subclass of OSError and ValueError made when
// _io is first imported (null before).
extern Type* io_unsupported_operation;

// The fields every _io object starts with.
struct IOBaseObject : Object {
    Dict* dict;         // instance __dict__ (io.open() stores TextIOWrapper.mode here)
    bool iobase_closed; // _IOBase.close() ran (CPython's __IOBase_closed attribute)
};
void iobase_trace(Object* o, Tracer& t);

// Readies one _io type: slots set from the arguments, an instance __dict__,
// weak references, methods, getsets, slot wrappers and a __new__ wrapper
// when [nw] is given.
void io_ready_type(Type* t, const char* name, Type* base, size_t size, TraceFn trace, NewFn nw,
                   InitFn init, const NativeMethodDef* methods, const GetSetDef* getsets);
// A zeroed instance of [type] (a subclass may be bigger than [size]).
Object* io_alloc(Type* type, size_t size);

// -- Errors ---------------------------------------------------------------------------------

// Raises io.UnsupportedOperation(msg); returns null.
Value io_unsupported(const char* msg);
// Raises the OSError subclass for [err] with its strerror, and [filename]
// when it is given (not null): what CPython's PyErr_SetFromErrnoWithFilename does.
Value io_raise_errno(int err, Value filename = Value());

// After [err] (an exception taken by err_fetch(), or null) and the result
// [r] of a later step: the first error wins, as in CPython's close() methods.
Value io_first_error(Value err, Value r);
// For functions returning an int or a count: [v] is the null Value of a
// raise(); returns -1.
inline int io_failed(Value) {
    return -1;
}

// -- Calls ----------------------------------------------------------------------------------

// obj.name(*args)
Value io_call(Value obj, const char* name, const Value* args = nullptr, size_t nargs = 0);
// truthy(obj.name()): 1, 0, or -1 on error.
int io_call_bool(Value obj, const char* name);
// repr(obj.name) for a __repr__: null when the attribute is missing or
// raises ValueError (a detached or closed stream); sets *error on other errors.
Value io_repr_attr(Value obj, const char* name, bool* error);

// -- Arguments ------------------------------------------------------------------------------

// A size argument: None (-1) or an integer ("argument should be integer or
// None, not 'str'" otherwise). A null Value (not given) is -1 too.
bool io_size_arg(Value v, int64_t* out);
// The contents of a bytes-like object (bytes, bytearray, memoryview).
// TypeError "a bytes-like object is required, not 'X'" otherwise.
bool io_bytes_arg(Value v, std::string& out);
// The length of a writable buffer (bytearray, or memoryview of one), for
// readinto(). TypeError otherwise.
bool io_writable_buffer_len(Value v, size_t* n);
// Stores [data] at the start of the writable buffer [v] (the caller made
// sure it fits).
bool io_buffer_store(Value v, std::string_view data);

// -- Text -----------------------------------------------------------------------------------

// The code points of a str.
void io_str_to_cps(Value s, std::vector<uint32_t>& out);
// A str from code points.
Value io_cps_to_str(const uint32_t* p, size_t n);
// A GC byte buffer able to hold [n] code points, with the first [keep] of
// [old] copied; null with MemoryError set.
uint32_t* io_grow_cps(uint32_t* old, size_t keep, size_t n);

// Decodes [in] with one of uopy's codecs, recording for each character the
// offset in [in] just after the bytes it came from (all the characters an
// error handler substitutes for some bytes end where those bytes do).
// Unless [final], an incomplete character at the end is left undecoded.
// Returns how many bytes were decoded, or -1 with the exception set
// (UnicodeDecodeError with the codec's message for errors="strict").
int64_t io_decode_bytes(Codec codec, Value encoding, Value errors, std::string_view in, bool final,
                        std::vector<uint32_t>& cps, std::vector<uint32_t>& ends);

// Kinds of line ending seen (IncrementalNewlineDecoder.newlines).
enum : int { IO_SEEN_LF = 1, IO_SEEN_CR = 2, IO_SEEN_CRLF = 4 };
// The newlines attribute for a set of IO_SEEN_* bits: None, a str or a tuple.
Value io_newlines_value(int seennl);
// Records the line endings in [cps] into [*seennl]; with [translate],
// rewrites "\r\n" and "\r" as "\n" in place (shrinking [cps]). When [ends]
// is given it holds one value per code point and is kept in step (the
// "\n" of a "\r\n" keeps the end offset of the pair).
void io_scan_newlines(std::vector<uint32_t>& cps, int* seennl, bool translate,
                      std::vector<uint32_t>* ends = nullptr);
// Checks a newline argument: None or one of "", "\n", "\r", "\r\n".
// TypeError "[what] must be str or None, not X" / ValueError
// "illegal newline value: X" (repr when [repr_value]).
bool io_check_newline(Value v, const char* what, bool repr_value);

// How a reader finds the end of a line (CPython's _PyIO_find_line_ending).
struct IoLineMode {
    bool translated;       // input already has "\n" only
    bool universal;        // "\r", "\n" and "\r\n" all end lines
    std::u32string readnl; // otherwise: this string ends lines
};
// Searches [p, p+n): returns the index just after the first line ending
// and sets *found; when there is none, *found is false and the result is
// how many code points can be put aside safely (all but a possible start
// of a line ending at the end).
size_t io_find_line_end(const IoLineMode& mode, const uint32_t* p, size_t n, bool* found);

// -- The files' type set-up ---------------------------------------------------------------------

void io_init_memory_types();   // io_memory.cpp
void io_init_buffered_types(); // io_buffered.cpp
void io_init_text_types();     // io_text.cpp

} // namespace uopy
