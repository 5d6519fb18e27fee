// Constant folding on the AST, before code generation. CPython counterpart:
// Python/ast_opt.c. `-1000`, `60 * 60`, `1 << 4`, `'ab' * 3`, `(1, 2)` and
// `not 0` become constants, so the loop that uses them loads a constant
// instead of computing it on every iteration; `x in [1, 2]` and
// `for x in [1, 2]` use a tuple (and `in {1, 2}` a frozenset).
//
// The rules are CPython 3.11's: an operation that would raise (1 / 0,
// 1 << -1) is left for run time, where it raises as written, and results
// are bounded (ints of at most 128 bits from *, ** and <<; strings of at most
// 4096 characters and tuples of at most 256 items from *) so that folding
// never makes a code object huge. Only operations whose result is exactly
// what the run-time operation gives are folded: int arithmetic in GMP
// (floor division and modulo round towards minus infinity in both), float
// + - * / on doubles; the rest (float //, %, **, complex arithmetic) is left
// alone.
#include "frontend/constant_folding.h"

#include <gmp.h>

#include <cmath>
#include <cstring>
#include <string>

namespace uopy::frontend {

namespace {

using ast::K;
using ast::Node;

constexpr size_t kMaxIntBits = 128;
constexpr size_t kMaxStrSize = 4096;
constexpr size_t kMaxCollectionSize = 256;

// Binary operators as numbered in BinOp::op (CPython's NB_*).
enum : int {
    OP_ADD = 0,
    OP_AND = 1,
    OP_FLOOR_DIVIDE = 2,
    OP_LSHIFT = 3,
    OP_MULTIPLY = 5,
    OP_REMAINDER = 6,
    OP_OR = 7,
    OP_POWER = 8,
    OP_RSHIFT = 9,
    OP_SUBTRACT = 10,
    OP_TRUE_DIVIDE = 11,
    OP_XOR = 12,
};
// Compare::ops codes of `in` and `not in`.
enum : int { CMP_IN = 6, CMP_NOT_IN = 7 };

struct Mpz {
    mpz_t z;
    Mpz() { mpz_init(z); }
    ~Mpz() { mpz_clear(z); }
    Mpz(const Mpz&) = delete;
    Mpz& operator=(const Mpz&) = delete;
};

bool is_const(const Node* n) {
    return n && n->kind == K::Constant;
}

// Ints and bools (which are ints in arithmetic).
bool int_value(const Node* n, mpz_t out) {
    if (!is_const(n)) return false;
    switch (n->ckind) {
    case ast::C_INT: return mpz_set_str(out, n->s.c_str(), n->ival) == 0;
    case ast::C_TRUE: mpz_set_ui(out, 1); return true;
    case ast::C_FALSE: mpz_set_ui(out, 0); return true;
    default: return false;
    }
}

// A float, or an int that converts to a double exactly.
bool double_value(const Node* n, double* out) {
    if (!is_const(n)) return false;
    if (n->ckind == ast::C_FLOAT) {
        *out = n->real;
        return true;
    }
    Mpz v;
    if (!int_value(n, v.z) || mpz_sizeinbase(v.z, 2) > 53) return false;
    *out = mpz_get_d(v.z);
    return true;
}

// The node becomes a constant of [ckind]; its position stays.
void become_constant(Node* n, int ckind) {
    n->kind = K::Constant;
    n->ckind = ckind;
    n->op = 0;
    n->ival = 0;
    n->s.clear();
    n->real = n->imag = 0;
    n->a = n->b = n->c = nullptr;
    n->l1.clear();
    n->l2.clear();
    n->ops.clear();
}

void become_int(Node* n, const mpz_t v) {
    become_constant(n, ast::C_INT);
    char* text = mpz_get_str(nullptr, 10, v);
    n->s = text;
    void (*free_fn)(void*, size_t);
    mp_get_memory_functions(nullptr, nullptr, &free_fn);
    free_fn(text, std::strlen(text) + 1);
    n->ival = 10;
}

void become_float(Node* n, double d) {
    become_constant(n, ast::C_FLOAT);
    n->real = d;
}

void become_bool(Node* n, bool b) {
    become_constant(n, b ? ast::C_TRUE : ast::C_FALSE);
}

// Truth value of a constant (all constants have one).
bool truth(const Node* c) {
    switch (c->ckind) {
    case ast::C_NONE:
    case ast::C_FALSE: return false;
    case ast::C_TRUE:
    case ast::C_ELLIPSIS: return true;
    case ast::C_INT: return c->s.find_first_not_of('0') != std::string::npos;
    case ast::C_FLOAT: return c->real != 0;
    case ast::C_COMPLEX: return c->real != 0 || c->imag != 0;
    case ast::C_STR:
    case ast::C_BYTES: return !c->s.empty();
    default: return !c->l1.empty(); // tuple, frozenset
    }
}

// Number of characters of UTF-8 text.
size_t char_count(const std::string& s) {
    size_t n = 0;
    for (unsigned char ch : s)
        if ((ch & 0xC0) != 0x80) n++;
    return n;
}

// Lone surrogates are stored with their 3-byte encoding (lead byte 0xED);
// joining such text could pair them, which Python never does: left alone.
bool may_hold_surrogates(const std::string& s) {
    return s.find('\xED') != std::string::npos;
}

void fold_unary(Node* n) {
    Node* v = n->a;
    if (!is_const(v)) return;
    switch (n->op) {
    case 0: become_bool(n, !truth(v)); return; // not
    case 1:                                    // -
    case 2: {                                  // +
        bool negate = n->op == 1;
        if (v->ckind == ast::C_FLOAT) {
            become_float(n, negate ? -v->real : v->real);
        } else if (v->ckind == ast::C_COMPLEX) {
            double re = v->real, im = v->imag;
            become_constant(n, ast::C_COMPLEX);
            n->real = negate ? -re : re;
            n->imag = negate ? -im : im;
        } else {
            Mpz x;
            if (!int_value(v, x.z)) return;
            if (negate) mpz_neg(x.z, x.z);
            become_int(n, x.z);
        }
        return;
    }
    case 3: { // ~
        Mpz x;
        if (!int_value(v, x.z)) return;
        mpz_com(x.z, x.z);
        become_int(n, x.z);
        return;
    }
    }
}

// int <op> int; false: not folded.
bool fold_int_binop(Node* n, const mpz_t a, const mpz_t b) {
    Mpz r;
    size_t abits = mpz_sgn(a) ? mpz_sizeinbase(a, 2) : 0;
    size_t bbits = mpz_sgn(b) ? mpz_sizeinbase(b, 2) : 0;
    switch (n->op) {
    case OP_ADD: mpz_add(r.z, a, b); break;
    case OP_SUBTRACT: mpz_sub(r.z, a, b); break;
    case OP_MULTIPLY:
        if (abits + bbits > kMaxIntBits && abits && bbits) return false;
        mpz_mul(r.z, a, b);
        break;
    case OP_FLOOR_DIVIDE:
        if (!mpz_sgn(b)) return false;
        mpz_fdiv_q(r.z, a, b);
        break;
    case OP_REMAINDER:
        if (!mpz_sgn(b)) return false;
        mpz_fdiv_r(r.z, a, b);
        break;
    case OP_TRUE_DIVIDE:
        // Both exact doubles: one rounding, as int / int in Python.
        if (!mpz_sgn(b) || abits > 53 || bbits > 53) return false;
        become_float(n, mpz_get_d(a) / mpz_get_d(b));
        return true;
    case OP_POWER: {
        if (mpz_sgn(b) < 0 || !mpz_fits_ulong_p(b)) return false;
        unsigned long e = mpz_get_ui(b);
        if (abits && e && abits > kMaxIntBits / e) return false;
        mpz_pow_ui(r.z, a, e);
        break;
    }
    case OP_LSHIFT: {
        if (mpz_sgn(b) < 0 || !mpz_fits_ulong_p(b)) return false;
        unsigned long s = mpz_get_ui(b);
        if (abits && (s > kMaxIntBits || abits > kMaxIntBits - s)) return false;
        mpz_mul_2exp(r.z, a, abits ? s : 0);
        break;
    }
    case OP_RSHIFT: {
        if (mpz_sgn(b) < 0) return false;
        unsigned long s = mpz_fits_ulong_p(b) ? mpz_get_ui(b) : ~0ul;
        if (s > abits) s = abits + 1; // everything shifted out: 0 or -1
        mpz_fdiv_q_2exp(r.z, a, s);
        break;
    }
    case OP_AND: mpz_and(r.z, a, b); break;
    case OP_OR: mpz_ior(r.z, a, b); break;
    case OP_XOR: mpz_xor(r.z, a, b); break;
    default: return false;
    }
    become_int(n, r.z);
    return true;
}

bool fold_float_binop(Node* n, double a, double b) {
    double r;
    switch (n->op) {
    case OP_ADD: r = a + b; break;
    case OP_SUBTRACT: r = a - b; break;
    case OP_MULTIPLY: r = a * b; break;
    case OP_TRUE_DIVIDE:
        if (b == 0) return false;
        r = a / b;
        break;
    default: return false;
    }
    become_float(n, r);
    return true;
}

// seq * count for str, bytes and constant tuples.
bool fold_repeat(Node* n, Node* seq, Node* count) {
    Mpz c;
    if (!int_value(count, c.z) || !mpz_fits_slong_p(c.z)) return false;
    long k = mpz_get_si(c.z);
    if (k < 0) k = 0;
    size_t times = static_cast<size_t>(k);
    if (seq->ckind == ast::C_STR || seq->ckind == ast::C_BYTES) {
        size_t size = seq->ckind == ast::C_STR ? char_count(seq->s) : seq->s.size();
        if (size && times > kMaxStrSize / size) return false;
        std::string text;
        for (size_t i = 0; i < times; i++)
            text += seq->s;
        int kind = seq->ckind;
        become_constant(n, kind);
        n->s = std::move(text);
        return true;
    }
    if (seq->ckind == ast::C_TUPLE) {
        size_t size = seq->l1.size();
        if (size && times > kMaxCollectionSize / size) return false;
        std::vector<Node*> items;
        for (size_t i = 0; i < times; i++)
            items.insert(items.end(), seq->l1.begin(), seq->l1.end());
        become_constant(n, ast::C_TUPLE);
        n->l1 = std::move(items);
        return true;
    }
    return false;
}

void fold_binop(Node* n) {
    Node* a = n->a;
    Node* b = n->b;
    if (!is_const(a) || !is_const(b)) return;
    bool a_num = a->ckind == ast::C_INT || a->ckind == ast::C_TRUE || a->ckind == ast::C_FALSE;
    bool b_num = b->ckind == ast::C_INT || b->ckind == ast::C_TRUE || b->ckind == ast::C_FALSE;
    if (a_num && b_num) {
        bool bools = a->ckind != ast::C_INT && b->ckind != ast::C_INT;
        if (bools && (n->op == OP_AND || n->op == OP_OR || n->op == OP_XOR)) {
            bool x = a->ckind == ast::C_TRUE, y = b->ckind == ast::C_TRUE;
            become_bool(n, n->op == OP_AND ? (x && y) : n->op == OP_OR ? (x || y) : (x != y));
            return;
        }
        Mpz x, y;
        if (int_value(a, x.z) && int_value(b, y.z)) fold_int_binop(n, x.z, y.z);
        return;
    }
    if (a->ckind == ast::C_FLOAT || b->ckind == ast::C_FLOAT) {
        double x, y;
        if (double_value(a, &x) && double_value(b, &y)) fold_float_binop(n, x, y);
        return;
    }
    if (n->op == OP_MULTIPLY) {
        if (b_num &&
            (a->ckind == ast::C_STR || a->ckind == ast::C_BYTES || a->ckind == ast::C_TUPLE))
            fold_repeat(n, a, b);
        else if (a_num)
            fold_repeat(n, b, a);
        return;
    }
    if (n->op == OP_ADD && a->ckind == b->ckind) {
        if (a->ckind == ast::C_STR || a->ckind == ast::C_BYTES) {
            if (a->ckind == ast::C_STR && (may_hold_surrogates(a->s) || may_hold_surrogates(b->s)))
                return;
            std::string text = a->s + b->s;
            int kind = a->ckind;
            become_constant(n, kind);
            n->s = std::move(text);
        } else if (a->ckind == ast::C_TUPLE) {
            std::vector<Node*> items = a->l1;
            items.insert(items.end(), b->l1.begin(), b->l1.end());
            become_constant(n, ast::C_TUPLE);
            n->l1 = std::move(items);
        }
    }
}

bool all_constant(const std::vector<Node*>& items) {
    for (Node* e : items)
        if (!is_const(e)) return false;
    return true;
}

// (c1, c2, ...) of constants.
void fold_tuple(Node* n) {
    // `() = x` and `del ()` are targets: an empty tuple stays a Tuple.
    if (n->l1.empty() || !all_constant(n->l1)) return;
    std::vector<Node*> items = n->l1;
    become_constant(n, ast::C_TUPLE);
    n->l1 = std::move(items);
}

// The right operand of `in` or the iterable of a `for`: a list literal is
// never seen by the program, so a tuple does; a set of constants is a
// frozenset constant.
void fold_iterable(Node* n) {
    if (n->kind == K::List) {
        for (Node* e : n->l1)
            if (e->kind == K::Starred) return;
        n->kind = K::Tuple;
        fold_tuple(n);
    } else if (n->kind == K::Set && all_constant(n->l1)) {
        std::vector<Node*> items = n->l1;
        become_constant(n, ast::C_FROZENSET);
        n->l1 = std::move(items);
    }
}

void fold(Node* n);

void fold_all(std::vector<Node*>& nodes) {
    for (Node* c : nodes)
        if (c) fold(c);
}

// Annotations are not evaluated (or kept as source text under
// `from __future__ import annotations`): not folded.
void fold_arguments(Node* args) {
    fold_all(args->l3); // keyword-only defaults
    fold_all(args->l4); // defaults
}

void fold(Node* n) {
    switch (n->kind) {
    case K::Constant: return;
    case K::ExprStmt:
        // The value is discarded; folding it could only turn `'a' + 'b'` at
        // the top of a body into a docstring, which CPython avoids.
        if (n->a->kind == K::BinOp || n->a->kind == K::UnaryOp) {
            Node* v = n->a;
            if (v->a) fold(v->a);
            if (v->b) fold(v->b);
        } else {
            fold(n->a);
        }
        return;
    case K::AnnAssign:
        fold(n->a);
        if (n->c) fold(n->c);
        return;
    case K::FunctionDef:
        fold_arguments(n->a);
        fold_all(n->l1);
        fold_all(n->l2);
        return;
    case K::Lambda:
        fold_arguments(n->a);
        fold(n->b);
        return;
    case K::Arguments:
    case K::Arg: return;
    default: break;
    }
    if (n->a) fold(n->a);
    if (n->b) fold(n->b);
    if (n->c) fold(n->c);
    fold_all(n->l1);
    fold_all(n->l2);
    fold_all(n->l3);
    fold_all(n->l4);
    switch (n->kind) {
    case K::UnaryOp: fold_unary(n); break;
    case K::BinOp: fold_binop(n); break;
    case K::Tuple: fold_tuple(n); break;
    case K::Compare:
        if (!n->ops.empty() && (n->ops.back() == CMP_IN || n->ops.back() == CMP_NOT_IN))
            fold_iterable(n->l1.back());
        break;
    case K::For:
    case K::Comprehension:
        // `async for` over a list must fail naming the list.
        if (!n->is_async) fold_iterable(n->b);
        break;
    default: break;
    }
}

} // namespace

void fold_constants(ast::Node* root) {
    if (root) fold(root);
}

} // namespace uopy::frontend
