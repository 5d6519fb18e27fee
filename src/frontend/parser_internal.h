// The parser's internals, shared by its three files: parser.cpp (entry
// points and statements), parser_expressions.cpp (expressions with Python's
// precedence, targets, comprehensions) and parser_literals.cpp (numbers,
// strings, bytes, f-strings). A hand-written recursive-descent parser over
// the token vector; errors are recorded once (the first wins) in err_.
#pragma once

#include "frontend/ast.h"
#include "frontend/parser.h"
#include "frontend/tokenizer.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace uopy::frontend::parsing {

using ast::K;
using ast::Node;

enum BinOpCode {
    ADD = 0,
    AND = 1,
    FLOORDIV = 2,
    LSHIFT = 3,
    MATMUL = 4,
    MUL = 5,
    MOD = 6,
    OR = 7,
    POW = 8,
    RSHIFT = 9,
    SUB = 10,
    DIV = 11,
    XOR = 12
};

class Parser {
  public:
    Parser(std::string_view src, ast::Arena& arena) : src_(src), arena_(arena) {}

    bool init() { return tokenize(src_, toks_, err_, &stop_); }

    // After parsing: which error CPython reports when the tokenizer stopped
    // early. Its parser reads tokens as it goes: reaching the stop raises
    // the tokenizer's error; failing before it, the parser's own error
    // stands only if the rest of the source tokenizes cleanly, or if all that
    // is wrong later is a bracket left open at the end. Either way, a bracket
    // open there since a line before the parser's error line is reported
    // instead ("'(' was never closed"), as CPython's
    // _PyPegen_tokenize_full_source_to_check_for_errors does. The generic
    // "unexpected indent" is never replaced. Returns whether [root] stands.
    bool settle_tokenizer_stop(bool parsed) {
        if (!stop_.active) return parsed;
        if (!parsed && (err_.kind == SyntaxErrorInfo::MemoryError ||
                        err_.kind == SyntaxErrorInfo::RecursionError))
            return false;
        bool reached = parsed || !failed_ || furthest_ + 1 >= toks_.size();
        failed_ = true;
        if (reached) {
            err_ = stop_.error;
        } else if (!generic_indent_error_) {
            if (stop_.bracket_open && toks_[furthest_].line > stop_.bracket_line)
                err_ = stop_.unclosed;
            else if (!stop_.at_eof)
                err_ = stop_.error;
        }
        return false;
    }
    SyntaxErrorInfo err_;
    bool failed_ = false;
    // Nesting of the recursive rules (expression, not, unary operators):
    // beyond kMaxDepth the source is refused with MemoryError, as CPython's
    // parser does, before the native stack runs out.
    int depth_ = 0;
    static constexpr int kMaxDepth = 20000;
    struct DepthGuard {
        Parser& p;
        explicit DepthGuard(Parser& parser) : p(parser) { p.depth_++; }
        ~DepthGuard() { p.depth_--; }
        bool too_deep() {
            if (p.depth_ <= kMaxDepth) return false;
            const Token& t = p.tok();
            p.error_at("too deeply nested", t.line, t.col, 0, -1, SyntaxErrorInfo::MemoryError);
            return true;
        }
    };

    Node* file() {
        Node* m = arena_.make(K::Module, 1, 0);
        while (!at(Tok::End)) {
            if (at(Tok::Newline)) {
                i_++;
                continue;
            }
            if (!statement(m->l1)) return nullptr;
        }
        return m;
    }

    Node* eval_input() {
        while (at(Tok::Newline))
            i_++;
        if (at(Tok::Indent)) return error_here("unexpected indent");
        if (at(Tok::End)) return empty_eval_input();
        Node* e = expressions();
        if (!e) return nullptr;
        while (at(Tok::Newline))
            i_++;
        if (!at(Tok::End)) return error_here("invalid syntax");
        return e;
    }

  private:
    std::string_view src_;
    ast::Arena& arena_;
    std::vector<Token> toks_;
    size_t i_ = 0;
    TokenizerStop stop_;
    // The furthest token the rules have looked at (CPython's parser has
    // fetched that far from its tokenizer).
    mutable size_t furthest_ = 0;
    // The error is the generic "unexpected indent".
    bool generic_indent_error_ = false;

    const Token& tok() const {
        if (i_ > furthest_) furthest_ = i_;
        return toks_[i_];
    }
    const Token& peek(size_t k = 1) const {
        size_t j = std::min(i_ + k, toks_.size() - 1);
        if (j > furthest_) furthest_ = j;
        return toks_[j];
    }
    bool at(Tok t) const { return tok().type == t; }
    // The first characters are compared before the whole text: the
    // precedence levels probe every token against a dozen operators.
    bool at_op(const char* op) const { return at_text(Tok::Op, op); }
    bool at_kw(const char* kw) const { return at_text(Tok::Name, kw); }
    bool at_text(Tok type, const char* text) const {
        const Token& t = tok();
        return t.type == type && !t.text.empty() && t.text[0] == text[0] && t.text == text;
    }
    // `for` or `async for`: a comprehension's clause begins.
    bool at_comprehension_for() const {
        return at_kw("for") ||
               (at_kw("async") && peek(1).type == Tok::Name && peek(1).text == "for");
    }
    bool accept_op(const char* op) {
        if (!at_op(op)) return false;
        i_++;
        return true;
    }
    bool accept_kw(const char* kw) {
        if (!at_kw(kw)) return false;
        i_++;
        return true;
    }

    static bool is_keyword(const std::string& s) {
        static const char* const kws[] = {
            "False",   "None",     "True",     "and",    "as",   "assert", "async",  "await",
            "break",   "class",    "continue", "def",    "del",  "elif",   "else",   "except",
            "finally", "for",      "from",     "global", "if",   "import", "in",     "is",
            "lambda",  "nonlocal", "not",      "or",     "pass", "raise",  "return", "try",
            "while",   "with",     "yield",    nullptr};
        for (int k = 0; kws[k]; k++)
            if (s == kws[k]) return true;
        return false;
    }

    int char_col(int line, int byte_col) const {
        std::string l = source_line(src_, line);
        int n = 0;
        for (int k = 0; k < byte_col && k < static_cast<int>(l.size()); k++)
            if ((static_cast<unsigned char>(l[k]) & 0xC0) != 0x80) n++;
        return n;
    }

    Node* error_at(const std::string& msg, int line, int col, int end_line = 0, int end_col = -1,
                   SyntaxErrorInfo::Kind kind = SyntaxErrorInfo::SyntaxError) {
        if (failed_) return nullptr;
        failed_ = true;
        err_.kind = kind;
        err_.msg = msg;
        err_.lineno = line;
        err_.offset = char_col(line, col) + 1;
        err_.end_lineno = end_line ? end_line : line;
        err_.end_offset = end_col >= 0 ? char_col(err_.end_lineno, end_col) + 1 : err_.offset + 1;
        err_.text = source_line(src_, line);
        return nullptr;
    }
    // An expression input with no tokens: CPython reports its last line
    // (0 for an empty source) at offset 0.
    // The source's last line without its newline, and its number (0 for an
    // empty source): where CPython's tokenizer stands at the end.
    std::string_view last_line(int* number) const {
        size_t end = src_.size();
        if (end > 0 && src_[end - 1] == '\n') end--;
        size_t start = end;
        while (start > 0 && src_[start - 1] != '\n')
            start--;
        *number =
            src_.empty()
                ? 0
                : 1 + static_cast<int>(std::count(
                          src_.begin(), src_.begin() + static_cast<std::ptrdiff_t>(start), '\n'));
        return src_.substr(start, end - start);
    }
    Node* empty_eval_input() {
        int lines;
        std::string_view last = last_line(&lines);
        error_at("invalid syntax", lines ? lines : 1, 0);
        err_.lineno = err_.end_lineno = lines;
        err_.offset = err_.end_offset = 0;
        // The last line as it is (with its newline only if the source has one).
        err_.text = std::string(last);
        if (!src_.empty() && src_.back() == '\n') err_.text += '\n';
        // A last line of blanks without its newline: CPython's tokenizer
        // indents there (compile() does not strip them as eval() does).
        if (!err_.text.empty() && err_.text.back() != '\n' &&
            err_.text.find_first_not_of(" \t\f") == std::string::npos) {
            err_.kind = SyntaxErrorInfo::IndentationError;
            err_.msg = "unexpected indent";
            err_.offset = static_cast<int>(err_.text.size());
            err_.end_offset = -1;
        }
        err_.literal_position = true;
        return nullptr;
    }
    // An error at the token after a block whose statement needed more.
    // CPython's tokenizer places the dedent there at column -1 of the next
    // statement's line, or at the end of the file's last line (the error's
    // end is open: -1).
    Node* error_after_block(const std::string& msg) {
        const Token& t = tok();
        if (t.type != Tok::Dedent && t.type != Tok::End) return error_here(msg);
        size_t k = i_;
        while (k < toks_.size() && (toks_[k].type == Tok::Dedent || toks_[k].type == Tok::Newline))
            k++;
        if (k < toks_.size() && toks_[k].type != Tok::End) {
            error_at(msg, toks_[k].line, 0);
            err_.offset = 0;
            err_.literal_position = true;
        } else {
            int line;
            std::string_view text = last_line(&line);
            error_at(msg, line ? line : 1, 0);
            err_.offset = static_cast<int>(text.size()) + 1;
            err_.text = std::string(text) + "\n";
        }
        err_.end_offset = -1;
        return nullptr;
    }
    Node* error_here(const std::string& msg) {
        const Token& t = tok();
        if (t.type == Tok::Indent) {
            if (failed_) return nullptr;
            // CPython: the offset is the indented token's 0-based column, no end.
            generic_indent_error_ = true;
            const Token& next = toks_[std::min(i_ + 1, toks_.size() - 1)];
            error_at("unexpected indent", t.line, t.col, 0, -1, SyntaxErrorInfo::IndentationError);
            err_.offset = next.line == t.line ? char_col(t.line, next.col) : 1;
            err_.end_offset = -1;
            return nullptr;
        }
        if (t.type == Tok::End && msg == "invalid syntax")
            return error_at("invalid syntax", t.line, t.col);
        return error_at(msg, t.line, t.col, t.end_line, t.end_col);
    }
    Node* error_node(const std::string& msg, Node* n) {
        return error_at(msg, n->line, n->col, n->end_line, n->end_col);
    }
    bool expect_op(const char* op) {
        if (accept_op(op)) return true;
        if (std::strcmp(op, ":") == 0) {
            error_here("expected ':'");
            return false;
        }
        error_here("invalid syntax");
        return false;
    }
    // Ends [n] where the last token it took ends; a compound statement ends
    // with its last statement, before the NEWLINE and DEDENTs after it.
    void finish(Node* n) {
        size_t k = i_ > 0 ? i_ - 1 : 0;
        while (k > 0 && (toks_[k].type == Tok::Newline || toks_[k].type == Tok::Dedent ||
                         toks_[k].type == Tok::Indent))
            k--;
        const Token& prev = toks_[k];
        n->end_line = prev.end_line;
        n->end_col = prev.end_col;
    }
    Node* make(K k, const Token& t) { return arena_.make(k, t.line, t.col); }

    // -- Statements ---------------------------------------------------------------------------

    bool block(std::vector<Node*>& body, const char* what, int line);
    bool accept_simple_on_same_line(std::vector<Node*>& body);
    bool statement(std::vector<Node*>& body);
    bool simple_statements(std::vector<Node*>& body);
    Node* simple_statement();
    static const char* describe(Node* e);
    // CPython's invalid_named_expression: `target = value` where the target
    // cannot be assigned and is no display or singleton, and the value starts
    // like an operand, reads as a mistyped comparison.
    bool suggests_comparison(Node* target, Node* value);
    bool check_target(Node* e, bool del);
    Node* import_stmt();
    bool dotted_name(std::string& out);
    Node* from_import();
    bool if_stmt(std::vector<Node*>& body);
    bool while_stmt(std::vector<Node*>& body);
    Node* target_list();
    // One item of a target list: `*x` (a Starred) or an operand.
    Node* star_target();
    bool for_stmt(std::vector<Node*>& body);
    bool try_stmt(std::vector<Node*>& body);
    bool with_stmt(std::vector<Node*>& body);
    Node* target_single();
    bool decorated(std::vector<Node*>& body);
    Node* parameters(const char* closer, bool allow_annotations);
    Node* param(bool allow_annotations);
    // match statements (parser_patterns.cpp).
    bool looks_like_match() const;
    bool match_stmt(std::vector<Node*>& body);
    Node* open_patterns();
    Node* pattern();
    Node* or_pattern();
    Node* closed_pattern();
    Node* maybe_star_pattern();
    Node* literal_pattern_value();
    Node* dotted_value(const Token& first);
    Node* class_pattern_args(Node* cls);
    Node* mapping_pattern();
    bool sequence_items(std::vector<Node*>& items, const char* closer);
    bool async_stmt(std::vector<Node*>& body, std::vector<Node*> decos);
    bool def_stmt(std::vector<Node*>& body, std::vector<Node*> decos);
    bool class_stmt(std::vector<Node*>& body, std::vector<Node*> decos);

    // -- Expressions --------------------------------------------------------------------------

    Node* yield_expr();
    // A comma-separated list of expressions (with starred ones) forming a tuple if needed.
    Node* star_expressions();
    Node* expressions();
    bool starts_expression() const;
    // [named]: an unparenthesized `x := v` may stand here (displays,
    // subscripts); star_expressions (statements, return, for) say no.
    Node* star_expression(bool named = true);
    Node* named_expression();
    Node* expression();
    Node* lambda_expr();
    Node* disjunction();
    Node* conjunction();
    Node* inversion();
    int compare_op();
    Node* comparison();
    Node* binary(Node* (Parser::*next)(), std::initializer_list<std::pair<const char*, int>> ops);
    Node* bitwise_or();
    Node* bitwise_xor();
    Node* bitwise_and();
    Node* shift_expr();
    Node* sum();
    Node* term();
    Node* factor();
    Node* power();
    Node* await_primary();
    bool call_arguments(std::vector<Node*>& args, std::vector<Node*>& keywords);
    Node* atom_with_trailers();
    Node* slice_item();
    Node* subscript_list();
    Node* comprehension(K kind, Node* elt, Node* value, const Token& t);
    Node* atom();
    Node* dict_or_set();
    Node* dict_items(Node* d);
    Node* missing_comma(Node* last);
    // The expression of a display element: a starred one's operand.
    static Node* element_expression(Node* e) { return e && e->kind == K::Starred ? e->a : e; }
    Node* dict_value(const Token& colon);
    Node* error_without_end(const std::string& msg, int line, int col, int end_line);
    Node* number();

    // -- String literals -----------------------------------------------------------------------

    // A sequence of adjacent literals, folded into one Constant or a JoinedStr.
    Node* strings();
    Node* str_const(const std::string& s, const Token& t);
    // Splits an f-string body into literal parts and FormattedValues.
    // [base] is the offset of [body] in t.text.
    bool fstring(std::string_view body, bool raw, const Token& t, std::vector<Node*>& parts,
                 size_t base);
    // [brace] is the offset in t.text of the '{' before [text]: the nodes
    // get their positions in the source.
    Node* sub_expression(const std::string& text, const Token& t, size_t brace);
};

} // namespace uopy::frontend::parsing
