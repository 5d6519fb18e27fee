// The `_ast` module: the classes of the nodes of Python's abstract syntax
// tree, which the `ast` module re-exports (`from _ast import *`). CPython
// counterpart: Python/Python-ast.c (which CPython generates from
// Parser/Python.asdl).
//
// The classes are ordinary heap classes, made once, at the first import, by
// the machinery behind type(name, bases, namespace) (make_class). So, as in
// CPython, their instances have a __dict__ that takes any attribute, the
// classes can be subclassed in Python and take class attributes (ast.py
// itself adds properties to Constant), and `__module__` is 'ast', which is
// how CPython 3.11 names them: <class 'ast.BinOp'>.
//
// Every class is described by one entry of `node_specs`, in the order and
// the notation of Python.asdl, 3.11 edition:
//  - a sum type (`expr`, `operator`) is an abstract base class; the
//    constructors that follow it in the table (`BinOp`, `Add`) derive from it;
//  - a product type (`arguments`, `keyword`) is a concrete class deriving
//    from AST directly.
// Its field list, "expr left, operator op, expr right", gives `_fields` and
// `__match_args__` (the names, in order) and `__doc__` ("BinOp(expr left,
// operator op, expr right)"; a sum type's doc lists its constructors). Its
// attribute list (the source location) gives `_attributes`, which the
// constructors of a sum type inherit. Each optional field or attribute
// (`expr? value`) gets a class attribute None, so that a node built without
// it reads None; a missing required or list field (`expr* body`) raises
// AttributeError, as in 3.11 (ast.dump and ast.NodeVisitor cope with that).
//
// AST itself has __init__: the positional arguments set the first fields of
// type(self)._fields in order, and each keyword argument sets the attribute
// it names; and __reduce__: (type(self), (), self.__dict__).
//
// Source becomes a tree of these nodes (compile() with PyCF_ONLY_AST,
// behind ast.parse) by converting the parser's own tree (ast_object_from_tree),
// and a tree of them compiles by converting it back (ast_tree_from_object),
// both at the end of this file.
#include "frontend/ast.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/compile.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/type.h"

#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace uopy {

namespace {

// The compile() flags the module exports (CPython's Include/cpython/compile.h).
constexpr int64_t kPyCF_ONLY_AST = 0x0400;
constexpr int64_t kPyCF_TYPE_COMMENTS = 0x1000;
constexpr int64_t kPyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

// -- The node table -------------------------------------------------------------------------------

enum NodeKind {
    SUM,     // an abstract base: `expr`
    CON,     // a constructor of the nearest SUM above it in the table: `BinOp`
    PRODUCT, // a concrete class with AST as its base: `arguments`
};

struct NodeSpec {
    NodeKind kind;
    const char* name;
    // ASDL field lists: "type name" pairs separated by ", ", where the type
    // may end in '?' (optional) or '*' (a list). Null when empty.
    const char* fields;     // SUM: always null
    const char* attributes; // CON: always null (inherited from the SUM)
};

// The source location of statements, expressions, except handlers, args,
// keywords and aliases (whose end is optional), and of patterns (whose is not).
constexpr const char* kLocOptionalEnd =
    "int lineno, int col_offset, int? end_lineno, int? end_col_offset";
constexpr const char* kLoc = "int lineno, int col_offset, int end_lineno, int end_col_offset";

// Every node class of CPython 3.11's _ast but AST, in Python.asdl's order
// (which a sum type's __doc__ follows).
// clang-format off
const NodeSpec node_specs[] = {
    {SUM, "mod", nullptr, nullptr},
    {CON, "Module", "stmt* body, type_ignore* type_ignores", nullptr},
    {CON, "Interactive", "stmt* body", nullptr},
    {CON, "Expression", "expr body", nullptr},
    {CON, "FunctionType", "expr* argtypes, expr returns", nullptr},
    {SUM, "stmt", nullptr, kLocOptionalEnd},
    {CON, "FunctionDef", "identifier name, arguments args, stmt* body, expr* decorator_list, "
                         "expr? returns, string? type_comment", nullptr},
    {CON, "AsyncFunctionDef", "identifier name, arguments args, stmt* body, "
                              "expr* decorator_list, expr? returns, string? type_comment", nullptr},
    {CON, "ClassDef", "identifier name, expr* bases, keyword* keywords, stmt* body, "
                      "expr* decorator_list", nullptr},
    {CON, "Return", "expr? value", nullptr},
    {CON, "Delete", "expr* targets", nullptr},
    {CON, "Assign", "expr* targets, expr value, string? type_comment", nullptr},
    {CON, "AugAssign", "expr target, operator op, expr value", nullptr},
    {CON, "AnnAssign", "expr target, expr annotation, expr? value, int simple", nullptr},
    {CON, "For", "expr target, expr iter, stmt* body, stmt* orelse, string? type_comment", nullptr},
    {CON, "AsyncFor", "expr target, expr iter, stmt* body, stmt* orelse, "
                      "string? type_comment", nullptr},
    {CON, "While", "expr test, stmt* body, stmt* orelse", nullptr},
    {CON, "If", "expr test, stmt* body, stmt* orelse", nullptr},
    {CON, "With", "withitem* items, stmt* body, string? type_comment", nullptr},
    {CON, "AsyncWith", "withitem* items, stmt* body, string? type_comment", nullptr},
    {CON, "Match", "expr subject, match_case* cases", nullptr},
    {CON, "Raise", "expr? exc, expr? cause", nullptr},
    {CON, "Try", "stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody", nullptr},
    {CON, "TryStar", "stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody", nullptr},
    {CON, "Assert", "expr test, expr? msg", nullptr},
    {CON, "Import", "alias* names", nullptr},
    {CON, "ImportFrom", "identifier? module, alias* names, int? level", nullptr},
    {CON, "Global", "identifier* names", nullptr},
    {CON, "Nonlocal", "identifier* names", nullptr},
    {CON, "Expr", "expr value", nullptr},
    {CON, "Pass", nullptr, nullptr},
    {CON, "Break", nullptr, nullptr},
    {CON, "Continue", nullptr, nullptr},
    {SUM, "expr", nullptr, kLocOptionalEnd},
    {CON, "BoolOp", "boolop op, expr* values", nullptr},
    {CON, "NamedExpr", "expr target, expr value", nullptr},
    {CON, "BinOp", "expr left, operator op, expr right", nullptr},
    {CON, "UnaryOp", "unaryop op, expr operand", nullptr},
    {CON, "Lambda", "arguments args, expr body", nullptr},
    {CON, "IfExp", "expr test, expr body, expr orelse", nullptr},
    {CON, "Dict", "expr* keys, expr* values", nullptr},
    {CON, "Set", "expr* elts", nullptr},
    {CON, "ListComp", "expr elt, comprehension* generators", nullptr},
    {CON, "SetComp", "expr elt, comprehension* generators", nullptr},
    {CON, "DictComp", "expr key, expr value, comprehension* generators", nullptr},
    {CON, "GeneratorExp", "expr elt, comprehension* generators", nullptr},
    {CON, "Await", "expr value", nullptr},
    {CON, "Yield", "expr? value", nullptr},
    {CON, "YieldFrom", "expr value", nullptr},
    {CON, "Compare", "expr left, cmpop* ops, expr* comparators", nullptr},
    {CON, "Call", "expr func, expr* args, keyword* keywords", nullptr},
    {CON, "FormattedValue", "expr value, int conversion, expr? format_spec", nullptr},
    {CON, "JoinedStr", "expr* values", nullptr},
    {CON, "Constant", "constant value, string? kind", nullptr},
    {CON, "Attribute", "expr value, identifier attr, expr_context ctx", nullptr},
    {CON, "Subscript", "expr value, expr slice, expr_context ctx", nullptr},
    {CON, "Starred", "expr value, expr_context ctx", nullptr},
    {CON, "Name", "identifier id, expr_context ctx", nullptr},
    {CON, "List", "expr* elts, expr_context ctx", nullptr},
    {CON, "Tuple", "expr* elts, expr_context ctx", nullptr},
    {CON, "Slice", "expr? lower, expr? upper, expr? step", nullptr},
    {SUM, "expr_context", nullptr, nullptr},
    {CON, "Load", nullptr, nullptr},
    {CON, "Store", nullptr, nullptr},
    {CON, "Del", nullptr, nullptr},
    {SUM, "boolop", nullptr, nullptr},
    {CON, "And", nullptr, nullptr},
    {CON, "Or", nullptr, nullptr},
    {SUM, "operator", nullptr, nullptr},
    {CON, "Add", nullptr, nullptr},
    {CON, "Sub", nullptr, nullptr},
    {CON, "Mult", nullptr, nullptr},
    {CON, "MatMult", nullptr, nullptr},
    {CON, "Div", nullptr, nullptr},
    {CON, "Mod", nullptr, nullptr},
    {CON, "Pow", nullptr, nullptr},
    {CON, "LShift", nullptr, nullptr},
    {CON, "RShift", nullptr, nullptr},
    {CON, "BitOr", nullptr, nullptr},
    {CON, "BitXor", nullptr, nullptr},
    {CON, "BitAnd", nullptr, nullptr},
    {CON, "FloorDiv", nullptr, nullptr},
    {SUM, "unaryop", nullptr, nullptr},
    {CON, "Invert", nullptr, nullptr},
    {CON, "Not", nullptr, nullptr},
    {CON, "UAdd", nullptr, nullptr},
    {CON, "USub", nullptr, nullptr},
    {SUM, "cmpop", nullptr, nullptr},
    {CON, "Eq", nullptr, nullptr},
    {CON, "NotEq", nullptr, nullptr},
    {CON, "Lt", nullptr, nullptr},
    {CON, "LtE", nullptr, nullptr},
    {CON, "Gt", nullptr, nullptr},
    {CON, "GtE", nullptr, nullptr},
    {CON, "Is", nullptr, nullptr},
    {CON, "IsNot", nullptr, nullptr},
    {CON, "In", nullptr, nullptr},
    {CON, "NotIn", nullptr, nullptr},
    {PRODUCT, "comprehension", "expr target, expr iter, expr* ifs, int is_async", nullptr},
    {SUM, "excepthandler", nullptr, kLocOptionalEnd},
    {CON, "ExceptHandler", "expr? type, identifier? name, stmt* body", nullptr},
    {PRODUCT, "arguments", "arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, "
                           "expr* kw_defaults, arg? kwarg, expr* defaults", nullptr},
    {PRODUCT, "arg", "identifier arg, expr? annotation, string? type_comment", kLocOptionalEnd},
    {PRODUCT, "keyword", "identifier? arg, expr value", kLocOptionalEnd},
    {PRODUCT, "alias", "identifier name, identifier? asname", kLocOptionalEnd},
    {PRODUCT, "withitem", "expr context_expr, expr? optional_vars", nullptr},
    {PRODUCT, "match_case", "pattern pattern, expr? guard, stmt* body", nullptr},
    {SUM, "pattern", nullptr, kLoc},
    {CON, "MatchValue", "expr value", nullptr},
    {CON, "MatchSingleton", "constant value", nullptr},
    {CON, "MatchSequence", "pattern* patterns", nullptr},
    {CON, "MatchMapping", "expr* keys, pattern* patterns, identifier? rest", nullptr},
    {CON, "MatchClass", "expr cls, pattern* patterns, identifier* kwd_attrs, "
                        "pattern* kwd_patterns", nullptr},
    {CON, "MatchStar", "identifier? name", nullptr},
    {CON, "MatchAs", "pattern? pattern, identifier? name", nullptr},
    {CON, "MatchOr", "pattern* patterns", nullptr},
    {SUM, "type_ignore", nullptr, nullptr},
    {CON, "TypeIgnore", "int lineno, string tag", nullptr},
};
// clang-format on

// One entry of an ASDL field list: "expr? value" is type "expr", quantifier
// '?' and name "value".
struct AsdlField {
    std::string_view type;
    char quantifier; // '?' optional, '*' a list, 0 exactly one
    std::string_view name;
};

std::vector<AsdlField> parse_asdl_fields(const char* text) {
    std::vector<AsdlField> out;
    if (!text) return out;
    std::string_view rest(text);
    while (!rest.empty()) {
        size_t comma = rest.find(", ");
        std::string_view item = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 2);
        size_t space = item.find(' ');
        AsdlField f{item.substr(0, space), 0, item.substr(space + 1)};
        if (!f.type.empty() && (f.type.back() == '?' || f.type.back() == '*')) {
            f.quantifier = f.type.back();
            f.type.remove_suffix(1);
        }
        out.push_back(f);
    }
    return out;
}

// The names of [fields] as a tuple of interned strs.
Value field_names(const std::vector<AsdlField>& fields) {
    Value t = make_tuple(fields.size());
    if (!t) return Value();
    for (size_t i = 0; i < fields.size(); i++) {
        Value s = intern(fields[i].name);
        if (!s) return Value();
        tuple_items(t)[i] = s;
    }
    return t;
}

// The class attribute None for each optional entry of [fields]: what a node
// that was not given that field reads.
bool add_optional_defaults(Dict* ns, const std::vector<AsdlField>& fields) {
    for (const AsdlField& f : fields)
        if (f.quantifier == '?' && !dict_set(ns, intern(f.name), None())) return false;
    return true;
}

// The __doc__ of a constructor or product type: its ASDL signature,
// "BinOp(expr left, operator op, expr right)", or only its name when it has
// no fields ("Add").
std::string signature_doc(const NodeSpec& spec) {
    std::string doc = spec.name;
    if (spec.fields) {
        doc += '(';
        doc += spec.fields;
        doc += ')';
    }
    return doc;
}

// The __doc__ of the sum type at [index]: its ASDL definition. The
// constructors are joined by " | " on one line when none has fields
// ("boolop = And | Or"), else one to a line, the bars under the '='.
std::string sum_doc(size_t index) {
    const NodeSpec& sum = node_specs[index];
    constexpr size_t count = sizeof(node_specs) / sizeof(node_specs[0]);
    std::vector<std::string> alternatives;
    bool simple = true;
    for (size_t i = index + 1; i < count && node_specs[i].kind == CON; i++) {
        alternatives.push_back(signature_doc(node_specs[i]));
        if (node_specs[i].fields) simple = false;
    }
    // (built by appends: `"\n" + std::string(...)` trips GCC 12's false -Wrestrict)
    std::string sep;
    if (simple) {
        sep.append(" | ");
    } else {
        sep.push_back('\n');
        sep.append(std::strlen(sum.name) + 1, ' ');
        sep.append("| ");
    }
    std::string doc = std::string(sum.name) + " = ";
    for (size_t i = 0; i < alternatives.size(); i++) {
        if (i) doc += sep;
        doc += alternatives[i];
    }
    return doc;
}

// -- AST's methods --------------------------------------------------------------------------------

// setattr(node, name, value), with setattr()'s check that name is a str (it
// comes from _fields, which a subclass may set to anything).
bool set_node_attr(Value node, Value name, Value value) {
    if (!is_str(name)) {
        raise(exc::TypeError, "attribute name must be string, not '%s'", type_name(name));
        return false;
    }
    return set_attr(node, name, value) == 0;
}

// AST.__init__(self, *args, **kwargs): args are the values of the first
// len(args) names of type(self)._fields; each keyword argument sets the
// attribute it names, a field or not. What is not given stays unset.
Value ast_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    Type* t = type_of(self);
    Value fields = get_attr_optional(Value(t), intern("_fields"));
    if (!fields && err_occurred()) return Value();
    Value field_list = empty_tuple(); // no _fields at all: as if ()
    if (fields) {
        // len() first, for its error when _fields is not a sequence.
        if (length(fields) < 0) return Value();
        field_list = sequence_to_tuple(fields);
        if (!field_list) return Value();
    }
    size_t numfields = tuple_size(field_list);
    if (nargs > numfields)
        return raise(exc::TypeError, "%s constructor takes at most %zu positional argument%s",
                     t->name, numfields, numfields == 1 ? "" : "s");
    for (size_t i = 0; i < nargs; i++)
        if (!set_node_attr(self, tuple_get(field_list, i), args[i])) return Value();
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        Value key = tuple_get(kwnames, k);
        // A keyword naming a field that a positional argument already set.
        for (size_t i = 0; i < nargs; i++) {
            int eq = equals(tuple_get(field_list, i), key);
            if (eq < 0) return Value();
            if (eq)
                return raise(exc::TypeError, "%s got multiple values for argument '%s'", t->name,
                             std::string(str_view(key)).c_str());
        }
        if (!set_node_attr(self, key, args[nargs + k])) return Value();
    }
    return None();
}

// AST.__reduce__(self) -> (type(self), (), self.__dict__), which copy and
// pickle use to rebuild a node: an empty one, then its attributes.
Value ast_reduce(Value self, const Value*, size_t, Value) {
    Value cls(type_of(self));
    Value dict = get_attr_optional(self, names::__dict__);
    if (!dict) {
        if (err_occurred()) return Value();
        return tuple_pack({cls, empty_tuple()});
    }
    return tuple_pack({cls, empty_tuple(), dict});
}

const NativeMethodDef ast_methods[] = {
    {"__init__", ast_init, NATIVE_KEYWORDS,
     "Initialize self.  See help(type(self)) for accurate signature."},
    {"__reduce__", ast_reduce, NATIVE_NOARGS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- Making the classes ---------------------------------------------------------------------------

// The classes by name, AST first and then in table order; made once, so
// that importing _ast again gives the same classes. A GC root.
Value g_node_classes;

// class [name]([base]) with the namespace [ns], in module 'ast'.
Value make_node_class(std::string_view name, Value base, Dict* ns) {
    if (!dict_set(ns, names::__module__, intern("ast"))) return Value();
    Value bases = tuple_pack({base});
    Value cname = intern(name);
    if (!bases || !cname) return Value();
    return make_class(&TypeType, cname, bases, ns);
}

// The class AST: no fields, no attributes, and the native methods above.
Value make_ast_base_class() {
    Dict* ns = make_dict();
    if (!ns) return Value();
    Value empty = empty_tuple();
    if (!dict_set_cstr(ns, "_fields", empty) || !dict_set_cstr(ns, "_attributes", empty) ||
        !dict_set_cstr(ns, "__match_args__", empty))
        return Value();
    Value ast = make_node_class("AST", Value(&ObjectType), ns);
    if (!ast) return Value();
    // A method descriptor names the class it belongs to, so the methods go
    // in once the class exists (set as `AST.__init__ = ...` would be, which
    // also points the class's init slot at __init__).
    Type* ast_type = static_cast<Type*>(ast.as_ptr());
    for (const NativeMethodDef* d = ast_methods; d->name; d++) {
        Value m = make_method_descriptor(d, ast_type);
        if (!m || set_attr(ast, intern(d->name), m) < 0) return Value();
    }
    return ast;
}

// The class for node_specs[index], whose base is [base] (AST or the sum type).
Value make_spec_class(size_t index, Value base) {
    const NodeSpec& spec = node_specs[index];
    std::vector<AsdlField> fields = parse_asdl_fields(spec.fields);
    std::vector<AsdlField> attributes = parse_asdl_fields(spec.attributes);
    Dict* ns = make_dict();
    if (!ns) return Value();
    Value fnames = field_names(fields);
    if (!fnames) return Value();
    if (!dict_set_cstr(ns, "_fields", fnames) || !dict_set_cstr(ns, "__match_args__", fnames))
        return Value();
    // A constructor inherits _attributes (and its defaults) from its sum type.
    if (spec.kind != CON) {
        Value anames = field_names(attributes);
        if (!anames || !dict_set_cstr(ns, "_attributes", anames)) return Value();
    }
    if (!add_optional_defaults(ns, fields) || !add_optional_defaults(ns, attributes))
        return Value();
    Value doc = make_str(spec.kind == SUM ? sum_doc(index) : signature_doc(spec));
    if (!doc || !dict_set(ns, names::__doc__, doc)) return Value();
    return make_node_class(spec.name, base, ns);
}

bool make_node_classes() {
    static bool rooted = false;
    if (!rooted) {
        gc_add_root(&g_node_classes);
        rooted = true;
    }
    Dict* classes = make_dict();
    if (!classes) return false;
    // Rooted before any class is made: each is reachable as soon as it exists.
    g_node_classes = Value(classes);
    Value ast = make_ast_base_class();
    if (!ast || !dict_set_cstr(classes, "AST", ast)) return false;
    Value sum; // the latest sum type: the base of the constructors after it
    for (size_t i = 0; i < sizeof(node_specs) / sizeof(node_specs[0]); i++) {
        const NodeSpec& spec = node_specs[i];
        Value cls = make_spec_class(i, spec.kind == CON ? sum : ast);
        if (!cls || !dict_set_cstr(classes, spec.name, cls)) return false;
        if (spec.kind == SUM) sum = cls;
    }
    return true;
}

} // namespace

// -- Trees from source ----------------------------------------------------------------------------
// The parser's nodes (frontend/ast.h) as _ast objects, with CPython 3.11's
// fields and positions. The parser's tree has no expression contexts: the
// converter passes down where it is (an assignment target: Store; del: Del).

namespace {

using SrcNode = ast::Node;
using ast::K;

enum Ctx { LOAD, STORE, DEL };

// CPython's limit on the nesting of nodes it converts (3 x the default
// recursion limit).
constexpr int kMaxTreeDepth = 3000;

// The classes of the operators, by the parser's codes.
const char* const kBinOps[] = {"Add",    "BitAnd", "FloorDiv", "LShift", "MatMult",
                               "Mult",   "Mod",    "BitOr",    "Pow",    "RShift",
                               "Sub",    "Div",    "BitXor"};
const char* const kUnaryOps[] = {"Not", "USub", "UAdd", "Invert"};
const char* const kCmpOps[] = {"Lt", "LtE", "Eq", "NotEq", "Gt",
                               "GtE", "In", "NotIn", "Is", "IsNot"};

struct TreeBuilder {
    Dict* classes;
    Value contexts[3]; // Load(), Store() and Del(), shared by all nodes as in CPython
    int depth = 0;

    // A node of class [name], its fields unset.
    Value make(const char* name) {
        Value cls = dict_get_cstr(classes, name);
        if (!cls) return raise(exc::SystemError, "_ast has no class '%s'", name);
        return call0(cls);
    }
    Value op(const char* const* names, size_t count, int code) {
        if (code < 0 || static_cast<size_t>(code) >= count)
            return raise(exc::SystemError, "unknown operator %d", code);
        return make(names[code]);
    }
    Value context(Ctx ctx) {
        static const char* const names[] = {"Load", "Store", "Del"};
        if (!contexts[ctx]) contexts[ctx] = make(names[ctx]);
        return contexts[ctx];
    }
    static bool set(Value node, const char* name, Value value) {
        return value && set_attr_cstr(node, name, value) == 0;
    }
    static bool set_position(Value node, const SrcNode* n) {
        return set(node, "lineno", make_int(n->line)) &&
               set(node, "col_offset", make_int(n->col)) &&
               set(node, "end_lineno", make_int(n->end_line)) &&
               set(node, "end_col_offset", make_int(n->end_col));
    }
    static Value str_or_none(const std::string& s) { return s.empty() ? None() : make_str(s); }
    static Value str_list(const std::vector<std::string>& items) {
        Value list = make_list(0);
        if (!list) return list;
        for (const std::string& item : items) {
            Value v = make_str(item);
            if (!v || !list_append(list, v)) return Value();
        }
        return list;
    }
    // [convert] applied to each of [items] (None for a null one), in a list.
    template <typename F> static Value list_of(const std::vector<SrcNode*>& items, F convert) {
        Value list = make_list(0);
        if (!list) return list;
        for (SrcNode* item : items) {
            Value v = item ? convert(item) : None();
            if (!v || !list_append(list, v)) return Value();
        }
        return list;
    }
    bool enter() {
        if (++depth <= kMaxTreeDepth) return true;
        depth--;
        raise_str(exc::RecursionError, "maximum recursion depth exceeded during ast construction");
        return false;
    }

    static Value constant_value(const SrcNode* n) {
        switch (n->ckind) {
        case ast::C_NONE: return None();
        case ast::C_TRUE: return True();
        case ast::C_FALSE: return False();
        case ast::C_ELLIPSIS: return Ellipsis();
        case ast::C_INT: {
            mpz_t z;
            if (mpz_init_set_str(z, n->s.c_str(), n->ival) != 0) {
                mpz_clear(z);
                return raise(exc::SystemError, "bad int constant '%s'", n->s.c_str());
            }
            return make_int_steal_mpz(z);
        }
        case ast::C_FLOAT: return make_float(n->real);
        case ast::C_COMPLEX: return make_complex(n->real, n->imag);
        case ast::C_STR: return make_str(n->s);
        case ast::C_BYTES: return make_bytes(n->s);
        default: return raise(exc::SystemError, "unexpected constant kind %d", n->ckind);
        }
    }

    Value opt(SrcNode* e, Ctx ctx) { return e ? expr(e, ctx) : None(); }
    Value exprs(const std::vector<SrcNode*>& items, Ctx ctx) {
        return list_of(items, [&](SrcNode* e) { return expr(e, ctx); });
    }
    Value stmts(const std::vector<SrcNode*>& items) {
        return list_of(items, [&](SrcNode* s) { return stmt(s); });
    }
    Value patterns(const std::vector<SrcNode*>& items) {
        return list_of(items, [&](SrcNode* p) { return pattern(p); });
    }

    Value expr(SrcNode* n, Ctx ctx) {
        if (!enter()) return Value();
        Value v = expr_node(n, ctx);
        depth--;
        return v;
    }
    Value stmt(SrcNode* n) {
        if (!enter()) return Value();
        Value v = stmt_node(n);
        depth--;
        return v;
    }
    Value pattern(SrcNode* n) {
        if (!enter()) return Value();
        Value v = pattern_node(n);
        depth--;
        return v;
    }

    Value arg(SrcNode* a) {
        Value node = make("arg");
        bool ok = node && set(node, "arg", make_str(a->s)) &&
                  set(node, "annotation", opt(a->a, LOAD)) && set_position(node, a);
        return ok ? node : Value();
    }
    Value arguments(SrcNode* a) {
        Value node = make("arguments");
        Value posonly = make_list(0);
        Value args = make_list(0);
        if (!node || !posonly || !args) return Value();
        for (size_t i = 0; i < a->l1.size(); i++) {
            Value v = arg(a->l1[i]);
            if (!v || !list_append(static_cast<int>(i) < a->ival ? posonly : args, v))
                return Value();
        }
        auto to_arg = [&](SrcNode* x) { return arg(x); };
        bool ok = set(node, "posonlyargs", posonly) && set(node, "args", args) &&
                  set(node, "vararg", a->a ? arg(a->a) : None()) &&
                  set(node, "kwonlyargs", list_of(a->l2, to_arg)) &&
                  set(node, "kw_defaults", exprs(a->l3, LOAD)) &&
                  set(node, "kwarg", a->b ? arg(a->b) : None()) &&
                  set(node, "defaults", exprs(a->l4, LOAD));
        return ok ? node : Value();
    }
    Value keyword(SrcNode* k) {
        Value node = make("keyword");
        bool ok = node && set(node, "arg", str_or_none(k->s)) &&
                  set(node, "value", expr(k->a, LOAD)) && set_position(node, k);
        return ok ? node : Value();
    }
    Value keywords(const std::vector<SrcNode*>& items) {
        return list_of(items, [&](SrcNode* k) { return keyword(k); });
    }
    Value comprehensions(const std::vector<SrcNode*>& items) {
        return list_of(items, [&](SrcNode* g) {
            Value node = make("comprehension");
            bool ok = node && set(node, "target", expr(g->a, STORE)) &&
                      set(node, "iter", expr(g->b, LOAD)) && set(node, "ifs", exprs(g->l1, LOAD)) &&
                      set(node, "is_async", make_int(g->is_async ? 1 : 0));
            return ok ? node : Value();
        });
    }

    Value expr_node(SrcNode* n, Ctx ctx) {
        Value node;
        bool ok = false;
        switch (n->kind) {
        case K::BoolOp:
            node = make("BoolOp");
            ok = node && set(node, "op", make(n->op == 1 ? "Or" : "And")) &&
                 set(node, "values", exprs(n->l1, LOAD));
            break;
        case K::NamedExpr:
            node = make("NamedExpr");
            ok = node && set(node, "target", expr(n->a, STORE)) &&
                 set(node, "value", expr(n->b, LOAD));
            break;
        case K::BinOp:
            node = make("BinOp");
            ok = node && set(node, "left", expr(n->a, LOAD)) &&
                 set(node, "op", op(kBinOps, std::size(kBinOps), n->op)) &&
                 set(node, "right", expr(n->b, LOAD));
            break;
        case K::UnaryOp:
            node = make("UnaryOp");
            ok = node && set(node, "op", op(kUnaryOps, std::size(kUnaryOps), n->op)) &&
                 set(node, "operand", expr(n->a, LOAD));
            break;
        case K::Lambda:
            node = make("Lambda");
            ok = node && set(node, "args", arguments(n->a)) && set(node, "body", expr(n->b, LOAD));
            break;
        case K::IfExp:
            node = make("IfExp");
            ok = node && set(node, "test", expr(n->a, LOAD)) &&
                 set(node, "body", expr(n->b, LOAD)) && set(node, "orelse", expr(n->c, LOAD));
            break;
        case K::Dict:
            node = make("Dict");
            ok = node && set(node, "keys", exprs(n->l1, LOAD)) &&
                 set(node, "values", exprs(n->l2, LOAD));
            break;
        case K::Set:
            node = make("Set");
            ok = node && set(node, "elts", exprs(n->l1, LOAD));
            break;
        case K::List:
        case K::Tuple:
            node = make(n->kind == K::List ? "List" : "Tuple");
            ok = node && set(node, "elts", exprs(n->l1, ctx)) && set(node, "ctx", context(ctx));
            break;
        case K::ListComp:
        case K::SetComp:
        case K::GeneratorExp:
            node = make(n->kind == K::ListComp  ? "ListComp"
                        : n->kind == K::SetComp ? "SetComp"
                                                : "GeneratorExp");
            ok = node && set(node, "elt", expr(n->a, LOAD)) &&
                 set(node, "generators", comprehensions(n->l1));
            break;
        case K::DictComp:
            node = make("DictComp");
            ok = node && set(node, "key", expr(n->a, LOAD)) &&
                 set(node, "value", expr(n->b, LOAD)) &&
                 set(node, "generators", comprehensions(n->l1));
            break;
        case K::Yield:
            node = make("Yield");
            ok = node && set(node, "value", opt(n->a, LOAD));
            break;
        case K::YieldFrom:
        case K::Await:
            node = make(n->kind == K::Await ? "Await" : "YieldFrom");
            ok = node && set(node, "value", expr(n->a, LOAD));
            break;
        case K::Compare: {
            node = make("Compare");
            Value ops = make_list(0);
            ok = node && ops;
            for (size_t i = 0; ok && i < n->ops.size(); i++) {
                Value o = op(kCmpOps, std::size(kCmpOps), n->ops[i]);
                ok = o && list_append(ops, o);
            }
            ok = ok && set(node, "left", expr(n->a, LOAD)) && set(node, "ops", ops) &&
                 set(node, "comparators", exprs(n->l1, LOAD));
            break;
        }
        case K::Call:
            node = make("Call");
            ok = node && set(node, "func", expr(n->a, LOAD)) &&
                 set(node, "args", exprs(n->l1, LOAD)) && set(node, "keywords", keywords(n->l2));
            break;
        case K::JoinedStr:
            node = make("JoinedStr");
            ok = node && set(node, "values", exprs(n->l1, LOAD));
            break;
        case K::FormattedValue:
            node = make("FormattedValue");
            ok = node && set(node, "value", expr(n->a, LOAD)) &&
                 set(node, "conversion", make_int(n->ival)) &&
                 set(node, "format_spec", opt(n->b, LOAD));
            break;
        case K::Constant:
            node = make("Constant");
            ok = node && set(node, "value", constant_value(n)) &&
                 set(node, "kind", n->ckind == ast::C_STR && n->ival ? make_str("u") : None());
            break;
        case K::Attribute:
            node = make("Attribute");
            ok = node && set(node, "value", expr(n->a, LOAD)) &&
                 set(node, "attr", make_str(n->s)) && set(node, "ctx", context(ctx));
            break;
        case K::Subscript:
            node = make("Subscript");
            ok = node && set(node, "value", expr(n->a, LOAD)) &&
                 set(node, "slice", expr(n->b, LOAD)) && set(node, "ctx", context(ctx));
            break;
        case K::Starred:
            node = make("Starred");
            ok = node && set(node, "value", expr(n->a, ctx)) && set(node, "ctx", context(ctx));
            break;
        case K::Name:
            node = make("Name");
            ok = node && set(node, "id", make_str(n->s)) && set(node, "ctx", context(ctx));
            break;
        case K::Slice:
            node = make("Slice");
            ok = node && set(node, "lower", opt(n->a, LOAD)) &&
                 set(node, "upper", opt(n->b, LOAD)) && set(node, "step", opt(n->c, LOAD));
            break;
        default:
            return raise(exc::SystemError, "unexpected expression node %d",
                         static_cast<int>(n->kind));
        }
        ok = ok && set_position(node, n);
        return ok ? node : Value();
    }

    Value stmt_node(SrcNode* n) {
        Value node;
        bool ok = false;
        switch (n->kind) {
        case K::ExprStmt:
            node = make("Expr");
            ok = node && set(node, "value", expr(n->a, LOAD));
            break;
        case K::Assign:
            node = make("Assign");
            ok = node && set(node, "targets", exprs(n->l1, STORE)) &&
                 set(node, "value", expr(n->a, LOAD));
            break;
        case K::AugAssign:
            node = make("AugAssign");
            ok = node && set(node, "target", expr(n->a, STORE)) &&
                 set(node, "op", op(kBinOps, std::size(kBinOps), n->op)) &&
                 set(node, "value", expr(n->b, LOAD));
            break;
        case K::AnnAssign: {
            // simple: a plain name, not in parentheses.
            bool simple = n->a->kind == K::Name && n->a->line == n->line && n->a->col == n->col;
            node = make("AnnAssign");
            ok = node && set(node, "target", expr(n->a, STORE)) &&
                 set(node, "annotation", expr(n->b, LOAD)) &&
                 set(node, "value", opt(n->c, LOAD)) && set(node, "simple", make_int(simple));
            break;
        }
        case K::For:
            node = make(n->is_async ? "AsyncFor" : "For");
            ok = node && set(node, "target", expr(n->a, STORE)) &&
                 set(node, "iter", expr(n->b, LOAD)) && set(node, "body", stmts(n->l1)) &&
                 set(node, "orelse", stmts(n->l2));
            break;
        case K::While:
        case K::If:
            node = make(n->kind == K::While ? "While" : "If");
            ok = node && set(node, "test", expr(n->a, LOAD)) && set(node, "body", stmts(n->l1)) &&
                 set(node, "orelse", stmts(n->l2));
            break;
        case K::With:
            node = make(n->is_async ? "AsyncWith" : "With");
            ok = node &&
                 set(node, "items", list_of(n->l1, [&](SrcNode* w) {
                     Value item = make("withitem");
                     bool done = item && set(item, "context_expr", expr(w->a, LOAD)) &&
                                 set(item, "optional_vars", opt(w->b, STORE));
                     return done ? item : Value();
                 })) &&
                 set(node, "body", stmts(n->l2));
            break;
        case K::Raise:
            node = make("Raise");
            ok = node && set(node, "exc", opt(n->a, LOAD)) && set(node, "cause", opt(n->b, LOAD));
            break;
        case K::Try:
            node = make(n->ival ? "TryStar" : "Try");
            ok = node && set(node, "body", stmts(n->l1)) &&
                 set(node, "handlers", list_of(n->l2, [&](SrcNode* h) {
                     Value handler = make("ExceptHandler");
                     bool done = handler && set(handler, "type", opt(h->a, LOAD)) &&
                                 set(handler, "name", str_or_none(h->s)) &&
                                 set(handler, "body", stmts(h->l1)) && set_position(handler, h);
                     return done ? handler : Value();
                 })) &&
                 set(node, "orelse", stmts(n->l3)) && set(node, "finalbody", stmts(n->l4));
            break;
        case K::Assert:
            node = make("Assert");
            ok = node && set(node, "test", expr(n->a, LOAD)) && set(node, "msg", opt(n->b, LOAD));
            break;
        case K::Import:
        case K::ImportFrom: {
            node = make(n->kind == K::Import ? "Import" : "ImportFrom");
            Value names = list_of(n->l1, [&](SrcNode* a) {
                Value alias = make("alias");
                bool done = alias && set(alias, "name", make_str(a->s)) &&
                            set(alias, "asname", str_or_none(a->s2)) && set_position(alias, a);
                return done ? alias : Value();
            });
            ok = node && set(node, "names", names);
            if (ok && n->kind == K::ImportFrom)
                ok = set(node, "module", str_or_none(n->s)) && set(node, "level", make_int(n->ival));
            break;
        }
        case K::Global:
        case K::Nonlocal:
            node = make(n->kind == K::Global ? "Global" : "Nonlocal");
            ok = node && set(node, "names", str_list(n->names));
            break;
        case K::Pass:
        case K::Break:
        case K::Continue:
            node = make(n->kind == K::Pass ? "Pass" : n->kind == K::Break ? "Break" : "Continue");
            ok = static_cast<bool>(node);
            break;
        case K::Return:
            node = make("Return");
            ok = node && set(node, "value", opt(n->a, LOAD));
            break;
        case K::Delete:
            node = make("Delete");
            ok = node && set(node, "targets", exprs(n->l1, DEL));
            break;
        case K::FunctionDef:
            node = make(n->is_async ? "AsyncFunctionDef" : "FunctionDef");
            ok = node && set(node, "name", make_str(n->s)) && set(node, "args", arguments(n->a)) &&
                 set(node, "body", stmts(n->l1)) && set(node, "decorator_list", exprs(n->l2, LOAD)) &&
                 set(node, "returns", opt(n->b, LOAD));
            break;
        case K::ClassDef:
            node = make("ClassDef");
            ok = node && set(node, "name", make_str(n->s)) && set(node, "bases", exprs(n->l1, LOAD)) &&
                 set(node, "keywords", keywords(n->l2)) && set(node, "body", stmts(n->l3)) &&
                 set(node, "decorator_list", exprs(n->l4, LOAD));
            break;
        case K::Match:
            node = make("Match");
            ok = node && set(node, "subject", expr(n->a, LOAD)) &&
                 set(node, "cases", list_of(n->l1, [&](SrcNode* c) {
                     Value mc = make("match_case");
                     bool done = mc && set(mc, "pattern", pattern(c->a)) &&
                                 set(mc, "guard", opt(c->b, LOAD)) && set(mc, "body", stmts(c->l1));
                     return done ? mc : Value();
                 }));
            break;
        default:
            return raise(exc::SystemError, "unexpected statement node %d",
                         static_cast<int>(n->kind));
        }
        ok = ok && set_position(node, n);
        return ok ? node : Value();
    }

    Value pattern_node(SrcNode* n) {
        Value node;
        bool ok = false;
        switch (n->kind) {
        case K::MatchValue:
            node = make("MatchValue");
            ok = node && set(node, "value", expr(n->a, LOAD));
            break;
        case K::MatchSingleton:
            node = make("MatchSingleton");
            ok = node && set(node, "value", constant_value(n->a));
            break;
        case K::MatchSequence:
        case K::MatchOr:
            node = make(n->kind == K::MatchOr ? "MatchOr" : "MatchSequence");
            ok = node && set(node, "patterns", patterns(n->l1));
            break;
        case K::MatchMapping:
            node = make("MatchMapping");
            ok = node && set(node, "keys", exprs(n->l1, LOAD)) &&
                 set(node, "patterns", patterns(n->l2)) && set(node, "rest", str_or_none(n->s));
            break;
        case K::MatchClass:
            node = make("MatchClass");
            ok = node && set(node, "cls", expr(n->a, LOAD)) &&
                 set(node, "patterns", patterns(n->l1)) &&
                 set(node, "kwd_attrs", str_list(n->names)) &&
                 set(node, "kwd_patterns", patterns(n->l2));
            break;
        case K::MatchStar:
            node = make("MatchStar");
            ok = node && set(node, "name", str_or_none(n->s));
            break;
        case K::MatchAs:
            node = make("MatchAs");
            ok = node && set(node, "pattern", n->a ? pattern(n->a) : None()) &&
                 set(node, "name", str_or_none(n->s));
            break;
        default:
            return raise(exc::SystemError, "unexpected pattern node %d",
                         static_cast<int>(n->kind));
        }
        ok = ok && set_position(node, n);
        return ok ? node : Value();
    }
};

} // namespace

Value ast_object_from_tree(ast::Node* root, CompileMode mode) {
    if (!g_node_classes && !make_node_classes()) {
        g_node_classes = Value();
        return Value();
    }
    TreeBuilder b{as_dict(g_node_classes), {}, 0};
    if (mode == CompileMode::Eval) {
        Value node = b.make("Expression");
        bool ok = node && TreeBuilder::set(node, "body", b.expr(root, LOAD));
        return ok ? node : Value();
    }
    Value node = b.make(mode == CompileMode::Single ? "Interactive" : "Module");
    bool ok = node && TreeBuilder::set(node, "body", b.stmts(root->l1));
    if (ok && mode != CompileMode::Single)
        ok = TreeBuilder::set(node, "type_ignores", make_list(0));
    return ok ? node : Value();
}

// -- Trees to compile -----------------------------------------------------------------------------
// compile(tree, ...): the _ast objects back as the parser's nodes, which the
// compiler takes as it takes parsed source. CPython's validation is not
// all repeated: expression contexts are not checked (the compiler knows a
// target when it sees one).

namespace {

struct TreeReader {
    Dict* classes;
    ast::Arena& arena;
    int depth = 0;

    // Whether [v] is an instance of the _ast class [name] (or of a subclass).
    bool is(Value v, const char* name) {
        Value cls = dict_get_cstr(classes, name);
        return cls && isinstance_of(v, static_cast<Type*>(cls.as_ptr()));
    }
    SrcNode* fail_type(const char* expected, Value v) {
        raise(exc::TypeError, "expected some sort of %s, but got %s", expected,
              type_name(v));
        return nullptr;
    }
    bool enter() {
        if (++depth <= kMaxTreeDepth) return true;
        depth--;
        raise_str(exc::RecursionError, "maximum recursion depth exceeded during compilation");
        return false;
    }
    // CPython's check of a tree the compiler could not take: ValueError.
    static bool check(bool ok, const char* message) {
        if (!ok) raise_str(exc::ValueError, message);
        return ok;
    }

    // Field [name] of [obj]: null with TypeError when it is missing (or with
    // another error); None when it is None.
    Value field(Value obj, const char* name) {
        Value v = get_attr_optional(obj, intern(name));
        if (!v && !err_occurred())
            raise(exc::TypeError, "required field \"%s\" missing from %s", name,
                  type_name(obj));
        return v;
    }
    // An optional field: false on error; [out] null when missing or None.
    bool optional(Value obj, const char* name, Value* out) {
        Value v = get_attr_optional(obj, intern(name));
        if (!v && err_occurred()) return false;
        *out = v && !is_none(v) ? v : Value();
        return true;
    }
    bool string(Value obj, const char* name, bool may_be_none, std::string* out) {
        Value v = field(obj, name);
        if (!v) return false;
        if (may_be_none && is_none(v)) {
            out->clear();
            return true;
        }
        if (!is_str(v)) {
            raise(exc::TypeError, "field \"%s\" must be a str, not %s", name, type_name(v));
            return false;
        }
        *out = std::string(str_view(v));
        return true;
    }
    bool integer(Value obj, const char* name, bool may_be_none, int* out) {
        Value v;
        if (may_be_none) {
            if (!optional(obj, name, &v)) return false;
            if (!v) {
                *out = 0;
                return true;
            }
        } else {
            v = field(obj, name);
            if (!v) return false;
        }
        int64_t i = 0;
        if (!is_int(v)) {
            raise(exc::TypeError, "invalid integer value: %s", type_name(v));
            return false;
        }
        if (!int_as_int64(v, &i)) return false;
        *out = static_cast<int>(i);
        return true;
    }
    // The items of the list field [name], each through [convert] (None
    // items, where [none_ok], as null nodes).
    template <typename F>
    bool list(Value obj, const char* name, std::vector<SrcNode*>& out, F convert,
              bool none_ok = false) {
        Value v = field(obj, name);
        if (!v) return false;
        if (!is_list(v)) {
            raise(exc::TypeError, "%s field \"%s\" must be a list, not %s", type_name(obj), name,
                  type_name(v));
            return false;
        }
        for (size_t i = 0; i < list_size(v); i++) {
            Value item = list_get(v, i);
            if (none_ok && is_none(item)) {
                out.push_back(nullptr);
                continue;
            }
            SrcNode* n = convert(item);
            if (!n) return false;
            out.push_back(n);
        }
        return true;
    }
    bool exprs(Value obj, const char* name, std::vector<SrcNode*>& out, bool none_ok = false) {
        return list(obj, name, out, [&](Value v) { return expr(v); }, none_ok);
    }
    bool stmts(Value obj, const char* name, std::vector<SrcNode*>& out) {
        return list(obj, name, out, [&](Value v) { return stmt(v); });
    }
    bool patterns(Value obj, const char* name, std::vector<SrcNode*>& out) {
        return list(obj, name, out, [&](Value v) { return pattern(v); });
    }
    bool strings(Value obj, const char* name, std::vector<std::string>& out) {
        Value v = field(obj, name);
        if (!v) return false;
        if (!is_list(v)) {
            raise(exc::TypeError, "%s field \"%s\" must be a list, not %s", type_name(obj), name,
                  type_name(v));
            return false;
        }
        for (size_t i = 0; i < list_size(v); i++) {
            Value item = list_get(v, i);
            if (!is_str(item)) {
                raise(exc::TypeError, "expected str, got %s", type_name(item));
                return false;
            }
            out.push_back(std::string(str_view(item)));
        }
        return true;
    }
    // The required expression field [name] into [*out].
    bool expr_field(Value obj, const char* name, SrcNode** out) {
        Value v = field(obj, name);
        if (!v) return false;
        *out = expr(v);
        return *out != nullptr;
    }
    // An optional expression field (null when None).
    bool opt_expr_field(Value obj, const char* name, SrcNode** out) {
        Value v;
        if (!optional(obj, name, &v)) return false;
        *out = nullptr;
        if (!v) return true;
        *out = expr(v);
        return *out != nullptr;
    }
    // The index of the operator field [name] among [names].
    bool op_field(Value obj, const char* name, const char* const* names, size_t count, int* out) {
        Value v = field(obj, name);
        if (!v) return false;
        for (size_t i = 0; i < count; i++)
            if (is(v, names[i])) {
                *out = static_cast<int>(i);
                return true;
            }
        raise(exc::TypeError, "expected some sort of operator, but got %s", type_name(v));
        return false;
    }

    // A node of [kind] with the source position of [obj] (required, as
    // CPython's lineno and col_offset are; the end may be missing or None).
    SrcNode* make(K kind, Value obj) {
        int pos[4] = {0, 0, 0, 0};
        const char* names[] = {"lineno", "col_offset", "end_lineno", "end_col_offset"};
        for (int i = 0; i < 4; i++)
            if (!integer(obj, names[i], i >= 2, &pos[i])) return nullptr;
        Value end_line, end_col;
        if (!optional(obj, "end_lineno", &end_line) || !optional(obj, "end_col_offset", &end_col))
            return nullptr;
        SrcNode* n = arena.make(kind, pos[0], pos[1]);
        // Without an end, the position is the line only.
        n->end_line = end_line ? pos[2] : pos[0];
        n->end_col = end_line && end_col ? pos[3] : -1;
        return n;
    }
    // A node of [kind] without a position of its own (comprehension,
    // arguments, withitem, match_case): it takes [at]'s.
    SrcNode* make_at(K kind, const SrcNode* at) {
        SrcNode* n = arena.make(kind, at ? at->line : 1, at ? at->col : 0);
        if (at) {
            n->end_line = at->end_line;
            n->end_col = at->end_col;
        }
        return n;
    }

    // A Constant's value into [n].
    bool constant(Value v, SrcNode* n) {
        if (is_none(v)) {
            n->ckind = ast::C_NONE;
        } else if (v == True() || v == False()) {
            n->ckind = v == True() ? ast::C_TRUE : ast::C_FALSE;
        } else if (v == Ellipsis()) {
            n->ckind = ast::C_ELLIPSIS;
        } else if (is_int(v)) {
            n->ckind = ast::C_INT;
            int64_t small = 0;
            if (int_fits_int64(v, &small)) {
                n->s = std::to_string(small);
                n->ival = 10;
            } else {
                mpz_t z;
                mpz_init(z);
                int_to_mpz(v, z);
                std::string digits(mpz_sizeinbase(z, 16) + 2, '\0');
                mpz_get_str(digits.data(), 16, z);
                mpz_clear(z);
                digits.resize(std::strlen(digits.c_str()));
                n->s = digits;
                n->ival = 16;
            }
        } else if (is_float(v)) {
            n->ckind = ast::C_FLOAT;
            n->real = float_value(v);
        } else if (isinstance_of(v, &ComplexType)) {
            auto* c = static_cast<ComplexObject*>(v.as_ptr());
            n->ckind = ast::C_COMPLEX;
            n->real = c->real;
            n->imag = c->imag;
        } else if (is_str(v)) {
            n->ckind = ast::C_STR;
            n->s = std::string(str_view(v));
        } else if (is_bytes(v)) {
            n->ckind = ast::C_BYTES;
            n->s = std::string(bytes_view(v));
        } else if (is_tuple(v) || isinstance_of(v, &FrozenSetType)) {
            n->ckind = is_tuple(v) ? ast::C_TUPLE : ast::C_FROZENSET;
            auto add = [&](Value item) {
                SrcNode* c = make_at(K::Constant, n);
                if (!constant(item, c)) return false;
                n->l1.push_back(c);
                return true;
            };
            if (is_tuple(v)) {
                for (size_t i = 0; i < tuple_size(v); i++)
                    if (!add(tuple_get(v, i))) return false;
            } else {
                size_t pos = 0;
                Value key;
                while (set_next(v, &pos, &key))
                    if (!add(key)) return false;
            }
        } else {
            raise(exc::TypeError, "got an invalid type in Constant: %s", type_name(v));
            return false;
        }
        return true;
    }

    SrcNode* arg(Value v) {
        if (!is(v, "arg")) return fail_type("arg", v);
        SrcNode* n = make(K::Arg, v);
        return n && string(v, "arg", false, &n->s) && opt_expr_field(v, "annotation", &n->a)
                   ? n
                   : nullptr;
    }
    SrcNode* opt_arg(Value obj, const char* name, bool* ok) {
        Value v;
        *ok = optional(obj, name, &v);
        if (!*ok || !v) return nullptr;
        SrcNode* n = arg(v);
        *ok = n != nullptr;
        return n;
    }
    SrcNode* arguments(Value v, const SrcNode* at) {
        if (!is(v, "arguments")) return fail_type("arguments", v);
        SrcNode* n = make_at(K::Arguments, at);
        auto to_arg = [&](Value x) { return arg(x); };
        std::vector<SrcNode*> posonly;
        bool ok = list(v, "posonlyargs", posonly, to_arg) && list(v, "args", n->l1, to_arg);
        if (!ok) return nullptr;
        n->ival = static_cast<int>(posonly.size());
        n->l1.insert(n->l1.begin(), posonly.begin(), posonly.end());
        n->a = opt_arg(v, "vararg", &ok);
        if (!ok) return nullptr;
        n->b = opt_arg(v, "kwarg", &ok);
        if (!ok || !list(v, "kwonlyargs", n->l2, to_arg) || !exprs(v, "kw_defaults", n->l3, true) ||
            !exprs(v, "defaults", n->l4))
            return nullptr;
        if (!check(n->l3.size() == n->l2.size(),
                   "length of kwonlyargs is not the same as kw_defaults on arguments") ||
            !check(n->l4.size() <= n->l1.size(), "more positional defaults than args on arguments"))
            return nullptr;
        return n;
    }
    SrcNode* keyword(Value v) {
        if (!is(v, "keyword")) return fail_type("keyword", v);
        SrcNode* n = make(K::Keyword, v);
        return n && string(v, "arg", true, &n->s) && expr_field(v, "value", &n->a) ? n : nullptr;
    }
    bool keywords(Value obj, const char* name, std::vector<SrcNode*>& out) {
        return list(obj, name, out, [&](Value v) { return keyword(v); });
    }
    bool comprehensions(Value obj, std::vector<SrcNode*>& out) {
        return list(obj, "generators", out, [&](Value v) -> SrcNode* {
            if (!is(v, "comprehension")) return fail_type("comprehension", v);
            SrcNode* target = nullptr;
            if (!expr_field(v, "target", &target)) return nullptr;
            SrcNode* n = make_at(K::Comprehension, target);
            n->a = target;
            int is_async = 0;
            if (!expr_field(v, "iter", &n->b) || !exprs(v, "ifs", n->l1) ||
                !integer(v, "is_async", false, &is_async))
                return nullptr;
            n->is_async = is_async != 0;
            return n;
        });
    }

    SrcNode* expr(Value v) {
        if (!enter()) return nullptr;
        SrcNode* n = expr_node(v);
        depth--;
        return n;
    }
    SrcNode* stmt(Value v) {
        if (!enter()) return nullptr;
        SrcNode* n = stmt_node(v);
        depth--;
        return n;
    }
    SrcNode* pattern(Value v) {
        if (!enter()) return nullptr;
        SrcNode* n = pattern_node(v);
        depth--;
        return n;
    }

    SrcNode* expr_node(Value v) {
        if (!is(v, "expr")) return fail_type("expr", v);
        SrcNode* n = nullptr;
        bool ok = false;
        if (is(v, "BoolOp")) {
            static const char* const names[] = {"And", "Or"};
            ok = (n = make(K::BoolOp, v)) && op_field(v, "op", names, 2, &n->op) &&
                 exprs(v, "values", n->l1) &&
                 check(n->l1.size() >= 2, "BoolOp with less than 2 values");
        } else if (is(v, "NamedExpr")) {
            ok = (n = make(K::NamedExpr, v)) && expr_field(v, "target", &n->a) &&
                 expr_field(v, "value", &n->b) &&
                 check(n->a->kind == K::Name, "NamedExpr target must be a Name");
        } else if (is(v, "BinOp")) {
            ok = (n = make(K::BinOp, v)) && expr_field(v, "left", &n->a) &&
                 op_field(v, "op", kBinOps, std::size(kBinOps), &n->op) &&
                 expr_field(v, "right", &n->b);
        } else if (is(v, "UnaryOp")) {
            ok = (n = make(K::UnaryOp, v)) &&
                 op_field(v, "op", kUnaryOps, std::size(kUnaryOps), &n->op) &&
                 expr_field(v, "operand", &n->a);
        } else if (is(v, "Lambda")) {
            Value args;
            ok = (n = make(K::Lambda, v)) && (args = field(v, "args")) &&
                 (n->a = arguments(args, n)) && expr_field(v, "body", &n->b);
        } else if (is(v, "IfExp")) {
            ok = (n = make(K::IfExp, v)) && expr_field(v, "test", &n->a) &&
                 expr_field(v, "body", &n->b) && expr_field(v, "orelse", &n->c);
        } else if (is(v, "Dict")) {
            ok = (n = make(K::Dict, v)) && exprs(v, "keys", n->l1, true) &&
                 exprs(v, "values", n->l2);
            if (ok && n->l1.size() != n->l2.size()) {
                raise(exc::ValueError, "Dict doesn't have the same number of keys as values");
                ok = false;
            }
        } else if (is(v, "Set")) {
            ok = (n = make(K::Set, v)) && exprs(v, "elts", n->l1);
        } else if (is(v, "ListComp") || is(v, "SetComp") || is(v, "GeneratorExp")) {
            K kind = is(v, "ListComp")  ? K::ListComp
                     : is(v, "SetComp") ? K::SetComp
                                        : K::GeneratorExp;
            ok = (n = make(kind, v)) && expr_field(v, "elt", &n->a) && comprehensions(v, n->l1) &&
                 check(!n->l1.empty(), "comprehension with no generators");
        } else if (is(v, "DictComp")) {
            ok = (n = make(K::DictComp, v)) && expr_field(v, "key", &n->a) &&
                 expr_field(v, "value", &n->b) && comprehensions(v, n->l1) &&
                 check(!n->l1.empty(), "comprehension with no generators");
        } else if (is(v, "Await") || is(v, "YieldFrom")) {
            ok = (n = make(is(v, "Await") ? K::Await : K::YieldFrom, v)) &&
                 expr_field(v, "value", &n->a);
        } else if (is(v, "Yield")) {
            ok = (n = make(K::Yield, v)) && opt_expr_field(v, "value", &n->a);
        } else if (is(v, "Compare")) {
            ok = (n = make(K::Compare, v)) && expr_field(v, "left", &n->a) &&
                 exprs(v, "comparators", n->l1);
            Value ops = ok ? field(v, "ops") : Value();
            if (ok && (!ops || !is_list(ops))) {
                if (ops) raise(exc::TypeError, "Compare field \"ops\" must be a list");
                ok = false;
            }
            for (size_t i = 0; ok && i < list_size(ops); i++) {
                Value o = list_get(ops, i);
                int code = -1;
                for (size_t k = 0; k < std::size(kCmpOps); k++)
                    if (is(o, kCmpOps[k])) code = static_cast<int>(k);
                if (code < 0) {
                    raise(exc::TypeError, "expected some sort of cmpop, but got %s", type_name(o));
                    ok = false;
                }
                n->ops.push_back(code);
            }
            if (ok && (n->ops.empty() || n->ops.size() != n->l1.size())) {
                raise_str(exc::ValueError,
                          n->ops.empty()
                              ? "Compare with no comparators"
                              : "Compare has a different number of comparators and operands");
                ok = false;
            }
        } else if (is(v, "Call")) {
            ok = (n = make(K::Call, v)) && expr_field(v, "func", &n->a) &&
                 exprs(v, "args", n->l1) && keywords(v, "keywords", n->l2);
        } else if (is(v, "FormattedValue")) {
            ok = (n = make(K::FormattedValue, v)) && expr_field(v, "value", &n->a) &&
                 integer(v, "conversion", true, &n->ival) && opt_expr_field(v, "format_spec", &n->b);
            if (ok && n->ival == 0) n->ival = -1;
        } else if (is(v, "JoinedStr")) {
            ok = (n = make(K::JoinedStr, v)) && exprs(v, "values", n->l1);
            for (size_t i = 0; ok && i < n->l1.size(); i++) {
                SrcNode* part = n->l1[i];
                ok = check(part->kind == K::FormattedValue ||
                               (part->kind == K::Constant && part->ckind == ast::C_STR),
                           "JoinedStr values must be str constants or FormattedValues");
            }
        } else if (is(v, "Constant")) {
            Value value = (n = make(K::Constant, v)) ? field(v, "value") : Value();
            ok = value && constant(value, n);
        } else if (is(v, "Attribute")) {
            ok = (n = make(K::Attribute, v)) && expr_field(v, "value", &n->a) &&
                 string(v, "attr", false, &n->s);
        } else if (is(v, "Subscript")) {
            ok = (n = make(K::Subscript, v)) && expr_field(v, "value", &n->a) &&
                 expr_field(v, "slice", &n->b);
        } else if (is(v, "Starred")) {
            ok = (n = make(K::Starred, v)) && expr_field(v, "value", &n->a);
        } else if (is(v, "Name")) {
            ok = (n = make(K::Name, v)) && string(v, "id", false, &n->s);
        } else if (is(v, "List") || is(v, "Tuple")) {
            ok = (n = make(is(v, "List") ? K::List : K::Tuple, v)) && exprs(v, "elts", n->l1);
        } else if (is(v, "Slice")) {
            ok = (n = make(K::Slice, v)) && opt_expr_field(v, "lower", &n->a) &&
                 opt_expr_field(v, "upper", &n->b) && opt_expr_field(v, "step", &n->c);
        } else {
            return fail_type("expr", v);
        }
        return ok ? n : nullptr;
    }

    SrcNode* stmt_node(Value v) {
        if (!is(v, "stmt")) return fail_type("stmt", v);
        SrcNode* n = nullptr;
        bool ok = false;
        if (is(v, "FunctionDef") || is(v, "AsyncFunctionDef")) {
            Value args;
            ok = (n = make(K::FunctionDef, v)) && string(v, "name", false, &n->s) &&
                 (args = field(v, "args")) && (n->a = arguments(args, n)) &&
                 stmts(v, "body", n->l1) && exprs(v, "decorator_list", n->l2) &&
                 opt_expr_field(v, "returns", &n->b);
            if (ok) n->is_async = is(v, "AsyncFunctionDef");
        } else if (is(v, "ClassDef")) {
            ok = (n = make(K::ClassDef, v)) && string(v, "name", false, &n->s) &&
                 exprs(v, "bases", n->l1) && keywords(v, "keywords", n->l2) &&
                 stmts(v, "body", n->l3) && exprs(v, "decorator_list", n->l4);
        } else if (is(v, "Return")) {
            ok = (n = make(K::Return, v)) && opt_expr_field(v, "value", &n->a);
        } else if (is(v, "Delete")) {
            ok = (n = make(K::Delete, v)) && exprs(v, "targets", n->l1);
        } else if (is(v, "Assign")) {
            ok = (n = make(K::Assign, v)) && exprs(v, "targets", n->l1) &&
                 expr_field(v, "value", &n->a);
        } else if (is(v, "AugAssign")) {
            ok = (n = make(K::AugAssign, v)) && expr_field(v, "target", &n->a) &&
                 op_field(v, "op", kBinOps, std::size(kBinOps), &n->op) &&
                 expr_field(v, "value", &n->b);
        } else if (is(v, "AnnAssign")) {
            ok = (n = make(K::AnnAssign, v)) && expr_field(v, "target", &n->a) &&
                 expr_field(v, "annotation", &n->b) && opt_expr_field(v, "value", &n->c);
        } else if (is(v, "For") || is(v, "AsyncFor")) {
            ok = (n = make(K::For, v)) && expr_field(v, "target", &n->a) &&
                 expr_field(v, "iter", &n->b) && stmts(v, "body", n->l1) &&
                 stmts(v, "orelse", n->l2);
            if (ok) n->is_async = is(v, "AsyncFor");
        } else if (is(v, "While") || is(v, "If")) {
            ok = (n = make(is(v, "While") ? K::While : K::If, v)) &&
                 expr_field(v, "test", &n->a) && stmts(v, "body", n->l1) &&
                 stmts(v, "orelse", n->l2);
        } else if (is(v, "With") || is(v, "AsyncWith")) {
            ok = (n = make(K::With, v)) &&
                 list(v, "items", n->l1,
                      [&](Value item) -> SrcNode* {
                          if (!is(item, "withitem")) return fail_type("withitem", item);
                          SrcNode* context = nullptr;
                          if (!expr_field(item, "context_expr", &context)) return nullptr;
                          SrcNode* w = make_at(K::WithItem, context);
                          w->a = context;
                          return opt_expr_field(item, "optional_vars", &w->b) ? w : nullptr;
                      }) &&
                 stmts(v, "body", n->l2) && check(!n->l1.empty(), "empty items on With");
            if (ok) n->is_async = is(v, "AsyncWith");
        } else if (is(v, "Match")) {
            ok = (n = make(K::Match, v)) && expr_field(v, "subject", &n->a) &&
                 list(v, "cases", n->l1, [&](Value c) -> SrcNode* {
                     if (!is(c, "match_case")) return fail_type("match_case", c);
                     Value p = field(c, "pattern");
                     SrcNode* pat = p ? pattern(p) : nullptr;
                     if (!pat) return nullptr;
                     SrcNode* mc = make_at(K::MatchCase, pat);
                     mc->a = pat;
                     return opt_expr_field(c, "guard", &mc->b) && stmts(c, "body", mc->l1)
                                ? mc
                                : nullptr;
                 });
        } else if (is(v, "Raise")) {
            ok = (n = make(K::Raise, v)) && opt_expr_field(v, "exc", &n->a) &&
                 opt_expr_field(v, "cause", &n->b);
        } else if (is(v, "Try") || is(v, "TryStar")) {
            ok = (n = make(K::Try, v)) && stmts(v, "body", n->l1) &&
                 list(v, "handlers", n->l2,
                      [&](Value h) -> SrcNode* {
                          if (!is(h, "ExceptHandler")) return fail_type("excepthandler", h);
                          SrcNode* e = make(K::ExceptHandler, h);
                          return e && opt_expr_field(h, "type", &e->a) &&
                                         string(h, "name", true, &e->s) && stmts(h, "body", e->l1)
                                     ? e
                                     : nullptr;
                      }) &&
                 stmts(v, "orelse", n->l3) && stmts(v, "finalbody", n->l4) &&
                 check(!n->l2.empty() || !n->l4.empty(),
                       "Try has neither except handlers nor finalbody") &&
                 check(n->l3.empty() || !n->l2.empty(), "Try has orelse but no except handlers");
            if (ok) n->ival = is(v, "TryStar") ? 1 : 0;
        } else if (is(v, "Assert")) {
            ok = (n = make(K::Assert, v)) && expr_field(v, "test", &n->a) &&
                 opt_expr_field(v, "msg", &n->b);
        } else if (is(v, "Import") || is(v, "ImportFrom")) {
            bool from = is(v, "ImportFrom");
            ok = (n = make(from ? K::ImportFrom : K::Import, v)) &&
                 list(v, "names", n->l1, [&](Value a) -> SrcNode* {
                     if (!is(a, "alias")) return fail_type("alias", a);
                     SrcNode* al = make(K::Alias, a);
                     return al && string(a, "name", false, &al->s) &&
                                    string(a, "asname", true, &al->s2)
                                ? al
                                : nullptr;
                 });
            if (ok && from)
                ok = string(v, "module", true, &n->s) && integer(v, "level", true, &n->ival);
        } else if (is(v, "Global") || is(v, "Nonlocal")) {
            ok = (n = make(is(v, "Global") ? K::Global : K::Nonlocal, v)) &&
                 strings(v, "names", n->names);
        } else if (is(v, "Expr")) {
            ok = (n = make(K::ExprStmt, v)) && expr_field(v, "value", &n->a);
        } else if (is(v, "Pass") || is(v, "Break") || is(v, "Continue")) {
            n = make(is(v, "Pass") ? K::Pass : is(v, "Break") ? K::Break : K::Continue, v);
            ok = n != nullptr;
        } else {
            return fail_type("stmt", v);
        }
        return ok ? n : nullptr;
    }

    SrcNode* pattern_node(Value v) {
        if (!is(v, "pattern")) return fail_type("pattern", v);
        SrcNode* n = nullptr;
        bool ok = false;
        if (is(v, "MatchValue")) {
            ok = (n = make(K::MatchValue, v)) && expr_field(v, "value", &n->a);
        } else if (is(v, "MatchSingleton")) {
            Value value = (n = make(K::MatchSingleton, v)) ? field(v, "value") : Value();
            if (value) {
                n->a = make_at(K::Constant, n);
                ok = constant(value, n->a);
            }
        } else if (is(v, "MatchSequence") || is(v, "MatchOr")) {
            ok = (n = make(is(v, "MatchOr") ? K::MatchOr : K::MatchSequence, v)) &&
                 patterns(v, "patterns", n->l1) &&
                 check(n->kind != K::MatchOr || n->l1.size() >= 2,
                       "MatchOr requires at least 2 patterns");
        } else if (is(v, "MatchMapping")) {
            ok = (n = make(K::MatchMapping, v)) && exprs(v, "keys", n->l1) &&
                 patterns(v, "patterns", n->l2) && string(v, "rest", true, &n->s) &&
                 check(n->l1.size() == n->l2.size(),
                       "MatchMapping doesn't have the same number of keys as patterns");
        } else if (is(v, "MatchClass")) {
            ok = (n = make(K::MatchClass, v)) && expr_field(v, "cls", &n->a) &&
                 patterns(v, "patterns", n->l1) && strings(v, "kwd_attrs", n->names) &&
                 patterns(v, "kwd_patterns", n->l2) &&
                 check(n->names.size() == n->l2.size(),
                       "MatchClass doesn't have the same number of keyword attributes as "
                       "patterns");
        } else if (is(v, "MatchStar")) {
            ok = (n = make(K::MatchStar, v)) && string(v, "name", true, &n->s);
        } else if (is(v, "MatchAs")) {
            Value sub;
            ok = (n = make(K::MatchAs, v)) && optional(v, "pattern", &sub) &&
                 (!sub || (n->a = pattern(sub))) && string(v, "name", true, &n->s);
        } else {
            return fail_type("pattern", v);
        }
        return ok ? n : nullptr;
    }
};

} // namespace

bool is_ast_object(Value v) {
    if (!g_node_classes) return false;
    Value cls = dict_get_cstr(as_dict(g_node_classes), "AST");
    return cls && isinstance_of(v, static_cast<Type*>(cls.as_ptr()));
}

ast::Node* ast_tree_from_object(Value tree, CompileMode mode, ast::Arena& arena) {
    if (!g_node_classes && !make_node_classes()) {
        g_node_classes = Value();
        return nullptr;
    }
    TreeReader r{as_dict(g_node_classes), arena, 0};
    const char* expected = mode == CompileMode::Eval     ? "Expression"
                           : mode == CompileMode::Single ? "Interactive"
                                                         : "Module";
    if (!r.is(tree, expected)) {
        raise(exc::TypeError, "expected %s node, got %s", expected, type_name(tree));
        return nullptr;
    }
    if (mode == CompileMode::Eval) {
        Value body = r.field(tree, "body");
        return body ? r.expr(body) : nullptr;
    }
    ast::Node* root = arena.make(K::Module, 1, 0);
    return r.stmts(tree, "body", root->l1) ? root : nullptr;
}

Value init_ast_module() {
    if (!g_node_classes && !make_node_classes()) {
        g_node_classes = Value(); // try again at the next import
        return Value();
    }
    ModuleObject* m = make_module("_ast");
    if (!m) return Value();
    Value mod(m);
    if (!dict_merge_from_dict(m->dict, as_dict(g_node_classes), true)) return Value();
    if (!dict_set_cstr(m->dict, "PyCF_ONLY_AST", make_int(kPyCF_ONLY_AST)) ||
        !dict_set_cstr(m->dict, "PyCF_TYPE_COMMENTS", make_int(kPyCF_TYPE_COMMENTS)) ||
        !dict_set_cstr(m->dict, "PyCF_ALLOW_TOP_LEVEL_AWAIT",
                       make_int(kPyCF_ALLOW_TOP_LEVEL_AWAIT)))
        return Value();
    return mod;
}

} // namespace uopy
