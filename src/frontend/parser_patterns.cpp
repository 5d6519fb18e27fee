// The parser's match statements and patterns (PEP 634). `match` and `case`
// are soft keywords: a line is a match statement only when it reads as one
// (looks_like_match), so `match = 1` and `match(x)` stay ordinary code.
// CPython counterpart: the match_stmt and *_pattern rules of
// Grammar/python.gram.
#include "frontend/parser_internal.h"

namespace uopy::frontend::parsing {

// `match <subject>:` NEWLINE INDENT `case`: the colon closes the logical
// line at bracket depth 0 and a case block follows.
bool Parser::looks_like_match() const {
    const Token& next = peek(1);
    if (next.type == Tok::Newline || next.type == Tok::End) return false;
    if (next.type == Tok::Op) {
        static const char* const starts[] = {"(", "[", "{", "-", "+", "~", "*", "..."};
        bool ok = false;
        for (const char* s : starts)
            ok = ok || next.text == s;
        if (!ok) return false;
    }
    int depth = 0;
    size_t k = i_ + 1;
    for (; k < toks_.size(); k++) {
        const Token& t = toks_[k];
        if (t.type == Tok::Newline || t.type == Tok::End) break;
        if (t.type != Tok::Op) continue;
        if (t.text == "(" || t.text == "[" || t.text == "{") depth++;
        if (t.text == ")" || t.text == "]" || t.text == "}") depth--;
    }
    if (k >= toks_.size() || toks_[k].type != Tok::Newline) return false;
    const Token& colon = toks_[k - 1];
    if (depth != 0 || colon.type != Tok::Op || colon.text != ":") return false;
    return k + 2 < toks_.size() && toks_[k + 1].type == Tok::Indent &&
           toks_[k + 2].type == Tok::Name && toks_[k + 2].text == "case";
}

bool Parser::match_stmt(std::vector<Node*>& body) {
    const Token& t = tok();
    i_++;
    Node* n = make(K::Match, t);
    // The subject: a named expression, or an unparenthesized tuple.
    Node* first = at_op("*") ? star_expression() : named_expression();
    if (!first) return false;
    if (at_op(",")) {
        Node* tup = make(K::Tuple, t);
        tup->l1.push_back(first);
        while (accept_op(",")) {
            if (at_op(":")) break;
            Node* e = at_op("*") ? star_expression() : named_expression();
            if (!e) return false;
            tup->l1.push_back(e);
        }
        finish(tup);
        first = tup;
    }
    n->a = first;
    if (!expect_op(":")) return false;
    i_++; // NEWLINE (looks_like_match saw it)
    i_++; // INDENT
    while (!at(Tok::Dedent) && !at(Tok::End)) {
        if (at(Tok::Newline)) {
            i_++;
            continue;
        }
        if (!at_kw("case")) return error_here("invalid syntax"), false;
        const Token& ct = tok();
        i_++;
        Node* c = make(K::MatchCase, ct);
        c->a = open_patterns();
        if (!c->a) return false;
        if (accept_kw("if")) {
            c->b = named_expression();
            if (!c->b) return false;
        }
        if (!block(c->l1, "'case' statement", ct.line)) return false;
        finish(c);
        n->l1.push_back(c);
    }
    if (at(Tok::Dedent)) i_++;
    finish(n);
    body.push_back(n);
    return true;
}

// The patterns of a case: one, or several separated by commas (a sequence).
Node* Parser::open_patterns() {
    const Token& t = tok();
    Node* first = maybe_star_pattern();
    if (!first) return nullptr;
    if (!at_op(",")) {
        if (first->kind == K::MatchStar) return error_node("invalid syntax", first);
        return first;
    }
    Node* seq = make(K::MatchSequence, t);
    seq->l1.push_back(first);
    while (accept_op(",")) {
        if (at_op(":") || at_kw("if")) break;
        Node* p = maybe_star_pattern();
        if (!p) return nullptr;
        seq->l1.push_back(p);
    }
    finish(seq);
    return seq;
}

Node* Parser::maybe_star_pattern() {
    if (!at_op("*")) return pattern();
    const Token& t = tok();
    i_++;
    if (!at(Tok::Name) || is_keyword(tok().text)) return error_here("invalid syntax");
    Node* s = make(K::MatchStar, t);
    s->s = tok().text == "_" ? "" : tok().text;
    i_++;
    finish(s);
    return s;
}

// or_pattern ['as' NAME]
Node* Parser::pattern() {
    const Token& t = tok();
    Node* p = or_pattern();
    if (!p) return nullptr;
    if (!accept_kw("as")) return p;
    if (!at(Tok::Name) || is_keyword(tok().text)) return error_here("invalid pattern target");
    if (tok().text == "_") return error_here("cannot use '_' as a target");
    Node* as = make(K::MatchAs, t);
    as->a = p;
    as->s = tok().text;
    i_++;
    finish(as);
    return as;
}

Node* Parser::or_pattern() {
    const Token& t = tok();
    Node* first = closed_pattern();
    if (!first || !at_op("|")) return first;
    Node* o = make(K::MatchOr, t);
    o->l1.push_back(first);
    while (accept_op("|")) {
        Node* p = closed_pattern();
        if (!p) return nullptr;
        o->l1.push_back(p);
    }
    finish(o);
    return o;
}

// A literal's value: a (signed) number, a complex `a + bj`, or strings.
Node* Parser::literal_pattern_value() {
    const Token& t = tok();
    if (at(Tok::String)) {
        Node* s = strings();
        if (s && s->kind != K::Constant)
            return error_node("patterns may only match literals and attribute lookups", s);
        return s;
    }
    bool neg = accept_op("-");
    if (!at(Tok::Number)) return error_here("invalid syntax");
    Node* num = number();
    if (!num) return nullptr;
    if (neg) {
        Node* u = make(K::UnaryOp, t);
        u->op = 1;
        u->a = num;
        finish(u);
        num = u;
    }
    if (at_op("+") || at_op("-")) {
        // Only real + imaginary: the right operand must be an imaginary literal.
        bool plus = at_op("+");
        i_++;
        if (!at(Tok::Number)) return error_here("invalid syntax");
        Node* imag = number();
        if (!imag) return nullptr;
        if (imag->ckind != ast::C_COMPLEX)
            return error_node("imaginary number required in complex literal", imag);
        Node* b = make(K::BinOp, t);
        b->a = num;
        b->op = plus ? 0 /* NB_ADD */ : 10 /* NB_SUBTRACT */;
        b->b = imag;
        finish(b);
        return b;
    }
    return num;
}

// NAME ('.' NAME)*: a Name, or Attribute nodes over it.
Node* Parser::dotted_value(const Token& first) {
    Node* v = make(K::Name, first);
    v->s = first.text;
    finish(v);
    while (at_op(".")) {
        i_++;
        if (!at(Tok::Name)) return error_here("invalid syntax");
        Node* a = make(K::Attribute, first);
        a->a = v;
        a->s = tok().text;
        i_++;
        finish(a);
        v = a;
    }
    return v;
}

Node* Parser::closed_pattern() {
    const Token& t = tok();
    if (at(Tok::Number) || at(Tok::String) || at_op("-")) {
        Node* v = literal_pattern_value();
        if (!v) return nullptr;
        Node* p = make(K::MatchValue, t);
        p->a = v;
        finish(p);
        return p;
    }
    if (at(Tok::Name)) {
        const std::string& w = t.text;
        if (w == "None" || w == "True" || w == "False") {
            i_++;
            Node* c = make(K::Constant, t);
            c->ckind = w == "None" ? ast::C_NONE : w == "True" ? ast::C_TRUE : ast::C_FALSE;
            finish(c);
            Node* p = make(K::MatchSingleton, t);
            p->a = c;
            finish(p);
            return p;
        }
        if (is_keyword(w)) return error_here("invalid syntax");
        i_++;
        bool dotted = at_op(".");
        Node* v = dotted_value(t);
        if (!v) return nullptr;
        if (at_op("(")) return class_pattern_args(v);
        if (dotted) {
            Node* p = make(K::MatchValue, t);
            p->a = v;
            finish(p);
            return p;
        }
        Node* p = make(K::MatchAs, t);
        p->s = w == "_" ? "" : w;
        finish(p);
        return p;
    }
    if (at_op("(")) {
        i_++;
        if (accept_op(")")) {
            Node* seq = make(K::MatchSequence, t);
            finish(seq);
            return seq;
        }
        Node* first = maybe_star_pattern();
        if (!first) return nullptr;
        if (accept_op(")")) {
            if (first->kind == K::MatchStar) return error_node("invalid syntax", first);
            return first; // a group
        }
        Node* seq = make(K::MatchSequence, t);
        seq->l1.push_back(first);
        if (!expect_op(",")) return nullptr;
        if (!sequence_items(seq->l1, ")")) return nullptr;
        finish(seq);
        return seq;
    }
    if (at_op("[")) {
        i_++;
        Node* seq = make(K::MatchSequence, t);
        if (!sequence_items(seq->l1, "]")) return nullptr;
        finish(seq);
        return seq;
    }
    if (at_op("{")) return mapping_pattern();
    return error_here("invalid syntax");
}

// Items up to [closer], comma separated, a trailing comma allowed.
bool Parser::sequence_items(std::vector<Node*>& items, const char* closer) {
    while (!accept_op(closer)) {
        Node* p = maybe_star_pattern();
        if (!p) return false;
        items.push_back(p);
        if (accept_op(closer)) break;
        if (!expect_op(",")) return false;
    }
    return true;
}

Node* Parser::class_pattern_args(Node* cls) {
    const Token& t = tok();
    i_++; // (
    Node* c = make(K::MatchClass, t);
    c->line = cls->line;
    c->col = cls->col;
    c->a = cls;
    while (!accept_op(")")) {
        if (at(Tok::Name) && peek(1).type == Tok::Op && peek(1).text == "=") {
            std::string name = tok().text;
            for (const std::string& seen : c->names)
                if (seen == name)
                    return error_here("attribute name repeated in class pattern: " + name);
            i_ += 2;
            Node* p = pattern();
            if (!p) return nullptr;
            c->names.push_back(name);
            c->l2.push_back(p);
        } else {
            if (!c->names.empty()) return error_here("positional patterns follow keyword patterns");
            Node* p = pattern();
            if (!p) return nullptr;
            c->l1.push_back(p);
        }
        if (accept_op(")")) break;
        if (!expect_op(",")) return nullptr;
    }
    finish(c);
    return c;
}

Node* Parser::mapping_pattern() {
    const Token& t = tok();
    i_++; // {
    Node* m = make(K::MatchMapping, t);
    while (!accept_op("}")) {
        if (accept_op("**")) {
            if (!at(Tok::Name) || is_keyword(tok().text) || tok().text == "_")
                return error_here("invalid syntax");
            m->s = tok().text;
            i_++;
            accept_op(",");
            if (!expect_op("}")) return nullptr;
            break;
        }
        Node* key;
        const Token& kt = tok();
        if (at(Tok::Name) && (kt.text == "None" || kt.text == "True" || kt.text == "False")) {
            i_++;
            key = make(K::Constant, kt);
            key->ckind = kt.text == "None"   ? ast::C_NONE
                         : kt.text == "True" ? ast::C_TRUE
                                             : ast::C_FALSE;
            finish(key);
        } else if (at(Tok::Name)) {
            i_++;
            key = dotted_value(kt);
            if (key && key->kind == K::Name) return error_node("invalid syntax", key);
        } else {
            key = literal_pattern_value();
        }
        if (!key) return nullptr;
        if (!expect_op(":")) return nullptr;
        Node* p = pattern();
        if (!p) return nullptr;
        m->l1.push_back(key);
        m->l2.push_back(p);
        if (accept_op("}")) break;
        if (!expect_op(",")) return nullptr;
    }
    finish(m);
    return m;
}

} // namespace uopy::frontend::parsing
