// Code generation: AST + symbol table to instruction lists, one "unit" per
// code object, following CPython 3.14's instruction sequences (see
// docs/bytecode.md). This file: statements and the entry point; the class
// is in compiler_codegen.h. Comprehensions are compiled as nested functions
// (as before PEP 709). CPython counterpart: Python/codegen.c, Python/compile.c.
#include "frontend/compiler_codegen.h"
#include "frontend/constant_folding.h"

namespace uopy::frontend::codegen {

void Compiler::body(std::vector<Node*>& stmts) {
    for (Node* s : stmts) {
        stmt(s);
        if (failed_) return;
    }
}

void Compiler::stmt(Node* n) {
    set_line(n);
    switch (n->kind) {
    case K::ExprStmt:
        if (n->a->kind == K::Constant) return; // a bare constant does nothing
        expr(n->a);
        emit(POP_TOP, 0);
        return;
    case K::Assign:
        expr(n->a);
        for (size_t k = 0; k < n->l1.size(); k++) {
            if (k + 1 < n->l1.size()) emit(COPY, 1);
            assign_target(n->l1[k]);
        }
        return;
    case K::AugAssign: return aug_assign(n);
    case K::AnnAssign:
        if (n->c) {
            expr(n->c);
            assign_target(n->a);
        }
        // A module or class records a plain name's annotation in
        // __annotations__ (SETUP_ANNOTATIONS made it); a function does not
        // evaluate its variables' annotations at all.
        if (u().scope->kind != ScopeKind::Function) {
            annotation_value(n->b);
            if (n->a->kind == K::Name) {
                emit(LOAD_NAME, name_idx("__annotations__"));
                load_const_str(mangled(n->a->s));
                emit(STORE_SUBSCR, 0);
            } else {
                emit(POP_TOP, 0);
            }
        }
        return;
    case K::For: return n->is_async ? async_for_stmt(n) : for_stmt(n);
    case K::While: return while_stmt(n);
    case K::If: {
        int else_l = new_label(), end = new_label();
        jump_if(n->a, false, else_l);
        body(n->l1);
        if (!n->l2.empty()) emit_jump(PSEUDO_JUMP, end);
        use_label(else_l);
        body(n->l2);
        use_label(end);
        return;
    }
    case K::Pass: return;
    case K::Break: return break_continue(n, true);
    case K::Continue: return break_continue(n, false);
    case K::Return: return return_stmt(n);
    case K::Raise:
        if (n->a) expr(n->a);
        if (n->b) expr(n->b);
        emit(RAISE_VARARGS, n->a ? (n->b ? 2 : 1) : 0);
        return;
    case K::Try:
        return !n->l4.empty() ? try_finally(n) : n->ival ? try_star_except(n) : try_except(n);
    case K::With: return with_stmt(n, 0);
    case K::Match: return match_stmt(n);
    case K::Assert: {
        int ok = new_label();
        jump_if(n->a, true, ok);
        emit(LOAD_COMMON_CONSTANT, 0);
        if (n->b) {
            emit(PUSH_NULL, 0);
            expr(n->b);
            emit(CALL, 1);
        }
        emit(RAISE_VARARGS, 1);
        use_label(ok);
        return;
    }
    case K::Import:
        for (Node* a : n->l1) {
            emit(LOAD_SMALL_INT, 0);
            load_none();
            emit(IMPORT_NAME, name_idx(a->s));
            if (!a->s2.empty()) {
                // import a.b.c as d: walk to the submodule.
                size_t dot = a->s.find('.');
                while (dot != std::string::npos) {
                    size_t next = a->s.find('.', dot + 1);
                    emit(IMPORT_FROM, name_idx(a->s.substr(dot + 1, next == std::string::npos
                                                                        ? std::string::npos
                                                                        : next - dot - 1)));
                    emit(SWAP, 2);
                    emit(POP_TOP, 0);
                    dot = next;
                }
                store_name(a->s2);
            } else {
                store_name(a->s.substr(0, a->s.find('.')));
            }
        }
        return;
    case K::ImportFrom: {
        ConstValue level;
        level.kind = ConstValue::Kind::Int;
        level.text = std::to_string(n->ival);
        emit(LOAD_CONST, add_const(level));
        ConstValue names;
        names.kind = ConstValue::Kind::Tuple;
        for (Node* a : n->l1) {
            ConstValue s;
            s.kind = ConstValue::Kind::Str;
            s.text = a->s;
            names.items.push_back(s);
        }
        emit(LOAD_CONST, add_const(names));
        emit(IMPORT_NAME, name_idx(n->s));
        if (n->l1.size() == 1 && n->l1[0]->s == "*") {
            emit(CALL_INTRINSIC_1, 2);
            emit(POP_TOP, 0);
            return;
        }
        for (Node* a : n->l1) {
            emit(IMPORT_FROM, name_idx(a->s));
            store_name(a->s2.empty() ? a->s : a->s2);
        }
        emit(POP_TOP, 0);
        return;
    }
    case K::Global:
    case K::Nonlocal: return;
    case K::Delete:
        for (Node* t : n->l1)
            delete_target(t);
        return;
    case K::FunctionDef: return function_def(n);
    case K::ClassDef: return class_def(n);
    default: fail("unsupported statement", n);
    }
}

void Compiler::assign_target(Node* t) {
    LocGuard guard(u());
    set_line(t);
    switch (t->kind) {
    case K::Name: return store_name(t->s);
    case K::Attribute:
        expr(t->a);
        update_start_to_attr(t);
        emit(STORE_ATTR, name_idx(mangled(t->s)));
        return;
    case K::Subscript:
        expr(t->a);
        subscript_index(t->b);
        emit(STORE_SUBSCR, 0);
        return;
    case K::Tuple:
    case K::List: {
        int star = -1;
        for (size_t k = 0; k < t->l1.size(); k++)
            if (t->l1[k]->kind == K::Starred) {
                if (star >= 0) return fail("multiple starred expressions in assignment", t);
                star = static_cast<int>(k);
            }
        if (star >= 0) {
            int after = static_cast<int>(t->l1.size()) - star - 1;
            emit(UNPACK_EX, star | (after << 8));
        } else {
            emit(UNPACK_SEQUENCE, static_cast<int>(t->l1.size()));
        }
        for (Node* x : t->l1)
            assign_target(x->kind == K::Starred ? x->a : x);
        return;
    }
    case K::Starred: return fail("starred assignment target must be in a list or tuple", t);
    default: return fail("cannot assign to expression", t);
    }
}

void Compiler::delete_target(Node* t) {
    LocGuard guard(u());
    set_line(t);
    switch (t->kind) {
    case K::Name: return name_op(t->s, DEL);
    case K::Attribute:
        expr(t->a);
        update_start_to_attr(t);
        emit(DELETE_ATTR, name_idx(mangled(t->s)));
        return;
    case K::Subscript:
        expr(t->a);
        subscript_index(t->b);
        emit(DELETE_SUBSCR, 0);
        return;
    case K::Tuple:
    case K::List:
        for (Node* x : t->l1)
            delete_target(x);
        return;
    default: return fail("cannot delete expression", t);
    }
}

// Positions as in CPython 3.11: the target's load and store at the target,
// the operation itself at the whole statement.
void Compiler::aug_assign(Node* n) {
    int op = n->op + 13;
    Node* t = n->a;
    switch (t->kind) {
    case K::Name:
        set_line(t);
        name_op(t->s, LOAD);
        set_line(n);
        expr(n->b);
        emit(BINARY_OP, op);
        set_line(t);
        store_name(t->s);
        return;
    case K::Attribute:
        set_line(t);
        expr(t->a);
        emit(COPY, 1);
        update_start_to_attr(t);
        emit(LOAD_ATTR, name_idx(mangled(t->s)) << 1);
        set_line(n);
        expr(n->b);
        emit(BINARY_OP, op);
        set_line(t);
        update_start_to_attr(t);
        emit(SWAP, 2);
        emit(STORE_ATTR, name_idx(mangled(t->s)));
        return;
    case K::Subscript:
        set_line(t);
        expr(t->a);
        subscript_index(t->b);
        emit(COPY, 2);
        emit(COPY, 2);
        emit(BINARY_OP, 26);
        set_line(n);
        expr(n->b);
        emit(BINARY_OP, op);
        set_line(t);
        emit(SWAP, 3);
        emit(SWAP, 2);
        emit(STORE_SUBSCR, 0);
        return;
    default: return fail("illegal expression for augmented assignment", t);
    }
}

void Compiler::for_stmt(Node* n) {
    int top = new_label(), cleanup = new_label(), end = new_label();
    expr(n->b);
    emit(GET_ITER, 0);
    use_label(top);
    emit_jump(FOR_ITER, cleanup);
    u().fblocks.push_back(
        FBlock{FB::ForLoop, top, end, n, static_cast<int>(u().handler_stack.size())});
    u().base_depth += 2;
    assign_target(n->a);
    body(n->l1);
    u().base_depth -= 2;
    u().fblocks.pop_back();
    set_line(n);
    emit_jump(PSEUDO_JUMP, top);
    use_label(cleanup);
    emit(END_FOR, 0);
    emit(POP_ITER, 0);
    body(n->l2);
    use_label(end);
}

// async for: the iterator's __anext__() is awaited each time round; the
// StopAsyncIteration that ends the loop reaches END_ASYNC_FOR through the
// handler around the await (and only around it: the body's own exceptions
// must not end the loop).
void Compiler::async_for_stmt(Node* n) {
    int top = new_label(), stop = new_label(), end = new_label();
    int d = u().base_depth;
    expr(n->b);
    emit(GET_AITER, 0);
    use_label(top);
    push_handler(stop, d + 1, false);
    emit(GET_ANEXT, 0);
    await_top(0);
    pop_handler();
    u().fblocks.push_back(
        FBlock{FB::AsyncForLoop, top, end, n, static_cast<int>(u().handler_stack.size())});
    u().base_depth = d + 1;
    assign_target(n->a);
    body(n->l1);
    u().base_depth = d;
    u().fblocks.pop_back();
    set_line(n);
    emit_jump(PSEUDO_JUMP, top);
    use_label(stop);
    emit(END_ASYNC_FOR, 0);
    body(n->l2);
    use_label(end);
}

void Compiler::while_stmt(Node* n) {
    int top = new_label(), else_l = new_label(), end = new_label();
    use_label(top);
    jump_if(n->a, false, else_l);
    u().fblocks.push_back(
        FBlock{FB::WhileLoop, top, end, n, static_cast<int>(u().handler_stack.size())});
    body(n->l1);
    u().fblocks.pop_back();
    set_line(n);
    emit_jump(PSEUDO_JUMP, top);
    use_label(else_l);
    body(n->l2);
    use_label(end);
}

void Compiler::unwind_fblock(const FBlock& b, bool preserve_tos) {
    switch (b.kind) {
    case FB::ForLoop:
        if (preserve_tos) emit(SWAP, 3);
        emit(POP_ITER, 0);
        break;
    case FB::AsyncForLoop:
        if (preserve_tos) emit(SWAP, 2);
        emit(POP_TOP, 0);
        break;
    case FB::WhileLoop:
    case FB::TryExcept:
    case FB::ExceptStar: break; // nothing leaves an except* block but an exception
    case FB::FinallyTry: {
        // Run the finally body inline, outside its own handler. A return
        // value waiting under it is popped by any break/continue/return
        // inside the body (the PopValue block).
        auto saved = u().handler_stack;
        u().handler_stack.resize(std::min<size_t>(saved.size(), b.handler_saved));
        // The stack holds what it held at the try (and the return value):
        // exception handlers inside the body unwind to that depth, not to
        // the depth of the code that is leaving (an except clause's).
        int saved_depth = u().base_depth;
        if (b.depth >= 0) u().base_depth = b.depth + (preserve_tos ? 1 : 0);
        if (preserve_tos)
            u().fblocks.push_back(
                FBlock{FB::PopValue, -1, -1, nullptr, static_cast<int>(b.handler_saved)});
        body(b.node->l4);
        if (preserve_tos) u().fblocks.pop_back();
        u().base_depth = saved_depth;
        u().handler_stack = saved;
        break;
    }
    case FB::PopValue:
        if (preserve_tos) emit(SWAP, 2);
        emit(POP_TOP, 0);
        break;
    case FB::FinallyEnd:
        // Stack: lasti, prev_exc, exc
        if (preserve_tos) emit(SWAP, 2);
        emit(POP_TOP, 0); // exc
        if (preserve_tos) emit(SWAP, 2);
        emit(POP_EXCEPT, 0);
        if (preserve_tos) emit(SWAP, 2);
        emit(POP_TOP, 0); // lasti
        break;
    case FB::HandlerCleanup:
        if (preserve_tos) emit(SWAP, 2);
        emit(POP_EXCEPT, 0);
        break;
    case FB::ExceptName:
        load_none();
        store_name(b.node->s);
        name_op(b.node->s, DEL);
        break;
    case FB::With:
        set_line(b.node); // __exit__ is called at the with statement, as in CPython 3.11
        if (preserve_tos) {
            emit(SWAP, 3);
            emit(SWAP, 2);
        }
        load_none();
        load_none();
        load_none();
        emit(CALL, 3);
        if (b.node->is_async) await_top(2); // __aexit__'s result is awaited too
        emit(POP_TOP, 0);
        break;
    }
}

void Compiler::unwind_fblocks_above(int stop, bool preserve_tos) {
    auto saved_handlers = u().handler_stack;
    std::vector<FBlock> popped;
    while (static_cast<int>(u().fblocks.size()) - 1 > stop) {
        FBlock b = u().fblocks.back();
        u().fblocks.pop_back();
        popped.push_back(b);
        // The block's handler is left first (CPython's POP_BLOCK): an
        // exception from its exit code (a with's __exit__) is not its own.
        u().handler_stack.resize(std::min<size_t>(u().handler_stack.size(), b.handler_saved));
        unwind_fblock(b, preserve_tos);
    }
    for (auto it = popped.rbegin(); it != popped.rend(); ++it)
        u().fblocks.push_back(*it);
    u().handler_stack = saved_handlers;
}

void Compiler::break_continue(Node* n, bool is_break) {
    auto& fb = u().fblocks;
    int idx = static_cast<int>(fb.size()) - 1;
    while (idx >= 0 && fb[idx].kind != FB::ForLoop && fb[idx].kind != FB::AsyncForLoop &&
           fb[idx].kind != FB::WhileLoop)
        idx--;
    if (idx < 0)
        return fail(is_break ? "'break' outside loop" : "'continue' not properly in loop", n);
    for (size_t k = static_cast<size_t>(idx) + 1; k < fb.size(); k++)
        if (fb[k].kind == FB::ExceptStar)
            return fail("'break', 'continue' and 'return' cannot appear in an except* block", n);
    auto saved = u().handler_stack;
    unwind_fblocks_above(idx, false);
    FBlock loop = u().fblocks[idx];
    for (size_t k = static_cast<size_t>(idx) + 1; k < u().fblocks.size(); k++)
        u().handler_stack.resize(
            std::min<size_t>(u().handler_stack.size(), u().fblocks[k].handler_saved));
    if (is_break) {
        unwind_fblock(loop, false);
        emit_jump(PSEUDO_JUMP, loop.exit_label);
    } else {
        emit_jump(PSEUDO_JUMP, loop.start_label);
    }
    u().handler_stack = saved;
}

void Compiler::return_stmt(Node* n) {
    if (u().scope->kind != ScopeKind::Function) return fail("'return' outside function", n);
    if (n->a && u().scope->is_coroutine && u().scope->is_generator)
        return fail("'return' with value in async generator", n);
    for (auto& b : u().fblocks)
        if (b.kind == FB::ExceptStar)
            return fail("'break', 'continue' and 'return' cannot appear in an except* block", n);
    if (n->a)
        expr(n->a);
    else
        load_none();
    auto saved = u().handler_stack;
    unwind_fblocks_above(-1, true);
    for (auto& b : u().fblocks)
        u().handler_stack.resize(std::min<size_t>(u().handler_stack.size(), b.handler_saved));
    emit(RETURN_VALUE, 0);
    u().handler_stack = saved;
}

void Compiler::try_except(Node* n) {
    int handler = new_label(), cleanup = new_label(), else_l = new_label(), end = new_label();
    int d = u().base_depth;
    size_t hs = u().handler_stack.size();
    push_handler(handler, d, false);
    u().fblocks.push_back(FBlock{FB::TryExcept, -1, -1, n, static_cast<int>(hs)});
    body(n->l1);
    u().fblocks.pop_back();
    pop_handler();
    emit_jump(PSEUDO_JUMP, else_l);
    // The handler: stack is [..., exc].
    use_label(handler);
    push_handler(cleanup, d + 1, true);
    emit(PUSH_EXC_INFO, 0);
    u().base_depth = d + 1;
    for (Node* h : n->l2) {
        set_line(h);
        int next = new_label();
        if (h->a) {
            expr(h->a);
            emit(CHECK_EXC_MATCH, 0);
            emit_jump(POP_JUMP_IF_FALSE, next);
        }
        if (!h->s.empty()) {
            store_name(h->s);
            int name_cleanup = new_label();
            push_handler(name_cleanup, d + 1, true);
            u().fblocks.push_back(FBlock{FB::HandlerCleanup, -1, -1, h,
                                         static_cast<int>(u().handler_stack.size()) - 1});
            u().fblocks.push_back(
                FBlock{FB::ExceptName, -1, -1, h, static_cast<int>(u().handler_stack.size())});
            body(h->l1);
            u().fblocks.pop_back();
            u().fblocks.pop_back();
            pop_handler();
            emit(POP_EXCEPT, 0);
            load_none();
            store_name(h->s);
            name_op(h->s, DEL);
            emit_jump(PSEUDO_JUMP, end);
            use_label(name_cleanup);
            load_none();
            store_name(h->s);
            name_op(h->s, DEL);
            emit(RERAISE, 1);
        } else {
            emit(POP_TOP, 0);
            u().fblocks.push_back(FBlock{FB::HandlerCleanup, -1, -1, h,
                                         static_cast<int>(u().handler_stack.size()) - 1});
            body(h->l1);
            u().fblocks.pop_back();
            emit(POP_EXCEPT, 0);
            emit_jump(PSEUDO_JUMP, end);
        }
        use_label(next);
    }
    // No clause matched: re-raise with the original traceback.
    emit(RERAISE, 0);
    pop_handler();
    use_label(cleanup);
    emit(COPY, 3);
    emit(POP_EXCEPT, 0);
    emit(RERAISE, 1);
    u().base_depth = d;
    use_label(else_l);
    body(n->l3);
    use_label(end);
}

// try/except*: each clause takes the part of the exception (group) its
// types match (CHECK_EG_MATCH); what the clauses raise, and what none
// matched, is collected in a list, from which CALL_INTRINSIC_2
// PREP_RERAISE_STAR builds the group to re-raise (or None).
//   stack in the handler: prev_exc, orig, list, exc (the unmatched rest)
void Compiler::try_star_except(Node* n) {
    int handler = new_label(), cleanup = new_label(), else_l = new_label(), end = new_label();
    int reraise_star = new_label(), reraise = new_label();
    int d = u().base_depth;
    size_t hs = u().handler_stack.size();
    push_handler(handler, d, false);
    u().fblocks.push_back(FBlock{FB::TryExcept, -1, -1, n, static_cast<int>(hs)});
    body(n->l1);
    u().fblocks.pop_back();
    pop_handler();
    emit_jump(PSEUDO_JUMP, else_l);
    use_label(handler); // [exc]
    push_handler(cleanup, d + 1, true);
    emit(PUSH_EXC_INFO, 0); // [prev, exc]
    u().fblocks.push_back(
        FBlock{FB::ExceptStar, -1, -1, n, static_cast<int>(u().handler_stack.size())});
    for (size_t i = 0; i < n->l2.size(); i++) {
        Node* h = n->l2[i];
        set_line(h);
        int next_except = new_label(), except_with_error = new_label(), no_match = new_label();
        int cleanup_end = new_label();
        if (i == 0) {
            emit(BUILD_LIST, 0); // [prev, orig, []]
            emit(COPY, 2);       // [prev, orig, [], exc]
        }
        u().base_depth = d + 4;
        expr(h->a);
        emit(CHECK_EG_MATCH, 0); // [prev, orig, list, rest, match]
        emit(COPY, 1);
        emit_jump(POP_JUMP_IF_NONE, no_match);
        if (!h->s.empty())
            store_name(h->s);
        else
            emit(POP_TOP, 0); // [prev, orig, list, rest]
        push_handler(cleanup_end, d + 4, true);
        body(h->l1);
        pop_handler();
        if (!h->s.empty()) {
            load_none();
            store_name(h->s);
            name_op(h->s, DEL);
        }
        emit_jump(PSEUDO_JUMP, next_except);
        // The clause raised: [prev, orig, list, rest, lasti, exc2]
        use_label(cleanup_end);
        if (!h->s.empty()) {
            load_none();
            store_name(h->s);
            name_op(h->s, DEL);
        }
        emit(LIST_APPEND, 3); // what it raised joins the list
        emit(POP_TOP, 0);     // lasti
        emit_jump(PSEUDO_JUMP, except_with_error);
        use_label(next_except);
        emit(NOP, 0);
        emit_jump(PSEUDO_JUMP, except_with_error);
        use_label(no_match);
        emit(POP_TOP, 0); // the None match
        use_label(except_with_error);
        if (i + 1 == n->l2.size()) {
            emit(LIST_APPEND, 1); // the rest nobody matched: [prev, orig, list]
            emit_jump(PSEUDO_JUMP, reraise_star);
        }
    }
    u().fblocks.pop_back();
    u().base_depth = d + 1;
    use_label(reraise_star);
    emit(CALL_INTRINSIC_2, 1); // INTRINSIC_PREP_RERAISE_STAR: [prev, result]
    emit(COPY, 1);
    emit_jump(POP_JUMP_IF_NOT_NONE, reraise);
    pop_handler();
    // Nothing to re-raise.
    emit(POP_TOP, 0);
    emit(POP_EXCEPT, 0);
    emit_jump(PSEUDO_JUMP, end);
    use_label(reraise); // [prev, result]
    emit(SWAP, 2);
    emit(POP_EXCEPT, 0);
    emit(RERAISE, 0);
    use_label(cleanup);
    emit(COPY, 3);
    emit(POP_EXCEPT, 0);
    emit(RERAISE, 1);
    u().base_depth = d;
    use_label(else_l);
    body(n->l3);
    use_label(end);
}

void Compiler::try_finally(Node* n) {
    int handler = new_label(), cleanup = new_label(), end = new_label();
    int d = u().base_depth;
    size_t hs = u().handler_stack.size();
    push_handler(handler, d, true);
    u().fblocks.push_back(FBlock{FB::FinallyTry, -1, -1, n, static_cast<int>(hs)});
    u().fblocks.back().depth = d;
    if (n->l2.empty())
        body(n->l1);
    else if (n->ival)
        try_star_except(n);
    else
        try_except(n);
    u().fblocks.pop_back();
    pop_handler();
    body(n->l4);
    emit_jump(PSEUDO_JUMP, end);
    // Exceptional path: stack is [..., lasti, exc].
    use_label(handler);
    push_handler(cleanup, d + 2, true);
    emit(PUSH_EXC_INFO, 0);
    u().base_depth = d + 3;
    u().fblocks.push_back(
        FBlock{FB::FinallyEnd, -1, -1, n, static_cast<int>(u().handler_stack.size())});
    body(n->l4);
    u().fblocks.pop_back();
    u().base_depth = d;
    emit(RERAISE, 0);
    pop_handler();
    use_label(cleanup);
    emit(COPY, 3);
    emit(POP_EXCEPT, 0);
    emit(RERAISE, 1);
    use_label(end);
}

void Compiler::with_stmt(Node* n, size_t item) {
    Node* w = n->l1[item];
    int handler = new_label(), cleanup = new_label(), suppress = new_label(), end = new_label();
    int d = u().base_depth;
    // async with: __aenter__/__aexit__ (LOAD_SPECIAL 2 and 3), each call's
    // result awaited.
    int special = n->is_async ? 2 : 0;
    set_line(n); // CPython 3.11: entering and exiting are the whole statement's
    expr(w->a);                      // mgr
    emit(COPY, 1);                   // mgr, mgr
    emit(LOAD_SPECIAL, special + 1); // mgr, exit, exit_self
    emit(SWAP, 2);                   // mgr, exit_self, exit
    emit(SWAP, 3);                   // exit, exit_self, mgr
    emit(LOAD_SPECIAL, special);     // exit, exit_self, enter, enter_self
    emit(CALL, 0);                   // exit, exit_self, value
    if (n->is_async) await_top(1);
    size_t hs = u().handler_stack.size();
    push_handler(handler, d + 2, true);
    u().fblocks.push_back(FBlock{FB::With, -1, -1, n, static_cast<int>(hs)});
    u().base_depth = d + 2;
    if (w->b)
        assign_target(w->b);
    else
        emit(POP_TOP, 0);
    if (item + 1 < n->l1.size())
        with_stmt(n, item + 1);
    else
        body(n->l2);
    u().fblocks.pop_back();
    pop_handler();
    set_line(n);
    load_none();
    load_none();
    load_none();
    emit(CALL, 3);
    if (n->is_async) await_top(2);
    emit(POP_TOP, 0);
    emit_jump(PSEUDO_JUMP, end);
    // Exceptional exit: [exit, exit_self, lasti, exc]
    use_label(handler);
    push_handler(cleanup, d + 4, true);
    emit(PUSH_EXC_INFO, 0);     // exit, exit_self, lasti, prev, exc
    emit(WITH_EXCEPT_START, 0); // ..., res
    if (n->is_async) await_top(2);
    emit(TO_BOOL, 0);
    emit_jump(POP_JUMP_IF_TRUE, suppress);
    emit(RERAISE, 2);
    use_label(suppress);
    emit(POP_TOP, 0);    // exc
    emit(POP_EXCEPT, 0); // prev
    emit(POP_TOP, 0);    // lasti
    emit(POP_TOP, 0);    // exit_self
    emit(POP_TOP, 0);    // exit
    pop_handler();
    emit_jump(PSEUDO_JUMP, end);
    use_label(cleanup);
    emit(COPY, 3);
    emit(POP_EXCEPT, 0);
    emit(RERAISE, 1);
    u().base_depth = d;
    use_label(end);
}

} // namespace uopy::frontend::codegen

namespace uopy::frontend {

// Whether the tree nests deeper than [limit] nodes. Iterative: the passes
// after it (folding, symbol table, code generation) recurse, and are only
// run on trees this check has bounded.
static bool nests_deeper_than(ast::Node* root, size_t limit) {
    std::vector<std::pair<ast::Node*, size_t>> todo{{root, 1}};
    while (!todo.empty()) {
        auto [n, depth] = todo.back();
        todo.pop_back();
        if (depth > limit) return true;
        for (ast::Node* c : {n->a, n->b, n->c})
            if (c) todo.push_back({c, depth + 1});
        for (auto* list : {&n->l1, &n->l2, &n->l3, &n->l4})
            for (ast::Node* c : *list)
                if (c) todo.push_back({c, depth + 1});
    }
    return false;
}

CompileResult compile_module(ast::Node* root, std::string_view filename, CompileMode mode, int,
                             std::string_view source) {
    SymbolTable st;
    SyntaxErrorInfo err;
    // CPython's limit: 3 x the default recursion limit of 1000.
    if (nests_deeper_than(root, 3000)) {
        err.kind = SyntaxErrorInfo::RecursionError;
        err.msg = "maximum recursion depth exceeded during compilation";
        return CompileResult::failure(err);
    }
    fold_constants(root);
    if (!build_symtable(root, st, err, source)) return CompileResult::failure(err);
    codegen::Compiler c(st, filename, source);
    CodeData out;
    if (!c.module(root, mode, out)) return CompileResult::failure(c.err_);
    return CompileResult::success(std::move(out));
}

} // namespace uopy::frontend
