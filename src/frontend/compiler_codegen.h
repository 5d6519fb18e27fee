// The code generator class, shared by its files: compiler.cpp (units,
// statements, the entry point), compiler_functions.cpp (functions,
// lambdas, classes, comprehensions) and compiler_expressions.cpp
// (expressions, calls). The small helpers (errors, units, emission, names)
// are inline here.
#pragma once

#include "frontend/compiler.h"
#include "frontend/compiler_internal.h"
#include "frontend/tokenizer.h"
#include "vm/generated/opcode_ids.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace uopy::frontend::codegen {

using ast::K;
using ast::Node;
using namespace uopy::vm;

constexpr int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
              CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_COROUTINE = 0x80,
              CO_ASYNC_GENERATOR = 0x200, CO_HAS_DOCSTRING = 0x4000000;
constexpr uint8_t FAST_LOCAL = 0x20, FAST_CELL = 0x40, FAST_FREE = 0x80, FAST_ARG_POS = 0x02,
                  FAST_ARG_KW = 0x04, FAST_ARG_VAR = 0x08;

enum class FB {
    ForLoop,
    AsyncForLoop, // the async iterator alone on the stack
    WhileLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    HandlerCleanup,
    With,
    ExceptName,
    PopValue,  // a return value kept on the stack while a finally body runs inline
    ExceptStar // the clauses of a try/except*: break, continue and return may not leave them
};

struct FBlock {
    FB kind;
    int start_label;   // loop: continue target
    int exit_label;    // loop: break target
    Node* node;        // FinallyTry: the Try node (finalbody); ExceptName: handler
    int handler_saved; // handler stack size to restore when unwinding past it
    // FinallyTry: the value-stack depth at the try, which is the depth once
    // the blocks above it are unwound (an inline finally body's handlers
    // are placed relative to it).
    int depth = -1;
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
    Loc loc; // the position the next instruction gets
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
        u().loc = Loc{0, 1, 0, 0}; // CPython 3.11 places a module's RESUME on line 0
        emit(RESUME, 0);
        // What comes before the statements is at the first one (or the expression).
        if (mode == CompileMode::Eval)
            set_line(root);
        else if (root->kind == K::Module && !root->l1.empty())
            set_line(root->l1[0]);
        if (root->kind == K::Module) future_annotations_ = has_future_annotations(root->l1);
        if (mode != CompileMode::Eval && has_annotations(root->l1)) emit(SETUP_ANNOTATIONS, 0);
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

    // -- Annotations (compiler_functions.cpp) ---------------------------------------------
    // `from __future__ import annotations` among a module's first statements.
    static bool has_future_annotations(const std::vector<Node*>& stmts);
    // Whether a module or class body stores annotations (AnnAssign outside
    // nested functions and classes): it then starts with SETUP_ANNOTATIONS.
    static bool has_annotations(const std::vector<Node*>& stmts);
    // Pushes an annotation's value: the expression, or (postponed
    // evaluation, PEP 563) its source text.
    void annotation_value(Node* e);
    // Pushes the __annotations__ dict of a function definition and returns
    // true, or pushes nothing and returns false when it has none.
    bool function_annotations(Node* n, Node* args);

  private:
    bool future_annotations_ = false;
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
        // A scope's prologue (and a lambda's return) sits at column 0 of its
        // first line, as in CPython.
        n.loc = Loc{firstline, firstline, 0, 0};
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
        run_peephole(n.instrs, label_pos, n.data);
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
        u().instrs.push_back(Instr{op, arg, -1, u().loc, h});
    }
    void emit_jump(int op, int label) {
        int h = u().handler_stack.empty() ? -1 : u().handler_stack.back();
        u().instrs.push_back(Instr{op, 0, label, u().loc, h});
    }

    // -- Positions ----------------------------------------------------------------------------
    // Every instruction gets the position of the innermost node being
    // compiled (CPython 3.11's SET_LOC): statements set it, expressions set
    // it and restore the enclosing one when done.
    static Loc loc_of(const Node* n) {
        Loc l{n->line, n->end_line, n->col, n->end_col};
        if (l.end_line < l.line) {
            l.end_line = l.line;
            l.end_col = -1;
        }
        if (l.col < 0 || l.end_col < 0) l.col = l.end_col = -1;
        return l;
    }
    void set_line(Node* n) {
        if (n && n->line > 0) u().loc = loc_of(n);
    }
    // CPython's update_start_location_to_match_attr: an attribute access
    // whose name is on a later line than where the current position starts
    // (`obj\n.method()`) starts at the name instead.
    void update_start_to_attr(Node* attr) {
        Loc& l = u().loc;
        if (l.line == attr->end_line) return;
        l.line = attr->end_line;
        // CPython subtracts the name's length in characters from a byte column.
        int len = 0;
        for (unsigned char ch : attr->s)
            if ((ch & 0xC0) != 0x80) len++;
        if (attr->end_col >= 0 && len <= attr->end_col) {
            l.col = attr->end_col - len;
        } else {
            l.col = l.end_col = -1;
        }
        if (l.end_line < l.line) l.end_line = l.line;
        if (l.line == l.end_line && l.col >= 0 && l.end_col < l.col) l.end_col = l.col;
    }
    // Restores the position current at its construction when it goes.
    struct LocGuard {
        Unit& unit;
        Loc saved;
        explicit LocGuard(Unit& un) : unit(un), saved(un.loc) {}
        ~LocGuard() { unit.loc = saved; }
        LocGuard(const LocGuard&) = delete;
        LocGuard& operator=(const LocGuard&) = delete;
    };

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
        if (c.kind != ConstValue::Kind::Code && c.kind != ConstValue::Kind::Tuple &&
            c.kind != ConstValue::Kind::Frozenset) {
            for (size_t k = 0; k < consts.size(); k++) {
                const ConstValue& o = consts[k];
                if (o.kind == c.kind && o.text == c.text && o.base == c.base &&
                    (c.kind != ConstValue::Kind::Float ||
                     std::memcmp(&o.real, &c.real, sizeof(double)) == 0) &&
                    (c.kind != ConstValue::Kind::Complex ||
                     (std::memcmp(&o.real, &c.real, sizeof(double)) == 0 &&
                      std::memcmp(&o.imag, &c.imag, sizeof(double)) == 0)))
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
    void body(std::vector<Node*>& stmts);
    void stmt(Node* n);
    void assign_target(Node* t);
    void delete_target(Node* t);
    void aug_assign(Node* n);
    void for_stmt(Node* n);
    void async_for_stmt(Node* n);
    // The loop that drives the awaitable or sub-iterator on top of the stack
    // (under the value to send) to its end: `yield from` and `await`.
    void send_loop(int resume_kind);
    void while_stmt(Node* n);
    // Emits the exit code of fblock [b] (for return/break/continue leaving it).
    void unwind_fblock(const FBlock& b, bool preserve_tos);
    // Emits the exit code of every fblock above index [stop] (-1: all of
    // them), innermost first. Each block is off the fblock stack while its
    // exit code compiles, so a break or return inside an inlined finally body
    // sees only the blocks around the try; the stack is restored afterwards.
    void unwind_fblocks_above(int stop, bool preserve_tos);
    void break_continue(Node* n, bool is_break);
    void return_stmt(Node* n);
    void try_except(Node* n);
    void try_finally(Node* n);
    void try_star_except(Node* n);
    void with_stmt(Node* n, size_t item);
    // match statements (compiler_match.cpp).
    struct PatternCtx;
    void match_stmt(Node* n);
    void pattern(Node* p, PatternCtx& pc);
    void pattern_fail_jump(PatternCtx& pc, int op);
    void pattern_capture(const std::string& name, Node* where, PatternCtx& pc);
    void pattern_sequence(Node* p, PatternCtx& pc);
    void pattern_mapping(Node* p, PatternCtx& pc);
    void pattern_class(Node* p, PatternCtx& pc);
    void pattern_or(Node* p, PatternCtx& pc);
    void emit_fail_pops(PatternCtx& pc);
    void rotate(int n);
    void load_int(int64_t v);
    // GET_AWAITABLE [where] + the send loop: awaits the value on top.
    void await_top(int where);

    // -- Functions and classes ----------------------------------------------------------------
    std::string child_qualname(const std::string& name);
    // Pushes the closure tuple for [child] if it has free variables; returns true if so.
    bool closure(Scope* child);
    // Compiles the body of a function scope into a code constant.
    ConstValue function_code(Node* n, Scope* s, const std::string& name, Node* args,
                             std::vector<Node*>* stmts, Node* expr_body);
    // Emits defaults/kwdefaults/closure, the code, MAKE_FUNCTION and the attributes.
    void make_function(Node* n, Scope* s, const ConstValue& code, Node* args);
    void function_def(Node* n);
    void class_def(Node* n);
    void comprehension_body(Node* n);
    // Level [gi] of a comprehension's loops; [above] counts the items the
    // outer levels keep on the stack above the collection (base: its depth).
    void comprehension_gen(Node* n, size_t gi, int add_op, int base, int above);

    // -- Expressions ------------------------------------------------------------------------
    void jump_if(Node* e, bool cond, int label);
    void subscript_index(Node* idx);
    bool has_starred(std::vector<Node*>& elts);
    // Builds a list from elements that may contain *starred ones.
    void starred_list(std::vector<Node*>& elts);
    // Arguments for a call whose callable and self_or_null are already pushed.
    // [extra] counts positional args already pushed (class name etc.).
    void call_args(std::vector<Node*>& args, std::vector<Node*>& keywords, int extra);
    // `super().name` and `super(C, obj).name` (CPython 3.12+): one
    // LOAD_SUPER_ATTR instead of building a super object, when `super` is the
    // global name and, for the zero-argument form, the function has a
    // __class__ cell and a first parameter to pass as self. [method] is the
    // form that pushes an unbound method and self for a call.
    bool super_attr(Node* attr, bool method);
    void call(Node* n);
    ConstValue constant(Node* n);
    void expr(Node* n);
    void assign_named(const std::string& name);
    void formatted(Node* part);
    void compare_one(int op);
    void compare(Node* n);
};

} // namespace uopy::frontend::codegen
