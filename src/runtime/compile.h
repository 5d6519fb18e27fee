// Source text to code object: tokenizer, parser, symbol table and compiler
// (src/frontend/) run in turn, then the compiler's plain CodeData becomes a
// heap CodeObject. CPython counterpart: Python/pythonrun.c
// (Py_CompileString) and Objects/codeobject.c (code construction).
#pragma once

#include "objects/code.h"

#include <string>
#include <string_view>

namespace uopy {

enum class CompileMode { Exec, Eval, Single };

// The code object for [source], or null with SyntaxError (or a subclass) set.
CodeObject* compile_source(std::string_view source, std::string_view filename, CompileMode mode);

namespace frontend {
struct CodeData;
}

// The two halves of compile_source, for the bytecode cache
// (runtime/bytecode_cache.cpp), which stores the compiler's plain output
// and builds code objects from what it reads back.
// [source] compiled into [out]; false with SyntaxError (or a subclass) set.
bool compile_source_to_data(std::string_view source, std::string_view filename, CompileMode mode,
                            frontend::CodeData* out);
// The heap code object (quickened) for compiler output, nested code objects
// included; null with an exception set (MemoryError).
CodeObject* build_code(const frontend::CodeData& d);

namespace ast {
struct Node;
class Arena;
} // namespace ast

// compile() with PyCF_ONLY_AST (ast.parse): the tree of `_ast` node objects
// for [source] (a Module, an Expression for eval, an Interactive for
// single), or null with SyntaxError (or a subclass) set.
Value compile_source_to_ast(std::string_view source, std::string_view filename, CompileMode mode);
// The `_ast` objects for a parsed tree (modules/ast_module.cpp).
Value ast_object_from_tree(ast::Node* root, CompileMode mode);
// Whether [v] is an `_ast.AST` node, and the parser's tree for one (a
// Module, an Expression or an Interactive as [mode] asks), in [arena]; null
// with TypeError or ValueError set if it is malformed.
bool is_ast_object(Value v);
ast::Node* ast_tree_from_object(Value tree, CompileMode mode, ast::Arena& arena);
// compile(tree, ...): the code object for a tree of `_ast` nodes, or null
// with an exception set.
CodeObject* compile_ast_object(Value tree, std::string_view filename, CompileMode mode);

// A fresh copy of [src] for code.replace(): the same fields, its bytecode
// back in the unspecialized form (no executors, counters restarted).
CodeObject* copy_code_object(CodeObject* src);

// Source given as bytes (compile(b"..."), importlib's loaders): decoded by
// its PEP 263 coding cookie (UTF-8 without one, a UTF-8 BOM dropped). A str,
// or null with the decoding error set.
Value decode_source_bytes(std::string_view data);

// Reads a whole file. False (OSError set) on failure.
bool read_file_text(const std::string& path, std::string* out);

} // namespace uopy
