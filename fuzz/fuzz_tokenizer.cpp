// libFuzzer target: the tokenizer on arbitrary bytes. Any input must end in
// tokens or a SyntaxErrorInfo, never a crash or a sanitizer report.
#include "frontend/tokenizer.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view source(reinterpret_cast<const char*>(data), size);
    std::vector<uopy::frontend::Token> tokens;
    uopy::frontend::SyntaxErrorInfo err;
    uopy::frontend::tokenize(source, tokens, err);
    return 0;
}
