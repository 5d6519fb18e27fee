// libFuzzer target: the bytecode cache's decoder (frontend/code_cache.h) on
// arbitrary bytes. It must refuse them or accept exactly a canonical
// encoding (re-encoding gives the same bytes); anything else aborts.
// The seeds are Python programs, which the decoder refuses at once, so an
// input that compiles is also encoded, checked for a clean round trip, and
// decoded again truncated and with bits flipped where the input's hash
// says: the decoder sees realistic blobs long before the mutator could
// make one.
#include "frontend/code_cache.h"
#include "frontend/compiler.h"
#include "frontend/parser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace uopy::frontend;

static void check(std::string_view bytes) {
    CodeData out;
    if (deserialize_code(bytes, out) && serialize_code(out) != bytes) std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    check(input);
    if (size >= 4096) return 0; // compiling big inputs is fuzz_compiler's job
    uopy::ast::Arena arena;
    ParseResult parsed = parse_module(input, "<fuzz>", arena);
    if (!parsed.ok()) return 0;
    CompileResult compiled = compile_module(parsed.root(), "<fuzz>", CompileMode::Exec, 0, input);
    if (!compiled.ok()) return 0;
    std::string blob = serialize_code(compiled.code());
    if (blob.empty()) return 0; // nested past the cap: not cached
    CodeData back;
    if (!deserialize_code(blob, back) || serialize_code(back) != blob) std::abort();
    uint64_t h = 0xcbf29ce484222325u; // FNV-1a of the input picks the damage
    for (char c : input) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3u;
    }
    check(std::string_view(blob).substr(0, h % blob.size()));
    for (int i = 0; i < 4; i++) {
        h = h * 6364136223846793005u + 1442695040888963407u;
        size_t bit = (h >> 11) % (blob.size() * 8);
        blob[bit / 8] = static_cast<char>(blob[bit / 8] ^ (1 << (bit % 8)));
        check(blob);
    }
    return 0;
}
