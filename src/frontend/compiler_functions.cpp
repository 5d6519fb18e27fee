// Functions, lambdas, classes and comprehensions (compiled as nested
// functions): their code units, defaults, closures and decorators.
#include "frontend/compiler_codegen.h"

namespace uopy::frontend::codegen {

std::string Compiler::child_qualname(const std::string& name) {
    Unit& p = u();
    if (p.scope->kind == ScopeKind::Module) return name;
    if (p.scope->kind == ScopeKind::Function) return p.qualname + ".<locals>." + name;
    return p.qualname + "." + name;
}

bool Compiler::closure(Scope* child) {
    if (child->freevars.empty()) return false;
    for (auto& f : child->freevars) {
        auto it = u().local_index.find(f);
        if (it == u().local_index.end()) {
            fail("internal error: no cell for '" + f + "'", child->node);
            return false;
        }
        emit(LOAD_FAST, it->second); // LOAD_CLOSURE: the cell itself
    }
    emit(BUILD_TUPLE, static_cast<int>(child->freevars.size()));
    return true;
}

ConstValue Compiler::function_code(Node* n, Scope* s, const std::string& name, Node* args,
                                   std::vector<Node*>* stmts, Node* expr_body) {
    std::string qual = child_qualname(name);
    // A decorated def's code starts at its first decorator (CPython's
    // co_firstlineno, which inspect.getsource relies on).
    int firstline = n->kind == K::FunctionDef && !n->l2.empty() ? n->l2[0]->line : n->line;
    push_unit(s, name, qual, firstline);
    Unit& f = u();
    int flags = CO_OPTIMIZED | CO_NEWLOCALS;
    if (s->parent && s->parent->kind == ScopeKind::Function) flags |= CO_NESTED;
    if (args) {
        f.data.argcount = static_cast<int>(args->l1.size());
        f.data.posonlyargcount = args->ival;
        f.data.kwonlyargcount = static_cast<int>(args->l2.size());
        if (args->a) flags |= CO_VARARGS;
        if (args->b) flags |= CO_VARKEYWORDS;
    } else if (s->is_comprehension) {
        f.data.argcount = 1;
    }
    // A generator, a coroutine and an async generator all start by making
    // their object (RETURN_GENERATOR) and run in it when resumed.
    bool suspends = s->is_generator || s->is_coroutine;
    if (s->is_coroutine)
        flags |= s->is_generator ? CO_ASYNC_GENERATOR : CO_COROUTINE;
    else if (s->is_generator)
        flags |= CO_GENERATOR;
    // Docstring first among the constants (CO_HAS_DOCSTRING).
    if (stmts && !stmts->empty() && is_docstring((*stmts)[0])) {
        ConstValue d;
        d.kind = ConstValue::Kind::Str;
        d.text = (*stmts)[0]->a->s;
        add_const(d);
        flags |= CO_HAS_DOCSTRING;
    }
    f.data.flags = flags;
    // The instructions before RESUME have the first line but no columns.
    Loc start = f.loc;
    f.loc.col = f.loc.end_col = -1;
    for (size_t k = 0; k < f.data.localspluskinds.size(); k++)
        if (f.data.localspluskinds[k] & FAST_CELL) emit(MAKE_CELL, static_cast<int>(k));
    if (!s->freevars.empty()) emit(COPY_FREE_VARS, static_cast<int>(s->freevars.size()));
    int gen_handler = -1;
    if (suspends) {
        emit(RETURN_GENERATOR, 0);
        emit(POP_TOP, 0);
    }
    f.loc = start;
    emit(RESUME, 0);
    if (suspends) {
        gen_handler = new_label();
        push_handler(gen_handler, 0, true);
    }
    if (stmts) {
        body(*stmts);
        load_none();
        emit(RETURN_VALUE, 0);
    } else if (s->is_comprehension) {
        comprehension_body(n);
    } else {
        expr(expr_body);
        emit(RETURN_VALUE, 0);
    }
    if (suspends) {
        pop_handler();
        use_label(gen_handler);
        emit(CALL_INTRINSIC_1, 3);
        emit(RERAISE, 1);
    }
    ConstValue c;
    c.kind = ConstValue::Kind::Code;
    if (failed_) {
        units_.pop_back();
        return c;
    }
    c.code = std::make_shared<CodeData>(finish_unit());
    return c;
}

void Compiler::make_function(Node* n, Scope* s, const ConstValue& code, Node* args) {
    int attrs = 0;
    if (args && !args->l4.empty()) {
        for (Node* d : args->l4)
            expr(d);
        emit(BUILD_TUPLE, static_cast<int>(args->l4.size()));
        attrs |= 1;
    }
    if (args) {
        int nkw = 0;
        for (size_t k = 0; k < args->l2.size(); k++)
            if (args->l3[k]) {
                load_const_str(mangled(args->l2[k]->s));
                expr(args->l3[k]);
                nkw++;
            }
        if (nkw) {
            emit(BUILD_MAP, nkw);
            attrs |= 2;
        }
    }
    if (n->kind == K::FunctionDef && function_annotations(n, args)) attrs |= 4;
    if (closure(s)) attrs |= 8;
    emit(LOAD_CONST, add_const(code));
    emit(MAKE_FUNCTION, 0);
    for (int flag : {8, 4, 2, 1})
        if (attrs & flag) emit(SET_FUNCTION_ATTRIBUTE, flag);
    (void)n;
}

bool Compiler::has_future_annotations(const std::vector<Node*>& stmts) {
    for (Node* st : stmts) {
        if (st->kind == K::ExprStmt && st->a->kind == K::Constant) continue; // the docstring
        if (st->kind != K::ImportFrom || st->s != "__future__") return false;
        for (Node* alias : st->l1)
            if (alias->s == "annotations") return true;
    }
    return false;
}

bool Compiler::has_annotations(const std::vector<Node*>& stmts) {
    for (Node* st : stmts) {
        switch (st->kind) {
        case K::AnnAssign: return true;
        case K::For:
        case K::While:
        case K::If:
            if (has_annotations(st->l1) || has_annotations(st->l2)) return true;
            break;
        case K::With:
            if (has_annotations(st->l2)) return true;
            break;
        case K::Try:
            if (has_annotations(st->l1) || has_annotations(st->l3) || has_annotations(st->l4))
                return true;
            for (Node* h : st->l2)
                if (has_annotations(h->l1)) return true;
            break;
        case K::Match:
            for (Node* c : st->l1)
                if (has_annotations(c->l1)) return true;
            break;
        default: break;
        }
    }
    return false;
}

void Compiler::annotation_value(Node* e) {
    if (!future_annotations_) return expr(e);
    // The annotation's source text, as written (CPython unparses the AST,
    // which differs only in spacing and quotes).
    std::string text;
    for (int line = e->line; line <= e->end_line; line++) {
        std::string src = source_line(source_, line);
        while (!src.empty() && (src.back() == '\n' || src.back() == '\r'))
            src.pop_back();
        size_t from = line == e->line ? static_cast<size_t>(e->col) : 0;
        size_t to = line == e->end_line ? static_cast<size_t>(e->end_col) : src.size();
        if (from > src.size()) from = src.size();
        if (to > src.size()) to = src.size();
        if (!text.empty()) text += " ";
        text += src.substr(from, to > from ? to - from : 0);
    }
    load_const_str(text);
}

bool Compiler::function_annotations(Node* n, Node* args) {
    int count = 0;
    auto add = [&](const std::string& name, Node* ann) {
        if (!ann) return;
        load_const_str(mangled(name));
        annotation_value(ann);
        count++;
    };
    if (args) {
        for (Node* a : args->l1)
            add(a->s, a->a);
        if (args->a) add(args->a->s, args->a->a);
        for (Node* a : args->l2)
            add(a->s, a->a);
        if (args->b) add(args->b->s, args->b->a);
    }
    add("return", n->b);
    if (count == 0) return false;
    emit(BUILD_MAP, count);
    return true;
}

void Compiler::function_def(Node* n) {
    Scope* s = st_.by_node[n];
    for (Node* d : n->l2) {
        expr(d);
        emit(PUSH_NULL, 0);
    }
    ConstValue code = function_code(n, s, n->s, n->a, &n->l1, nullptr);
    if (failed_) return;
    set_line(n);
    make_function(n, s, code, n->a);
    // Each decorator is applied, innermost first, at its own position.
    for (size_t k = n->l2.size(); k-- > 0;) {
        set_line(n->l2[k]);
        emit(CALL, 1);
    }
    set_line(n);
    store_name(n->s);
}

void Compiler::class_def(Node* n) {
    Scope* s = st_.by_node[n];
    for (Node* d : n->l4) {
        expr(d);
        emit(PUSH_NULL, 0);
    }
    // The class body as a function.
    std::string qual = child_qualname(n->s);
    // Decorated: the body's code starts at the first decorator, as CPython's.
    push_unit(s, n->s, qual, n->l4.empty() ? n->line : n->l4[0]->line);
    Loc start = u().loc;
    u().loc.col = u().loc.end_col = -1;
    for (size_t k = 0; k < u().data.localspluskinds.size(); k++)
        if (u().data.localspluskinds[k] & FAST_CELL) emit(MAKE_CELL, static_cast<int>(k));
    if (!s->freevars.empty()) emit(COPY_FREE_VARS, static_cast<int>(s->freevars.size()));
    u().loc = start;
    emit(RESUME, 0);
    emit(LOAD_NAME, name_idx("__name__"));
    emit(STORE_NAME, name_idx("__module__"));
    load_const_str(qual);
    emit(STORE_NAME, name_idx("__qualname__"));
    if (!n->l3.empty() && is_docstring(n->l3[0])) {
        load_const_str(n->l3[0]->a->s);
        emit(STORE_NAME, name_idx("__doc__"));
    }
    if (has_annotations(n->l3)) emit(SETUP_ANNOTATIONS, 0);
    body(n->l3);
    if (s->needs_class_cell) {
        int idx = u().local_index["__class__"];
        emit(LOAD_FAST, idx);
        emit(COPY, 1);
        emit(STORE_NAME, name_idx("__classcell__"));
        emit(RETURN_VALUE, 0);
    } else {
        load_none();
        emit(RETURN_VALUE, 0);
    }
    if (failed_) {
        // Leave the enclosing unit current: statements around the class
        // (a try's fblocks) unwind their own state on the way out.
        units_.pop_back();
        return;
    }
    ConstValue code;
    code.kind = ConstValue::Kind::Code;
    code.code = std::make_shared<CodeData>(finish_unit());
    set_line(n);
    emit(LOAD_BUILD_CLASS, 0);
    emit(PUSH_NULL, 0);
    make_function(n, s, code, nullptr);
    load_const_str(n->s);
    call_args(n->l1, n->l2, 2);
    for (size_t k = n->l4.size(); k-- > 0;) {
        set_line(n->l4[k]);
        emit(CALL, 1);
    }
    set_line(n);
    store_name(n->s);
}

void Compiler::comprehension_body(Node* n) {
    // .0 is the outermost iterable.
    int kind_op = n->kind == K::ListComp   ? LIST_APPEND
                  : n->kind == K::SetComp  ? SET_ADD
                  : n->kind == K::DictComp ? MAP_ADD
                                           : -1;
    set_line(n);
    if (n->kind == K::ListComp)
        emit(BUILD_LIST, 0);
    else if (n->kind == K::SetComp)
        emit(BUILD_SET, 0);
    else if (n->kind == K::DictComp)
        emit(BUILD_MAP, 0);
    comprehension_gen(n, 0, kind_op, kind_op < 0 ? 0 : 1, 0);
    if (kind_op < 0) load_none();
    emit(RETURN_VALUE, 0);
}

void Compiler::comprehension_gen(Node* n, size_t gi, int add_op, int base, int above) {
    Node* g = n->l1[gi];
    int top = new_label(), cleanup = new_label(), skip = new_label();
    // A sync level keeps (iterator, index); an async one its async iterator.
    int items = g->is_async ? 1 : 2;
    if (gi == 0) {
        // .0 arrives already an iterator (see the call site).
        emit(LOAD_FAST, 0);
        if (!g->is_async) emit(PUSH_NULL, 0);
    } else {
        expr(g->b);
        emit(g->is_async ? GET_AITER : GET_ITER, 0);
    }
    use_label(top);
    if (g->is_async) {
        push_handler(cleanup, base + above + 1, false);
        emit(GET_ANEXT, 0);
        await_top(0);
        pop_handler();
    } else {
        emit_jump(FOR_ITER, cleanup);
    }
    assign_target(g->a);
    for (Node* cond : g->l1)
        jump_if(cond, false, skip);
    if (gi + 1 < n->l1.size()) {
        comprehension_gen(n, gi + 1, add_op, base, above + items);
    } else if (add_op < 0) {
        expr(n->a);
        if (u().scope->is_coroutine) emit(CALL_INTRINSIC_1, 4); // async generator: wrapped
        emit(YIELD_VALUE, 0);
        emit(RESUME, 1);
        emit(POP_TOP, 0);
    } else {
        // The collection sits below the items of every level.
        expr(n->a);
        if (add_op == MAP_ADD) expr(n->b);
        emit(add_op, above + items + 1);
    }
    use_label(skip);
    emit_jump(PSEUDO_JUMP, top);
    use_label(cleanup);
    if (g->is_async) {
        emit(END_ASYNC_FOR, 0);
    } else {
        emit(END_FOR, 0);
        emit(POP_ITER, 0);
    }
}

} // namespace uopy::frontend::codegen
