// The parser: tokens to AST by recursive descent, with CPython 3.11's
// messages for common syntax errors. CPython counterpart: Parser/parser.c
// (generated from Grammar/python.gram).
#pragma once

#include "frontend/ast.h"
#include "frontend/syntax_error.h"

#include <string_view>

namespace uopy::frontend {

class ParseResult {
  public:
    static ParseResult success(ast::Node* root) {
        ParseResult r;
        r.root_ = root;
        return r;
    }
    static ParseResult failure(SyntaxErrorInfo e) {
        ParseResult r;
        r.error_ = std::move(e);
        return r;
    }
    bool ok() const { return root_ != nullptr; }
    ast::Node* root() const { return root_; }
    const SyntaxErrorInfo& error() const { return error_; }

  private:
    ast::Node* root_ = nullptr;
    SyntaxErrorInfo error_;
};

// Decimal int literals with more digits than this are a SyntaxError, as in
// CPython 3.11 (the runtime keeps it equal to sys.get_int_max_str_digits());
// 0: no limit.
void set_int_literal_max_digits(long long n);

ParseResult parse_module(std::string_view source, std::string_view filename, ast::Arena& arena);
ParseResult parse_expression(std::string_view source, std::string_view filename, ast::Arena& arena);
ParseResult parse_interactive(std::string_view source, std::string_view filename,
                              ast::Arena& arena);

} // namespace uopy::frontend
