// libFuzzer target: the parser (tokenizer included) on arbitrary bytes, in
// the three modes compile() has.
#include "frontend/parser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace uopy::frontend;
    std::string_view source(reinterpret_cast<const char*>(data), size);
    {
        uopy::ast::Arena arena;
        parse_module(source, "<fuzz>", arena);
    }
    if (size < 4096) {
        uopy::ast::Arena arena;
        parse_expression(source, "<fuzz>", arena);
    }
    return 0;
}
