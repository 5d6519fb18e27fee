// The compiler: AST to CodeData with CPython 3.14-style bytecode, through a
// symbol-table pass (symtable.cpp), code generation (compiler.cpp) and the
// assembler (assembler.cpp). CPython counterpart: Python/compile.c,
// Python/codegen.c, Python/symtable.c, Python/assemble.c.
#pragma once

#include "frontend/ast.h"
#include "frontend/code_data.h"
#include "frontend/syntax_error.h"

#include <string_view>

namespace uopy::frontend {

enum class CompileMode { Exec, Eval, Single };

class CompileResult {
  public:
    static CompileResult success(CodeData code) {
        CompileResult r;
        r.ok_ = true;
        r.code_ = std::move(code);
        return r;
    }
    static CompileResult failure(SyntaxErrorInfo e) {
        CompileResult r;
        r.error_ = std::move(e);
        return r;
    }
    bool ok() const { return ok_; }
    const CodeData& code() const { return code_; }
    // Moves the code out, for callers that keep it (the bytecode cache);
    // code() is empty afterwards.
    CodeData take_code() { return std::move(code_); }
    const SyntaxErrorInfo& error() const { return error_; }

  private:
    bool ok_ = false;
    CodeData code_;
    SyntaxErrorInfo error_;
};

CompileResult compile_module(ast::Node* root, std::string_view filename, CompileMode mode,
                             int optimize, std::string_view source = {});

} // namespace uopy::frontend
