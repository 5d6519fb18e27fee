// Literals: numbers, adjacent string/bytes concatenation and f-strings
// (whose replacement fields are parsed by a nested Parser).
#include "frontend/parser_internal.h"

#include "frontend/string_literal.h"

#include <set>
#include <vector>

namespace uopy::frontend {
namespace {
long long g_int_literal_max_digits = 4300;
}
void set_int_literal_max_digits(long long n) {
    g_int_literal_max_digits = n;
}
} // namespace uopy::frontend

namespace uopy::frontend::parsing {

// Adjacent literal parts of an f-string become one, as in CPython:
// f"a{x}b" "c" f"{y=}" has the parts 'a', x, 'bcy=', y.
static void merge_constant_parts(std::vector<Node*>& parts) {
    std::vector<Node*> out;
    for (Node* p : parts) {
        if (p->kind == K::Constant && !out.empty() && out.back()->kind == K::Constant) {
            out.back()->s += p->s;
            continue;
        }
        out.push_back(p);
    }
    parts.swap(out);
}

Node* Parser::number() {
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
        if (g_int_literal_max_digits > 0 &&
            s.size() > static_cast<size_t>(g_int_literal_max_digits))
            return error_at("Exceeds the limit (" + std::to_string(g_int_literal_max_digits) +
                                " digits) for integer string conversion: value has " +
                                std::to_string(s.size()) +
                                " digits; use sys.set_int_max_str_digits() to increase the "
                                "limit - Consider hexadecimal for huge integer literals to "
                                "avoid decimal conversion limits.",
                            t.line, t.col, t.end_line, t.end_col);
    }
    finish(c);
    return c;
}

Node* Parser::strings() {
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
            if (!fstring(body, raw, t, parts, q + qlen)) return nullptr;
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
            if (!decode_escapes(body, is_bytes, decoded, err)) return error_at(err, t.line, t.col);
            if (is_bytes)
                for (char ch : body)
                    if (static_cast<unsigned char>(ch) >= 0x80)
                        return error_at("bytes can only contain ASCII literal characters", t.line,
                                        t.col);
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
    merge_constant_parts(parts);
    Node* j = make(K::JoinedStr, first);
    j->l1 = parts;
    finish(j);
    // As in CPython 3.11, the literal parts and the replacement fields have
    // the position of the whole literal (their format specs that of their
    // own string token, set by fstring()); only the expressions inside have
    // their own.
    for (Node* p : parts) {
        p->line = j->line;
        p->col = j->col;
        p->end_line = j->end_line;
        p->end_col = j->end_col;
    }
    return j;
}

Node* Parser::str_const(const std::string& s, const Token& t) {
    Node* c = make(K::Constant, t);
    c->ckind = ast::C_STR;
    c->s = s;
    return c;
}

bool Parser::fstring(std::string_view body, bool raw, const Token& t, std::vector<Node*>& parts,
                     size_t base) {
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
        if (!raw && ch == '\\' && k + 1 < body.size()) {
            // An escaped backslash, or \N{name}, whose braces are no field
            // (an unclosed one runs to the end; decode_escapes reports it).
            if (body[k + 1] == '\\') {
                lit.append("\\\\");
                k++;
                continue;
            }
            if (body[k + 1] == 'N' && k + 2 < body.size() && body[k + 2] == '{') {
                size_t close = body.find('}', k + 3);
                size_t stop = close == std::string_view::npos ? body.size() : close + 1;
                lit.append(body.substr(k, stop - k));
                k = stop - 1;
                continue;
            }
        }
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
                else if (depth == 0 && (c2 == '}' || c2 == ':' ||
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
            Node* value = sub_expression("(" + expr_text + ")", t, base + k);
            if (!value) return false;
            Node* fv = make(K::FormattedValue, t);
            fv->a = value;
            fv->ival = -1;
            j = expr_end;
            if (body[j] == '!') {
                if (j + 1 >= body.size() || !std::strchr("rsa", body[j + 1])) {
                    error_at("f-string: invalid conversion character: expected 's', 'r', or 'a'",
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
                if (!fstring(body.substr(s, j - s), raw, t, spec_parts, base + s)) return false;
                merge_constant_parts(spec_parts);
                Node* spec = make(K::JoinedStr, t);
                spec->l1 = spec_parts;
                // The spec, its literal parts and fields span the string token.
                spec_parts.push_back(spec);
                for (Node* p : spec_parts) {
                    p->end_line = t.end_line;
                    p->end_col = t.end_col;
                    p->line = t.line;
                    p->col = t.col;
                }
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

Node* Parser::sub_expression(const std::string& text, const Token& t, size_t brace) {
    Parser sub(text, arena_);
    Node* e = nullptr;
    if (sub.init()) {
        e = sub.eval_input();
        if (!sub.settle_tokenizer_stop(e != nullptr)) e = nullptr;
    }
    if (!e) {
        error_at("f-string: " + sub.err_.msg, t.line, t.col);
        return nullptr;
    }
    // [text] is "(" + the expression + ")", its '(' standing for the '{':
    // move the nodes from its lines and columns to the source's.
    int line = t.line, col = t.col;
    for (size_t i = 0; i < brace && i < t.text.size(); i++) {
        if (t.text[i] == '\n') {
            line++;
            col = 0;
        } else {
            col++;
        }
    }
    auto relocate = [&](int& l, int& c) {
        if (l == 1) c += col;
        l += line - 1;
    };
    std::vector<Node*> todo{e};
    std::set<Node*> seen;
    while (!todo.empty()) {
        Node* n = todo.back();
        todo.pop_back();
        if (!n || !seen.insert(n).second) continue;
        relocate(n->line, n->col);
        relocate(n->end_line, n->end_col);
        for (Node* c : {n->a, n->b, n->c})
            todo.push_back(c);
        for (auto* list : {&n->l1, &n->l2, &n->l3, &n->l4})
            todo.insert(todo.end(), list->begin(), list->end());
    }
    return e;
}

} // namespace uopy::frontend::parsing
