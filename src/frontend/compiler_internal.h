// Shared structures of the compiler's three parts: the symbol table
// (symtable.cpp), code generation (compiler.cpp) and the assembler
// (assembler.cpp). Not used outside src/frontend/.
#pragma once

#include "frontend/ast.h"
#include "frontend/code_data.h"
#include "frontend/syntax_error.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace uopy::frontend {

// -- Symbol table --------------------------------------------------------------------------

enum class ScopeKind { Module, Class, Function };
enum class Binding { Local, GlobalExplicit, GlobalImplicit, Free, Cell, Name };

struct Scope {
    ScopeKind kind;
    std::string name;
    Scope* parent = nullptr;
    ast::Node* node = nullptr;
    std::vector<std::string> params;   // in order
    std::vector<std::string> assigned; // in order of first binding
    std::set<std::string> assigned_set, globals, nonlocals, used;
    // The first global or nonlocal statement naming each name: where errors
    // about the declaration are reported.
    std::map<std::string, ast::Node*> decl_stmts;
    std::map<std::string, Binding> bindings;
    std::vector<std::string> cellvars, freevars;
    bool is_generator = false; // has a yield (in an async def: an async generator)
    bool is_coroutine = false; // async def
    bool is_comprehension = false;
    // Comprehensions: the names their `for` targets bind (an assignment
    // expression inside may not rebind them).
    std::set<std::string> iteration_vars;
    // Nesting depth of comprehension iterables being visited in this scope
    // (no assignment expression may stand in one).
    int in_comp_iterable = 0;
    bool needs_class_cell = false; // class body: a method uses super() or __class__
    bool uses_class = false;       // function: uses super() or __class__
    bool has_varargs = false, has_varkw = false;
    std::string class_name; // innermost enclosing class, for name mangling

    void bind(const std::string& n) {
        if (assigned_set.insert(n).second) assigned.push_back(n);
    }
    Binding lookup(const std::string& n) const {
        auto it = bindings.find(n);
        return it == bindings.end()
                   ? (kind == ScopeKind::Function ? Binding::GlobalImplicit : Binding::Name)
                   : it->second;
    }
};

struct SymbolTable {
    std::vector<std::unique_ptr<Scope>> scopes;
    std::map<const ast::Node*, Scope*> by_node;
    Scope* module = nullptr;
};

// Builds and resolves the scopes of [root]; false with [err] on a
// compile-time SyntaxError ("nonlocal at module level", ...).
bool build_symtable(ast::Node* root, SymbolTable& st, SyntaxErrorInfo& err,
                    std::string_view source);

// Private name mangling inside classes (__x -> _Class__x).
std::string mangle(const std::string& class_name, const std::string& name);

// -- Instructions and assembly ----------------------------------------------------------------

constexpr int PSEUDO_JUMP = 1000; // JUMP_FORWARD or JUMP_BACKWARD by direction
constexpr int PSEUDO_JUMP_NO_INTERRUPT = 1001;

// A source position as CPython's co_positions() reports it: lines 1-based,
// columns 0-based UTF-8 byte offsets, -1 for unknown (a line of -1: no
// position at all; columns of -1: the line only).
struct Loc {
    int line = -1, end_line = -1, col = -1, end_col = -1;
    bool operator==(const Loc& o) const {
        return line == o.line && end_line == o.end_line && col == o.col && end_col == o.end_col;
    }
    bool operator!=(const Loc& o) const { return !(*this == o); }
};

struct Instr {
    int opcode;
    int oparg;
    int target; // label for jumps, -1 otherwise
    Loc loc;
    int handler; // index into Unit::handlers, -1 when not covered
};

struct Handler {
    int label;
    int depth;
    bool lasti;
};

// Turns each LOAD_FAST_CHECK of a local that is assigned on every path to
// it into LOAD_FAST (local_loads.cpp). [data] gives the parameters.
void resolve_local_loads(std::vector<Instr>& instrs, const std::vector<int>& label_pos,
                         const std::vector<Handler>& handlers, const CodeData& data);

// Peephole rewrites (peephole.cpp): TO_BOOL after IS_OP / CONTAINS_OP
// dropped, `is None` jumps fused, BUILD_TUPLE n; UNPACK_SEQUENCE n turned
// into a SWAP, LOAD_FAST / STORE_FAST pairs fused into superinstructions.
// Renumbers [label_pos]; [data] gives the constants.
void run_peephole(std::vector<Instr>& instrs, std::vector<int>& label_pos, const CodeData& data);

// Assembles [instrs] into [out]: code units with caches and EXTENDED_ARG,
// jump offsets, the exception table, the location table and the stack size.
void assemble(const std::vector<Instr>& instrs, const std::vector<int>& label_pos,
              const std::vector<Handler>& handlers, int firstlineno, CodeData& out);

} // namespace uopy::frontend
