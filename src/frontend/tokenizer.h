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

// Where the tokenizer stopped early: at an error, or at the end of the
// source with a bracket still open. CPython's parser reads tokens as it goes,
// so which error it reports depends on how far the parser gets first (see
// Parser::settle_tokenizer_stop).
struct TokenizerStop {
    bool active = false;
    bool at_eof = false;       // [error] is the bracket left open at the end
    SyntaxErrorInfo error;     // what the tokenizer found
    bool bracket_open = false; // a bracket was open where it stopped
    int bracket_line = 0;      // the line of the innermost one
    SyntaxErrorInfo unclosed;  // "'(' was never closed" for it
};

// Tokenizes [source]; false with [err] filled on a syntax error. With
// [stop], an error instead ends the tokens (with an End token) and is
// described in [stop].
bool tokenize(std::string_view source, std::vector<Token>& out, SyntaxErrorInfo& err,
              TokenizerStop* stop = nullptr);

// The [line]th (1-based) line of [source], with its newline.
std::string source_line(std::string_view source, int line);

} // namespace uopy::frontend
