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

void init_bytes_types();

} // namespace uopy
