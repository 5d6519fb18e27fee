// The parser (see parser.h and parser_internal.h): the entry points and
// statements. Expressions are in parser_expressions.cpp, literals in
// parser_literals.cpp.
#include "frontend/parser_internal.h"

#include <algorithm>
#include <cstdio>

namespace uopy::frontend::parsing {

bool Parser::block(std::vector<Node*>& body, const char* what, int line) {
    // A missing ':' is "expected ':'" where CPython's grammar forces the
    // token (try, else, finally, def); elsewhere only when the line ends
    // there, any other token being "invalid syntax".
    if (!at_op(":")) {
        static const char* const forced[] = {"'try' statement", "'else' statement",
                                             "'finally' statement", "function definition"};
        bool is_forced = std::any_of(std::begin(forced), std::end(forced),
                                     [&](const char* f) { return std::strcmp(f, what) == 0; });
        error_here(is_forced || at(Tok::Newline) ? "expected ':'" : "invalid syntax");
        return false;
    }
    i_++;
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

bool Parser::accept_simple_on_same_line(std::vector<Node*>& body) {
    if (at(Tok::Newline)) return false;
    return simple_statements(body);
}

bool Parser::statement(std::vector<Node*>& body) {
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
        if (w == "async") return async_stmt(body, {});
        if (w == "match" && looks_like_match()) return match_stmt(body);
    }
    if (at_op("@")) return decorated(body);
    return simple_statements(body);
}

bool Parser::simple_statements(std::vector<Node*>& body) {
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

Node* Parser::simple_statement() {
    const Token& t = tok();
    if (t.type == Tok::Name) {
        const std::string& w = t.text;
        if (w == "pass" || w == "break" || w == "continue") {
            i_++;
            Node* n = make(w == "pass" ? K::Pass : w == "break" ? K::Break : K::Continue, t);
            finish(n);
            return n;
        }
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
                // `del *a` parses as a starred target so that check_target
                // reports CPython's "cannot delete starred".
                Node* e = star_target();
                if (!e || !check_target(e, true)) return nullptr;
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
    // Expression, assignment, augmented assignment, annotated assignment:
    // each starts at the first token (before any parenthesis of the first
    // expression's).
    Node* first = star_expressions();
    if (!first) return nullptr;
    if (at_op("=")) {
        Node* n = arena_.make(K::Assign, t.line, t.col);
        std::vector<Node*> chain{first};
        while (accept_op("=")) {
            Node* v = at_kw("yield") ? yield_expr() : star_expressions();
            if (!v) return nullptr;
            chain.push_back(v);
        }
        // CPython suggests '==' only for a target parsed as a bitwise_or: a
        // comparison, not/and/or or a conditional expression qualifies only
        // in parentheses (then it starts after the statement's first token).
        auto operand_level = [&](Node* e) {
            bool low = e->kind == K::Compare || e->kind == K::BoolOp || e->kind == K::IfExp ||
                       e->kind == K::Lambda || (e->kind == K::UnaryOp && e->op == 0);
            return !low || e->line != t.line || e->col != t.col;
        };
        for (size_t k = 0; k + 1 < chain.size(); k++) {
            Node* t = chain[k];
            if (chain.size() == 2 && operand_level(t) && suggests_comparison(t, chain[1]))
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
    static const char* const aug[] = {
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=", nullptr};
    for (int k = 0; aug[k]; k++) {
        if (at_op(aug[k])) {
            if (first->kind != K::Name && first->kind != K::Attribute &&
                first->kind != K::Subscript)
                return error_node(std::string("'") + describe(first) +
                                      "' is an illegal expression for augmented assignment",
                                  first);
            i_++;
            Node* n = arena_.make(K::AugAssign, t.line, t.col);
            n->a = first;
            n->op = k;
            n->b = at_kw("yield") ? yield_expr() : star_expressions();
            if (!n->b) return nullptr;
            finish(n);
            return n;
        }
    }
    if (at_op(":") &&
        (first->kind == K::Name || first->kind == K::Attribute || first->kind == K::Subscript)) {
        i_++;
        Node* n = arena_.make(K::AnnAssign, t.line, t.col);
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
    if (at_op(":") && (first->kind == K::Tuple || first->kind == K::List)) {
        // CPython names the shape; an unparenthesized tuple by its first item.
        bool bare = first->kind == K::Tuple && !first->l1.empty() &&
                    first->col == first->l1[0]->col && first->line == first->l1[0]->line;
        std::string msg = std::string("only single target (not ") +
                          (first->kind == K::List ? "list" : "tuple") + ") can be annotated";
        return error_node(msg, bare ? first->l1[0] : first);
    }
    if (at_op(":") && peek().type != Tok::Newline && peek().type != Tok::End)
        return error_node("illegal target for annotation", first);
    Node* n = arena_.make(K::ExprStmt, t.line, t.col);
    n->a = first;
    finish(n);
    return n;
}

const char* Parser::describe(Node* e) {
    switch (e->kind) {
    case K::Call: return "function call";
    case K::Attribute: return "attribute";
    case K::Subscript: return "subscript";
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

bool Parser::suggests_comparison(Node* target, Node* value) {
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

bool Parser::check_target(Node* e, bool del) {
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

Node* Parser::import_stmt() {
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

bool Parser::dotted_name(std::string& out) {
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

Node* Parser::from_import() {
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
        finish(a);
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

bool Parser::if_stmt(std::vector<Node*>& body) {
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
    std::vector<Node*> elifs;
    for (;;) {
        if (at_kw("elif")) {
            const Token& et = tok();
            i_++;
            Node* e = make(K::If, et);
            e->a = named_expression();
            if (!e->a) return false;
            if (!block(e->l1, "'elif' statement", et.line)) return false;
            cur->l2.push_back(e);
            elifs.push_back(e);
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
    // Each `elif` is an If running to the end of the whole statement.
    finish(n);
    for (Node* e : elifs)
        finish(e);
    return true;
}

bool Parser::while_stmt(std::vector<Node*>& body) {
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

Node* Parser::star_target() {
    if (!at_op("*")) return bitwise_or();
    Node* e = make(K::Starred, tok());
    i_++;
    e->a = bitwise_or();
    if (!e->a) return nullptr;
    finish(e);
    return e;
}

Node* Parser::target_list() {
    // for-loop / comprehension targets: star_targets
    const Token& t = tok();
    std::vector<Node*> items;
    bool trailing = false;
    do {
        if (at_kw("in")) break;
        Node* e = star_target();
        if (!e) return nullptr;
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

bool Parser::for_stmt(std::vector<Node*>& body) {
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

bool Parser::try_stmt(std::vector<Node*>& body) {
    const Token& t = tok();
    i_++;
    Node* n = make(K::Try, t);
    if (!block(n->l1, "'try' statement", t.line)) return false;
    while (at_kw("except")) {
        const Token& et = tok();
        i_++;
        Node* h = make(K::ExceptHandler, et);
        bool star = accept_op("*");
        if (n->l2.empty()) {
            n->ival = star ? 1 : 0;
        } else if (star != (n->ival == 1)) {
            error_here("cannot have both 'except' and 'except*' on the same 'try'");
            return false;
        }
        if (star && at_op(":")) {
            error_here("expected one or more exception types");
            return false;
        }
        if (!star && at(Tok::Newline)) {
            error_here("expected ':'");
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
        error_after_block("expected 'except' or 'finally' block");
        return false;
    }
    finish(n);
    body.push_back(n);
    return true;
}

bool Parser::with_stmt(std::vector<Node*>& body) {
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
            // Is it a tuple expression or parenthesized items? Items if any
            // `as` at depth 1, or commas there (`with (a, b):` enters both),
            // unless it is a generator expression.
            bool has_as = false, has_comma = false, has_for = false;
            int d = 0;
            for (size_t k = i_; k < j; k++) {
                if (toks_[k].type == Tok::Op &&
                    (toks_[k].text == "(" || toks_[k].text == "[" || toks_[k].text == "{"))
                    d++;
                if (toks_[k].type == Tok::Op &&
                    (toks_[k].text == ")" || toks_[k].text == "]" || toks_[k].text == "}"))
                    d--;
                if (d != 1) continue;
                if (toks_[k].type == Tok::Name && toks_[k].text == "as") has_as = true;
                if (toks_[k].type == Tok::Name && toks_[k].text == "for") has_for = true;
                if (toks_[k].type == Tok::Op && toks_[k].text == ",") has_comma = true;
            }
            if (has_as || (has_comma && !has_for)) {
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

Node* Parser::target_single() {
    Node* e;
    if (at_op("(") || at_op("["))
        e = atom_with_trailers();
    else
        e = bitwise_or();
    if (!e) return nullptr;
    if (!check_target(e, false)) return nullptr;
    return e;
}

bool Parser::decorated(std::vector<Node*>& body) {
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
    if (at_kw("async")) return async_stmt(body, decos);
    error_here("invalid syntax");
    return false;
}

// `async def`, `async for`, `async with` (decorators only before a def): the
// statement parsed as usual, marked async.
bool Parser::async_stmt(std::vector<Node*>& body, std::vector<Node*> decos) {
    const Token& t = tok(); // the statement starts at `async`
    i_++;
    size_t before = body.size();
    bool ok;
    if (at_kw("def"))
        ok = def_stmt(body, decos);
    else if (decos.empty() && at_kw("for"))
        ok = for_stmt(body);
    else if (decos.empty() && at_kw("with"))
        ok = with_stmt(body);
    else
        return error_here("invalid syntax"), false;
    if (ok && body.size() > before) {
        body.back()->is_async = true;
        body.back()->line = t.line;
        body.back()->col = t.col;
    }
    return ok;
}

Node* Parser::parameters(const char* closer, bool allow_annotations) {
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
            if (at_op("=")) return error_here("var-keyword argument cannot have default value");
            args->b = a;
            if (accept_op(",") && !at_op(closer)) {
                const char* msg = "arguments cannot follow var-keyword argument";
                if (!at(Tok::Name)) return error_here(msg);
                Node* next = param(allow_annotations);
                if (!next) return nullptr;
                return error_at(msg, next->line, next->col, next->end_line, next->end_col);
            }
            if (!at_op(closer)) return error_here("invalid syntax");
            break;
        } else if (at_op("*")) {
            const Token& star = tok();
            if (seen_star) return error_here("* argument may appear only once");
            i_++;
            seen_star = true;
            // A bare '*' ends the list, or is followed by a comma and the end
            // or '**'. A def points at the '*'; a lambda's rule has no
            // location: CPython points at the token after the '*' (and comma).
            bool bare = at_op(closer) || (at_op(",") && peek().type == Tok::Op &&
                                          (peek().text == closer || peek().text == "**"));
            if (bare) {
                const char* msg = "named arguments must follow bare *";
                if (*closer != ':')
                    return error_at(msg, star.line, star.col, star.end_line, star.end_col);
                accept_op(",");
                return error_here(msg);
            }
            if (!at_op(",")) {
                Node* a = param(allow_annotations);
                if (!a) return nullptr;
                if (at_op("="))
                    return error_here("var-positional argument cannot have default value");
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

Node* Parser::param(bool allow_annotations) {
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

bool Parser::def_stmt(std::vector<Node*>& body, std::vector<Node*> decos) {
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

bool Parser::class_stmt(std::vector<Node*>& body, std::vector<Node*> decos) {
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

} // namespace uopy::frontend::parsing

namespace uopy::frontend {
namespace {

// The offset of the first byte of [s] that does not start (or continue)
// a well-formed UTF-8 sequence (no overlong forms, surrogates or code
// points past U+10FFFF), or npos. Everything after the frontend assumes
// valid UTF-8 in names and string literals.
size_t first_invalid_utf8(std::string_view s) {
    const auto* u = reinterpret_cast<const unsigned char*>(s.data());
    size_t n = s.size();
    for (size_t i = 0; i < n;) {
        unsigned char c = u[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int extra = c >= 0xC2 && c <= 0xDF   ? 1
                    : c >= 0xE0 && c <= 0xEF ? 2
                    : c >= 0xF0 && c <= 0xF4 ? 3
                                             : 0;
        if (!extra || i + extra >= n) return i; // not a lead byte, or cut off
        unsigned char lo = 0x80, hi = 0xBF;     // the second byte's range
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
        if (u[i + 1] < lo || u[i + 1] > hi) return i;
        for (int k = 2; k <= extra; k++)
            if ((u[i + k] & 0xC0) != 0x80) return i;
        i += 1 + extra;
    }
    return std::string_view::npos;
}

ParseResult run(std::string_view source, std::string_view filename, ast::Arena& arena, int mode) {
    size_t bad = first_invalid_utf8(source);
    if (bad != std::string_view::npos) {
        // CPython's tokenizer: the file is not UTF-8 (uopy reads no other
        // source encoding yet); no position is shown.
        SyntaxErrorInfo err;
        char byte[8];
        std::snprintf(byte, sizeof byte, "\\x%02x", static_cast<unsigned char>(source[bad]));
        int line = 1 + static_cast<int>(std::count(source.begin(), source.begin() + bad, '\n'));
        err.msg = "Non-UTF-8 code starting with '" + std::string(byte) + "' in file " +
                  std::string(filename) + " on line " + std::to_string(line) +
                  ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
        return ParseResult::failure(err);
    }
    parsing::Parser p(source, arena);
    if (!p.init()) return ParseResult::failure(p.err_);
    ast::Node* root = mode == 1 ? p.eval_input() : p.file();
    if (!p.settle_tokenizer_stop(root != nullptr)) return ParseResult::failure(p.err_);
    return ParseResult::success(root);
}

} // namespace

ParseResult parse_module(std::string_view source, std::string_view filename, ast::Arena& arena) {
    return run(source, filename, arena, 0);
}
ParseResult parse_expression(std::string_view source, std::string_view filename,
                             ast::Arena& arena) {
    return run(source, filename, arena, 1);
}
ParseResult parse_interactive(std::string_view source, std::string_view filename,
                              ast::Arena& arena) {
    return run(source, filename, arena, 0);
}

} // namespace uopy::frontend
