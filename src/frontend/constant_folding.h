// Constant folding on the AST before code generation (constant_folding.cpp).
#pragma once

#include "frontend/ast.h"

namespace uopy::frontend {

// Replaces constant subexpressions of [root] by Constant nodes, in place.
void fold_constants(ast::Node* root);

} // namespace uopy::frontend
