// Code generation for match statements (PEP 634). CPython counterpart: the
// compiler_pattern_* functions of Python/compile.c; the stack discipline is
// the same in spirit, the code our own.
//
// A pattern is compiled with its subject on top of the stack and consumes
// it. While it matches, the stack holds, above the case's base:
//
//   captured values (newest lowest) | pending items (the subject on top)
//
// A captured value is rotated down below everything the pattern is still
// working on, so the pending items stay on top; when the whole pattern has
// matched, only the captures remain, the oldest on top, and they are
// stored in order. A failed test jumps to fail_pop[k], k being how many
// items (captures and pending) are on the stack at that point: the fail
// labels are a run of POP_TOPs that the jump enters at the right place.
#include "frontend/compiler_codegen.h"

#include <algorithm>

namespace uopy::frontend::codegen {

struct Compiler::PatternCtx {
    std::vector<std::string> stores; // captured names, oldest first
    int pending = 0;                 // items above the captures, the subject on top
    std::vector<int> fail_pop;       // fail_pop[k]: pop k items, then the pattern failed
};

static constexpr int kCompareEqBool = (2 << 5) | 16; // COMPARE_OP ==, result a bool
static constexpr int kCompareGeBool = (5 << 5) | 16; // COMPARE_OP >=, result a bool

void Compiler::rotate(int n) {
    // TOS goes to the bottom of the top n items; the others keep their order.
    for (int c = n; c >= 2; c--)
        emit(SWAP, c);
}

void Compiler::pattern_fail_jump(PatternCtx& pc, int op) {
    size_t k = static_cast<size_t>(pc.pending) + pc.stores.size();
    while (pc.fail_pop.size() <= k)
        pc.fail_pop.push_back(new_label());
    emit_jump(op, pc.fail_pop[k]);
}

void Compiler::emit_fail_pops(PatternCtx& pc) {
    if (pc.fail_pop.empty()) return;
    for (size_t k = pc.fail_pop.size() - 1; k >= 1; k--) {
        use_label(pc.fail_pop[k]);
        emit(POP_TOP, 0);
    }
    use_label(pc.fail_pop[0]);
}

void Compiler::pattern_capture(const std::string& name, Node* where, PatternCtx& pc) {
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
        return fail("multiple assignments to name '" + name + "' in pattern", where);
    rotate(pc.pending + static_cast<int>(pc.stores.size()));
    pc.pending--;
    pc.stores.push_back(name);
}

static bool irrefutable(Node* p) {
    if (p->kind == K::MatchAs) return !p->a || irrefutable(p->a);
    if (p->kind == K::MatchOr) {
        for (Node* q : p->l1)
            if (irrefutable(q)) return true;
    }
    return false;
}

// The name an irrefutable pattern binds, "" for a wildcard.
static std::string irrefutable_name(Node* p) {
    if (p->kind == K::MatchAs) return !p->s.empty() ? p->s : p->a ? irrefutable_name(p->a) : "";
    for (Node* q : p->l1)
        if (irrefutable(q)) return irrefutable_name(q);
    return "";
}

void Compiler::pattern(Node* p, PatternCtx& pc) {
    if (failed_) return;
    set_line(p);
    switch (p->kind) {
    case K::MatchAs:
        if (p->a) {
            emit(COPY, 1);
            pc.pending++;
            pattern(p->a, pc);
        }
        if (p->s.empty()) {
            emit(POP_TOP, 0);
            pc.pending--;
        } else {
            pattern_capture(p->s, p, pc);
        }
        return;
    case K::MatchValue:
    case K::MatchSingleton:
        expr(p->a);
        if (p->kind == K::MatchValue)
            emit(COMPARE_OP, kCompareEqBool);
        else
            emit(IS_OP, 0);
        pc.pending--;
        pattern_fail_jump(pc, POP_JUMP_IF_FALSE);
        return;
    case K::MatchSequence: return pattern_sequence(p, pc);
    case K::MatchMapping: return pattern_mapping(p, pc);
    case K::MatchClass: return pattern_class(p, pc);
    case K::MatchOr: return pattern_or(p, pc);
    default: return fail("invalid pattern", p);
    }
}

void Compiler::pattern_sequence(Node* p, PatternCtx& pc) {
    int n = static_cast<int>(p->l1.size());
    int star = -1;
    for (int i = 0; i < n; i++)
        if (p->l1[i]->kind == K::MatchStar) {
            if (star >= 0) return fail("multiple starred names in sequence pattern", p->l1[i]);
            star = i;
        }
    emit(MATCH_SEQUENCE, 0);
    pattern_fail_jump(pc, POP_JUMP_IF_FALSE);
    if (star < 0 || n > 1) {
        emit(GET_LEN, 0);
        load_int(star < 0 ? n : n - 1);
        emit(COMPARE_OP, star < 0 ? kCompareEqBool : kCompareGeBool);
        pattern_fail_jump(pc, POP_JUMP_IF_FALSE);
    }
    if (star < 0)
        emit(UNPACK_SEQUENCE, n);
    else
        emit(UNPACK_EX, star | ((n - 1 - star) << 8));
    pc.pending += n - 1;
    for (Node* sub : p->l1) {
        if (sub->kind != K::MatchStar) {
            pattern(sub, pc);
        } else if (sub->s.empty()) {
            emit(POP_TOP, 0);
            pc.pending--;
        } else {
            pattern_capture(sub->s, sub, pc);
        }
        if (failed_) return;
    }
}

void Compiler::pattern_mapping(Node* p, PatternCtx& pc) {
    int nk = static_cast<int>(p->l1.size());
    bool rest = !p->s.empty();
    emit(MATCH_MAPPING, 0);
    pattern_fail_jump(pc, POP_JUMP_IF_FALSE);
    if (nk == 0) {
        if (!rest) {
            emit(POP_TOP, 0);
            pc.pending--;
            return;
        }
        // {**rest}: a copy of the whole mapping.
        emit(BUILD_MAP, 0);
        emit(SWAP, 2);
        emit(DICT_UPDATE, 1);
        pattern_capture(p->s, p, pc);
        return;
    }
    emit(GET_LEN, 0);
    load_int(nk);
    emit(COMPARE_OP, kCompareGeBool);
    pattern_fail_jump(pc, POP_JUMP_IF_FALSE);
    for (Node* k : p->l1)
        expr(k);
    emit(BUILD_TUPLE, nk);
    emit(MATCH_KEYS, 0); // subject, keys, values-or-None
    pc.pending += 2;
    emit(COPY, 1);
    pattern_fail_jump(pc, POP_JUMP_IF_NONE);
    emit(UNPACK_SEQUENCE, nk);
    pc.pending += nk - 1;
    for (Node* sub : p->l2) {
        pattern(sub, pc);
        if (failed_) return;
    }
    // Left: subject, keys.
    if (!rest) {
        emit(POP_TOP, 0);
        emit(POP_TOP, 0);
        pc.pending -= 2;
        return;
    }
    // **rest: a copy of the mapping without the matched keys.
    emit(BUILD_MAP, 0);   // subject, keys, {}
    emit(SWAP, 3);        // {}, keys, subject
    emit(DICT_UPDATE, 2); // {}, keys
    emit(UNPACK_SEQUENCE, nk);
    for (int m = nk; m > 0; m--) {
        emit(COPY, m + 1); // ..., key, dict
        emit(SWAP, 2);     // ..., dict, key
        emit(DELETE_SUBSCR, 0);
    }
    pc.pending--; // subject and keys became the rest dict
    pattern_capture(p->s, p, pc);
}

void Compiler::pattern_class(Node* p, PatternCtx& pc) {
    int npos = static_cast<int>(p->l1.size());
    int nkw = static_cast<int>(p->l2.size());
    expr(p->a);
    ConstValue names;
    names.kind = ConstValue::Kind::Tuple;
    for (const std::string& n : p->names) {
        ConstValue s;
        s.kind = ConstValue::Kind::Str;
        s.text = n;
        names.items.push_back(s);
    }
    emit(LOAD_CONST, add_const(names));
    emit(MATCH_CLASS, npos); // subject, cls, names -> attrs or None
    emit(COPY, 1);
    pattern_fail_jump(pc, POP_JUMP_IF_NONE);
    emit(UNPACK_SEQUENCE, npos + nkw);
    pc.pending += npos + nkw - 1;
    for (Node* sub : p->l1) {
        pattern(sub, pc);
        if (failed_) return;
    }
    for (Node* sub : p->l2) {
        pattern(sub, pc);
        if (failed_) return;
    }
}

// Each alternative runs on a copy of the subject with captures of its own,
// kept just above the subject so that a failing alternative pops only
// what it pushed. The one that matches puts its captures in the order of
// the first alternative's and moves them down among the pattern's.
void Compiler::pattern_or(Node* p, PatternCtx& pc) {
    int end = new_label();
    std::vector<std::string> control;
    int outer = pc.pending + static_cast<int>(pc.stores.size());
    size_t n = p->l1.size();
    for (size_t i = 0; i < n; i++) {
        Node* alt = p->l1[i];
        if (i + 1 < n && irrefutable(alt)) {
            std::string name = irrefutable_name(alt);
            return fail(name.empty()
                            ? "wildcard makes remaining patterns unreachable"
                            : "name capture '" + name + "' makes remaining patterns unreachable",
                        alt);
        }
        PatternCtx sub;
        sub.pending = 1;
        emit(COPY, 1);
        pattern(alt, sub);
        if (failed_) return;
        std::vector<std::string> cur = sub.stores;
        if (i == 0) {
            control = cur;
        } else {
            std::vector<std::string> a = control, b = cur;
            std::sort(a.begin(), a.end());
            std::sort(b.begin(), b.end());
            if (a != b) return fail("alternative patterns bind different names", alt);
        }
        // cur[j] is at depth j + 1; bring control's order about.
        int k = static_cast<int>(cur.size());
        for (int j = 0; j < k; j++) {
            int pos = static_cast<int>(std::find(cur.begin(), cur.end(), control[j]) - cur.begin());
            if (pos == j) continue;
            if (j == 0) {
                emit(SWAP, pos + 1);
            } else {
                emit(SWAP, j + 1);
                emit(SWAP, pos + 1);
                emit(SWAP, j + 1);
            }
            std::swap(cur[j], cur[pos]);
        }
        for (int m = 0; m < k; m++)
            rotate(k + outer);
        emit_jump(PSEUDO_JUMP, end);
        emit_fail_pops(sub);
    }
    // No alternative matched: the subject is back on top.
    pattern_fail_jump(pc, PSEUDO_JUMP);
    use_label(end);
    for (const std::string& name : control) {
        if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
            return fail("multiple assignments to name '" + name + "' in pattern", p);
        pc.stores.push_back(name);
    }
    emit(POP_TOP, 0);
    pc.pending--;
}

void Compiler::match_stmt(Node* n) {
    set_line(n);
    expr(n->a);
    int end = new_label();
    size_t ncases = n->l1.size();
    for (size_t i = 0; i < ncases && !failed_; i++) {
        Node* c = n->l1[i];
        bool last = i + 1 == ncases;
        if (!last && !c->b && irrefutable(c->a)) {
            std::string name = irrefutable_name(c->a);
            return fail(name.empty()
                            ? "wildcard makes remaining patterns unreachable"
                            : "name capture '" + name + "' makes remaining patterns unreachable",
                        c->a);
        }
        set_line(c->a);
        if (!last) emit(COPY, 1);
        PatternCtx pc;
        pc.pending = 1;
        pattern(c->a, pc);
        if (failed_) return;
        for (const std::string& name : pc.stores)
            store_name(name);
        int next = new_label();
        if (c->b) jump_if(c->b, false, next);
        if (!last) emit(POP_TOP, 0);
        body(c->l1);
        emit_jump(PSEUDO_JUMP, end);
        emit_fail_pops(pc);
        use_label(next);
    }
    use_label(end);
}

void Compiler::load_int(int64_t v) {
    ConstValue k;
    k.kind = ConstValue::Kind::Int;
    k.text = std::to_string(v);
    emit(LOAD_CONST, add_const(k));
}

} // namespace uopy::frontend::codegen
