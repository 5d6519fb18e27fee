// bytes and bytearray. CPython counterpart: Objects/bytesobject.c,
// Objects/bytearrayobject.c.
#pragma once

#include "objects/object.h"

#include <string>
#include <string_view>

namespace uopy {

struct BytesObject : Object {
    size_t size;
    int64_t hash;
    char data[];
};

struct ByteArrayObject : Object {
    size_t size;
    size_t capacity;
    char* data; // gc_alloc_bytes buffer
};

inline bool is_bytes(Value v) {
    return v.is_ptr() && isinstance_of(v, &BytesType);
}
inline bool is_bytearray(Value v) {
    return v.is_ptr() && isinstance_of(v, &ByteArrayType);
}
Value make_bytes(std::string_view data);
Value make_bytearray(std::string_view data);
// Replaces a bytearray's contents (false on MemoryError).
bool bytearray_assign(Value bytearray, std::string_view data);
void init_bytes_methods(); // bytes_methods.cpp
// bytes or bytearray contents.
std::string_view bytes_view(Value v);
// [data] as two lower-case hex digits per byte (bytes.hex(), hexdigest()).
std::string hex_lower(std::string_view data);
// The hex(sep=, bytes_per_sep=1) method of bytes, bytearray and memoryview
// over [data]: binds the arguments and returns the str.
Value bytes_hex_method(std::string_view data, const Value* args, size_t nargs, Value kwnames);

// The contents of a bytes-like object (bytes, bytearray, memoryview):
// 1 with [out] filled, 0 when [v] supports no buffer (nothing raised),
// -1 with an exception set (a released memoryview).
int buffer_contents(Value v, std::string* out);
// PyBytes_FromObject: buffers, lists, tuples and other iterables of ints
// (TypeError "cannot convert 'X' object to bytes" otherwise).
Value bytes_from_object(Value v);
// PyObject_Bytes: bytes itself, __bytes__, else bytes_from_object.
Value object_bytes(Value v);
// fmt % args for bytes and bytearray (PEP 461); the result is of fmt's
// kind (percent_format.cpp).
Value bytes_percent_format(Value fmt, Value args);

void init_bytes_types();

} // namespace uopy
