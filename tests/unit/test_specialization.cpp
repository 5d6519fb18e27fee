// Tier-1 specialization: each family specializes on its typical input, and
// goes back to the generic form (or another specialization) when what it
// assumed changes. Each test runs a Python snippet that defines `f` and
// calls it enough times to warm it up, then reads the instructions of
// f.__code__ as the specializer left them.
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/compile.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/startup.h"
#include "vm/ceval.h"
#include "vm/generated/opcode_metadata.h"
#include "vm/specialize.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

using namespace uopy;

namespace {

using uopy::testing::ensure_runtime;

// Runs [source] in a fresh namespace; returns the names of the instructions
// in [func]'s code afterwards (specialized or not).
std::set<std::string> opnames_after(const std::string& source, const char* func = "f") {
    ensure_runtime();
    std::set<std::string> names;
    CodeObject* code = compile_source(source, "<test>", CompileMode::Exec);
    EXPECT_NE(code, nullptr);
    if (!code) return names;
    Dict* globals = make_dict();
    dict_set_cstr(globals, "__builtins__", g_interp->builtins_module);
    Value r = vm::run_code(code, Value(globals), Value(globals));
    if (!r) {
        Value exc = err_fetch();
        ADD_FAILURE() << "the snippet raised " << type_name(exc);
        return names;
    }
    Value fv = dict_get_cstr(globals, func);
    EXPECT_TRUE(is_function(fv));
    if (!is_function(fv)) return names;
    CodeObject* co = as_function(fv)->code;
    for (size_t i = 0; i < co->ncodeunits;) {
        int op = co->code[i].op.code;
        if (vm::opcode_names[op]) names.insert(vm::opcode_names[op]);
        i += 1 + vm::opcode_cache_size[op];
    }
    return names;
}

// The snippet's `f` is called 100 times by the harness after the body.
std::set<std::string> warm(const std::string& body, const std::string& call = "f()") {
    return opnames_after(body + "\nfor _ in range(100):\n    " + call + "\n");
}

#define EXPECT_HAS(set, name) EXPECT_TRUE((set).count(name)) << "no " << (name)

} // namespace

TEST(Specialization, BinaryOp) {
    auto ops = warm("def f():\n"
                    "    a, b, x, y, s, l, t, d = 3, 4, 1.5, 2.5, 'a', [1, 2], (1, 2), {1: 2}\n"
                    "    return a + b, a - b, a * b, x + y, x - y, x * y, s + s, l[1], t[0], d[1]");
    for (const char* name :
         {"BINARY_OP_ADD_INT", "BINARY_OP_SUBTRACT_INT", "BINARY_OP_MULTIPLY_INT",
          "BINARY_OP_ADD_FLOAT", "BINARY_OP_SUBTRACT_FLOAT", "BINARY_OP_MULTIPLY_FLOAT",
          "BINARY_OP_ADD_UNICODE", "BINARY_OP_SUBSCR_LIST_INT", "BINARY_OP_SUBSCR_TUPLE_INT",
          "BINARY_OP_SUBSCR_DICT"})
        EXPECT_HAS(ops, name);
    EXPECT_FALSE(ops.count("BINARY_OP")); // every site specialized
}

TEST(Specialization, BinaryOpExtend) {
    auto ops = warm("def f():\n"
                    "    x, n = 1.5, 3\n"
                    "    return x * n, n / 2, 7 // n, 7 % n, n & 1");
    EXPECT_HAS(ops, "BINARY_OP_EXTEND");
    EXPECT_FALSE(ops.count("BINARY_OP"));
}

TEST(Specialization, CompareContainsToBool) {
    auto ops = warm("def f():\n"
                    "    a, x, s, st, d, l = 1, 2.0, 'a', {1}, {2: 3}, [1]\n"
                    "    r = a < 2, x > 1.0, s == 'b', 1 in st, 2 in d\n"
                    "    if l: pass\n"
                    "    if a: pass\n"
                    "    if s: pass\n"
                    "    if None: pass\n"
                    "    if a < 2: pass\n"
                    "    if x > 1.0: pass\n"
                    "    if s == 'b': pass\n"
                    "    if 1 in st: pass\n"
                    "    if 2 in d: pass\n"
                    "    n = None\n"
                    "    return r, not l, not a, not s, not n");
    // Values (and `not`): the plain forms; branch conditions: the *_JUMP
    // forms, which take the branch after them.
    for (const char* name :
         {"COMPARE_OP_INT", "COMPARE_OP_FLOAT", "COMPARE_OP_STR", "CONTAINS_OP_SET",
          "CONTAINS_OP_DICT", "TO_BOOL_LIST", "TO_BOOL_INT", "TO_BOOL_STR", "TO_BOOL_NONE",
          "COMPARE_OP_INT_JUMP", "COMPARE_OP_FLOAT_JUMP", "COMPARE_OP_STR_JUMP",
          "CONTAINS_OP_SET_JUMP", "CONTAINS_OP_DICT_JUMP", "TO_BOOL_LIST_JUMP", "TO_BOOL_INT_JUMP",
          "TO_BOOL_STR_JUMP", "TO_BOOL_NONE_JUMP"})
        EXPECT_HAS(ops, name);
}

TEST(Specialization, IterationUnpackingStores) {
    auto ops = warm("def f():\n"
                    "    out = [0, 0]\n"
                    "    d = {}\n"
                    "    for i in range(2): out[i] = i\n"
                    "    for x in out: d[x] = x\n"
                    "    for y in (1, 2): pass\n"
                    "    s, t = (1, 2), (1, 2, 3)\n" // a display's tuple is never built
                    "    a, b = s\n"
                    "    p, q, r = out + [3]\n"
                    "    u, v, w = t\n"
                    "    return a, b, p, u");
    for (const char* name : {"FOR_ITER_RANGE", "FOR_ITER_LIST", "FOR_ITER_TUPLE",
                             "STORE_SUBSCR_LIST_INT", "STORE_SUBSCR_DICT", "UNPACK_SEQUENCE_LIST",
                             "UNPACK_SEQUENCE_TUPLE", "UNPACK_SEQUENCE_TWO_TUPLE"})
        EXPECT_HAS(ops, name);
}

TEST(Specialization, Globals) {
    auto ops = warm("G = 5\n"
                    "def f():\n"
                    "    return G + len('ab')");
    EXPECT_HAS(ops, "LOAD_GLOBAL_MODULE");
    EXPECT_HAS(ops, "LOAD_GLOBAL_BUILTIN");
}

TEST(Specialization, Calls) {
    auto ops = warm(
        "import math\n"
        "def g(a): return a\n"
        "def h(a, *rest): return a\n"
        "class C:\n"
        "    def m(self): return 1\n"
        "c = C()\n"
        "bound = c.m\n"
        "def f():\n"
        "    l = []\n"
        "    l.append(1)\n"
        "    return (g(1), h(1), bound(), len(l), isinstance(l, list), type(l),\n"
        "            str(1), tuple(l), math.erf(0.5), divmod(7, 2), l.copy(), 'ab'.count('a'),\n"
        "            l.count(1))");
    for (const char* name :
         {"CALL_PY_EXACT_ARGS", "CALL_PY_GENERAL", "CALL_BOUND_METHOD_EXACT_ARGS", "CALL_LEN",
          "CALL_ISINSTANCE", "CALL_TYPE_1", "CALL_STR_1", "CALL_TUPLE_1", "CALL_LIST_APPEND",
          "CALL_BUILTIN_O", "CALL_BUILTIN_FAST", "CALL_METHOD_DESCRIPTOR_NOARGS",
          "CALL_METHOD_DESCRIPTOR_FAST", "CALL_METHOD_DESCRIPTOR_O"})
        EXPECT_HAS(ops, name);
}

TEST(Specialization, MoreCalls) {
    // Keyword-taking natives called positionally, other callables, CALL_KW.
    auto ops = warm("def g(a, b=0): return a\n"
                    "class C:\n"
                    "    def m(self, k=1): return k\n"
                    "    def __call__(self): return 2\n"
                    "c = C()\n"
                    "bound = c.m\n"
                    "def f():\n"
                    "    return (max(1, 2), 'a b'.split(' '), c(), g(1, b=2), bound(k=3),\n"
                    "            sorted([2, 1], key=None))");
    for (const char* name :
         {"CALL_BUILTIN_FAST_WITH_KEYWORDS", "CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS",
          "CALL_NON_PY_GENERAL", "CALL_KW_PY", "CALL_KW_BOUND_METHOD", "CALL_KW_NON_PY"})
        EXPECT_HAS(ops, name);
}

TEST(Specialization, AlwaysTrue) {
    auto ops = warm("class C: pass\n"
                    "c = C()\n"
                    "def f():\n"
                    "    return 1 if c else 0, not c");
    EXPECT_HAS(ops, "TO_BOOL_ALWAYS_TRUE_JUMP");
    EXPECT_HAS(ops, "TO_BOOL_ALWAYS_TRUE");
}

TEST(Specialization, BuiltinClassCall) {
    auto ops = warm("def f():\n"
                    "    return range(3), float(2)");
    EXPECT_HAS(ops, "CALL_BUILTIN_CLASS");
}

TEST(Specialization, ClassInstantiation) {
    auto ops = warm("class P:\n"
                    "    def __init__(self, x): self.x = x\n"
                    "def f():\n"
                    "    return P(1)");
    EXPECT_HAS(ops, "CALL_ALLOC_AND_ENTER_INIT");
}

TEST(Specialization, AddingAttributes) {
    // Inline values for plain classes; a dict for a list subclass's instances.
    auto ops = warm("class E: pass\n"
                    "class L(list): pass\n"
                    "def f():\n"
                    "    o = E()\n"
                    "    o.z = 1\n"
                    "    l = L()\n"
                    "    l.z = 1\n"
                    "    return o, l");
    EXPECT_HAS(ops, "STORE_ATTR_INSTANCE_VALUE");
    EXPECT_HAS(ops, "STORE_ATTR_INSTANCE_DICT");
}

TEST(Specialization, Super) {
    auto ops = opnames_after("class A:\n"
                             "    x = 1\n"
                             "    def m(self): return 2\n"
                             "class B(A):\n"
                             "    def f(self): return super().x + super().m()\n"
                             "b = B()\n"
                             "for _ in range(100): b.f()\n"
                             "f = B.f\n");
    EXPECT_HAS(ops, "LOAD_SUPER_ATTR_ATTR");
    EXPECT_HAS(ops, "LOAD_SUPER_ATTR_METHOD");
}

TEST(Specialization, Generators) {
    auto ops = warm("def gen():\n"
                    "    yield 1\n"
                    "    yield 2\n"
                    "def f():\n"
                    "    s = 0\n"
                    "    for x in gen(): s += x\n"
                    "    yield from gen()\n",
                    "list(f())");
    EXPECT_HAS(ops, "FOR_ITER_GEN");
    EXPECT_HAS(ops, "SEND_GEN");
}

TEST(Specialization, Attributes) {
    auto ops = warm("import math\n"
                    "class S:\n"
                    "    __slots__ = ('a',)\n"
                    "    def __init__(self): self.a = 1\n"
                    "class P:\n"
                    "    K = 3\n"
                    "    def __init__(self): self.x = 1\n"
                    "    @property\n"
                    "    def prop(self): return 2\n"
                    "    def m(self): return 3\n"
                    "class N(list):\n"
                    "    def m(self): return 4\n"
                    "p, s, n, d = P(), S(), N(), P()\n"
                    "vars(d)\n" // d's attributes move to a dict
                    "def f():\n"
                    "    p.x = p.x\n"
                    "    d.x = d.x\n"
                    "    s.a = s.a\n"
                    "    return (p.prop, p.m(), d.m(), n.m(), p.K, d.K, math.pi, P.K,\n"
                    "            [].copy())");
    for (const char* name :
         {"LOAD_ATTR_INSTANCE_VALUE", "STORE_ATTR_INSTANCE_VALUE", "LOAD_ATTR_WITH_HINT",
          "STORE_ATTR_WITH_HINT", "LOAD_ATTR_SLOT", "STORE_ATTR_SLOT", "LOAD_ATTR_PROPERTY",
          "LOAD_ATTR_METHOD_WITH_VALUES", "LOAD_ATTR_METHOD_WITH_DICT",
          "LOAD_ATTR_METHOD_LAZY_DICT", "LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES",
          "LOAD_ATTR_NONDESCRIPTOR_WITH_DICT", "LOAD_ATTR_MODULE", "LOAD_ATTR_CLASS",
          "LOAD_ATTR_METHOD_NO_DICT"})
        EXPECT_HAS(ops, name);
}

TEST(Specialization, ChangeLeadsBackToTheGenericForm) {
    // A site that sees ints, then only strs, is re-specialized for strs after
    // its misses exhaust the cool-down; one that sees a mix ends generic.
    auto ops = opnames_after("def f(a, b): return a + b\n"
                             "for i in range(100): f(i, i)\n"
                             "for i in range(200): f('x', 'y')\n");
    EXPECT_HAS(ops, "BINARY_OP_ADD_UNICODE");
    ops = opnames_after("def f(a, b): return a * b\n"
                        "for i in range(3000): f(i, i) if i % 2 else f([1], 2)\n");
    EXPECT_TRUE(ops.count("BINARY_OP") || ops.count("BINARY_OP_MULTIPLY_INT"));
}

TEST(Specialization, OffSwitch) {
    vm::g_specialization_enabled = false;
    auto ops = warm("def f(a=1.0):\n    return a + 2.5");
    vm::g_specialization_enabled = true;
    EXPECT_HAS(ops, "BINARY_OP");
    EXPECT_FALSE(ops.count("BINARY_OP_ADD_FLOAT"));
}
