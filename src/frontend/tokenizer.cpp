// The tokenizer (see tokenizer.h). String literals are kept raw here and
// decoded by the parser, which also splits f-strings. CPython counterpart:
// Parser/lexer/lexer.c.
#include "frontend/tokenizer.h"

#include <cctype>
#include <cstdio>
#include <cstring>

namespace uopy::frontend {

// Nesting limits (CPython's tokenizer has the same ones).
constexpr size_t kMaxParenLevels = 200;
constexpr size_t kMaxIndentLevels = 100;

std::string source_line(std::string_view source, int line) {
    int cur = 1;
    size_t start = 0;
    for (size_t i = 0; i < source.size() && cur < line; i++)
        if (source[i] == '\n') {
            cur++;
            start = i + 1;
        }
    if (cur != line) return "";
    size_t end = source.find('\n', start);
    if (end == std::string_view::npos) return std::string(source.substr(start)) + "\n";
    return std::string(source.substr(start, end - start + 1));
}

static size_t utf8_length(std::string_view s) {
    size_t n = 0;
    for (char ch : s)
        if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) n++;
    return n;
}

static int char_col(std::string_view source, int line, int byte_col) {
    std::string l = source_line(source, line);
    int n = 0;
    for (int i = 0; i < byte_col && i < static_cast<int>(l.size()); i++)
        if ((static_cast<unsigned char>(l[i]) & 0xC0) != 0x80) n++;
    return n;
}

namespace {

struct Lexer {
    std::string_view src;
    size_t pos = 0;
    int line = 1;
    size_t line_start = 0;
    std::vector<int> indents{0};
    // The same indentation measured with tabs as 1 column: where the two
    // measures disagree about the block structure, tabs and spaces are mixed
    // ambiguously (CPython's altcol check, TabError).
    std::vector<int> alt_indents{0};
    int paren = 0;
    std::vector<char> paren_stack;
    std::vector<std::pair<int, int>> paren_pos;
    std::vector<Token>& out;
    SyntaxErrorInfo& err;

    Lexer(std::string_view s, std::vector<Token>& o, SyntaxErrorInfo& e) : src(s), out(o), err(e) {}

    int col() const { return static_cast<int>(pos - line_start); }

    // The error is the bracket still open at the end of the source.
    bool at_eof = false;

    // "'(' was never closed" for the innermost open bracket, into [e]
    // (CPython gives it no end column: end_offset 0).
    bool fail_unclosed(SyntaxErrorInfo& e) const {
        auto [ol, oc] = paren_pos.back();
        e.kind = SyntaxErrorInfo::SyntaxError;
        char msg[32];
        std::snprintf(msg, sizeof msg, "'%c' was never closed", paren_stack.back());
        e.msg = msg;
        e.lineno = ol;
        e.offset = char_col(src, ol, oc) + 1;
        e.end_lineno = ol;
        e.end_offset = 0;
        e.text = source_line(src, ol);
        return false;
    }

    // A tokenizer error at [byte_col] of line [l]: CPython's tokenizer
    // gives the same start and end offset.
    bool fail(const std::string& msg, int l, int byte_col,
              SyntaxErrorInfo::Kind kind = SyntaxErrorInfo::SyntaxError) {
        int offset = char_col(src, l, byte_col) + 1;
        return fail_span(msg, l, offset, offset, kind);
    }
    // The same with the offsets given (1-based characters; CPython leaves
    // some ends open, as 0 or -1).
    bool fail_span(const std::string& msg, int l, int offset, int end_offset,
                   SyntaxErrorInfo::Kind kind = SyntaxErrorInfo::SyntaxError) {
        err.kind = kind;
        err.msg = msg;
        err.lineno = l;
        err.offset = offset;
        err.end_lineno = l;
        err.end_offset = end_offset;
        err.text = source_line(src, l);
        return false;
    }

    void emit(Tok t, std::string text, int l, int c) {
        out.push_back(Token{t, std::move(text), l, c, line, col()});
    }

    bool at_line_start_indent() {
        // Measure indentation; skip blank and comment-only lines.
        for (;;) {
            int width = 0, alt = 0;
            size_t p = pos;
            while (p < src.size() && (src[p] == ' ' || src[p] == '\t' || src[p] == '\f')) {
                if (src[p] == '\t') {
                    width = (width / 8 + 1) * 8;
                    alt++;
                } else if (src[p] == ' ') {
                    width++;
                    alt++;
                } else {
                    width = alt = 0;
                }
                p++;
            }
            if (p >= src.size()) {
                pos = p;
                return true;
            }
            if (src[p] == '#' || src[p] == '\n' || src[p] == '\r' ||
                (src[p] == '\\' && p + 1 < src.size() && src[p + 1] == '\n' && false)) {
                // Blank or comment line: skip it entirely.
                while (p < src.size() && src[p] != '\n')
                    p++;
                if (p < src.size()) p++;
                pos = p;
                line++;
                line_start = pos;
                continue;
            }
            pos = p;
            // These two come from the parser's report of the tokenizer's
            // state in CPython: column 1, no end.
            auto tab_error = [&] {
                return fail_span("inconsistent use of tabs and spaces in indentation", line, 1, 0,
                                 SyntaxErrorInfo::TabError);
            };
            int cur = indents.back();
            if (width == cur) {
                if (alt != alt_indents.back()) return tab_error();
            } else if (width > cur) {
                if (alt <= alt_indents.back()) return tab_error();
                // CPython's MAXINDENT: deeper blocks are refused, not recursed into.
                if (indents.size() >= kMaxIndentLevels)
                    return fail_span("too many levels of indentation", line, 1, 0,
                                     SyntaxErrorInfo::IndentationError);
                indents.push_back(width);
                alt_indents.push_back(alt);
                emit(Tok::Indent, "", line, 0);
            } else {
                while (width < indents.back()) {
                    indents.pop_back();
                    alt_indents.pop_back();
                    emit(Tok::Dedent, "", line, col());
                }
                // CPython points past the whole line (its tokenizer has read
                // it), with no end.
                if (width != indents.back())
                    return fail_span("unindent does not match any outer indentation level", line,
                                     static_cast<int>(utf8_length(source_line(src, line))), -1,
                                     SyntaxErrorInfo::IndentationError);
                if (alt != alt_indents.back()) return tab_error();
            }
            return true;
        }
    }

    bool string_literal(size_t prefix_start, int l, int c) {
        char q = src[pos];
        bool triple = pos + 2 < src.size() && src[pos + 1] == q && src[pos + 2] == q;
        std::string_view prefix = src.substr(prefix_start, pos - prefix_start);
        bool raw = prefix.find_first_of("rR") != std::string_view::npos;
        pos += triple ? 3 : 1;
        int start_line = line;
        for (;;) {
            if (pos >= src.size()) {
                if (triple)
                    return fail("unterminated triple-quoted string literal (detected at line " +
                                    std::to_string(line) + ")",
                                start_line, c);
                return fail("unterminated string literal (detected at line " +
                                std::to_string(line) + ")",
                            l, c);
            }
            char ch = src[pos];
            if (ch == '\\') {
                if (pos + 1 < src.size() && src[pos + 1] == '\n') {
                    pos += 2;
                    line++;
                    line_start = pos;
                    continue;
                }
                pos += 2;
                (void)raw;
                continue;
            }
            if (ch == '\n') {
                if (!triple)
                    return fail("unterminated string literal (detected at line " +
                                    std::to_string(line) + ")",
                                l, c);
                pos++;
                line++;
                line_start = pos;
                continue;
            }
            if (ch == q) {
                if (!triple) {
                    pos++;
                    break;
                }
                if (pos + 2 < src.size() && src[pos + 1] == q && src[pos + 2] == q) {
                    pos += 3;
                    break;
                }
            }
            pos++;
        }
        out.push_back(Token{Tok::String, std::string(src.substr(prefix_start, pos - prefix_start)),
                            l, c, line, col()});
        return true;
    }

    bool number(int l, int c) {
        size_t start = pos;
        auto digits = [&](auto pred) {
            while (pos < src.size() && (pred(src[pos]) || src[pos] == '_')) {
                if (src[pos] == '_' && (pos + 1 >= src.size() || !pred(src[pos + 1])))
                    return fail("invalid decimal literal", l, static_cast<int>(pos - line_start));
                pos++;
            }
            return true;
        };
        auto isdig = [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; };
        if (src[pos] == '0' && pos + 1 < src.size() && std::strchr("xXoObB", src[pos + 1])) {
            char k = static_cast<char>(std::tolower(src[pos + 1]));
            pos += 2;
            if (pos < src.size() && src[pos] == '_') pos++;
            auto pred =
                k == 'x'
                    ? [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)) != 0; }
                : k == 'o' ? [](char ch) { return ch >= '0' && ch <= '7'; }
                           : [](char ch) { return ch == '0' || ch == '1'; };
            size_t before = pos;
            if (!digits(pred)) return false;
            // A decimal digit the base does not allow is named (0b12, 0o8).
            if (pos < src.size() && k != 'x' && isdig(src[pos]))
                return fail(std::string("invalid digit '") + src[pos] + "' in " +
                                (k == 'o' ? "octal" : "binary") + " literal",
                            l, static_cast<int>(pos - line_start + 1));
            if (pos == before ||
                (pos < src.size() && std::isalnum(static_cast<unsigned char>(src[pos]))))
                return fail(std::string("invalid ") +
                                (k == 'x'   ? "hexadecimal"
                                 : k == 'o' ? "octal"
                                            : "binary") +
                                " literal",
                            l, static_cast<int>(pos - line_start));
        } else {
            if (!digits(isdig)) return false;
            bool is_float = false;
            if (pos < src.size() && src[pos] == '.') {
                is_float = true;
                pos++;
                if (pos < src.size() && isdig(src[pos]) && !digits(isdig)) return false;
            }
            if (pos < src.size() && (src[pos] == 'e' || src[pos] == 'E')) {
                size_t save = pos;
                pos++;
                if (pos < src.size() && (src[pos] == '+' || src[pos] == '-')) pos++;
                if (pos < src.size() && isdig(src[pos])) {
                    if (!digits(isdig)) return false;
                    is_float = true;
                } else {
                    pos = save;
                    return fail("invalid decimal literal", l, static_cast<int>(pos - line_start));
                }
            }
            if (pos < src.size() && (src[pos] == 'j' || src[pos] == 'J'))
                pos++;
            else if (!is_float) {
                std::string_view t = src.substr(start, pos - start);
                if (t.size() > 1 && t[0] == '0' &&
                    t.find_first_not_of("0_") != std::string_view::npos)
                    return fail("leading zeros in decimal integer literals are not permitted; use "
                                "an 0o prefix for octal integers",
                                l, c);
            }
            if (pos < src.size() &&
                (std::isalpha(static_cast<unsigned char>(src[pos])) || src[pos] == '_'))
                return fail("invalid decimal literal", l, static_cast<int>(pos - line_start));
        }
        out.push_back(
            Token{Tok::Number, std::string(src.substr(start, pos - start)), l, c, line, col()});
        return true;
    }

    bool run() {
        if (src.size() >= 3 && static_cast<unsigned char>(src[0]) == 0xEF) pos = 3; // BOM
        if (!at_line_start_indent()) return false;
        while (pos < src.size()) {
            char ch = src[pos];
            int l = line, c = col();
            if (ch == ' ' || ch == '\t' || ch == '\f' || ch == '\r') {
                pos++;
                continue;
            }
            if (ch == '#') {
                while (pos < src.size() && src[pos] != '\n')
                    pos++;
                continue;
            }
            if (ch == '\\') {
                if (pos + 1 < src.size() && (src[pos + 1] == '\n' || (src[pos + 1] == '\r'))) {
                    pos += src[pos + 1] == '\r' ? 3 : 2;
                    line++;
                    line_start = pos;
                    continue;
                }
                return fail_span("unexpected character after line continuation character", l,
                                 char_col(src, l, c + 1) + 1, 0);
            }
            if (ch == '\n') {
                pos++;
                if (paren == 0) {
                    if (!out.empty() && out.back().type != Tok::Newline &&
                        out.back().type != Tok::Indent && out.back().type != Tok::Dedent)
                        // CPython's NEWLINE token leaves the '\n' out: it ends
                        // where it starts.
                        out.push_back(Token{Tok::Newline, "", l, c, l, c});
                    line++;
                    line_start = pos;
                    if (!at_line_start_indent()) return false;
                } else {
                    line++;
                    line_start = pos;
                }
                continue;
            }
            if (std::isdigit(static_cast<unsigned char>(ch)) ||
                (ch == '.' && pos + 1 < src.size() &&
                 std::isdigit(static_cast<unsigned char>(src[pos + 1])))) {
                if (!number(l, c)) return false;
                continue;
            }
            if (std::isalpha(static_cast<unsigned char>(ch)) || ch == '_' ||
                static_cast<unsigned char>(ch) >= 0x80) {
                size_t start = pos;
                while (pos < src.size() &&
                       (std::isalnum(static_cast<unsigned char>(src[pos])) || src[pos] == '_' ||
                        static_cast<unsigned char>(src[pos]) >= 0x80)) {
                    if (static_cast<unsigned char>(src[pos]) == 0xE2 && pos + 2 < src.size() &&
                        static_cast<unsigned char>(src[pos + 1]) == 0x82 &&
                        static_cast<unsigned char>(src[pos + 2]) == 0xAC)
                        return fail("invalid character '\xE2\x82\xAC' (U+20AC)", l,
                                    static_cast<int>(pos - line_start));
                    pos++;
                }
                std::string_view word = src.substr(start, pos - start);
                if (pos < src.size() && (src[pos] == '\'' || src[pos] == '"') && word.size() <= 2) {
                    std::string lw;
                    for (char x : word)
                        lw.push_back(static_cast<char>(std::tolower(x)));
                    if (lw == "r" || lw == "b" || lw == "u" || lw == "f" || lw == "rb" ||
                        lw == "br" || lw == "fr" || lw == "rf") {
                        if (!string_literal(start, l, c)) return false;
                        continue;
                    }
                }
                out.push_back(Token{Tok::Name, std::string(word), l, c, line, col()});
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (!string_literal(pos, l, c)) return false;
                continue;
            }
            static const char* const ops3[] = {"**=", "//=", ">>=", "<<=", "...", nullptr};
            static const char* const ops2[] = {
                "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", "+=",
                "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":=", nullptr};
            std::string op;
            for (int k = 0; ops3[k]; k++)
                if (src.substr(pos, 3) == ops3[k]) op = ops3[k];
            if (op.empty())
                for (int k = 0; ops2[k]; k++)
                    if (src.substr(pos, 2) == ops2[k]) op = ops2[k];
            if (op.empty()) {
                if (!std::strchr("()[]{}:,;.+-*/%&|^~<>=@", ch) || ch == 0) {
                    // CPython makes these operator tokens that no rule takes:
                    // the parser's "invalid syntax", in the parser's turn.
                    if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7F) {
                        char msg[48];
                        std::snprintf(msg, sizeof msg, "invalid non-printable character U+%04X",
                                      static_cast<unsigned>(static_cast<unsigned char>(ch)));
                        return fail(msg, l, c);
                    }
                    if (ch != '!' && ch != '$' && ch != '?' && ch != '`')
                        return fail("invalid character", l, c);
                }
                op = std::string(1, ch);
            }
            if (op == "(" || op == "[" || op == "{") {
                // CPython's MAXLEVEL: the parser never recurses deeper.
                if (paren_stack.size() >= kMaxParenLevels)
                    return fail("too many nested parentheses", l, c);
                paren++;
                paren_stack.push_back(ch);
                paren_pos.push_back({l, c});
            } else if (op == ")" || op == "]" || op == "}") {
                if (paren_stack.empty()) return fail("unmatched '" + op + "'", l, c);
                char open = paren_stack.back();
                char want = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (want != ch) {
                    auto [ol, oc] = paren_pos.back();
                    std::string msg = "closing parenthesis '" + op +
                                      "' does not match opening parenthesis '" +
                                      std::string(1, open) + "'";
                    if (ol != l) msg += " on line " + std::to_string(ol);
                    return fail(msg, l, c);
                }
                paren--;
                paren_stack.pop_back();
                paren_pos.pop_back();
            }
            pos += op.size();
            out.push_back(Token{Tok::Op, op, l, c, line, col()});
        }
        if (!paren_stack.empty()) {
            at_eof = true;
            return fail_unclosed(err);
        }
        if (!out.empty() && out.back().type != Tok::Newline && out.back().type != Tok::Dedent &&
            out.back().type != Tok::Indent)
            out.push_back(Token{Tok::Newline, "", line, col(), line, col()});
        while (indents.size() > 1) {
            indents.pop_back();
            alt_indents.pop_back();
            out.push_back(Token{Tok::Dedent, "", line, 0, line, 0});
        }
        out.push_back(Token{Tok::End, "", line, 0, line, 0});
        return true;
    }
};

} // namespace

bool tokenize(std::string_view source, std::vector<Token>& out, SyntaxErrorInfo& err,
              TokenizerStop* stop) {
    Lexer lx(source, out, err);
    if (lx.run()) return true;
    if (!stop) return false;
    stop->active = true;
    stop->at_eof = lx.at_eof;
    stop->error = err;
    stop->bracket_open = !lx.paren_stack.empty();
    if (stop->bracket_open) {
        lx.fail_unclosed(stop->unclosed);
        stop->bracket_line = stop->unclosed.lineno;
    }
    // The parser reads the tokens before the stop, then an end token.
    int l = out.empty() ? 1 : out.back().end_line;
    int c = out.empty() ? 0 : out.back().end_col;
    out.push_back(Token{Tok::End, "", l, c, l, c});
    err = SyntaxErrorInfo{};
    return true;
}

} // namespace uopy::frontend
