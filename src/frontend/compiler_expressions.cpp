// Expressions: operators, comparisons, boolean chains, displays, subscripts,
// attributes, calls (including the LOAD_SUPER_ATTR form) and f-strings.
#include "frontend/compiler_codegen.h"

#include <algorithm>

namespace uopy::frontend::codegen {

void Compiler::jump_if(Node* e, bool cond, int label) {
    if (e->kind == K::UnaryOp && e->op == 0) return jump_if(e->a, !cond, label);
    if (e->kind == K::BoolOp) {
        bool is_or = e->op == 1;
        if (is_or == cond) {
            for (Node* v : e->l1)
                jump_if(v, cond, label);
        } else {
            int skip = new_label();
            for (size_t k = 0; k + 1 < e->l1.size(); k++)
                jump_if(e->l1[k], !cond, skip);
            jump_if(e->l1.back(), cond, label);
            use_label(skip);
        }
        return;
    }
    // As in CPython 3.11, a comparison tested leaves its position behind: the
    // jump, and what follows it (an assert's raise, a comprehension's
    // append), are at the comparison.
    if (e->kind == K::Compare && e->ops.size() == 1 && e->ops[0] <= 5) {
        expr(e->a);
        expr(e->l1[0]);
        set_line(e);
        emit(COMPARE_OP, (e->ops[0] << 5) | 16);
        emit_jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, label);
        return;
    }
    expr(e);
    if (e->kind == K::Compare) set_line(e);
    emit(TO_BOOL, 0);
    emit_jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, label);
}

void Compiler::subscript_index(Node* idx) {
    if (idx->kind == K::Slice) {
        if (idx->a)
            expr(idx->a);
        else
            load_none();
        if (idx->b)
            expr(idx->b);
        else
            load_none();
        if (idx->c) {
            expr(idx->c);
            emit(BUILD_SLICE, 3);
        } else {
            emit(BUILD_SLICE, 2);
        }
        return;
    }
    expr(idx);
}

bool Compiler::has_starred(std::vector<Node*>& elts) {
    for (Node* e : elts)
        if (e && e->kind == K::Starred) return true;
    return false;
}

void Compiler::starred_list(std::vector<Node*>& elts) {
    emit(BUILD_LIST, 0);
    for (Node* e : elts) {
        if (e->kind == K::Starred) {
            expr(e->a);
            emit(LIST_EXTEND, 1);
        } else {
            expr(e);
            emit(LIST_APPEND, 1);
        }
    }
}

void Compiler::call_args(std::vector<Node*>& args, std::vector<Node*>& keywords, int extra) {
    bool star = has_starred(args);
    bool dstar = false;
    for (Node* k : keywords)
        if (k->s.empty()) dstar = true;
    if (!star && !dstar) {
        for (Node* a : args)
            expr(a);
        if (keywords.empty()) {
            emit(CALL, extra + static_cast<int>(args.size()));
            return;
        }
        ConstValue names;
        names.kind = ConstValue::Kind::Tuple;
        for (Node* k : keywords) {
            expr(k->a);
            ConstValue s;
            s.kind = ConstValue::Kind::Str;
            s.text = k->s;
            names.items.push_back(s);
        }
        emit(LOAD_CONST, add_const(names));
        emit(CALL_KW, extra + static_cast<int>(args.size() + keywords.size()));
        return;
    }
    // General form: CALL_FUNCTION_EX with a tuple and a dict. A lone
    // *iterable goes as it is: CALL_FUNCTION_EX converts it (and names
    // the callable if it is not iterable).
    if (!extra && args.size() == 1 && args[0]->kind == K::Starred) {
        expr(args[0]->a);
    } else if (extra) {
        emit(BUILD_LIST, extra);
    } else {
        emit(BUILD_LIST, 0);
    }
    if (extra || args.size() != 1 || args[0]->kind != K::Starred) {
        for (Node* e : args) {
            if (e->kind == K::Starred) {
                expr(e->a);
                emit(LIST_EXTEND, 1);
            } else {
                expr(e);
                emit(LIST_APPEND, 1);
            }
        }
        emit(CALL_INTRINSIC_1, 6);
    }
    if (keywords.empty()) {
        emit(PUSH_NULL, 0);
    } else {
        emit(BUILD_MAP, 0);
        for (Node* k : keywords) {
            if (k->s.empty()) {
                expr(k->a);
                emit(DICT_MERGE, 1);
            } else {
                load_const_str(k->s);
                expr(k->a);
                emit(BUILD_MAP, 1);
                emit(DICT_MERGE, 1);
            }
        }
    }
    emit(CALL_FUNCTION_EX, 0);
}

bool Compiler::super_attr(Node* attr, bool method) {
    Node* c = attr->a;
    if (c->kind != K::Call || c->a->kind != K::Name || c->a->s != "super") return false;
    if (!c->l2.empty() || has_starred(c->l1) || (c->l1.size() != 0 && c->l1.size() != 2))
        return false;
    Scope* s = u().scope;
    if (s->kind != ScopeKind::Function || s->lookup("super") != Binding::GlobalImplicit)
        return false;
    bool zero = c->l1.empty();
    if (zero) {
        if (u().data.argcount == 0 || !u().local_index.count("__class__")) return false;
        const std::string& first = u().data.localsplusnames[0];
        if (s->lookup(first) != Binding::Local) return false;
    }
    LocGuard guard(u());
    set_line(c->a);
    emit(LOAD_GLOBAL, name_idx("super") << 1);
    set_line(c);
    if (zero) {
        name_op("__class__", LOAD);
        name_op(u().data.localsplusnames[0], LOAD);
    } else {
        expr(c->l1[0]);
        expr(c->l1[1]);
    }
    set_line(attr);
    update_start_to_attr(attr);
    emit(LOAD_SUPER_ATTR, (name_idx(mangled(attr->s)) << 2) | (zero ? 0 : 2) | (method ? 1 : 0));
    return true;
}

void Compiler::call(Node* n) {
    Node* f = n->a;
    // The method form (LOAD_ATTR pushing method + self) only pairs with
    // CALL/CALL_KW; an unpacking call (CALL_FUNCTION_EX) takes a bound
    // callable, as in CPython.
    bool unpacking = has_starred(n->l1);
    for (Node* k : n->l2)
        if (k->s.empty()) unpacking = true;
    // Positions as in CPython 3.11: the method lookup at the attribute, a
    // global's lookup at its name, the call itself at the whole call (from
    // the method's name when that is on a later line).
    bool method = false;
    if (f->kind == K::Attribute && !unpacking && super_attr(f, true)) {
        // super().method(...): method and self pushed by LOAD_SUPER_ATTR.
        method = true;
    } else if (f->kind == K::Attribute && !unpacking) {
        expr(f->a);
        set_line(f);
        update_start_to_attr(f);
        emit(LOAD_ATTR, (name_idx(mangled(f->s)) << 1) | 1);
        method = true;
    } else if (f->kind == K::Name && u().scope->kind == ScopeKind::Function &&
               (u().scope->lookup(mangled(f->s)) == Binding::GlobalImplicit ||
                u().scope->lookup(mangled(f->s)) == Binding::GlobalExplicit)) {
        set_line(f);
        emit(LOAD_GLOBAL, (name_idx(mangled(f->s)) << 1) | 1);
    } else {
        expr(f);
        emit(PUSH_NULL, 0);
    }
    set_line(n);
    if (method) update_start_to_attr(f);
    call_args(n->l1, n->l2, 0);
}

ConstValue Compiler::constant(Node* n) {
    ConstValue c;
    switch (n->ckind) {
    case ast::C_NONE: c.kind = ConstValue::Kind::None; break;
    case ast::C_TRUE: c.kind = ConstValue::Kind::True; break;
    case ast::C_FALSE: c.kind = ConstValue::Kind::False; break;
    case ast::C_ELLIPSIS: c.kind = ConstValue::Kind::Ellipsis; break;
    case ast::C_INT:
        c.kind = ConstValue::Kind::Int;
        c.text = n->s;
        c.base = n->ival;
        break;
    case ast::C_FLOAT:
        c.kind = ConstValue::Kind::Float;
        c.real = n->real;
        c.text = std::to_string(n->real);
        break;
    case ast::C_COMPLEX:
        c.kind = ConstValue::Kind::Complex;
        c.real = n->real; // nonzero (-0.0) only when folded: -1j
        c.imag = n->imag;
        c.text = std::to_string(n->imag);
        break;
    case ast::C_STR:
        c.kind = ConstValue::Kind::Str;
        c.text = n->s;
        break;
    case ast::C_BYTES:
        c.kind = ConstValue::Kind::Bytes;
        c.text = n->s;
        break;
    case ast::C_TUPLE:
    case ast::C_FROZENSET:
        c.kind = n->ckind == ast::C_TUPLE ? ConstValue::Kind::Tuple : ConstValue::Kind::Frozenset;
        for (Node* item : n->l1)
            c.items.push_back(constant(item));
        break;
    }
    return c;
}

void Compiler::expr(Node* n) {
    if (failed_) return;
    LocGuard guard(u());
    set_line(n);
    switch (n->kind) {
    case K::Constant: {
        if (n->ckind == ast::C_INT && n->ival == 10 && n->s.size() <= 3 && n->s[0] != '-' &&
            std::stoi(n->s) < 256) {
            emit(LOAD_SMALL_INT, std::stoi(n->s));
            break;
        }
        emit(LOAD_CONST, add_const(constant(n)));
        break;
    }
    case K::Name: name_op(n->s, LOAD); break;
    case K::Attribute:
        if (super_attr(n, false)) break;
        expr(n->a);
        set_line(n);
        update_start_to_attr(n);
        emit(LOAD_ATTR, name_idx(mangled(n->s)) << 1);
        break;
    case K::Subscript:
        expr(n->a);
        if (n->b->kind == K::Slice && !n->b->c) {
            if (n->b->a)
                expr(n->b->a);
            else
                load_none();
            if (n->b->b)
                expr(n->b->b);
            else
                load_none();
            set_line(n);
            emit(BINARY_SLICE, 0);
        } else {
            subscript_index(n->b);
            set_line(n);
            emit(BINARY_OP, 26);
        }
        break;
    case K::BinOp:
        expr(n->a);
        expr(n->b);
        set_line(n);
        emit(BINARY_OP, n->op);
        break;
    case K::UnaryOp:
        expr(n->a);
        set_line(n);
        if (n->op == 0) {
            emit(TO_BOOL, 0);
            emit(UNARY_NOT, 0);
        } else if (n->op == 1) {
            emit(UNARY_NEGATIVE, 0);
        } else if (n->op == 2) {
            emit(CALL_INTRINSIC_1, 5);
        } else {
            emit(UNARY_INVERT, 0);
        }
        break;
    case K::BoolOp: {
        int end = new_label();
        for (size_t k = 0; k + 1 < n->l1.size(); k++) {
            expr(n->l1[k]);
            emit(COPY, 1);
            emit(TO_BOOL, 0);
            emit_jump(n->op == 1 ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, end);
            emit(POP_TOP, 0);
        }
        expr(n->l1.back());
        use_label(end);
        break;
    }
    case K::Compare: compare(n); break;
    case K::Call: call(n); break;
    case K::IfExp: {
        int else_l = new_label(), end = new_label();
        jump_if(n->a, false, else_l);
        expr(n->b);
        emit_jump(PSEUDO_JUMP, end);
        use_label(else_l);
        expr(n->c);
        use_label(end);
        break;
    }
    case K::Tuple:
        if (has_starred(n->l1)) {
            starred_list(n->l1);
            emit(CALL_INTRINSIC_1, 6);
        } else {
            for (Node* e : n->l1)
                expr(e);
            emit(BUILD_TUPLE, static_cast<int>(n->l1.size()));
        }
        break;
    case K::List:
        if (has_starred(n->l1)) {
            starred_list(n->l1);
        } else {
            for (Node* e : n->l1)
                expr(e);
            emit(BUILD_LIST, static_cast<int>(n->l1.size()));
        }
        break;
    case K::Set:
        if (has_starred(n->l1)) {
            emit(BUILD_SET, 0);
            for (Node* e : n->l1) {
                if (e->kind == K::Starred) {
                    expr(e->a);
                    emit(SET_UPDATE, 1);
                } else {
                    expr(e);
                    emit(SET_ADD, 1);
                }
            }
        } else if (n->l1.size() > 2 && std::all_of(n->l1.begin(), n->l1.end(), [](Node* e) {
                       return e->kind == K::Constant;
                   })) {
            // CPython builds a display of 3+ constants from a frozenset
            // constant: the set is then laid out (and iterates) as a copy of
            // that frozenset, not in the order the items are written.
            ConstValue c;
            c.kind = ConstValue::Kind::Frozenset;
            for (Node* item : n->l1)
                c.items.push_back(constant(item));
            emit(BUILD_SET, 0);
            emit(LOAD_CONST, add_const(c));
            emit(SET_UPDATE, 1);
        } else {
            for (Node* e : n->l1)
                expr(e);
            emit(BUILD_SET, static_cast<int>(n->l1.size()));
        }
        break;
    case K::Dict: {
        bool any_star = false;
        for (Node* k : n->l1)
            if (!k) any_star = true;
        if (!any_star) {
            for (size_t k = 0; k < n->l1.size(); k++) {
                expr(n->l1[k]);
                expr(n->l2[k]);
            }
            emit(BUILD_MAP, static_cast<int>(n->l1.size()));
        } else {
            emit(BUILD_MAP, 0);
            for (size_t k = 0; k < n->l1.size(); k++) {
                if (!n->l1[k]) {
                    expr(n->l2[k]);
                    emit(DICT_UPDATE, 1);
                } else {
                    expr(n->l1[k]);
                    expr(n->l2[k]);
                    emit(MAP_ADD, 1);
                }
            }
        }
        break;
    }
    case K::Lambda: {
        Scope* s = st_.by_node[n];
        ConstValue code = function_code(n, s, "<lambda>", n->a, nullptr, n->b);
        if (failed_) return;
        make_function(n, s, code, n->a);
        break;
    }
    case K::ListComp:
    case K::SetComp:
    case K::DictComp:
    case K::GeneratorExp: {
        Scope* s = st_.by_node[n];
        ConstValue code = function_code(n, s, s->name, nullptr, nullptr, nullptr);
        if (failed_) return;
        make_function(n, s, code, nullptr);
        emit(PUSH_NULL, 0);
        // The outermost iterable is iterated here, in the enclosing
        // scope, so `(x for x in 5)` fails at once as in CPython.
        expr(n->l1[0]->b);
        if (n->l1[0]->is_async) {
            emit(GET_AITER, 0);
        } else {
            emit(GET_ITER, 0);
            emit(POP_TOP, 0);
        }
        emit(CALL, 1);
        // An async list/set/dict comprehension is a coroutine: await it.
        if (s->is_coroutine && n->kind != K::GeneratorExp) await_top(0);
        break;
    }
    case K::NamedExpr:
        expr(n->b);
        emit(COPY, 1);
        assign_named(n->a->s);
        break;
    case K::Yield:
        if (n->a)
            expr(n->a);
        else
            load_none();
        // An async generator's own yields are told apart from the awaits
        // passing through it by a wrapper (INTRINSIC_ASYNC_GEN_WRAP).
        if (u().scope->is_coroutine) emit(CALL_INTRINSIC_1, 4);
        emit(YIELD_VALUE, 0);
        emit(RESUME, 1);
        break;
    case K::YieldFrom:
        expr(n->a);
        emit(GET_YIELD_FROM_ITER, 0);
        load_none();
        send_loop(2);
        break;
    case K::Await:
        expr(n->a);
        await_top(0);
        break;
    case K::JoinedStr: {
        int count = 0;
        for (Node* part : n->l1) {
            if (part->kind == K::Constant) {
                if (part->s.empty()) continue;
                load_const_str(part->s);
            } else {
                formatted(part);
            }
            count++;
        }
        if (count == 0)
            load_const_str("");
        else if (count > 1)
            emit(BUILD_STRING, count);
        else if (n->l1.size() == 1 && n->l1[0]->kind == K::Constant) {
        }
        break;
    }
    case K::FormattedValue: formatted(n); break;
    case K::Starred: fail("can't use starred expression here", n); break;
    case K::Slice: subscript_index(n); break; // a slice inside a tuple subscript: x[1:2, 3]
    default: fail("unsupported expression", n); break;
    }
}

void Compiler::assign_named(const std::string& name) {
    // A walrus in a comprehension binds in the enclosing function; our
    // comprehension scopes see it as free (captured) there.
    store_name(name);
}

void Compiler::formatted(Node* part) {
    expr(part->a);
    if (part->ival == 's')
        emit(CONVERT_VALUE, 1);
    else if (part->ival == 'r')
        emit(CONVERT_VALUE, 2);
    else if (part->ival == 'a')
        emit(CONVERT_VALUE, 3);
    if (part->b) {
        expr(part->b);
        emit(FORMAT_WITH_SPEC, 0);
    } else {
        emit(FORMAT_SIMPLE, 0);
    }
}

void Compiler::compare_one(int op) {
    if (op <= 5)
        emit(COMPARE_OP, op << 5);
    else if (op == 6 || op == 7)
        emit(CONTAINS_OP, op == 7);
    else
        emit(IS_OP, op == 9);
}

void Compiler::compare(Node* n) {
    expr(n->a);
    if (n->ops.size() == 1) {
        expr(n->l1[0]);
        set_line(n);
        compare_one(n->ops[0]);
        return;
    }
    int cleanup = new_label(), end = new_label();
    for (size_t k = 0; k + 1 < n->ops.size(); k++) {
        expr(n->l1[k]);
        emit(SWAP, 2);
        emit(COPY, 2);
        compare_one(n->ops[k]);
        emit(COPY, 1);
        emit(TO_BOOL, 0);
        emit_jump(POP_JUMP_IF_FALSE, cleanup);
        emit(POP_TOP, 0);
    }
    expr(n->l1.back());
    compare_one(n->ops.back());
    emit_jump(PSEUDO_JUMP, end);
    use_label(cleanup);
    emit(SWAP, 2);
    emit(POP_TOP, 0);
    use_label(end);
}

void Compiler::send_loop(int resume_kind) {
    int send = new_label(), end = new_label();
    // An exception thrown in while suspended at the YIELD_VALUE (by throw()
    // or close() after delegating to the sub-iterator) goes to CLEANUP_THROW,
    // which turns the sub-iterator's StopIteration into the value of the
    // expression. The handler keeps the stack as it is at the yield (depth
    // -1: the assembler fills it in).
    int fail = new_label();
    use_label(send);
    emit_jump(SEND, end);
    push_handler(fail, -1, false);
    emit(YIELD_VALUE, 1);
    pop_handler();
    emit(RESUME, resume_kind);
    emit_jump(PSEUDO_JUMP_NO_INTERRUPT, send);
    use_label(fail);
    emit(CLEANUP_THROW, 0);
    use_label(end);
    emit(END_SEND, 0);
}

void Compiler::await_top(int where) {
    emit(GET_AWAITABLE, where);
    load_none();
    send_loop(3);
}

} // namespace uopy::frontend::codegen
