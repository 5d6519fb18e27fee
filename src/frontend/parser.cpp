// The parser (see parser.h): statements, expressions with Python's
// precedence, targets, string/bytes/f-string literals.
#include "frontend/parser.h"

#include "frontend/string_literal.h"
#include "frontend/tokenizer.h"

#include <cstring>
#include <functional>

namespace uopy::frontend {

using ast::K;
using ast::Node;

namespace {

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

    bool init() { return tokenize(src_, toks_, err_); }
    SyntaxErrorInfo err_;
    bool failed_ = false;

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

    const Token& tok() const { return toks_[i_]; }
    const Token& peek(size_t k = 1) const { return toks_[std::min(i_ + k, toks_.size() - 1)]; }
    bool at(Tok t) const { return tok().type == t; }
    bool at_op(const char* op) const { return tok().type == Tok::Op && tok().text == op; }
    bool at_kw(const char* kw) const { return tok().type == Tok::Name && tok().text == kw; }
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
    Node* error_here(const std::string& msg) {
        const Token& t = tok();
        if (t.type == Tok::Indent)
            return error_at("unexpected indent", t.line, t.col, 0, -1,
                            SyntaxErrorInfo::IndentationError);
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
    void finish(Node* n) {
        const Token& prev = toks_[i_ > 0 ? i_ - 1 : 0];
        n->end_line = prev.end_line;
        n->end_col = prev.end_col;
    }
    Node* make(K k, const Token& t) { return arena_.make(k, t.line, t.col); }

    // -- Statements ---------------------------------------------------------------------------

    bool block(std::vector<Node*>& body, const char* what, int line) {
        if (!expect_op(":")) return false;
        if (accept_simple_on_same_line(body)) return true;
        if (failed_) return false;
        if (!at(Tok::Newline)) {
            error_here("invalid syntax");
            return false;
        }
        i_++;
        if (!at(Tok::Indent)) {
            error_at(std::string("expected an indented block after ") + what + " on line " +
                         std::to_string(line),
                     tok().line, tok().col, 0, -1, SyntaxErrorInfo::IndentationError);
            return false;
        }
        i_++;
        while (!at(Tok::Dedent) && !at(Tok::End)) {
            if (at(Tok::Newline)) {
                i_++;
                continue;
            }
            if (!statement(body)) return false;
        }
        if (at(Tok::Dedent)) i_++;
        return true;
    }

    bool accept_simple_on_same_line(std::vector<Node*>& body) {
        if (at(Tok::Newline)) return false;
        return simple_statements(body);
    }

    bool statement(std::vector<Node*>& body) {
        if (at(Tok::Indent)) {
            error_here("unexpected indent");
            return false;
        }
        if (at(Tok::Name)) {
            const std::string& w = tok().text;
            if (w == "if") return if_stmt(body);
            if (w == "while") return while_stmt(body);
            if (w == "for") return for_stmt(body);
            if (w == "try") return try_stmt(body);
            if (w == "with") return with_stmt(body);
            if (w == "def") return def_stmt(body, {});
            if (w == "class") return class_stmt(body, {});
            if (w == "async") {
                error_here("async is not yet supported");
                return false;
            }
        }
        if (at_op("@")) return decorated(body);
        return simple_statements(body);
    }

    bool simple_statements(std::vector<Node*>& body) {
        for (;;) {
            Node* s = simple_statement();
            if (!s) return false;
            body.push_back(s);
            if (accept_op(";")) {
                if (at(Tok::Newline)) break;
                continue;
            }
            break;
        }
        if (!at(Tok::Newline) && !at(Tok::End)) {
            error_here("invalid syntax");
            return false;
        }
        if (at(Tok::Newline)) i_++;
        return true;
    }

    Node* simple_statement() {
        const Token& t = tok();
        if (t.type == Tok::Name) {
            const std::string& w = t.text;
            if (w == "pass") return i_++, make(K::Pass, t);
            if (w == "break") return i_++, make(K::Break, t);
            if (w == "continue") return i_++, make(K::Continue, t);
            if (w == "return") {
                i_++;
                Node* n = make(K::Return, t);
                if (!at(Tok::Newline) && !at_op(";") && !at(Tok::End)) {
                    n->a = star_expressions();
                    if (!n->a) return nullptr;
                }
                finish(n);
                return n;
            }
            if (w == "raise") {
                i_++;
                Node* n = make(K::Raise, t);
                if (!at(Tok::Newline) && !at_op(";") && !at(Tok::End)) {
                    n->a = expression();
                    if (!n->a) return nullptr;
                    if (accept_kw("from")) {
                        n->b = expression();
                        if (!n->b) return nullptr;
                    }
                }
                finish(n);
                return n;
            }
            if (w == "global" || w == "nonlocal") {
                i_++;
                Node* n = make(w == "global" ? K::Global : K::Nonlocal, t);
                do {
                    if (!at(Tok::Name)) return error_here("invalid syntax");
                    n->names.push_back(tok().text);
                    i_++;
                } while (accept_op(","));
                finish(n);
                return n;
            }
            if (w == "del") {
                i_++;
                Node* n = make(K::Delete, t);
                do {
                    Node* e = bitwise_or();
                    if (!e) return nullptr;
                    if (!check_target(e, true)) return nullptr;
                    n->l1.push_back(e);
                } while (accept_op(",") && !at(Tok::Newline));
                finish(n);
                return n;
            }
            if (w == "assert") {
                i_++;
                Node* n = make(K::Assert, t);
                n->a = expression();
                if (!n->a) return nullptr;
                if (accept_op(",")) {
                    n->b = expression();
                    if (!n->b) return nullptr;
                }
                finish(n);
                return n;
            }
            if (w == "import") return import_stmt();
            if (w == "from") return from_import();
            if (w == "print" && peek().type == Tok::String)
                return error_at("Missing parentheses in call to 'print'. Did you mean print(...)?",
                                t.line, t.col, t.line, peek().end_col);
        }
        // Expression, assignment, augmented assignment, annotated assignment.
        Node* first = star_expressions();
        if (!first) return nullptr;
        if (at_op("=")) {
            Node* n = arena_.make(K::Assign, first->line, first->col);
            std::vector<Node*> chain{first};
            while (accept_op("=")) {
                Node* v = at_kw("yield") ? yield_expr() : star_expressions();
                if (!v) return nullptr;
                chain.push_back(v);
            }
            for (size_t k = 0; k + 1 < chain.size(); k++) {
                Node* t = chain[k];
                if (chain.size() == 2 && suggests_comparison(t, chain[1]))
                    return error_node(std::string("cannot assign to ") + describe(t) +
                                          " here. Maybe you meant '==' instead of '='?",
                                      t);
                if (!check_target(chain[k], false)) return nullptr;
                n->l1.push_back(chain[k]);
            }
            n->a = chain.back();
            finish(n);
            return n;
        }
        static const char* const aug[] = {"+=", "&=",  "//=", "<<=", "@=", "*=", "%=",
                                          "|=", "**=", ">>=", "-=",  "/=", "^=", nullptr};
        for (int k = 0; aug[k]; k++) {
            if (at_op(aug[k])) {
                if (first->kind != K::Name && first->kind != K::Attribute &&
                    first->kind != K::Subscript)
                    return error_node(std::string("'") + describe(first) +
                                          "' is an illegal expression for augmented assignment",
                                      first);
                i_++;
                Node* n = arena_.make(K::AugAssign, first->line, first->col);
                n->a = first;
                n->op = k;
                n->b = at_kw("yield") ? yield_expr() : star_expressions();
                if (!n->b) return nullptr;
                finish(n);
                return n;
            }
        }
        if (at_op(":") && (first->kind == K::Name || first->kind == K::Attribute ||
                           first->kind == K::Subscript)) {
            i_++;
            Node* n = arena_.make(K::AnnAssign, first->line, first->col);
            n->a = first;
            n->b = expression();
            if (!n->b) return nullptr;
            if (accept_op("=")) {
                n->c = star_expressions();
                if (!n->c) return nullptr;
            }
            finish(n);
            return n;
        }
        Node* n = arena_.make(K::ExprStmt, first->line, first->col);
        n->a = first;
        finish(n);
        return n;
    }

    static const char* describe(Node* e) {
        switch (e->kind) {
        case K::Call: return "function call";
        case K::Constant:
            return e->ckind == ast::C_NONE       ? "None"
                   : e->ckind == ast::C_TRUE     ? "True"
                   : e->ckind == ast::C_FALSE    ? "False"
                   : e->ckind == ast::C_ELLIPSIS ? "ellipsis"
                                                 : "literal";
        case K::BinOp:
        case K::UnaryOp:
        case K::BoolOp: return "expression";
        case K::Compare: return "comparison";
        case K::Lambda: return "lambda";
        case K::IfExp: return "conditional expression";
        case K::NamedExpr: return "named expression";
        case K::Dict: return "dict literal";
        case K::Set: return "set display";
        case K::ListComp: return "list comprehension";
        case K::DictComp: return "dict comprehension";
        case K::SetComp: return "set comprehension";
        case K::GeneratorExp: return "generator expression";
        case K::Yield:
        case K::YieldFrom: return "yield expression";
        case K::Await: return "await expression";
        case K::JoinedStr: return "f-string expression";
        case K::Tuple: return "tuple";
        case K::List: return "list";
        case K::Starred: return "starred";
        default: return "expression";
        }
    }

    // CPython's invalid_named_expression: `target = value` where the target
    // cannot be assigned and is no display or singleton, and the value starts
    // like an operand, reads as a mistyped comparison.
    bool suggests_comparison(Node* target, Node* value) {
        switch (target->kind) {
        case K::Name:
        case K::Attribute:
        case K::Subscript:
        case K::Tuple:
        case K::List:
        case K::Starred:
        case K::GeneratorExp: return false;
        case K::Constant:
            if (target->ckind == ast::C_NONE || target->ckind == ast::C_TRUE ||
                target->ckind == ast::C_FALSE)
                return false;
            break;
        default: break;
        }
        Node* first = value;
        // An unparenthesized tuple starts where its first element does.
        while (first->kind == K::Tuple && !first->l1.empty() && first->col == first->l1[0]->col &&
               first->line == first->l1[0]->line)
            first = first->l1[0];
        switch (first->kind) {
        case K::Lambda:
        case K::Yield:
        case K::YieldFrom:
        case K::Starred: return false;
        case K::UnaryOp: return first->op != 0; // `not x` is no operand
        default: return true;
        }
    }

    bool check_target(Node* e, bool del) {
        switch (e->kind) {
        case K::Name:
            if (e->s == "__debug__") {
                error_node("cannot assign to __debug__", e);
                return false;
            }
            return true;
        case K::Attribute:
        case K::Subscript: return true;
        case K::Tuple:
        case K::List:
            for (Node* x : e->l1)
                if (!check_target(x, del)) return false;
            return true;
        case K::Starred:
            if (del) break;
            return check_target(e->a, del);
        default: break;
        }
        std::string what = describe(e);
        std::string msg = std::string(del ? "cannot delete " : "cannot assign to ") + what;
        error_node(msg, e);
        return false;
    }

    Node* import_stmt() {
        Node* n = make(K::Import, tok());
        i_++;
        do {
            Node* a = make(K::Alias, tok());
            if (!dotted_name(a->s)) return nullptr;
            if (accept_kw("as")) {
                if (!at(Tok::Name)) return error_here("invalid syntax");
                a->s2 = tok().text;
                i_++;
            }
            finish(a);
            n->l1.push_back(a);
        } while (accept_op(","));
        finish(n);
        return n;
    }

    bool dotted_name(std::string& out) {
        if (!at(Tok::Name) || is_keyword(tok().text)) {
            error_here("invalid syntax");
            return false;
        }
        out = tok().text;
        i_++;
        while (at_op(".")) {
            i_++;
            if (!at(Tok::Name)) {
                error_here("invalid syntax");
                return false;
            }
            out += "." + tok().text;
            i_++;
        }
        return true;
    }

    Node* from_import() {
        Node* n = make(K::ImportFrom, tok());
        i_++;
        while (at_op(".") || at_op("...")) {
            n->ival += static_cast<int>(tok().text.size());
            i_++;
        }
        if (!at_kw("import")) {
            if (!dotted_name(n->s)) return nullptr;
        }
        if (!accept_kw("import")) return error_here("invalid syntax");
        if (accept_op("*")) {
            Node* a = make(K::Alias, toks_[i_ - 1]);
            a->s = "*";
            n->l1.push_back(a);
            finish(n);
            return n;
        }
        bool paren = accept_op("(");
        do {
            if (paren && at_op(")")) break;
            if (!at(Tok::Name)) return error_here("invalid syntax");
            Node* a = make(K::Alias, tok());
            a->s = tok().text;
            i_++;
            if (accept_kw("as")) {
                if (!at(Tok::Name)) return error_here("invalid syntax");
                a->s2 = tok().text;
                i_++;
            }
            finish(a);
            n->l1.push_back(a);
        } while (accept_op(","));
        if (paren && !expect_op(")")) return nullptr;
        finish(n);
        return n;
    }

    bool if_stmt(std::vector<Node*>& body) {
        const Token& t = tok();
        i_++;
        Node* n = make(K::If, t);
        n->a = named_expression();
        if (!n->a) return false;
        if (at_op("=")) {
            error_here("invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return false;
        }
        if (!block(n->l1, "'if' statement", t.line)) return false;
        body.push_back(n);
        Node* cur = n;
        for (;;) {
            if (at_kw("elif")) {
                const Token& et = tok();
                i_++;
                Node* e = make(K::If, et);
                e->a = named_expression();
                if (!e->a) return false;
                if (!block(e->l1, "'elif' statement", et.line)) return false;
                cur->l2.push_back(e);
                cur = e;
                continue;
            }
            if (at_kw("else")) {
                int line = tok().line;
                i_++;
                if (!block(cur->l2, "'else' statement", line)) return false;
            }
            break;
        }
        finish(n);
        return true;
    }

    bool while_stmt(std::vector<Node*>& body) {
        const Token& t = tok();
        i_++;
        Node* n = make(K::While, t);
        n->a = named_expression();
        if (!n->a) return false;
        if (!block(n->l1, "'while' statement", t.line)) return false;
        if (at_kw("else")) {
            int line = tok().line;
            i_++;
            if (!block(n->l2, "'else' statement", line)) return false;
        }
        finish(n);
        body.push_back(n);
        return true;
    }

    Node* target_list() {
        // for-loop / comprehension targets: star_targets
        const Token& t = tok();
        std::vector<Node*> items;
        bool trailing = false;
        do {
            if (at_kw("in")) break;
            Node* e;
            if (at_op("*")) {
                const Token& st = tok();
                i_++;
                e = make(K::Starred, st);
                e->a = bitwise_or();
                if (!e->a) return nullptr;
                finish(e);
            } else {
                e = bitwise_or();
                if (!e) return nullptr;
            }
            items.push_back(e);
            trailing = at_op(",");
        } while (accept_op(","));
        Node* target;
        if (items.size() == 1 && !trailing)
            target = items[0];
        else {
            target = make(K::Tuple, t);
            target->l1 = items;
            finish(target);
        }
        if (!check_target(target, false)) return nullptr;
        return target;
    }

    bool for_stmt(std::vector<Node*>& body) {
        const Token& t = tok();
        i_++;
        Node* n = make(K::For, t);
        n->a = target_list();
        if (!n->a) return false;
        if (!accept_kw("in")) {
            error_here("invalid syntax");
            return false;
        }
        n->b = star_expressions();
        if (!n->b) return false;
        if (!block(n->l1, "'for' statement", t.line)) return false;
        if (at_kw("else")) {
            int line = tok().line;
            i_++;
            if (!block(n->l2, "'else' statement", line)) return false;
        }
        finish(n);
        body.push_back(n);
        return true;
    }

    bool try_stmt(std::vector<Node*>& body) {
        const Token& t = tok();
        i_++;
        Node* n = make(K::Try, t);
        if (!block(n->l1, "'try' statement", t.line)) return false;
        while (at_kw("except")) {
            const Token& et = tok();
            i_++;
            Node* h = make(K::ExceptHandler, et);
            if (at_op("*")) {
                error_here("except* is not yet supported");
                return false;
            }
            if (!at_op(":")) {
                h->a = expression();
                if (!h->a) return false;
                if (at_op(",")) {
                    Node* tup = arena_.make(K::Tuple, h->a->line, h->a->col);
                    tup->l1.push_back(h->a);
                    while (accept_op(",")) {
                        if (at_op(":") || at_kw("as")) break;
                        Node* x = expression();
                        if (!x) return false;
                        tup->l1.push_back(x);
                    }
                    finish(tup);
                    error_node("multiple exception types must be parenthesized", tup);
                    return false;
                }
                if (accept_kw("as")) {
                    if (!at(Tok::Name)) {
                        error_here("invalid syntax");
                        return false;
                    }
                    h->s = tok().text;
                    i_++;
                }
            }
            if (!block(h->l1, "'except' statement", et.line)) return false;
            finish(h);
            n->l2.push_back(h);
        }
        if (at_kw("else")) {
            int line = tok().line;
            if (n->l2.empty()) {
                error_here("invalid syntax");
                return false;
            }
            i_++;
            if (!block(n->l3, "'else' statement", line)) return false;
        }
        if (at_kw("finally")) {
            int line = tok().line;
            i_++;
            if (!block(n->l4, "'finally' statement", line)) return false;
        }
        if (n->l2.empty() && n->l4.empty()) {
            error_here("expected 'except' or 'finally' block");
            return false;
        }
        finish(n);
        body.push_back(n);
        return true;
    }

    bool with_stmt(std::vector<Node*>& body) {
        const Token& t = tok();
        i_++;
        Node* n = make(K::With, t);
        bool paren = false;
        // `with (a as b, c as d):` — parenthesized items.
        if (at_op("(")) {
            size_t save = i_;
            int depth = 0;
            size_t j = i_;
            for (; j < toks_.size(); j++) {
                if (toks_[j].type == Tok::Op &&
                    (toks_[j].text == "(" || toks_[j].text == "[" || toks_[j].text == "{"))
                    depth++;
                if (toks_[j].type == Tok::Op &&
                    (toks_[j].text == ")" || toks_[j].text == "]" || toks_[j].text == "}")) {
                    depth--;
                    if (depth == 0) break;
                }
            }
            if (j + 1 < toks_.size() && toks_[j + 1].type == Tok::Op && toks_[j + 1].text == ":") {
                // Is it a tuple expression or parenthesized items? Items if any `as` at depth 1.
                bool has_as = false;
                int d = 0;
                for (size_t k = i_; k < j; k++) {
                    if (toks_[k].type == Tok::Op &&
                        (toks_[k].text == "(" || toks_[k].text == "[" || toks_[k].text == "{"))
                        d++;
                    if (toks_[k].type == Tok::Op &&
                        (toks_[k].text == ")" || toks_[k].text == "]" || toks_[k].text == "}"))
                        d--;
                    if (d == 1 && toks_[k].type == Tok::Name && toks_[k].text == "as")
                        has_as = true;
                }
                if (has_as) {
                    paren = true;
                    i_++;
                }
            }
            (void)save;
        }
        do {
            if (paren && at_op(")")) break;
            Node* item = make(K::WithItem, tok());
            item->a = expression();
            if (!item->a) return false;
            if (accept_kw("as")) {
                item->b = target_single();
                if (!item->b) return false;
            }
            finish(item);
            n->l1.push_back(item);
        } while (accept_op(","));
        if (paren && !expect_op(")")) return false;
        if (!block(n->l2, "'with' statement", t.line)) return false;
        finish(n);
        body.push_back(n);
        return true;
    }

    Node* target_single() {
        Node* e;
        if (at_op("(") || at_op("["))
            e = atom_with_trailers();
        else
            e = bitwise_or();
        if (!e) return nullptr;
        if (!check_target(e, false)) return nullptr;
        return e;
    }

    bool decorated(std::vector<Node*>& body) {
        std::vector<Node*> decos;
        while (accept_op("@")) {
            Node* d = named_expression();
            if (!d) return false;
            decos.push_back(d);
            if (!at(Tok::Newline)) {
                error_here("invalid syntax");
                return false;
            }
            i_++;
        }
        if (at_kw("def")) return def_stmt(body, decos);
        if (at_kw("class")) return class_stmt(body, decos);
        error_here("invalid syntax");
        return false;
    }

    Node* parameters(const char* closer, bool allow_annotations) {
        Node* args = make(K::Arguments, tok());
        bool seen_star = false, seen_default = false, seen_slash = false;
        std::vector<std::string> seen;
        while (!at_op(closer)) {
            if (accept_op("/")) {
                if (seen_slash || seen_star || args->l1.empty())
                    return error_at("invalid syntax", toks_[i_ - 1].line, toks_[i_ - 1].col);
                seen_slash = true;
                args->ival = static_cast<int>(args->l1.size());
            } else if (at_op("**")) {
                i_++;
                Node* a = param(allow_annotations);
                if (!a) return nullptr;
                args->b = a;
                accept_op(",");
                if (!at_op(closer)) return error_here("invalid syntax");
                break;
            } else if (accept_op("*")) {
                if (seen_star) return error_here("* argument may appear only once");
                seen_star = true;
                if (!at_op(",")) {
                    Node* a = param(allow_annotations);
                    if (!a) return nullptr;
                    args->a = a;
                }
            } else {
                Node* a = param(allow_annotations);
                if (!a) return nullptr;
                for (auto& s : seen)
                    if (s == a->s)
                        return error_at("duplicate argument '" + a->s + "' in function definition",
                                        a->line, a->col);
                seen.push_back(a->s);
                Node* dflt = nullptr;
                if (accept_op("=")) {
                    dflt = expression();
                    if (!dflt) return nullptr;
                }
                if (seen_star) {
                    args->l2.push_back(a);
                    args->l3.push_back(dflt);
                } else {
                    if (dflt) {
                        seen_default = true;
                        args->l4.push_back(dflt);
                    } else if (seen_default) {
                        return error_at("non-default argument follows default argument", a->line,
                                        a->col);
                    }
                    args->l1.push_back(a);
                }
            }
            if (!accept_op(",")) break;
        }
        if (seen_star && !args->a && args->l2.empty())
            return error_here("named arguments must follow bare *");
        return args;
    }

    Node* param(bool allow_annotations) {
        if (!at(Tok::Name) || is_keyword(tok().text)) return error_here("invalid syntax");
        Node* a = make(K::Arg, tok());
        a->s = tok().text;
        i_++;
        if (allow_annotations && accept_op(":")) {
            a->a = expression();
            if (!a->a) return nullptr;
        }
        finish(a);
        return a;
    }

    bool def_stmt(std::vector<Node*>& body, std::vector<Node*> decos) {
        const Token& t = tok();
        i_++;
        Node* n = make(K::FunctionDef, t);
        n->l2 = decos;
        if (!at(Tok::Name) || is_keyword(tok().text)) {
            error_here("invalid syntax");
            return false;
        }
        n->s = tok().text;
        i_++;
        if (!expect_op("(")) return false;
        n->a = parameters(")", true);
        if (!n->a) return false;
        if (!expect_op(")")) return false;
        if (accept_op("->")) {
            n->b = expression();
            if (!n->b) return false;
        }
        if (!block(n->l1, "function definition", t.line)) return false;
        finish(n);
        body.push_back(n);
        return true;
    }

    bool class_stmt(std::vector<Node*>& body, std::vector<Node*> decos) {
        const Token& t = tok();
        i_++;
        Node* n = make(K::ClassDef, t);
        n->l4 = decos;
        if (!at(Tok::Name) || is_keyword(tok().text)) {
            error_here("invalid syntax");
            return false;
        }
        n->s = tok().text;
        i_++;
        if (accept_op("(")) {
            if (!call_arguments(n->l1, n->l2)) return false;
        }
        if (!block(n->l3, "class definition", t.line)) return false;
        finish(n);
        body.push_back(n);
        return true;
    }

    // -- Expressions --------------------------------------------------------------------------

    Node* yield_expr() {
        const Token& t = tok();
        i_++;
        if (accept_kw("from")) {
            Node* n = make(K::YieldFrom, t);
            n->a = expression();
            if (!n->a) return nullptr;
            finish(n);
            return n;
        }
        Node* n = make(K::Yield, t);
        if (!at(Tok::Newline) && !at_op(")") && !at_op("]") && !at_op("}") && !at_op("=") &&
            !at_op(";") && !at(Tok::End)) {
            n->a = star_expressions();
            if (!n->a) return nullptr;
        }
        finish(n);
        return n;
    }

    // A comma-separated list of expressions (with starred ones) forming a tuple if needed.
    Node* star_expressions() {
        if (at_kw("yield")) return yield_expr();
        const Token& t = tok();
        Node* first = star_expression();
        if (!first) return nullptr;
        if (!at_op(",")) return first;
        Node* tup = make(K::Tuple, t);
        tup->l1.push_back(first);
        while (accept_op(",")) {
            if (!starts_expression()) break;
            Node* e = star_expression();
            if (!e) return nullptr;
            tup->l1.push_back(e);
        }
        finish(tup);
        return tup;
    }

    Node* expressions() { return star_expressions(); }

    bool starts_expression() const {
        const Token& t = tok();
        if (t.type == Tok::Name)
            return t.text != "in" && t.text != "for" && t.text != "if" && t.text != "else" &&
                   t.text != "as" && t.text != "from" && t.text != "and" && t.text != "or" &&
                   t.text != "is" && t.text != "async";
        if (t.type == Tok::Number || t.type == Tok::String) return true;
        if (t.type == Tok::Op)
            return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" ||
                   t.text == "+" || t.text == "~" || t.text == "*" || t.text == "..." ||
                   t.text == "**";
        return false;
    }

    Node* star_expression() {
        if (at_op("*")) {
            const Token& t = tok();
            i_++;
            Node* n = make(K::Starred, t);
            n->a = bitwise_or();
            if (!n->a) return nullptr;
            finish(n);
            return n;
        }
        return named_expression();
    }

    Node* named_expression() {
        if (at(Tok::Name) && peek().type == Tok::Op && peek().text == ":=") {
            const Token& t = tok();
            if (is_keyword(t.text)) return error_here("invalid syntax");
            Node* target = make(K::Name, t);
            target->s = t.text;
            finish(target);
            i_ += 2;
            Node* n = make(K::NamedExpr, t);
            n->a = target;
            n->b = expression();
            if (!n->b) return nullptr;
            finish(n);
            return n;
        }
        return expression();
    }

    Node* expression() {
        if (at_kw("lambda")) return lambda_expr();
        const Token& t = tok();
        Node* body = disjunction();
        if (!body) return nullptr;
        if (at_kw("if")) {
            i_++;
            Node* n = make(K::IfExp, t);
            n->b = body;
            n->a = disjunction();
            if (!n->a) return nullptr;
            if (!accept_kw("else")) return error_here("expected 'else' after 'if' expression");
            n->c = expression();
            if (!n->c) return nullptr;
            finish(n);
            return n;
        }
        return body;
    }

    Node* lambda_expr() {
        const Token& t = tok();
        i_++;
        Node* n = make(K::Lambda, t);
        n->a = parameters(":", false);
        if (!n->a) return nullptr;
        if (!expect_op(":")) return nullptr;
        n->b = expression();
        if (!n->b) return nullptr;
        finish(n);
        return n;
    }

    Node* disjunction() {
        const Token& t = tok();
        Node* first = conjunction();
        if (!first || !at_kw("or")) return first;
        Node* n = make(K::BoolOp, t);
        n->op = 1;
        n->l1.push_back(first);
        while (accept_kw("or")) {
            Node* e = conjunction();
            if (!e) return nullptr;
            n->l1.push_back(e);
        }
        finish(n);
        return n;
    }

    Node* conjunction() {
        const Token& t = tok();
        Node* first = inversion();
        if (!first || !at_kw("and")) return first;
        Node* n = make(K::BoolOp, t);
        n->op = 0;
        n->l1.push_back(first);
        while (accept_kw("and")) {
            Node* e = inversion();
            if (!e) return nullptr;
            n->l1.push_back(e);
        }
        finish(n);
        return n;
    }

    Node* inversion() {
        if (at_kw("not")) {
            const Token& t = tok();
            i_++;
            Node* n = make(K::UnaryOp, t);
            n->op = 0;
            n->a = inversion();
            if (!n->a) return nullptr;
            finish(n);
            return n;
        }
        return comparison();
    }

    int compare_op() {
        const Token& t = tok();
        if (t.type == Tok::Op) {
            if (t.text == "<") return 0;
            if (t.text == "<=") return 1;
            if (t.text == "==") return 2;
            if (t.text == "!=") return 3;
            if (t.text == ">") return 4;
            if (t.text == ">=") return 5;
        }
        if (t.type == Tok::Name) {
            if (t.text == "in") return 6;
            if (t.text == "not" && peek().type == Tok::Name && peek().text == "in") return 7;
            if (t.text == "is") return peek().type == Tok::Name && peek().text == "not" ? 9 : 8;
        }
        return -1;
    }

    Node* comparison() {
        const Token& t = tok();
        Node* first = bitwise_or();
        if (!first) return nullptr;
        int op = compare_op();
        if (op < 0) return first;
        Node* n = make(K::Compare, t);
        n->a = first;
        while ((op = compare_op()) >= 0) {
            i_ += (op == 7 || op == 9) ? 2 : 1;
            n->ops.push_back(op);
            Node* e = bitwise_or();
            if (!e) return nullptr;
            n->l1.push_back(e);
        }
        finish(n);
        return n;
    }

    Node* binary(Node* (Parser::*next)(), std::initializer_list<std::pair<const char*, int>> ops) {
        const Token& t = tok();
        Node* left = (this->*next)();
        if (!left) return nullptr;
        for (;;) {
            int found = -1;
            for (auto& [text, code] : ops)
                if (at_op(text)) found = code;
            if (found < 0) return left;
            i_++;
            Node* right = (this->*next)();
            if (!right) return nullptr;
            Node* n = make(K::BinOp, t);
            n->a = left;
            n->op = found;
            n->b = right;
            finish(n);
            left = n;
        }
    }

    Node* bitwise_or() { return binary(&Parser::bitwise_xor, {{"|", OR}}); }
    Node* bitwise_xor() { return binary(&Parser::bitwise_and, {{"^", XOR}}); }
    Node* bitwise_and() { return binary(&Parser::shift_expr, {{"&", AND}}); }
    Node* shift_expr() { return binary(&Parser::sum, {{"<<", LSHIFT}, {">>", RSHIFT}}); }
    Node* sum() { return binary(&Parser::term, {{"+", ADD}, {"-", SUB}}); }
    Node* term() {
        return binary(&Parser::factor,
                      {{"*", MUL}, {"/", DIV}, {"//", FLOORDIV}, {"%", MOD}, {"@", MATMUL}});
    }

    Node* factor() {
        const Token& t = tok();
        int op = at_op("-") ? 1 : at_op("+") ? 2 : at_op("~") ? 3 : -1;
        if (op < 0) return power();
        i_++;
        Node* operand = factor();
        if (!operand) return nullptr;
        Node* n = make(K::UnaryOp, t);
        n->op = op;
        n->a = operand;
        finish(n);
        return n;
    }

    Node* power() {
        const Token& t = tok();
        Node* base = await_primary();
        if (!base) return nullptr;
        if (!accept_op("**")) return base;
        Node* exp = factor();
        if (!exp) return nullptr;
        Node* n = make(K::BinOp, t);
        n->a = base;
        n->op = POW;
        n->b = exp;
        finish(n);
        return n;
    }

    Node* await_primary() {
        if (at_kw("await")) {
            const Token& t = tok();
            i_++;
            Node* n = make(K::Await, t);
            n->a = atom_with_trailers();
            if (!n->a) return nullptr;
            finish(n);
            return n;
        }
        return atom_with_trailers();
    }

    bool call_arguments(std::vector<Node*>& args, std::vector<Node*>& keywords) {
        bool seen_kw = false;
        Node* bare_genexp = nullptr; // f(x for x in y) must be the only argument
        while (!at_op(")")) {
            const Token& t = tok();
            if (at_op("**")) {
                i_++;
                Node* k = make(K::Keyword, t);
                k->a = expression();
                if (!k->a) return false;
                finish(k);
                keywords.push_back(k);
                seen_kw = true;
            } else if (at_op("*")) {
                i_++;
                Node* s = make(K::Starred, t);
                s->a = expression();
                if (!s->a) return false;
                finish(s);
                for (Node* k : keywords)
                    if (k->s.empty()) {
                        error_node("iterable argument unpacking follows keyword argument unpacking",
                                   s);
                        return false;
                    }
                args.push_back(s);
            } else if (at(Tok::Name) && peek().type == Tok::Op && peek().text == "=") {
                Node* k = make(K::Keyword, t);
                k->s = t.text;
                i_ += 2;
                k->a = expression();
                if (!k->a) return false;
                finish(k);
                for (Node* other : keywords)
                    if (other->s == k->s) {
                        error_node("keyword argument repeated: " + k->s, k);
                        return false;
                    }
                keywords.push_back(k);
                seen_kw = true;
            } else {
                Node* e = named_expression();
                if (!e) return false;
                if (at_kw("for")) {
                    e = comprehension(K::GeneratorExp, e, nullptr, t);
                    if (!e) return false;
                    bare_genexp = e;
                }
                if (seen_kw) {
                    bool has_double_star = false;
                    for (Node* k : keywords)
                        has_double_star |= k->s.empty();
                    error_node(has_double_star
                                   ? "positional argument follows keyword argument unpacking"
                                   : "positional argument follows keyword argument",
                               e);
                    return false;
                }
                if (at_op("=")) {
                    error_here("expression cannot contain assignment, perhaps you meant \"==\"?");
                    return false;
                }
                args.push_back(e);
            }
            if (!accept_op(",")) break;
        }
        if (bare_genexp && args.size() + keywords.size() > 1) {
            error_node("Generator expression must be parenthesized", bare_genexp);
            return false;
        }
        if (!at_op(")")) {
            error_here("invalid syntax. Perhaps you forgot a comma?");
            return false;
        }
        i_++;
        return true;
    }

    Node* atom_with_trailers() {
        Node* e = atom();
        if (!e) return nullptr;
        for (;;) {
            const Token& t = tok();
            if (accept_op("(")) {
                Node* c = arena_.make(K::Call, e->line, e->col);
                c->a = e;
                if (!call_arguments(c->l1, c->l2)) return nullptr;
                finish(c);
                e = c;
            } else if (accept_op("[")) {
                Node* s = arena_.make(K::Subscript, e->line, e->col);
                s->a = e;
                s->b = subscript_list();
                if (!s->b) return nullptr;
                if (!expect_op("]")) return nullptr;
                finish(s);
                e = s;
            } else if (accept_op(".")) {
                if (!at(Tok::Name)) return error_here("invalid syntax");
                Node* a = arena_.make(K::Attribute, e->line, e->col);
                a->a = e;
                a->s = tok().text;
                i_++;
                finish(a);
                e = a;
            } else {
                (void)t;
                return e;
            }
        }
    }

    Node* slice_item() {
        const Token& t = tok();
        Node* lower = nullptr;
        if (!at_op(":")) {
            lower = star_expression();
            if (!lower) return nullptr;
            if (!at_op(":")) return lower;
        }
        i_++;
        Node* s = make(K::Slice, t);
        s->a = lower;
        if (!at_op(":") && !at_op("]") && !at_op(",")) {
            s->b = expression();
            if (!s->b) return nullptr;
        }
        if (accept_op(":")) {
            if (!at_op("]") && !at_op(",")) {
                s->c = expression();
                if (!s->c) return nullptr;
            }
        }
        finish(s);
        return s;
    }

    Node* subscript_list() {
        const Token& t = tok();
        Node* first = slice_item();
        if (!first || !at_op(",")) return first;
        Node* tup = make(K::Tuple, t);
        tup->l1.push_back(first);
        while (accept_op(",")) {
            if (at_op("]")) break;
            Node* e = slice_item();
            if (!e) return nullptr;
            tup->l1.push_back(e);
        }
        finish(tup);
        return tup;
    }

    Node* comprehension(K kind, Node* elt, Node* value, const Token& t) {
        Node* n = make(kind, t);
        n->a = elt;
        n->b = value;
        while (at_kw("for") || at_kw("async")) {
            if (at_kw("async")) return error_here("async comprehensions are not yet supported");
            i_++;
            Node* g = make(K::Comprehension, toks_[i_ - 1]);
            g->a = target_list();
            if (!g->a) return nullptr;
            if (!accept_kw("in")) return error_here("invalid syntax");
            g->b = disjunction();
            if (!g->b) return nullptr;
            while (at_kw("if")) {
                i_++;
                Node* cond = disjunction();
                if (!cond) return nullptr;
                g->l1.push_back(cond);
            }
            finish(g);
            n->l1.push_back(g);
        }
        finish(n);
        return n;
    }

    Node* atom() {
        const Token& t = tok();
        switch (t.type) {
        case Tok::Name: {
            if (t.text == "None" || t.text == "True" || t.text == "False") {
                i_++;
                Node* c = make(K::Constant, t);
                c->ckind = t.text == "None"   ? ast::C_NONE
                           : t.text == "True" ? ast::C_TRUE
                                              : ast::C_FALSE;
                finish(c);
                return c;
            }
            if (t.text == "lambda") return lambda_expr();
            if (t.text == "yield") return error_here("invalid syntax");
            if (is_keyword(t.text)) return error_here("invalid syntax");
            i_++;
            Node* n = make(K::Name, t);
            n->s = t.text;
            finish(n);
            return n;
        }
        case Tok::Number: return number();
        case Tok::String: return strings();
        case Tok::Op: {
            if (t.text == "...") {
                i_++;
                Node* c = make(K::Constant, t);
                c->ckind = ast::C_ELLIPSIS;
                finish(c);
                return c;
            }
            if (t.text == "(") {
                i_++;
                if (accept_op(")")) {
                    Node* tup = make(K::Tuple, t);
                    finish(tup);
                    return tup;
                }
                if (at_kw("yield")) {
                    Node* y = yield_expr();
                    if (!y || !expect_op(")")) return nullptr;
                    return y;
                }
                Node* first = star_expression();
                if (!first) return nullptr;
                if (at_kw("for")) {
                    Node* g = comprehension(K::GeneratorExp, first, nullptr, t);
                    if (!g || !expect_op(")")) return nullptr;
                    finish(g);
                    return g;
                }
                if (at_op(")")) {
                    i_++;
                    if (first->kind == K::Starred)
                        return error_node("cannot use starred expression here", first);
                    return first;
                }
                Node* tup = make(K::Tuple, t);
                tup->l1.push_back(first);
                while (accept_op(",")) {
                    if (at_op(")")) break;
                    Node* e = star_expression();
                    if (!e) return nullptr;
                    tup->l1.push_back(e);
                }
                if (!at_op(")")) return error_here("invalid syntax. Perhaps you forgot a comma?");
                i_++;
                finish(tup);
                return tup;
            }
            if (t.text == "[") {
                i_++;
                Node* list = make(K::List, t);
                if (accept_op("]")) {
                    finish(list);
                    return list;
                }
                Node* first = star_expression();
                if (!first) return nullptr;
                if (at_kw("for")) {
                    Node* c = comprehension(K::ListComp, first, nullptr, t);
                    if (!c || !expect_op("]")) return nullptr;
                    finish(c);
                    return c;
                }
                list->l1.push_back(first);
                while (accept_op(",")) {
                    if (at_op("]")) break;
                    Node* e = star_expression();
                    if (!e) return nullptr;
                    list->l1.push_back(e);
                }
                if (!at_op("]")) return error_here("invalid syntax. Perhaps you forgot a comma?");
                i_++;
                finish(list);
                return list;
            }
            if (t.text == "{") return dict_or_set();
            return error_here("invalid syntax");
        }
        default: return error_here("invalid syntax");
        }
    }

    Node* dict_or_set() {
        const Token& t = tok();
        i_++;
        if (accept_op("}")) {
            Node* d = make(K::Dict, t);
            finish(d);
            return d;
        }
        if (at_op("**")) {
            Node* d = make(K::Dict, t);
            return dict_items(d);
        }
        Node* first = star_expression();
        if (!first) return nullptr;
        if (accept_op(":")) {
            Node* value = expression();
            if (!value) return nullptr;
            if (at_kw("for")) {
                Node* c = comprehension(K::DictComp, first, value, t);
                if (!c || !expect_op("}")) return nullptr;
                finish(c);
                return c;
            }
            Node* d = make(K::Dict, t);
            d->l1.push_back(first);
            d->l2.push_back(value);
            if (!accept_op(",")) {
                if (!expect_op("}")) return nullptr;
                finish(d);
                return d;
            }
            return dict_items(d);
        }
        if (at_kw("for")) {
            Node* c = comprehension(K::SetComp, first, nullptr, t);
            if (!c || !expect_op("}")) return nullptr;
            finish(c);
            return c;
        }
        Node* s = make(K::Set, t);
        s->l1.push_back(first);
        while (accept_op(",")) {
            if (at_op("}")) break;
            Node* e = star_expression();
            if (!e) return nullptr;
            s->l1.push_back(e);
        }
        if (!at_op("}")) return error_here("invalid syntax. Perhaps you forgot a comma?");
        i_++;
        finish(s);
        return s;
    }

    Node* dict_items(Node* d) {
        while (!at_op("}")) {
            if (accept_op("**")) {
                Node* v = bitwise_or();
                if (!v) return nullptr;
                d->l1.push_back(nullptr);
                d->l2.push_back(v);
            } else {
                Node* k = expression();
                if (!k) return nullptr;
                if (!expect_op(":")) return nullptr;
                Node* v = expression();
                if (!v) return nullptr;
                d->l1.push_back(k);
                d->l2.push_back(v);
            }
            if (!accept_op(",")) break;
        }
        if (!expect_op("}")) return nullptr;
        finish(d);
        return d;
    }

    Node* number() {
        const Token& t = tok();
        i_++;
        Node* c = make(K::Constant, t);
        std::string s;
        for (char ch : t.text)
            if (ch != '_') s.push_back(ch);
        char last = s.back();
        if (last == 'j' || last == 'J') {
            c->ckind = ast::C_COMPLEX;
            c->imag = std::strtod(s.substr(0, s.size() - 1).c_str(), nullptr);
        } else if (s.size() > 1 && s[0] == '0' && std::strchr("xXoObB", s[1])) {
            c->ckind = ast::C_INT;
            char k = static_cast<char>(std::tolower(s[1]));
            c->ival = k == 'x' ? 16 : k == 'o' ? 8 : 2;
            c->s = s.substr(2);
        } else if (s.find_first_of(".eE") != std::string::npos) {
            c->ckind = ast::C_FLOAT;
            c->real = std::strtod(s.c_str(), nullptr);
        } else {
            c->ckind = ast::C_INT;
            c->ival = 10;
            size_t nz = s.find_first_not_of('0');
            c->s = nz == std::string::npos ? "0" : s.substr(nz);
        }
        finish(c);
        return c;
    }

    // -- String literals -----------------------------------------------------------------------

    // A sequence of adjacent literals, folded into one Constant or a JoinedStr.
    Node* strings() {
        const Token& first = tok();
        bool any_f = false, any_bytes = false, any_str = false;
        std::vector<Node*> parts;
        std::string acc;
        bool acc_u = false;
        while (at(Tok::String)) {
            const Token& t = tok();
            i_++;
            size_t q = t.text.find_first_of("'\"");
            std::string prefix = t.text.substr(0, q);
            for (auto& ch : prefix)
                ch = static_cast<char>(std::tolower(ch));
            bool raw = prefix.find('r') != std::string::npos;
            bool is_bytes = prefix.find('b') != std::string::npos;
            bool is_f = prefix.find('f') != std::string::npos;
            if (prefix.find('u') != std::string::npos) acc_u = true;
            size_t qlen =
                (t.text.size() - q >= 6 && t.text[q] == t.text[q + 1] && t.text[q] == t.text[q + 2])
                    ? 3
                    : 1;
            std::string_view body =
                std::string_view(t.text).substr(q + qlen, t.text.size() - q - 2 * qlen);
            if (is_bytes)
                any_bytes = true;
            else
                any_str = true;
            if (any_bytes && any_str)
                return error_at("cannot mix bytes and nonbytes literals", first.line, first.col);
            if (is_f) {
                any_f = true;
                if (!acc.empty()) {
                    parts.push_back(str_const(acc, t));
                    acc.clear();
                }
                if (!fstring(body, raw, t, parts)) return nullptr;
                continue;
            }
            if (raw) {
                acc += body;
                for (char ch : body)
                    if (is_bytes && static_cast<unsigned char>(ch) >= 0x80)
                        return error_at("bytes can only contain ASCII literal characters", t.line,
                                        t.col);
            } else {
                std::string err;
                std::string decoded;
                if (!decode_escapes(body, is_bytes, decoded, err))
                    return error_at(err, t.line, t.col);
                if (is_bytes)
                    for (char ch : body)
                        if (static_cast<unsigned char>(ch) >= 0x80)
                            return error_at("bytes can only contain ASCII literal characters",
                                            t.line, t.col);
                acc += decoded;
            }
        }
        if (!any_f) {
            Node* c = make(K::Constant, first);
            c->ckind = any_bytes ? ast::C_BYTES : ast::C_STR;
            c->s = acc;
            c->ival = acc_u;
            finish(c);
            return c;
        }
        if (!acc.empty()) parts.push_back(str_const(acc, first));
        Node* j = make(K::JoinedStr, first);
        j->l1 = parts;
        finish(j);
        return j;
    }

    Node* str_const(const std::string& s, const Token& t) {
        Node* c = make(K::Constant, t);
        c->ckind = ast::C_STR;
        c->s = s;
        return c;
    }

    // Splits an f-string body into literal parts and FormattedValues.
    bool fstring(std::string_view body, bool raw, const Token& t, std::vector<Node*>& parts) {
        std::string lit;
        auto flush_lit = [&]() -> bool {
            if (lit.empty()) return true;
            std::string decoded, err;
            if (raw)
                decoded = lit;
            else if (!decode_escapes(lit, false, decoded, err)) {
                error_at(err, t.line, t.col);
                return false;
            }
            parts.push_back(str_const(decoded, t));
            lit.clear();
            return true;
        };
        for (size_t k = 0; k < body.size(); k++) {
            char ch = body[k];
            if (ch == '{') {
                if (k + 1 < body.size() && body[k + 1] == '{') {
                    lit.push_back('{');
                    k++;
                    continue;
                }
                if (!flush_lit()) return false;
                // Find the end of the expression: a top-level '!', ':' or '}'.
                size_t j = k + 1;
                int depth = 0;
                char quote = 0;
                size_t expr_end = std::string::npos;
                for (; j < body.size(); j++) {
                    char c2 = body[j];
                    if (quote) {
                        if (c2 == quote) quote = 0;
                        continue;
                    }
                    if (c2 == '\'' || c2 == '"')
                        quote = c2;
                    else if (c2 == '(' || c2 == '[' || c2 == '{')
                        depth++;
                    else if ((c2 == ')' || c2 == ']' || c2 == '}') && depth > 0)
                        depth--;
                    else if (depth == 0 &&
                             (c2 == '}' || c2 == ':' ||
                              (c2 == '!' && j + 1 < body.size() && body[j + 1] != '='))) {
                        expr_end = j;
                        break;
                    }
                }
                if (expr_end == std::string::npos) {
                    error_at("f-string: expecting '}'", t.line, t.col);
                    return false;
                }
                std::string expr_text(body.substr(k + 1, expr_end - k - 1));
                bool debug = false;
                std::string debug_text;
                {
                    size_t e = expr_text.find_last_not_of(" ");
                    if (e != std::string::npos && expr_text[e] == '=' &&
                        (e == 0 || (expr_text[e - 1] != '=' && expr_text[e - 1] != '!' &&
                                    expr_text[e - 1] != '<' && expr_text[e - 1] != '>'))) {
                        debug = true;
                        debug_text = expr_text;
                        expr_text = expr_text.substr(0, e);
                    }
                }
                std::string trimmed = expr_text;
                if (trimmed.find_first_not_of(" \t\n") == std::string::npos) {
                    error_at("f-string: empty expression not allowed", t.line, t.col);
                    return false;
                }
                Node* value = sub_expression("(" + expr_text + ")", t);
                if (!value) return false;
                Node* fv = make(K::FormattedValue, t);
                fv->a = value;
                fv->ival = -1;
                j = expr_end;
                if (body[j] == '!') {
                    if (j + 1 >= body.size() || !std::strchr("rsa", body[j + 1])) {
                        error_at(
                            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                            t.line, t.col);
                        return false;
                    }
                    fv->ival = body[j + 1];
                    j += 2;
                }
                if (j < body.size() && body[j] == ':') {
                    // The spec runs to the matching '}', with nested fields.
                    size_t s = j + 1;
                    int d = 0;
                    for (j = s; j < body.size(); j++) {
                        if (body[j] == '{')
                            d++;
                        else if (body[j] == '}') {
                            if (d == 0) break;
                            d--;
                        }
                    }
                    std::vector<Node*> spec_parts;
                    if (!fstring(body.substr(s, j - s), raw, t, spec_parts)) return false;
                    Node* spec = make(K::JoinedStr, t);
                    spec->l1 = spec_parts;
                    fv->b = spec;
                }
                if (j >= body.size() || body[j] != '}') {
                    error_at("f-string: expecting '}'", t.line, t.col);
                    return false;
                }
                if (debug) {
                    parts.push_back(str_const(debug_text, t));
                    if (fv->ival == -1 && !fv->b) fv->ival = 'r';
                }
                parts.push_back(fv);
                k = j;
                continue;
            }
            if (ch == '}') {
                if (k + 1 < body.size() && body[k + 1] == '}') {
                    lit.push_back('}');
                    k++;
                    continue;
                }
                error_at("f-string: single '}' is not allowed", t.line, t.col);
                return false;
            }
            lit.push_back(ch);
        }
        return flush_lit();
    }

    Node* sub_expression(const std::string& text, const Token& t) {
        Parser sub(text, arena_);
        if (!sub.init()) {
            error_at("f-string: " + sub.err_.msg, t.line, t.col);
            return nullptr;
        }
        Node* e = sub.eval_input();
        if (!e) {
            error_at("f-string: " + sub.err_.msg, t.line, t.col);
            return nullptr;
        }
        return e;
    }
};

ParseResult run(std::string_view source, ast::Arena& arena, int mode) {
    Parser p(source, arena);
    if (!p.init()) return ParseResult::failure(p.err_);
    Node* root = mode == 1 ? p.eval_input() : p.file();
    if (!root) return ParseResult::failure(p.err_);
    return ParseResult::success(root);
}

} // namespace

ParseResult parse_module(std::string_view source, std::string_view, ast::Arena& arena) {
    return run(source, arena, 0);
}
ParseResult parse_expression(std::string_view source, std::string_view, ast::Arena& arena) {
    return run(source, arena, 1);
}
ParseResult parse_interactive(std::string_view source, std::string_view, ast::Arena& arena) {
    return run(source, arena, 0);
}

} // namespace uopy::frontend
