// The tokenizer: UTF-8 source to tokens with INDENT/DEDENT, string literals
// decoded, f-strings kept whole for the parser. CPython counterpart:
// Parser/tokenizer.c (Parser/lexer/ in 3.13+).
#pragma once

#include "frontend/syntax_error.h"

#include <string>
#include <string_view>
#include <vector>

namespace uopy::frontend {

enum class Tok { Name, Number, String, Op, Newline, Indent, Dedent, End };

struct Token {
    Tok type;
    std::string text; // names, numbers, operators; for strings the raw literal
    int line, col;    // col: 0-based byte column
    int end_line, end_col;
};

// Tokenizes [source]; false with [err] filled on a syntax error.
bool tokenize(std::string_view source, std::vector<Token>& out, SyntaxErrorInfo& err);

// The [line]th (1-based) line of [source], with its newline.
std::string source_line(std::string_view source, int line);

} // namespace uopy::frontend
