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
// Not here yet: turning source into these nodes (compile() with
// PyCF_ONLY_AST, behind ast.parse) and compiling a tree of them.
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/type.h"

#include <cstring>
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
