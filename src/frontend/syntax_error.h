// A syntax error found by the tokenizer, parser or compiler, in the shape of
// CPython's SyntaxError attributes. CPython counterpart: Parser/pegen_errors.c.
#pragma once

#include <string>

namespace uopy::frontend {

struct SyntaxErrorInfo {
    // MemoryError and RecursionError: source nested too deeply to parse or
    // compile (CPython raises these, not SyntaxError).
    enum Kind {
        SyntaxError,
        IndentationError,
        TabError,
        MemoryError,
        RecursionError
    } kind = SyntaxError;
    std::string msg;
    int lineno = 0;
    int offset = 0; // 1-based column in characters
    int end_lineno = 0;
    int end_offset = 0;
    std::string text; // the source line, with its newline
    // Report lineno, offset and text as they are, even 0 and empty (an
    // empty expression input); otherwise 0 and "" stand for None.
    bool literal_position = false;
};

} // namespace uopy::frontend
