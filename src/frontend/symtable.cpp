// The symbol table: one Scope per module, class, function, lambda and
// comprehension; which names are local, global, free (from an enclosing
// function) or cells (captured by an inner function). CPython counterpart:
// Python/symtable.c.
#include "frontend/compiler_internal.h"
#include "frontend/tokenizer.h"

#include <algorithm>

namespace uopy::frontend {

using ast::K;
using ast::Node;

std::string mangle(const std::string& class_name, const std::string& name) {
    if (class_name.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
    if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_')
        return name;
    if (name.find('.') != std::string::npos) return name;
    size_t strip = class_name.find_first_not_of('_');
    if (strip == std::string::npos) return name;
    std::string out(1, '_');
    out.append(class_name, strip, std::string::npos).append(name);
    return out;
}

namespace {

struct Builder {
    SymbolTable& st;
    SyntaxErrorInfo& err;
    std::string_view source;
    bool failed = false;

    bool fail(const std::string& msg, Node* n) {
        if (failed) return false;
        failed = true;
        err.kind = SyntaxErrorInfo::SyntaxError;
        err.msg = msg;
        err.lineno = n->line;
        std::string line = source_line(source, n->line);
        int chars = 0;
        for (int k = 0; k < n->col && k < static_cast<int>(line.size()); k++)
            if ((static_cast<unsigned char>(line[k]) & 0xC0) != 0x80) chars++;
        err.offset = chars + 1;
        err.end_lineno = n->end_line;
        err.end_offset = err.offset + 1;
        err.text = line;
        return false;
    }

    Scope* new_scope(ScopeKind kind, const std::string& name, Scope* parent, Node* node) {
        st.scopes.push_back(std::make_unique<Scope>());
        Scope* s = st.scopes.back().get();
        s->kind = kind;
        s->name = name;
        s->parent = parent;
        s->node = node;
        s->class_name =
            parent ? (parent->kind == ScopeKind::Class ? parent->name : parent->class_name) : "";
        // A scope opened inside a comprehension iterable (a lambda, another
        // comprehension) is inside it too, as in CPython.
        s->in_comp_iterable = parent ? parent->in_comp_iterable : 0;
        st.by_node[node] = s;
        return s;
    }

    std::string m(Scope* s, const std::string& n) {
        return mangle(s->kind == ScopeKind::Class ? s->name : s->class_name, n);
    }

    void bind(Scope* s, const std::string& name) { s->bind(m(s, name)); }
    void use(Scope* s, const std::string& name) {
        s->used.insert(m(s, name));
        if ((name == "super" || name == "__class__") && s->kind == ScopeKind::Function)
            s->uses_class = true;
    }

    // A pattern binds its capture names and evaluates its values, classes and keys.
    void pattern(Scope* s, Node* p) {
        switch (p->kind) {
        case K::MatchValue: expr(s, p->a); break;
        case K::MatchSingleton: break;
        case K::MatchStar:
            if (!p->s.empty()) bind(s, p->s);
            break;
        case K::MatchAs:
            if (p->a) pattern(s, p->a);
            if (!p->s.empty()) bind(s, p->s);
            break;
        case K::MatchMapping:
            for (Node* k : p->l1)
                expr(s, k);
            for (Node* q : p->l2)
                pattern(s, q);
            if (!p->s.empty()) bind(s, p->s);
            break;
        case K::MatchClass:
            expr(s, p->a);
            for (Node* q : p->l1)
                pattern(s, q);
            for (Node* q : p->l2)
                pattern(s, q);
            break;
        default: // MatchSequence, MatchOr
            for (Node* q : p->l1)
                pattern(s, q);
            break;
        }
    }

    void targets(Scope* s, Node* t) {
        if (!t) return;
        switch (t->kind) {
        case K::Name: bind(s, t->s); break;
        case K::Tuple:
        case K::List:
            for (Node* x : t->l1)
                targets(s, x);
            break;
        case K::Starred: targets(s, t->a); break;
        default: expr(s, t); break; // attribute / subscript: evaluate parts
        }
    }

    // Records the names a comprehension's `for` target binds.
    void iteration_names(Scope* c, Node* t) {
        if (!t) return;
        if (t->kind == K::Name) c->iteration_vars.insert(t->s);
        if (t->kind == K::Starred) iteration_names(c, t->a);
        if (t->kind == K::Tuple || t->kind == K::List)
            for (Node* x : t->l1)
                iteration_names(c, x);
    }

    void args(Scope* s, Node* a) {
        // Defaults and annotations are evaluated in the enclosing scope (done by caller).
        for (Node* x : a->l1) {
            s->params.push_back(x->s);
            s->bind(x->s);
        }
        if (a->a) {
            s->has_varargs = true;
        }
        for (Node* x : a->l2) {
            s->params.push_back(x->s);
            s->bind(x->s);
        }
        if (a->a) {
            s->params.push_back(a->a->s);
            s->bind(a->a->s);
        }
        if (a->b) {
            s->has_varkw = true;
            s->params.push_back(a->b->s);
            s->bind(a->b->s);
        }
    }

    void args_outer(Scope* s, Node* a) {
        for (Node* d : a->l4)
            expr(s, d);
        for (Node* d : a->l3)
            if (d) expr(s, d);
        for (Node* x : a->l1)
            if (x->a) expr(s, x->a);
        for (Node* x : a->l2)
            if (x->a) expr(s, x->a);
        if (a->a && a->a->a) expr(s, a->a->a);
        if (a->b && a->b->a) expr(s, a->b->a);
    }

    void body(Scope* s, std::vector<Node*>& stmts) {
        for (Node* x : stmts)
            stmt(s, x);
    }

    void stmt(Scope* s, Node* n) {
        if (failed) return;
        switch (n->kind) {
        case K::ExprStmt: expr(s, n->a); break;
        case K::Assign:
            expr(s, n->a);
            for (Node* t : n->l1)
                targets(s, t);
            break;
        case K::Match:
            expr(s, n->a);
            for (Node* c : n->l1) {
                pattern(s, c->a);
                if (c->b) expr(s, c->b);
                body(s, c->l1);
            }
            break;
        case K::AugAssign:
            expr(s, n->b);
            if (n->a->kind == K::Name) {
                use(s, n->a->s);
                bind(s, n->a->s);
            } else {
                expr(s, n->a);
            }
            break;
        case K::AnnAssign:
            if (n->c) expr(s, n->c);
            if (s->kind != ScopeKind::Function) expr(s, n->b);
            if (n->a->kind == K::Name) {
                if (n->c || s->kind == ScopeKind::Function) bind(s, n->a->s);
            } else {
                expr(s, n->a);
            }
            break;
        case K::For:
            if (n->is_async && !s->is_coroutine) {
                fail("'async for' outside async function", n);
                return;
            }
            expr(s, n->b);
            targets(s, n->a);
            body(s, n->l1);
            body(s, n->l2);
            break;
        case K::While:
        case K::If:
            expr(s, n->a);
            body(s, n->l1);
            body(s, n->l2);
            break;
        case K::With:
            if (n->is_async && !s->is_coroutine) {
                fail("'async with' outside async function", n);
                return;
            }
            for (Node* item : n->l1) {
                expr(s, item->a);
                if (item->b) targets(s, item->b);
            }
            body(s, n->l2);
            break;
        case K::Raise:
            if (n->a) expr(s, n->a);
            if (n->b) expr(s, n->b);
            break;
        case K::Try:
            body(s, n->l1);
            for (Node* h : n->l2) {
                if (h->a) expr(s, h->a);
                if (!h->s.empty()) bind(s, h->s);
                body(s, h->l1);
            }
            body(s, n->l3);
            body(s, n->l4);
            break;
        case K::Assert:
            expr(s, n->a);
            if (n->b) expr(s, n->b);
            break;
        case K::Import:
            for (Node* a : n->l1) {
                std::string name = a->s2.empty() ? a->s.substr(0, a->s.find('.')) : a->s2;
                bind(s, name);
            }
            break;
        case K::ImportFrom:
            for (Node* a : n->l1) {
                if (a->s == "*") {
                    if (s->kind == ScopeKind::Function) {
                        fail("import * only allowed at module level", n);
                        return;
                    }
                    continue;
                }
                bind(s, a->s2.empty() ? a->s : a->s2);
            }
            break;
        case K::Global:
        case K::Nonlocal:
            for (auto& name : n->names) {
                std::string mn = m(s, name);
                if (n->kind == K::Nonlocal && s->kind == ScopeKind::Module) {
                    fail("nonlocal declaration not allowed at module level", n);
                    return;
                }
                if (std::find(s->params.begin(), s->params.end(), mn) != s->params.end()) {
                    fail("name '" + name + "' is parameter and " +
                             (n->kind == K::Global ? "global" : "nonlocal"),
                         n);
                    return;
                }
                bool global = n->kind == K::Global;
                if ((global ? s->nonlocals : s->globals).count(mn)) {
                    // CPython points at the first of the two declarations.
                    auto first = s->decl_stmts.find(mn);
                    fail("name '" + name + "' is nonlocal and global",
                         first != s->decl_stmts.end() ? first->second : n);
                    return;
                }
                if (s->assigned_set.count(mn) || s->used.count(mn)) {
                    fail("name '" + name + "' is " +
                             (s->assigned_set.count(mn) ? "assigned to before" : "used prior to") +
                             " " + (n->kind == K::Global ? "global" : "nonlocal") + " declaration",
                         n);
                    return;
                }
                (n->kind == K::Global ? s->globals : s->nonlocals).insert(mn);
                s->decl_stmts.emplace(mn, n);
            }
            break;
        case K::Return:
            if (s->kind != ScopeKind::Function) {
                fail("'return' outside function", n);
                return;
            }
            if (n->a) expr(s, n->a);
            break;
        case K::Delete:
            for (Node* t : n->l1)
                targets(s, t);
            break;
        case K::FunctionDef: {
            for (Node* d : n->l2)
                expr(s, d);
            args_outer(s, n->a);
            if (n->b) expr(s, n->b);
            bind(s, n->s);
            Scope* f = new_scope(ScopeKind::Function, n->s, s, n);
            f->is_coroutine = n->is_async;
            args(f, n->a);
            body(f, n->l1);
            break;
        }
        case K::ClassDef: {
            for (Node* d : n->l4)
                expr(s, d);
            for (Node* b : n->l1)
                expr(s, b);
            for (Node* k : n->l2)
                expr(s, k->a);
            bind(s, n->s);
            Scope* c = new_scope(ScopeKind::Class, n->s, s, n);
            c->class_name = n->s;
            body(c, n->l3);
            break;
        }
        default: break;
        }
    }

    void comprehension(Scope* s, Node* n) {
        // The first iterable is evaluated in the enclosing scope.
        s->in_comp_iterable++;
        expr(s, n->l1[0]->b);
        s->in_comp_iterable--;
        Scope* c = new_scope(ScopeKind::Function,
                             n->kind == K::GeneratorExp ? "<genexpr>"
                             : n->kind == K::ListComp   ? "<listcomp>"
                             : n->kind == K::SetComp    ? "<setcomp>"
                                                        : "<dictcomp>",
                             s, n);
        c->is_comprehension = true;
        c->params.push_back(".0");
        c->bind(".0");
        if (n->kind == K::GeneratorExp) c->is_generator = true;
        for (Node* g : n->l1)
            if (g->is_async) c->is_coroutine = true;
        for (size_t k = 0; k < n->l1.size(); k++) {
            Node* g = n->l1[k];
            if (k > 0) {
                c->in_comp_iterable++;
                expr(c, g->b);
                c->in_comp_iterable--;
            }
            targets(c, g->a);
            iteration_names(c, g->a);
            for (Node* cond : g->l1)
                expr(c, cond);
        }
        if (n->a) expr(c, n->a);
        if (n->b) expr(c, n->b);
        // An async list/set/dict comprehension is awaited where it is
        // called, so whatever encloses it must be able to await.
        if (c->is_coroutine && n->kind != K::GeneratorExp && !make_async(s))
            fail("asynchronous comprehension outside of an asynchronous function", n);
    }

    // Lets [s] await: true if it is an async def, or a comprehension inside
    // one (which then becomes an async comprehension, as do the
    // comprehensions between).
    bool make_async(Scope* s) {
        Scope* t = s;
        while (t->is_comprehension && !t->is_coroutine)
            t = t->parent;
        if (!t->is_coroutine) return false;
        for (Scope* q = s; q != t; q = q->parent)
            q->is_coroutine = true;
        return true;
    }

    void expr(Scope* s, Node* n) {
        if (!n || failed) return;
        switch (n->kind) {
        case K::Name: use(s, n->s); break;
        case K::NamedExpr: {
            if (s->in_comp_iterable > 0) {
                fail("assignment expression cannot be used in a comprehension iterable "
                     "expression",
                     n);
                return;
            }
            expr(s, n->b);
            if (failed) return;
            // Binds in the nearest enclosing non-comprehension scope; no
            // comprehension on the way may iterate over that name, and a
            // class body cannot be the scope.
            Scope* t = s;
            while (t->is_comprehension) {
                if (t->iteration_vars.count(n->a->s)) {
                    fail("assignment expression cannot rebind comprehension iteration variable '" +
                             n->a->s + "'",
                         n);
                    return;
                }
                t = t->parent;
            }
            if (t != s && t->kind == ScopeKind::Class) {
                fail("assignment expression within a comprehension cannot be used in a class body",
                     n);
                return;
            }
            bind(t, n->a->s);
            if (t != s) {
                s->used.insert(n->a->s);
            }
            break;
        }
        case K::Lambda: {
            args_outer(s, n->a);
            Scope* f = new_scope(ScopeKind::Function, "<lambda>", s, n);
            args(f, n->a);
            expr(f, n->b);
            break;
        }
        case K::ListComp:
        case K::SetComp:
        case K::DictComp:
        case K::GeneratorExp: comprehension(s, n); break;
        case K::Yield:
        case K::YieldFrom:
        case K::Await:
            if (s->kind != ScopeKind::Function) {
                fail(n->kind == K::Await ? "'await' outside function" : "'yield' outside function",
                     n);
                return;
            }
            if (n->kind == K::Await) {
                // An async def's awaits suspend it as yields do, but they do
                // not make it a(n async) generator.
                if (!s->is_coroutine && !(s->is_comprehension && make_async(s))) {
                    fail(s->is_comprehension && s->node->kind != K::GeneratorExp
                             ? "asynchronous comprehension outside of an asynchronous function"
                             : "'await' outside async function",
                         n);
                    return;
                }
            } else if (n->kind == K::YieldFrom && s->is_coroutine) {
                fail("'yield from' inside async function", n);
                return;
            } else {
                s->is_generator = true;
            }
            if (n->a) expr(s, n->a);
            break;
        default:
            if (n->a) expr(s, n->a);
            if (n->b) expr(s, n->b);
            if (n->c) expr(s, n->c);
            for (Node* x : n->l1)
                if (x) expr(s, x);
            for (Node* x : n->l2)
                if (x) expr(s, x);
            break;
        }
    }

    // -- Resolution ------------------------------------------------------------------------

    // Finds [name] bound in a function scope enclosing [s] (class scopes are
    // skipped); marks it a cell there and free in the scopes between.
    bool capture(Scope* s, const std::string& name) {
        std::vector<Scope*> path;
        for (Scope* p = s->parent; p; p = p->parent) {
            if (p->kind == ScopeKind::Module) return false;
            if (p->kind == ScopeKind::Class) {
                if (name == "__class__") {
                    p->needs_class_cell = true;
                    for (Scope* q : path)
                        mark_free(q, name);
                    return true;
                }
                // A class between the use and the binding passes the cell on
                // to the functions defined in its body: it holds it as a free
                // variable (CPython: DEF_FREE_CLASS), whatever its own
                // namespace binds under the same name.
                path.push_back(p);
                continue;
            }
            bool local = (p->assigned_set.count(name) && !p->globals.count(name) &&
                          !p->nonlocals.count(name));
            if (local) {
                if (std::find(p->cellvars.begin(), p->cellvars.end(), name) == p->cellvars.end())
                    p->cellvars.push_back(name);
                for (Scope* q : path)
                    mark_free(q, name);
                return true;
            }
            if (p->nonlocals.count(name) || p->globals.count(name)) {
                if (p->globals.count(name)) return false;
            }
            path.push_back(p);
        }
        return false;
    }

    void mark_free(Scope* q, const std::string& name) {
        if (std::find(q->freevars.begin(), q->freevars.end(), name) == q->freevars.end())
            q->freevars.push_back(name);
        if (q->kind == ScopeKind::Function && !q->bindings.count(name))
            q->bindings[name] = Binding::Free;
    }

    static Node* nonlocal_stmt(Scope* s, const std::string& name) {
        auto it = s->decl_stmts.find(name);
        return it != s->decl_stmts.end() ? it->second : s->node;
    }

    bool resolve(Scope* s) {
        if (s->kind == ScopeKind::Function) {
            for (auto& n : s->nonlocals) {
                if (!capture(s, n))
                    return fail("no binding for nonlocal '" + n + "' found", nonlocal_stmt(s, n));
                s->bindings[n] = Binding::Free;
                if (std::find(s->freevars.begin(), s->freevars.end(), n) == s->freevars.end())
                    s->freevars.push_back(n);
            }
            for (auto& n : s->globals)
                s->bindings[n] = Binding::GlobalExplicit;
            for (auto& n : s->assigned)
                if (!s->globals.count(n) && !s->nonlocals.count(n)) s->bindings[n] = Binding::Local;
            for (auto& n : s->used) {
                if (s->bindings.count(n)) continue;
                if (capture(s, n)) {
                    s->bindings[n] = Binding::Free;
                    if (std::find(s->freevars.begin(), s->freevars.end(), n) == s->freevars.end())
                        s->freevars.push_back(n);
                } else {
                    s->bindings[n] = Binding::GlobalImplicit;
                }
            }
            if (s->uses_class && capture(s, "__class__")) {
                s->bindings["__class__"] = Binding::Free;
                if (std::find(s->freevars.begin(), s->freevars.end(), "__class__") ==
                    s->freevars.end())
                    s->freevars.push_back("__class__");
            }
        } else if (s->kind == ScopeKind::Class) {
            for (auto& n : s->globals)
                s->bindings[n] = Binding::GlobalExplicit;
            for (auto& n : s->nonlocals) {
                if (!capture(s, n))
                    return fail("no binding for nonlocal '" + n + "' found", nonlocal_stmt(s, n));
                s->bindings[n] = Binding::Free;
                if (std::find(s->freevars.begin(), s->freevars.end(), n) == s->freevars.end())
                    s->freevars.push_back(n);
            }
            for (auto& n : s->used) {
                if (s->bindings.count(n) || s->assigned_set.count(n)) continue;
                if (capture(s, n)) {
                    s->bindings[n] = Binding::Free;
                    if (std::find(s->freevars.begin(), s->freevars.end(), n) == s->freevars.end())
                        s->freevars.push_back(n);
                }
            }
        }
        return true;
    }
};

} // namespace

bool build_symtable(ast::Node* root, SymbolTable& st, SyntaxErrorInfo& err,
                    std::string_view source) {
    Builder b{st, err, source};
    st.module = b.new_scope(ScopeKind::Module, "<module>", nullptr, root);
    if (root->kind == K::Module)
        b.body(st.module, root->l1);
    else
        b.expr(st.module, root);
    if (b.failed) return false;
    // Resolve parents before children so captures see final bindings; the
    // scopes vector is in creation (pre-)order.
    for (auto& s : st.scopes)
        if (!b.resolve(s.get())) return false;
    // Names captured from a function become cells; a free name also used
    // locally stays free.
    for (auto& s : st.scopes)
        for (auto& c : s->cellvars)
            if (s->bindings[c] == Binding::Local) s->bindings[c] = Binding::Cell;
    return true;
}

} // namespace uopy::frontend
