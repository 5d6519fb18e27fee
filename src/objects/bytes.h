// bytes and bytearray. CPython counterpart: Objects/bytesobject.c,
// Objects/bytearrayobject.c.
#pragma once

#include "objects/object.h"

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
// bytes or bytearray contents.
std::string_view bytes_view(Value v);

void init_bytes_types();

} // namespace uopy
