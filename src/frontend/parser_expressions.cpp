// Expressions with Python's precedence (lowest first: lambda, conditional,
// or, and, not, comparisons, bitwise, shifts, arithmetic, unary, power,
// await, primaries with trailers, atoms), targets and comprehensions.
#include "frontend/parser_internal.h"

namespace uopy::frontend::parsing {

Node* Parser::yield_expr() {
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

Node* Parser::star_expressions() {
    if (at_kw("yield")) return yield_expr();
    const Token& t = tok();
    Node* first = star_expression(false);
    if (!first) return nullptr;
    if (!at_op(",")) return first;
    Node* tup = make(K::Tuple, t);
    tup->l1.push_back(first);
    while (accept_op(",")) {
        if (!starts_expression()) break;
        Node* e = star_expression(false);
        if (!e) return nullptr;
        tup->l1.push_back(e);
    }
    finish(tup);
    return tup;
}

Node* Parser::expressions() {
    return star_expressions();
}

bool Parser::starts_expression() const {
    const Token& t = tok();
    if (t.type == Tok::Name)
        return t.text != "in" && t.text != "for" && t.text != "if" && t.text != "else" &&
               t.text != "as" && t.text != "from" && t.text != "and" && t.text != "or" &&
               t.text != "is" && t.text != "async";
    if (t.type == Tok::Number || t.type == Tok::String) return true;
    if (t.type == Tok::Op)
        return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" ||
               t.text == "~" || t.text == "*" || t.text == "..." || t.text == "**";
    return false;
}

Node* Parser::star_expression(bool named) {
    if (at_op("*")) {
        const Token& t = tok();
        i_++;
        Node* n = make(K::Starred, t);
        n->a = bitwise_or();
        if (!n->a) return nullptr;
        finish(n);
        return n;
    }
    return named ? named_expression() : expression();
}

Node* Parser::named_expression() {
    if (at(Tok::Name) && peek().type == Tok::Op && peek().text == ":=" && tok().text != "True" &&
        tok().text != "False" && tok().text != "None") {
        const Token& t = tok();
        if (is_keyword(t.text)) return error_here("invalid syntax");
        Node* target = make(K::Name, t);
        target->s = t.text;
        target->end_line = t.end_line;
        target->end_col = t.end_col;
        i_ += 2;
        Node* n = make(K::NamedExpr, t);
        n->a = target;
        n->b = expression();
        if (!n->b) return nullptr;
        finish(n);
        return n;
    }
    Node* e = expression();
    // Only a name can be assigned with := (CPython's invalid_named_expression).
    if (e && at_op(":="))
        return error_node(std::string("cannot use assignment expressions with ") + describe(e), e);
    return e;
}

Node* Parser::expression() {
    DepthGuard guard(*this);
    if (guard.too_deep()) return nullptr;
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
        if (!accept_kw("else"))
            return error_at("expected 'else' after 'if' expression", body->line, body->col,
                            n->a->end_line, n->a->end_col);
        n->c = expression();
        if (!n->c) return nullptr;
        finish(n);
        return n;
    }
    return body;
}

Node* Parser::lambda_expr() {
    const Token& t = tok();
    i_++;
    Node* n = make(K::Lambda, t);
    n->a = parameters(":", false);
    if (!n->a) return nullptr;
    if (!at_op(":")) return error_here("invalid syntax");
    i_++;
    n->b = expression();
    if (!n->b) return nullptr;
    finish(n);
    return n;
}

Node* Parser::disjunction() {
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

Node* Parser::conjunction() {
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

Node* Parser::inversion() {
    DepthGuard guard(*this);
    if (guard.too_deep()) return nullptr;
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

int Parser::compare_op() {
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

Node* Parser::comparison() {
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

Node* Parser::binary(Node* (Parser::*next)(),
                     std::initializer_list<std::pair<const char*, int>> ops) {
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

Node* Parser::bitwise_or() {
    return binary(&Parser::bitwise_xor, {{"|", OR}});
}

Node* Parser::bitwise_xor() {
    return binary(&Parser::bitwise_and, {{"^", XOR}});
}

Node* Parser::bitwise_and() {
    return binary(&Parser::shift_expr, {{"&", AND}});
}

Node* Parser::shift_expr() {
    return binary(&Parser::sum, {{"<<", LSHIFT}, {">>", RSHIFT}});
}

Node* Parser::sum() {
    return binary(&Parser::term, {{"+", ADD}, {"-", SUB}});
}

Node* Parser::term() {
    return binary(&Parser::factor,
                  {{"*", MUL}, {"/", DIV}, {"//", FLOORDIV}, {"%", MOD}, {"@", MATMUL}});
}

Node* Parser::factor() {
    DepthGuard guard(*this);
    if (guard.too_deep()) return nullptr;
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

Node* Parser::power() {
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

Node* Parser::await_primary() {
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

// A bracketed element [last] followed by a token that cannot follow it:
// CPython's invalid_expression. When [last] is a disjunction (no lambda,
// conditional or walrus) and an expression follows, "Perhaps you forgot a
// comma?" spans both; a name before a string, a soft keyword or print/exec
// do not count. Otherwise the generic "invalid syntax" at this token.
Node* Parser::missing_comma(Node* last) {
    static const char* const excluded[] = {"match", "case", "_", "print", "exec"};
    bool eligible = last && last->kind != K::IfExp && last->kind != K::Lambda &&
                    last->kind != K::NamedExpr && last->kind != K::GeneratorExp &&
                    last->kind != K::Starred && last->kind != K::Yield &&
                    last->kind != K::YieldFrom;
    if (eligible && last->kind == K::Name) {
        if (at(Tok::String)) eligible = false;
        for (const char* w : excluded)
            if (last->s == w) eligible = false;
    }
    if (eligible && !failed_) {
        // The expression after it is tried quietly: if it does not parse,
        // its error is not the one reported.
        size_t save = i_;
        Node* next = expression();
        if (next)
            return error_at("invalid syntax. Perhaps you forgot a comma?", last->line, last->col,
                            next->end_line, next->end_col);
        failed_ = false;
        err_ = SyntaxErrorInfo{};
        i_ = save;
    }
    return error_here("invalid syntax");
}

// An error whose end CPython leaves open (end_offset 0).
Node* Parser::error_without_end(const std::string& msg, int line, int col, int end_line) {
    bool first = !failed_;
    error_at(msg, line, col, end_line);
    if (first) err_.end_offset = 0;
    return nullptr;
}

// A dictionary value after [colon], with CPython's messages for a missing
// one and for a starred one.
Node* Parser::dict_value(const Token& colon) {
    if (at_op("}") || at_op(","))
        return error_at("expression expected after dictionary key and ':'", colon.line, colon.col,
                        colon.end_line, colon.end_col);
    if (at_op("*")) {
        const Token& star = tok();
        i_++;
        Node* v = bitwise_or();
        if (!v) return nullptr;
        return error_at("cannot use a starred expression in a dictionary value", star.line,
                        star.col, v->end_line, v->end_col);
    }
    return expression();
}

bool Parser::call_arguments(std::vector<Node*>& args, std::vector<Node*>& keywords) {
    size_t open = i_ > 0 ? i_ - 1 : 0; // the '('
    bool seen_kw = false;
    Node* bare_genexp = nullptr; // f(x for x in y) must be the only argument
    Node* last = nullptr;        // the last argument's expression
    while (!at_op(")")) {
        const Token& t = tok();
        if (at_op("**")) {
            i_++;
            Node* k = make(K::Keyword, t);
            k->a = expression();
            if (!k->a) return false;
            last = k->a;
            finish(k);
            keywords.push_back(k);
            seen_kw = true;
        } else if (at_op("*")) {
            i_++;
            Node* s = make(K::Starred, t);
            s->a = expression();
            if (!s->a) return false;
            last = s->a;
            finish(s);
            for (Node* k : keywords)
                if (k->s.empty()) {
                    error_node("iterable argument unpacking follows keyword argument unpacking", s);
                    return false;
                }
            args.push_back(s);
        } else if (at(Tok::Name) && peek().type == Tok::Op && peek().text == "=") {
            Node* k = make(K::Keyword, t);
            k->s = t.text;
            i_ += 2;
            k->a = expression();
            if (!k->a) return false;
            last = k->a;
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
            if (at_comprehension_for()) {
                e = comprehension(K::GeneratorExp, e, nullptr, t);
                if (!e) return false;
                bare_genexp = e;
            }
            last = e;
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
        missing_comma(last);
        return false;
    }
    i_++;
    // A lone generator argument takes the call's parentheses: f(x for x in y).
    if (bare_genexp) {
        bare_genexp->line = toks_[open].line;
        bare_genexp->col = toks_[open].col;
        finish(bare_genexp);
    }
    return true;
}

Node* Parser::atom_with_trailers() {
    // A primary starts at its first token, a parenthesis included: (a).b
    const Token& start = tok();
    Node* e = atom();
    if (!e) return nullptr;
    for (;;) {
        const Token& t = tok();
        if (accept_op("(")) {
            Node* c = arena_.make(K::Call, start.line, start.col);
            c->a = e;
            if (!call_arguments(c->l1, c->l2)) return nullptr;
            finish(c);
            e = c;
        } else if (accept_op("[")) {
            Node* s = arena_.make(K::Subscript, start.line, start.col);
            s->a = e;
            s->b = subscript_list();
            if (!s->b) return nullptr;
            if (!expect_op("]")) return nullptr;
            finish(s);
            e = s;
        } else if (accept_op(".")) {
            if (!at(Tok::Name)) return error_here("invalid syntax");
            Node* a = arena_.make(K::Attribute, start.line, start.col);
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

Node* Parser::slice_item() {
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

Node* Parser::subscript_list() {
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

Node* Parser::comprehension(K kind, Node* elt, Node* value, const Token& t) {
    if (elt && elt->kind == K::Starred && kind != K::DictComp)
        return error_node("iterable unpacking cannot be used in comprehension", elt);
    Node* n = make(kind, t);
    n->a = elt;
    n->b = value;
    while (at_kw("for") || at_kw("async")) {
        bool is_async = accept_kw("async");
        if (is_async && !at_kw("for")) return error_here("invalid syntax");
        i_++;
        Node* g = make(K::Comprehension, toks_[i_ - 1]);
        g->is_async = is_async;
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

Node* Parser::atom() {
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
            if (at_comprehension_for()) {
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
            if (!at_op(")")) return missing_comma(element_expression(tup->l1.back()));
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
            if (at_comprehension_for()) {
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
            if (!at_op("]")) return missing_comma(element_expression(list->l1.back()));
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

Node* Parser::dict_or_set() {
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
    if (at_op(":")) {
        const Token& colon = tok();
        i_++;
        Node* value = dict_value(colon);
        if (!value) return nullptr;
        if (at_comprehension_for()) {
            Node* c = comprehension(K::DictComp, first, value, t);
            if (!c || !expect_op("}")) return nullptr;
            finish(c);
            return c;
        }
        Node* d = make(K::Dict, t);
        d->l1.push_back(first);
        d->l2.push_back(value);
        if (!accept_op(",")) {
            if (!at_op("}")) return missing_comma(value);
            i_++;
            finish(d);
            return d;
        }
        return dict_items(d);
    }
    if (at_comprehension_for()) {
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
    if (!at_op("}")) return missing_comma(element_expression(s->l1.back()));
    i_++;
    finish(s);
    return s;
}

Node* Parser::dict_items(Node* d) {
    Node* last = nullptr;
    while (!at_op("}")) {
        if (accept_op("**")) {
            Node* v = bitwise_or();
            if (!v) return nullptr;
            d->l1.push_back(nullptr);
            d->l2.push_back(v);
            last = nullptr; // '**' takes a bitwise_or: no comma suggestion after it
        } else {
            Node* k = expression();
            if (!k) return nullptr;
            // After a first item, a key without its ':' (CPython's invalid_kvpair).
            if (!at_op(":") && !d->l2.empty())
                return error_without_end("':' expected after dictionary key", k->line,
                                         k->end_col - 1, k->end_line);
            if (!expect_op(":")) return nullptr;
            Node* v = dict_value(toks_[i_ - 1]);
            if (!v) return nullptr;
            d->l1.push_back(k);
            d->l2.push_back(v);
            last = v;
        }
        if (!accept_op(",")) break;
    }
    if (!at_op("}")) return missing_comma(last);
    i_++;
    finish(d);
    return d;
}

} // namespace uopy::frontend::parsing
