// Shared between the files that implement str (str.cpp, str_methods.cpp,
// str_case.cpp, str_format.cpp); not for use elsewhere.
#pragma once

#include "objects/str.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace uopy {

std::vector<uint32_t> str_codepoints(std::string_view utf8);
std::string str_from_codepoints(const uint32_t* cps, size_t n);

// str.format_map: named fields are looked up with mapping[name].
Value str_format_mapping(Value self, Value mapping);

void init_str_methods(Type* t);      // str_methods.cpp
void init_str_case_methods(Type* t); // str_case.cpp

} // namespace uopy
