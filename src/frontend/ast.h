// The abstract syntax tree: one generic node type whose fields are used per
// kind as documented below (the names follow Python's `ast` module). Nodes
// live in an Arena that frees them all at once. CPython counterpart:
// Parser/Python.asdl and Include/internal/pycore_ast.h.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace uopy::ast {

enum class K {
    // Statements
    Module,     // body=l1
    ExprStmt,   // a=value
    Assign,     // l1=targets, a=value
    AugAssign,  // a=target, op, b=value
    AnnAssign,  // a=target, b=annotation, c=value (may be null)
    For,        // a=target, b=iter, l1=body, l2=orelse
    While,      // a=test, l1=body, l2=orelse
    If,         // a=test, l1=body, l2=orelse
    With,       // l1=items (WithItem), l2=body
    Raise,      // a=exc, b=cause
    Try,        // l1=body, l2=handlers (ExceptHandler), l3=orelse, l4=finalbody; ival=1: except*
    Assert,     // a=test, b=msg
    Import,     // l1=names (Alias)
    ImportFrom, // s=module, l1=names (Alias), ival=level
    Global,     // names=strs
    Nonlocal,   // names=strs
    Pass,
    Break,
    Continue,
    Return,      // a=value (may be null)
    Delete,      // l1=targets
    FunctionDef, // s=name, a=args (Arguments), l1=body, l2=decorators, b=returns
    ClassDef,    // s=name, l1=bases, l2=keywords, l3=body, l4=decorators
    Match,       // a=subject, l1=cases (MatchCase)
    // Patterns (in MatchCase and each other)
    MatchCase,      // a=pattern, b=guard (may be null), l1=body
    MatchValue,     // a=value (a literal or a dotted name)
    MatchSingleton, // a=value (Constant None/True/False)
    MatchSequence,  // l1=patterns (at most one MatchStar)
    MatchMapping,   // l1=keys, l2=patterns, s=rest name ("" for none)
    MatchClass,     // a=cls, l1=patterns, names=kwd_attrs, l2=kwd_patterns
    MatchStar,      // s=name ("" for *_)
    MatchAs,        // a=pattern (may be null), s=name ("" for the wildcard _)
    MatchOr,        // l1=patterns
    // Expressions
    BoolOp,         // op (0 and, 1 or), l1=values
    NamedExpr,      // a=target (Name), b=value
    BinOp,          // a=left, op (NB_*), b=right
    UnaryOp,        // op (0 not, 1 -, 2 +, 3 ~), a=operand
    Lambda,         // a=args (Arguments), b=body
    IfExp,          // a=test, b=body, c=orelse
    Dict,           // l1=keys (null entry: **value), l2=values
    Set,            // l1=elts
    List,           // l1=elts
    Tuple,          // l1=elts
    ListComp,       // a=elt, l1=generators (Comprehension)
    SetComp,        // a=elt, l1=generators
    DictComp,       // a=key, b=value, l1=generators
    GeneratorExp,   // a=elt, l1=generators
    Yield,          // a=value (may be null)
    YieldFrom,      // a=value
    Await,          // a=value
    Compare,        // a=left, ops=int list, l1=comparators
    Call,           // a=func, l1=args, l2=keywords
    JoinedStr,      // l1=values (Constant str / FormattedValue)
    FormattedValue, // a=value, ival=conversion (-1, 's', 'r', 'a'), b=format_spec (JoinedStr or
                    // null)
    Constant,       // ckind, s=text (int digits / str / bytes), ival=base, real, imag, l1=items
    Attribute,      // a=value, s=attr
    Subscript,      // a=value, b=slice
    Starred,        // a=value
    Name,           // s=id
    Slice,          // a=lower, b=upper, c=step (each may be null)
    // Helpers
    Arguments,     // l1=posonly+args (Arg), ival=posonly count, a=vararg (Arg), l2=kwonly (Arg),
                   // l3=kw_defaults (null = none), b=kwarg (Arg), l4=defaults
    Arg,           // s=name, a=annotation
    Keyword,       // s=arg ("" for **), a=value
    Alias,         // s=name, s2=asname
    ExceptHandler, // a=type, s=name, l1=body
    WithItem,      // a=context_expr, b=optional_vars
    Comprehension, // a=target, b=iter, l1=ifs
};

// C_TUPLE and C_FROZENSET (items in l1, each a Constant) are made only by
// constant folding, never by the parser.
enum ConstKind {
    C_NONE,
    C_TRUE,
    C_FALSE,
    C_ELLIPSIS,
    C_INT,
    C_FLOAT,
    C_COMPLEX,
    C_STR,
    C_BYTES,
    C_TUPLE,
    C_FROZENSET
};

struct Node {
    K kind;
    int line = 0, col = 0, end_line = 0, end_col = 0;
    std::string s, s2;
    int op = 0;
    int ival = 0;
    int ckind = 0;
    bool is_async = false; // FunctionDef, For, With: `async def`, `async for`, `async with`
    double real = 0, imag = 0;
    Node* a = nullptr;
    Node* b = nullptr;
    Node* c = nullptr;
    std::vector<Node*> l1, l2, l3, l4;
    std::vector<int> ops;
    std::vector<std::string> names;
};

class Arena {
  public:
    Node* make(K kind, int line, int col) {
        nodes_.push_back(std::make_unique<Node>());
        Node* n = nodes_.back().get();
        n->kind = kind;
        n->line = n->end_line = line;
        n->col = n->end_col = col;
        return n;
    }

  private:
    std::vector<std::unique_ptr<Node>> nodes_;
};

using Mod = Node;

} // namespace uopy::ast
