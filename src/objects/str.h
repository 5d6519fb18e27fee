// str: immutable Unicode text stored as UTF-8, with its length in code
// points and an "all ASCII" bit so that the common case indexes in O(1).
// CPython counterpart: Objects/unicodeobject.c (PEP 393 uses 1/2/4-byte
// kinds instead; UTF-8 keeps I/O and the C++ side simple).
#pragma once

#include "objects/object.h"

#include <string>
#include <string_view>

namespace uopy {

// aux bits of a str object.
enum : uint32_t { STR_ASCII = 1u << 0, STR_INTERNED = 1u << 1 };

struct StrObject : Object {
    int64_t hash;  // -1 until computed
    size_t length; // in code points
    size_t nbytes; // UTF-8 bytes, not counting the trailing NUL
    char data[];   // UTF-8, NUL-terminated
};

inline bool is_str(Value v) {
    return v.is_ptr() && (v.as_ptr()->type->flags & TYPE_STR_SUBCLASS);
}
inline bool is_exact_str(Value v) {
    return v.is_ptr() && v.as_ptr()->type == &StrType;
}
inline StrObject* as_str(Value v) {
    return static_cast<StrObject*>(v.as_ptr());
}
inline std::string_view str_view(Value v) {
    StrObject* s = as_str(v);
    return std::string_view(s->data, s->nbytes);
}
inline bool str_is_ascii(Value v) {
    return (as_str(v)->aux & STR_ASCII) != 0;
}
inline size_t str_length(Value v) {
    return as_str(v)->length;
}

// A new str from UTF-8 text (assumed valid). Null on MemoryError.
Value make_str(std::string_view utf8);
// A new str of a subclass type.
Value make_str_subclass(Type* type, std::string_view utf8);
// A new str of [nbytes] UTF-8 bytes holding [length] code points, which the
// caller writes into *data before anything else allocates (no scan for
// ASCII-ness: the caller says). Null on MemoryError.
Value make_str_uninit(size_t nbytes, size_t length, bool ascii, char** data);
// The interned str for [utf8]: the same object for the same text, immortal.
Value intern(std::string_view utf8);
// intern() of a NUL-terminated name, through a small cache keyed by the
// pointer (and checked against the text, so any pointer is safe): the C++
// code's attribute and method names are mostly literals looked up again
// and again (call_method(f, "write")).
Value intern_cstr(const char* name);
Value intern_value(Value s); // interns an existing str
// A str from a single code point.
Value str_from_codepoint(uint32_t cp);

int64_t str_hash(Value s);
bool str_equal(Value a, Value b);  // both str
int str_compare(Value a, Value b); // code-point order: <0, 0, >0
Value str_concat(Value a, Value b);

// Code-point index -> byte offset (O(1) for ASCII).
size_t str_byte_offset(Value s, size_t index);
// The code point at [index] (must be < length).
uint32_t str_codepoint_at(Value s, size_t index);

// UTF-8 helpers.
size_t utf8_length(std::string_view s); // code points (input assumed valid)
bool utf8_valid(std::string_view s);
void utf8_append(std::string& out, uint32_t cp);
uint32_t utf8_decode(const char*& p); // advances p past one code point

// str.isidentifier(): XID_Start (or '_') then XID_Continue characters.
bool str_is_identifier(Value s);

// repr() of a str as CPython prints it.
std::string str_repr_text(std::string_view utf8);

// Formatting (str_format.cpp).
Value format_number_with_spec(Value v, Value spec); // int and float __format__
Value format_str_with_spec(Value v, Value spec);    // str.__format__
Value str_format_impl(Value self, const Value* args, size_t nargs, Value kwnames); // str.format
Value str_percent_format(Value fmt, Value args);                                   // str % args
Value make_bytes_value(std::string_view data);                                     // bytes.cpp

void init_str_type();

} // namespace uopy
