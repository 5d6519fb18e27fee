// Code generation: AST + symbol table to instruction lists, one "unit" per
// code object, following CPython 3.14's instruction sequences (see
// docs/bytecode.md). Comprehensions are compiled as nested functions (as
// before PEP 709). CPython counterpart: Python/codegen.c, Python/compile.c.
#include "frontend/compiler.h"

#include "frontend/compiler_internal.h"
#include "frontend/tokenizer.h"
#include "vm/generated/opcode_ids.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace uopy::frontend {

using ast::K;
using ast::Node;
using namespace uopy::vm;

namespace {

constexpr int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
              CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_HAS_DOCSTRING = 0x4000000;
constexpr uint8_t FAST_LOCAL = 0x20, FAST_CELL = 0x40, FAST_FREE = 0x80, FAST_ARG_POS = 0x02,
                  FAST_ARG_KW = 0x04, FAST_ARG_VAR = 0x08;

enum class FB {
    ForLoop,
    WhileLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    HandlerCleanup,
    With,
    ExceptName,
    PopValue // a return value kept on the stack while a finally body runs inline
};

struct FBlock {
    FB kind;
    int start_label;   // loop: continue target
    int exit_label;    // loop: break target
    Node* node;        // FinallyTry: the Try node (finalbody); ExceptName: handler
    int handler_saved; // handler stack size to restore when unwinding past it
};

struct Unit {
    Scope* scope;
    CodeData data;
    std::vector<Instr> instrs;
    std::vector<int> labels;
    std::vector<Handler> handlers;
    std::vector<int> handler_stack;
    std::vector<FBlock> fblocks;
    std::map<std::string, int> name_index;
    std::map<std::string, int> local_index;
    int line = 1;
    int base_depth = 0;
    std::string qualname;
};

class Compiler {
  public:
    Compiler(SymbolTable& st, std::string_view filename, std::string_view source)
        : st_(st), filename_(filename), source_(source) {}

    SyntaxErrorInfo err_;
    bool failed_ = false;

    bool module(Node* root, CompileMode mode, CodeData& out) {
        push_unit(st_.module, "<module>", "<module>", 1);
        emit(RESUME, 0);
        if (mode == CompileMode::Eval) {
            expr(root);
            emit(RETURN_VALUE, 0);
        } else {
            if (!root->l1.empty() && is_docstring(root->l1[0]) && mode == CompileMode::Exec) {
                load_const_str(root->l1[0]->a->s);
                store_name("__doc__");
            }
            for (Node* s : root->l1) {
                if (mode == CompileMode::Single && s->kind == K::ExprStmt) {
                    set_line(s);
                    expr(s->a);
                    emit(CALL_INTRINSIC_1, 1);
                    emit(POP_TOP, 0);
                    continue;
                }
                stmt(s);
                if (failed_) return false;
            }
            load_none();
            emit(RETURN_VALUE, 0);
        }
        if (failed_) return false;
        out = finish_unit();
        return !failed_;
    }

  private:
    SymbolTable& st_;
    std::string filename_;
    std::string_view source_;
    std::vector<std::unique_ptr<Unit>> units_;

    Unit& u() { return *units_.back(); }

    // -- Errors ----------------------------------------------------------------------------

    void fail(const std::string& msg, Node* n) {
        if (failed_) return;
        failed_ = true;
        err_.kind = SyntaxErrorInfo::SyntaxError;
        err_.msg = msg;
        err_.lineno = n->line;
        std::string line = source_line(source_, n->line);
        int chars = 0;
        for (int k = 0; k < n->col && k < static_cast<int>(line.size()); k++)
            if ((static_cast<unsigned char>(line[k]) & 0xC0) != 0x80) chars++;
        err_.offset = chars + 1;
        err_.end_lineno = n->end_line;
        err_.end_offset = err_.offset + 1;
        err_.text = line;
    }

    // -- Units ------------------------------------------------------------------------------

    void push_unit(Scope* scope, const std::string& name, const std::string& qualname,
                   int firstline) {
        units_.push_back(std::make_unique<Unit>());
        Unit& n = u();
        n.scope = scope;
        n.data.name = name;
        n.data.qualname = qualname;
        n.qualname = qualname;
        n.data.filename = filename_;
        n.data.firstlineno = firstline;
        n.line = firstline;
        // localsplus: parameters and locals, then cells, then frees.
        if (scope->kind == ScopeKind::Function) {
            for (auto& p : scope->params)
                add_local(p, FAST_LOCAL);
            for (auto& a : scope->assigned) {
                Binding b = scope->lookup(a);
                if (b == Binding::Local || b == Binding::Cell) add_local(a, FAST_LOCAL);
            }
        }
        for (auto& c : scope->cellvars) {
            auto it = n.local_index.find(c);
            if (it != n.local_index.end())
                n.data.localspluskinds[it->second] |= FAST_CELL;
            else
                add_local(c, FAST_CELL);
        }
        if (scope->needs_class_cell && !n.local_index.count("__class__"))
            add_local("__class__", FAST_CELL);
        for (auto& f : scope->freevars) {
            if (n.local_index.count(f)) continue;
            add_local(f, FAST_FREE);
        }
    }

    void add_local(const std::string& name, uint8_t kind) {
        if (u().local_index.count(name)) return;
        u().local_index[name] = static_cast<int>(u().data.localsplusnames.size());
        u().data.localsplusnames.push_back(name);
        u().data.localspluskinds.push_back(kind);
    }

    CodeData finish_unit() {
        Unit& n = u();
        std::vector<int> label_pos(n.labels.begin(), n.labels.end());
        resolve_local_loads(n.instrs, label_pos, n.handlers, n.data);
        assemble(n.instrs, label_pos, n.handlers, n.data.firstlineno, n.data);
        CodeData out = std::move(n.data);
        units_.pop_back();
        return out;
    }

    // -- Emission ---------------------------------------------------------------------------

    int new_label() {
        u().labels.push_back(-1);
        return static_cast<int>(u().labels.size()) - 1;
    }
    void use_label(int l) { u().labels[l] = static_cast<int>(u().instrs.size()); }

    void emit(int op, int arg) {
        int h = u().handler_stack.empty() ? -1 : u().handler_stack.back();
        u().instrs.push_back(Instr{op, arg, -1, u().line, h});
    }
    void emit_jump(int op, int label) {
        int h = u().handler_stack.empty() ? -1 : u().handler_stack.back();
        u().instrs.push_back(Instr{op, 0, label, u().line, h});
    }
    void set_line(Node* n) {
        if (n && n->line > 0) u().line = n->line;
    }

    int push_handler(int label, int depth, bool lasti) {
        u().handlers.push_back(Handler{label, depth, lasti});
        int idx = static_cast<int>(u().handlers.size()) - 1;
        u().handler_stack.push_back(idx);
        return idx;
    }
    void pop_handler() { u().handler_stack.pop_back(); }

    // -- Constants and names -----------------------------------------------------------------

    int add_const(const ConstValue& c) {
        auto& consts = u().data.consts;
        if (c.kind != ConstValue::Kind::Code && c.kind != ConstValue::Kind::Tuple) {
            for (size_t k = 0; k < consts.size(); k++) {
                const ConstValue& o = consts[k];
                if (o.kind == c.kind && o.text == c.text && o.base == c.base &&
                    (c.kind != ConstValue::Kind::Float ||
                     std::memcmp(&o.real, &c.real, sizeof(double)) == 0) &&
                    (c.kind != ConstValue::Kind::Complex ||
                     std::memcmp(&o.imag, &c.imag, sizeof(double)) == 0))
                    return static_cast<int>(k);
            }
        }
        consts.push_back(c);
        return static_cast<int>(consts.size()) - 1;
    }
    void load_none() {
        ConstValue c;
        c.kind = ConstValue::Kind::None;
        emit(LOAD_CONST, add_const(c));
    }
    void load_const_str(const std::string& s) {
        ConstValue c;
        c.kind = ConstValue::Kind::Str;
        c.text = s;
        emit(LOAD_CONST, add_const(c));
    }
    int name_idx(const std::string& n) {
        auto it = u().name_index.find(n);
        if (it != u().name_index.end()) return it->second;
        int i = static_cast<int>(u().data.names.size());
        u().data.names.push_back(n);
        u().name_index[n] = i;
        return i;
    }
    std::string mangled(const std::string& name) {
        Scope* s = u().scope;
        return mangle(s->kind == ScopeKind::Class ? s->name : s->class_name, name);
    }

    // Loads/stores/deletes a variable according to its scope.
    enum Ctx { LOAD, STORE, DEL };
    void name_op(const std::string& raw, Ctx ctx) {
        std::string name = mangled(raw);
        Scope* s = u().scope;
        Binding b = s->lookup(name);
        if (s->kind == ScopeKind::Class && b == Binding::Free && ctx == LOAD) {
            emit(LOAD_LOCALS, 0);
            emit(LOAD_FROM_DICT_OR_DEREF, u().local_index[name]);
            return;
        }
        if (s->kind == ScopeKind::Module ||
            (s->kind == ScopeKind::Class && b != Binding::Free && b != Binding::GlobalExplicit)) {
            emit(ctx == LOAD ? LOAD_NAME : ctx == STORE ? STORE_NAME : DELETE_NAME, name_idx(name));
            return;
        }
        switch (b) {
        case Binding::Local:
            emit(ctx == LOAD    ? LOAD_FAST_CHECK
                 : ctx == STORE ? STORE_FAST
                                : DELETE_FAST,
                 u().local_index[name]);
            return;
        case Binding::Cell:
        case Binding::Free:
            emit(ctx == LOAD    ? LOAD_DEREF
                 : ctx == STORE ? STORE_DEREF
                                : DELETE_DEREF,
                 u().local_index[name]);
            return;
        case Binding::GlobalExplicit:
        case Binding::GlobalImplicit:
        default:
            if (ctx == LOAD)
                emit(LOAD_GLOBAL, name_idx(name) << 1);
            else
                emit(ctx == STORE ? STORE_GLOBAL : DELETE_GLOBAL, name_idx(name));
            return;
        }
    }
    void store_name(const std::string& n) { name_op(n, STORE); }

    static bool is_docstring(Node* s) {
        return s->kind == K::ExprStmt && s->a->kind == K::Constant && s->a->ckind == ast::C_STR;
    }

    // -- Statements -------------------------------------------------------------------------

    void body(std::vector<Node*>& stmts) {
        for (Node* s : stmts) {
            stmt(s);
            if (failed_) return;
        }
    }

    void stmt(Node* n) {
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
            return;
        case K::For: return for_stmt(n);
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
        case K::Try: return n->l4.empty() ? try_except(n) : try_finally(n);
        case K::With: return with_stmt(n, 0);
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

    void assign_target(Node* t) {
        set_line(t);
        switch (t->kind) {
        case K::Name: return store_name(t->s);
        case K::Attribute:
            expr(t->a);
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

    void delete_target(Node* t) {
        switch (t->kind) {
        case K::Name: return name_op(t->s, DEL);
        case K::Attribute:
            expr(t->a);
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

    void aug_assign(Node* n) {
        int op = n->op + 13;
        Node* t = n->a;
        switch (t->kind) {
        case K::Name:
            name_op(t->s, LOAD);
            expr(n->b);
            emit(BINARY_OP, op);
            store_name(t->s);
            return;
        case K::Attribute:
            expr(t->a);
            emit(COPY, 1);
            emit(LOAD_ATTR, name_idx(mangled(t->s)) << 1);
            expr(n->b);
            emit(BINARY_OP, op);
            emit(SWAP, 2);
            emit(STORE_ATTR, name_idx(mangled(t->s)));
            return;
        case K::Subscript:
            expr(t->a);
            subscript_index(t->b);
            emit(COPY, 2);
            emit(COPY, 2);
            emit(BINARY_OP, 26);
            expr(n->b);
            emit(BINARY_OP, op);
            emit(SWAP, 3);
            emit(SWAP, 2);
            emit(STORE_SUBSCR, 0);
            return;
        default: return fail("illegal expression for augmented assignment", t);
        }
    }

    void for_stmt(Node* n) {
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

    void while_stmt(Node* n) {
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

    // Emits the exit code of fblock [b] (for return/break/continue leaving it).
    void unwind_fblock(const FBlock& b, bool preserve_tos) {
        switch (b.kind) {
        case FB::ForLoop:
            if (preserve_tos) emit(SWAP, 3);
            emit(POP_ITER, 0);
            break;
        case FB::WhileLoop:
        case FB::TryExcept: break;
        case FB::FinallyTry: {
            // Run the finally body inline, outside its own handler. A return
            // value waiting under it is popped by any break/continue/return
            // inside the body (the PopValue block).
            auto saved = u().handler_stack;
            u().handler_stack.resize(std::min<size_t>(saved.size(), b.handler_saved));
            if (preserve_tos)
                u().fblocks.push_back(
                    FBlock{FB::PopValue, -1, -1, nullptr, static_cast<int>(b.handler_saved)});
            body(b.node->l4);
            if (preserve_tos) u().fblocks.pop_back();
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
            if (preserve_tos) {
                emit(SWAP, 3);
                emit(SWAP, 2);
            }
            load_none();
            load_none();
            load_none();
            emit(CALL, 3);
            emit(POP_TOP, 0);
            break;
        }
    }

    // Emits the exit code of every fblock above index [stop] (-1: all of
    // them), innermost first. Each block is off the fblock stack while its
    // exit code compiles, so a break or return inside an inlined finally body
    // sees only the blocks around the try; the stack is restored afterwards.
    void unwind_fblocks_above(int stop, bool preserve_tos) {
        auto saved_handlers = u().handler_stack;
        std::vector<FBlock> popped;
        while (static_cast<int>(u().fblocks.size()) - 1 > stop) {
            FBlock b = u().fblocks.back();
            u().fblocks.pop_back();
            popped.push_back(b);
            unwind_fblock(b, preserve_tos);
            u().handler_stack.resize(std::min<size_t>(u().handler_stack.size(), b.handler_saved));
        }
        for (auto it = popped.rbegin(); it != popped.rend(); ++it)
            u().fblocks.push_back(*it);
        u().handler_stack = saved_handlers;
    }

    void break_continue(Node* n, bool is_break) {
        auto& fb = u().fblocks;
        int idx = static_cast<int>(fb.size()) - 1;
        while (idx >= 0 && fb[idx].kind != FB::ForLoop && fb[idx].kind != FB::WhileLoop)
            idx--;
        if (idx < 0)
            return fail(is_break ? "'break' outside loop" : "'continue' not properly in loop", n);
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

    void return_stmt(Node* n) {
        if (u().scope->kind != ScopeKind::Function) return fail("'return' outside function", n);
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

    void try_except(Node* n) {
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

    void try_finally(Node* n) {
        int handler = new_label(), cleanup = new_label(), end = new_label();
        int d = u().base_depth;
        size_t hs = u().handler_stack.size();
        push_handler(handler, d, true);
        u().fblocks.push_back(FBlock{FB::FinallyTry, -1, -1, n, static_cast<int>(hs)});
        if (!n->l2.empty())
            try_except(n);
        else
            body(n->l1);
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

    void with_stmt(Node* n, size_t item) {
        Node* w = n->l1[item];
        int handler = new_label(), cleanup = new_label(), suppress = new_label(), end = new_label();
        int d = u().base_depth;
        set_line(w);
        expr(w->a);            // mgr
        emit(COPY, 1);         // mgr, mgr
        emit(LOAD_SPECIAL, 1); // mgr, exit, exit_self
        emit(SWAP, 2);         // mgr, exit_self, exit
        emit(SWAP, 3);         // exit, exit_self, mgr
        emit(LOAD_SPECIAL, 0); // exit, exit_self, enter, enter_self
        emit(CALL, 0);         // exit, exit_self, value
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
        emit(POP_TOP, 0);
        emit_jump(PSEUDO_JUMP, end);
        // Exceptional exit: [exit, exit_self, lasti, exc]
        use_label(handler);
        push_handler(cleanup, d + 4, true);
        emit(PUSH_EXC_INFO, 0);     // exit, exit_self, lasti, prev, exc
        emit(WITH_EXCEPT_START, 0); // ..., res
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

    // -- Functions and classes ----------------------------------------------------------------

    std::string child_qualname(const std::string& name) {
        Unit& p = u();
        if (p.scope->kind == ScopeKind::Module) return name;
        if (p.scope->kind == ScopeKind::Function) return p.qualname + ".<locals>." + name;
        return p.qualname + "." + name;
    }

    // Pushes the closure tuple for [child] if it has free variables; returns true if so.
    bool closure(Scope* child) {
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

    // Compiles the body of a function scope into a code constant.
    ConstValue function_code(Node* n, Scope* s, const std::string& name, Node* args,
                             std::vector<Node*>* stmts, Node* expr_body) {
        std::string qual = child_qualname(name);
        push_unit(s, name, qual, n->line);
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
        if (s->is_generator) flags |= CO_GENERATOR;
        // Docstring first among the constants (CO_HAS_DOCSTRING).
        if (stmts && !stmts->empty() && is_docstring((*stmts)[0])) {
            ConstValue d;
            d.kind = ConstValue::Kind::Str;
            d.text = (*stmts)[0]->a->s;
            add_const(d);
            flags |= CO_HAS_DOCSTRING;
        }
        f.data.flags = flags;
        for (size_t k = 0; k < f.data.localspluskinds.size(); k++)
            if (f.data.localspluskinds[k] & FAST_CELL) emit(MAKE_CELL, static_cast<int>(k));
        if (!s->freevars.empty()) emit(COPY_FREE_VARS, static_cast<int>(s->freevars.size()));
        int gen_handler = -1;
        if (s->is_generator) {
            emit(RETURN_GENERATOR, 0);
            emit(POP_TOP, 0);
        }
        emit(RESUME, 0);
        if (s->is_generator) {
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
        if (s->is_generator) {
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

    // Emits defaults/kwdefaults/closure, the code, MAKE_FUNCTION and the attributes.
    void make_function(Node* n, Scope* s, const ConstValue& code, Node* args) {
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
        if (closure(s)) attrs |= 8;
        emit(LOAD_CONST, add_const(code));
        emit(MAKE_FUNCTION, 0);
        for (int flag : {8, 4, 2, 1})
            if (attrs & flag) emit(SET_FUNCTION_ATTRIBUTE, flag);
        (void)n;
    }

    void function_def(Node* n) {
        Scope* s = st_.by_node[n];
        for (Node* d : n->l2) {
            expr(d);
            emit(PUSH_NULL, 0);
        }
        ConstValue code = function_code(n, s, n->s, n->a, &n->l1, nullptr);
        if (failed_) return;
        set_line(n);
        make_function(n, s, code, n->a);
        for (size_t k = 0; k < n->l2.size(); k++)
            emit(CALL, 1);
        store_name(n->s);
    }

    void class_def(Node* n) {
        Scope* s = st_.by_node[n];
        for (Node* d : n->l4) {
            expr(d);
            emit(PUSH_NULL, 0);
        }
        // The class body as a function.
        std::string qual = child_qualname(n->s);
        push_unit(s, n->s, qual, n->line);
        for (size_t k = 0; k < u().data.localspluskinds.size(); k++)
            if (u().data.localspluskinds[k] & FAST_CELL) emit(MAKE_CELL, static_cast<int>(k));
        if (!s->freevars.empty()) emit(COPY_FREE_VARS, static_cast<int>(s->freevars.size()));
        emit(RESUME, 0);
        emit(LOAD_NAME, name_idx("__name__"));
        emit(STORE_NAME, name_idx("__module__"));
        load_const_str(qual);
        emit(STORE_NAME, name_idx("__qualname__"));
        if (!n->l3.empty() && is_docstring(n->l3[0])) {
            load_const_str(n->l3[0]->a->s);
            emit(STORE_NAME, name_idx("__doc__"));
        }
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
        if (failed_) return;
        ConstValue code;
        code.kind = ConstValue::Kind::Code;
        code.code = std::make_shared<CodeData>(finish_unit());
        set_line(n);
        emit(LOAD_BUILD_CLASS, 0);
        emit(PUSH_NULL, 0);
        make_function(n, s, code, nullptr);
        load_const_str(n->s);
        call_args(n->l1, n->l2, 2);
        for (size_t k = 0; k < n->l4.size(); k++)
            emit(CALL, 1);
        store_name(n->s);
    }

    void comprehension_body(Node* n) {
        // .0 is the outermost iterable.
        int kind_op = n->kind == K::ListComp   ? LIST_APPEND
                      : n->kind == K::SetComp  ? SET_ADD
                      : n->kind == K::DictComp ? MAP_ADD
                                               : -1;
        if (n->kind == K::ListComp)
            emit(BUILD_LIST, 0);
        else if (n->kind == K::SetComp)
            emit(BUILD_SET, 0);
        else if (n->kind == K::DictComp)
            emit(BUILD_MAP, 0);
        comprehension_gen(n, 0, kind_op);
        if (kind_op < 0) load_none();
        emit(RETURN_VALUE, 0);
    }

    void comprehension_gen(Node* n, size_t gi, int add_op) {
        Node* g = n->l1[gi];
        int top = new_label(), cleanup = new_label(), skip = new_label();
        if (gi == 0) {
            // .0 arrives already an iterator (see the call site).
            emit(LOAD_FAST, 0);
            emit(PUSH_NULL, 0);
        } else {
            expr(g->b);
            emit(GET_ITER, 0);
        }
        use_label(top);
        emit_jump(FOR_ITER, cleanup);
        assign_target(g->a);
        for (Node* cond : g->l1)
            jump_if(cond, false, skip);
        if (gi + 1 < n->l1.size()) {
            comprehension_gen(n, gi + 1, add_op);
        } else if (add_op < 0) {
            expr(n->a);
            emit(YIELD_VALUE, 0);
            emit(RESUME, 1);
            emit(POP_TOP, 0);
        } else {
            // The collection sits below one (iterator, index) pair per generator.
            expr(n->a);
            if (add_op == MAP_ADD) expr(n->b);
            emit(add_op, 2 * (static_cast<int>(gi) + 1) + 1);
        }
        use_label(skip);
        emit_jump(PSEUDO_JUMP, top);
        use_label(cleanup);
        emit(END_FOR, 0);
        emit(POP_ITER, 0);
    }

    // -- Expressions ------------------------------------------------------------------------

    void jump_if(Node* e, bool cond, int label) {
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
        if (e->kind == K::Compare && e->ops.size() == 1 && e->ops[0] <= 5) {
            expr(e->a);
            expr(e->l1[0]);
            set_line(e);
            emit(COMPARE_OP, (e->ops[0] << 5) | 16);
            emit_jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, label);
            return;
        }
        expr(e);
        emit(TO_BOOL, 0);
        emit_jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, label);
    }

    void subscript_index(Node* idx) {
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

    bool has_starred(std::vector<Node*>& elts) {
        for (Node* e : elts)
            if (e && e->kind == K::Starred) return true;
        return false;
    }

    // Builds a list from elements that may contain *starred ones.
    void starred_list(std::vector<Node*>& elts) {
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

    // Arguments for a call whose callable and self_or_null are already pushed.
    // [extra] counts positional args already pushed (class name etc.).
    void call_args(std::vector<Node*>& args, std::vector<Node*>& keywords, int extra) {
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

    // `super().name` and `super(C, obj).name` (CPython 3.12+): one
    // LOAD_SUPER_ATTR instead of building a super object, when `super` is the
    // global name and, for the zero-argument form, the function has a
    // __class__ cell and a first parameter to pass as self. [method] is the
    // form that pushes an unbound method and self for a call.
    bool super_attr(Node* attr, bool method) {
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
        set_line(c);
        emit(LOAD_GLOBAL, name_idx("super") << 1);
        if (zero) {
            name_op("__class__", LOAD);
            name_op(u().data.localsplusnames[0], LOAD);
        } else {
            expr(c->l1[0]);
            expr(c->l1[1]);
        }
        set_line(attr);
        emit(LOAD_SUPER_ATTR,
             (name_idx(mangled(attr->s)) << 2) | (zero ? 0 : 2) | (method ? 1 : 0));
        return true;
    }

    void call(Node* n) {
        Node* f = n->a;
        // The method form (LOAD_ATTR pushing method + self) only pairs with
        // CALL/CALL_KW; an unpacking call (CALL_FUNCTION_EX) takes a bound
        // callable, as in CPython.
        bool unpacking = has_starred(n->l1);
        for (Node* k : n->l2)
            if (k->s.empty()) unpacking = true;
        if (f->kind == K::Attribute && !unpacking && super_attr(f, true)) {
            // super().method(...): method and self pushed by LOAD_SUPER_ATTR.
        } else if (f->kind == K::Attribute && !unpacking) {
            expr(f->a);
            set_line(n);
            emit(LOAD_ATTR, (name_idx(mangled(f->s)) << 1) | 1);
        } else if (f->kind == K::Name && u().scope->kind == ScopeKind::Function &&
                   (u().scope->lookup(mangled(f->s)) == Binding::GlobalImplicit ||
                    u().scope->lookup(mangled(f->s)) == Binding::GlobalExplicit)) {
            emit(LOAD_GLOBAL, (name_idx(mangled(f->s)) << 1) | 1);
        } else {
            expr(f);
            emit(PUSH_NULL, 0);
        }
        call_args(n->l1, n->l2, 0);
        set_line(n);
    }

    ConstValue constant(Node* n) {
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
        }
        return c;
    }

    void expr(Node* n) {
        if (failed_) return;
        int saved_line = u().line;
        set_line(n);
        switch (n->kind) {
        case K::Constant: {
            if (n->ckind == ast::C_INT && n->ival == 10 && n->s.size() <= 3 &&
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
            emit(GET_ITER, 0);
            emit(POP_TOP, 0);
            emit(CALL, 1);
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
            emit(YIELD_VALUE, 0);
            emit(RESUME, 1);
            break;
        case K::YieldFrom: {
            int send = new_label(), end = new_label();
            expr(n->a);
            emit(GET_YIELD_FROM_ITER, 0);
            load_none();
            // An exception thrown in while suspended at the YIELD_VALUE (by
            // throw() or close() after delegating to the sub-iterator) goes to
            // CLEANUP_THROW, which turns the sub-iterator's StopIteration into
            // the value of the expression. The handler keeps the stack as it
            // is at the yield (depth -1: the assembler fills it in).
            int fail = new_label();
            use_label(send);
            emit_jump(SEND, end);
            push_handler(fail, -1, false);
            emit(YIELD_VALUE, 1);
            pop_handler();
            emit(RESUME, 2);
            emit_jump(PSEUDO_JUMP_NO_INTERRUPT, send);
            use_label(fail);
            emit(CLEANUP_THROW, 0);
            use_label(end);
            emit(END_SEND, 0);
            break;
        }
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
        case K::Await: fail("'await' is not yet supported", n); break;
        default: fail("unsupported expression", n); break;
        }
        u().line = saved_line;
    }

    void assign_named(const std::string& name) {
        // A walrus in a comprehension binds in the enclosing function; our
        // comprehension scopes see it as free (captured) there.
        store_name(name);
    }

    void formatted(Node* part) {
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

    void compare_one(int op) {
        if (op <= 5)
            emit(COMPARE_OP, op << 5);
        else if (op == 6 || op == 7)
            emit(CONTAINS_OP, op == 7);
        else
            emit(IS_OP, op == 9);
    }

    void compare(Node* n) {
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
};

} // namespace

CompileResult compile_module(ast::Node* root, std::string_view filename, CompileMode mode, int,
                             std::string_view source) {
    SymbolTable st;
    SyntaxErrorInfo err;
    if (!build_symtable(root, st, err, source)) return CompileResult::failure(err);
    Compiler c(st, filename, source);
    CodeData out;
    if (!c.module(root, mode, out)) return CompileResult::failure(c.err_);
    return CompileResult::success(std::move(out));
}

} // namespace uopy::frontend
