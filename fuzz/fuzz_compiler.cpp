// libFuzzer target: parse, then compile (constant folding, symbol table,
// code generation, peephole, assembly) whatever parses. The frontend needs
// no runtime: it produces plain CodeData.
#include "frontend/compiler.h"
#include "frontend/parser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace uopy::frontend;
    std::string_view source(reinterpret_cast<const char*>(data), size);
    uopy::ast::Arena arena;
    ParseResult parsed = parse_module(source, "<fuzz>", arena);
    if (parsed.ok()) compile_module(parsed.root(), "<fuzz>", CompileMode::Exec, 0, source);
    return 0;
}
