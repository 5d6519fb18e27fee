// The _operator module, reduced to _compare_digest (what hmac needs): the
// rest of `operator` is the host stdlib's pure-Python operator.py, which
// `from _operator import *` leaves alone since nothing public is exported
// here. CPython counterpart: Modules/_operator.c.
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <string_view>

namespace uopy {

namespace {

// Compares in time that depends on the length of [b] only, not on where
// the first difference is (no early exit).
bool constant_time_equal(std::string_view a, std::string_view b) {
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    std::string_view left = a.size() == b.size() ? a : b;
    for (size_t i = 0; i < b.size(); i++)
        diff |= static_cast<unsigned char>(left[i] ^ b[i]);
    return diff == 0;
}

Value m_compare_digest(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("_compare_digest", nargs, 2, 2)) return Value();
    Value a = args[0], b = args[1];
    if (is_str(a) && is_str(b)) {
        if (!str_is_ascii(a) || !str_is_ascii(b))
            return raise(exc::TypeError,
                         "comparing strings with non-ASCII characters is not supported");
        return Bool(constant_time_equal(str_view(a), str_view(b)));
    }
    bool buffer_a = is_bytes(a) || is_bytearray(a), buffer_b = is_bytes(b) || is_bytearray(b);
    if (!buffer_a && !buffer_b)
        return raise(exc::TypeError,
                     "unsupported operand types(s) or combination of types: '%s' and '%s'",
                     type_name(a), type_name(b));
    if (!buffer_a || !buffer_b)
        return raise(exc::TypeError, "a bytes-like object is required, not '%s'",
                     type_name(buffer_a ? b : a));
    return Bool(constant_time_equal(bytes_view(a), bytes_view(b)));
}

const NativeMethodDef operator_functions[] = {
    {"_compare_digest", m_compare_digest, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

Value init_operator_module() {
    ModuleObject* m = make_module("_operator");
    if (!m) return Value();
    add_functions(m->dict, operator_functions, Value(m));
    dict_set_cstr(m->dict, "__doc__", make_str("Operator interface (uopy: only _compare_digest)."));
    return Value(m);
}

} // namespace uopy
