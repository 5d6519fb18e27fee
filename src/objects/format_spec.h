// The format-specification mini-language of format(), str.format() and
// f-strings: [[fill]align][sign][z][#][0][width][,|_][.precision][type],
// parsed once and rendered for str, int, float and complex with CPython's
// layout rules and error messages. CPython counterpart:
// Python/formatter_unicode.c.
#pragma once

#include "objects/object.h"

#include <string_view>

namespace uopy {

Value format_str_spec(Value s, std::string_view spec);
Value format_int_spec(Value i, std::string_view spec);
Value format_float_spec_text(double d, std::string_view spec);
Value format_complex_spec(double re, double im, std::string_view spec);

} // namespace uopy
