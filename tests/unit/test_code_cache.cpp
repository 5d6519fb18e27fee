// Unit tests for the bytecode cache's CodeData encoding
// (frontend/code_cache.h): a varied module survives the round trip field
// for field, and truncated, bit-flipped, random and hostile blobs are
// refused (or decode to something that re-encodes to the same bytes)
// without crashing. The file layer (runtime/bytecode_cache.cpp) is tested
// by tests/python/stdlib/675_bytecode_cache.py.
#include "frontend/code_cache.h"
#include "frontend/compiler.h"
#include "frontend/parser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <random>
#include <set>
#include <string>

using namespace uopy::frontend;

namespace {

// Every kind of constant, nested code (functions, closures, classes,
// generators, coroutines, comprehensions, lambdas), exception tables
// (try/except/finally, with), keyword-only and positional-only arguments.
const char* kSource = R"PY(
"""Module docstring."""
import os.path as osp
from collections import OrderedDict as OD, deque

BIG = 123456789012345678901234567890
HEX = 0xDEADbeefCAFEBABE1234
OCT, BIN = 0o777, 0b1011
NEG = -98765432109876543210
FLOATS = (0.1, 1e400, -0.0, 2.5e-300)
CPLX = (2j, -1j, 1.5 + 0j)
DATA = b"\x00\xff raw\n"
TEXT = "caf\u00e9 \x00 \U0001F600 tab\t"
NESTED = (1, "a", (2.5, None, (True, False, ...)), b"b")


def positional(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a + b + c + len(args) + d + e + len(kw)


def closure(n):
    total = 0

    def add(k):
        nonlocal total
        total += k
        return total

    return add


def generator(items):
    for i, x in enumerate(items):
        if x in {1, 2, 3}:
            yield i
        elif x in [4, 5]:
            yield -i
    yield from range(3)


async def coroutine(it):
    async with it as v:
        async for y in v:
            await y


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y:>{4}})"

    @property
    def norm(self):
        return super().__hash__() and (self.x ** 2 + self.y ** 2) ** 0.5


def handlers(path):
    try:
        with open(path) as f:
            return f.read()
    except (OSError, ValueError) as e:
        raise RuntimeError("bad") from e
    except Exception:
        pass
    finally:
        print("done")


def matcher(v):
    match v:
        case [1, *rest]:
            return rest
        case {"k": int(x)}:
            return x
        case Point(x=0) | None:
            return 0
        case _:
            return lambda q=v: q


squares = [x * x for x in range(10) if x % 2]
table = {k: v for k, v in zip("ab", (1, 2))}
unique = {c for c in "hello"}
lazy = (s.upper() for s in ("x", "y"))
global_name = 1


def uses_global():
    global global_name
    global_name += 1
    from . import sibling
    return sibling
)PY";

CodeData compile_text(const std::string& source) {
    uopy::ast::Arena arena;
    ParseResult parsed = parse_module(source, "/src/sample.py", arena);
    EXPECT_TRUE(parsed.ok()) << parsed.error().msg << " line " << parsed.error().lineno;
    if (!parsed.ok()) return CodeData();
    CompileResult compiled =
        compile_module(parsed.root(), "/src/sample.py", CompileMode::Exec, 0, source);
    EXPECT_TRUE(compiled.ok()) << compiled.error().msg << " line " << compiled.error().lineno;
    return compiled.ok() ? compiled.code() : CodeData();
}

uint64_t bits(double d) {
    uint64_t u;
    std::memcpy(&u, &d, sizeof u);
    return u;
}

void expect_same(const CodeData& a, const CodeData& b, const std::string& where);

void expect_same_const(const ConstValue& a, const ConstValue& b, const std::string& where) {
    EXPECT_EQ(a.kind, b.kind) << where;
    EXPECT_EQ(a.text, b.text) << where;
    EXPECT_EQ(a.base, b.base) << where;
    EXPECT_EQ(bits(a.real), bits(b.real)) << where; // bit-exact: -0.0, inf
    EXPECT_EQ(bits(a.imag), bits(b.imag)) << where;
    ASSERT_EQ(a.items.size(), b.items.size()) << where;
    for (size_t i = 0; i < a.items.size(); i++)
        expect_same_const(a.items[i], b.items[i], where + ".items[" + std::to_string(i) + "]");
    ASSERT_EQ(a.code == nullptr, b.code == nullptr) << where;
    if (a.code) expect_same(*a.code, *b.code, where + ".code");
}

void expect_same(const CodeData& a, const CodeData& b, const std::string& where) {
    std::string w = where + "(" + a.qualname + ")";
    EXPECT_EQ(a.name, b.name) << w;
    EXPECT_EQ(a.qualname, b.qualname) << w;
    EXPECT_EQ(a.filename, b.filename) << w;
    EXPECT_EQ(a.argcount, b.argcount) << w;
    EXPECT_EQ(a.posonlyargcount, b.posonlyargcount) << w;
    EXPECT_EQ(a.kwonlyargcount, b.kwonlyargcount) << w;
    EXPECT_EQ(a.flags, b.flags) << w;
    EXPECT_EQ(a.stacksize, b.stacksize) << w;
    EXPECT_EQ(a.firstlineno, b.firstlineno) << w;
    EXPECT_EQ(a.code, b.code) << w;
    EXPECT_EQ(a.names, b.names) << w;
    EXPECT_EQ(a.localsplusnames, b.localsplusnames) << w;
    EXPECT_EQ(a.localspluskinds, b.localspluskinds) << w;
    EXPECT_EQ(a.exceptiontable, b.exceptiontable) << w;
    EXPECT_EQ(a.linetable, b.linetable) << w;
    ASSERT_EQ(a.consts.size(), b.consts.size()) << w;
    for (size_t i = 0; i < a.consts.size(); i++)
        expect_same_const(a.consts[i], b.consts[i], w + ".consts[" + std::to_string(i) + "]");
}

void collect_kinds(const CodeData& d, std::set<ConstValue::Kind>& kinds);

void collect_const_kinds(const ConstValue& c, std::set<ConstValue::Kind>& kinds) {
    kinds.insert(c.kind);
    for (const ConstValue& i : c.items)
        collect_const_kinds(i, kinds);
    if (c.code) collect_kinds(*c.code, kinds);
}

void collect_kinds(const CodeData& d, std::set<ConstValue::Kind>& kinds) {
    for (const ConstValue& c : d.consts)
        collect_const_kinds(c, kinds);
}

// What the runtime relies on in anything the decoder accepts.
void expect_buildable(const CodeData& d) {
    EXPECT_EQ(d.localsplusnames.size(), d.localspluskinds.size());
    EXPECT_GE(d.argcount, 0);
    EXPECT_GE(d.stacksize, 0);
    for (const ConstValue& c : d.consts) {
        EXPECT_EQ(c.kind == ConstValue::Kind::Code, c.code != nullptr);
        if (c.code) expect_buildable(*c.code);
    }
}

// Decodes a damaged blob: refused, or accepted only as a canonical
// encoding of something buildable.
void check_damaged(const std::string& blob) {
    CodeData out;
    if (deserialize_code(blob, out)) {
        EXPECT_EQ(serialize_code(out), blob);
        expect_buildable(out);
    } else {
        EXPECT_TRUE(out.code.empty() && out.consts.empty() && out.name.empty());
    }
}

const CodeData& sample() {
    static const CodeData code = compile_text(kSource);
    return code;
}

// Hand-made blobs for hostile shapes: the encoding's primitives.
void put_uint(std::string& out, uint64_t v) {
    while (v >= 0x80) {
        out.push_back(static_cast<char>((v & 0x7F) | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<char>(v));
}

// A code object's fields up to (not including) its constants' count.
std::string code_prefix() {
    std::string b;
    for (int i = 0; i < 3; i++)
        put_uint(b, 0); // name, qualname, filename: empty
    for (int i = 0; i < 6; i++)
        put_uint(b, 0); // argcount .. firstlineno: zero
    put_uint(b, 0);     // no code units
    return b;
}

// A code object's fields after its constants: no names, no locals, empty tables.
std::string code_suffix() {
    return std::string(4, '\0');
}

} // namespace

TEST(CodeCache, RoundTripCompiledModule) {
    const CodeData& code = sample();
    ASSERT_FALSE(code.code.empty());
    std::set<ConstValue::Kind> kinds;
    collect_kinds(code, kinds);
    using K = ConstValue::Kind;
    for (K k : {K::None, K::True, K::False, K::Ellipsis, K::Int, K::Float, K::Complex, K::Str,
                K::Bytes, K::Tuple, K::Frozenset, K::Code})
        EXPECT_TRUE(kinds.count(k)) << "the sample has no constant of kind " << static_cast<int>(k);
    std::string blob = serialize_code(code);
    ASSERT_FALSE(blob.empty());
    CodeData back;
    ASSERT_TRUE(deserialize_code(blob, back));
    expect_same(code, back, "module");
    EXPECT_EQ(serialize_code(back), blob);
}

TEST(CodeCache, RoundTripEdgeValues) {
    CodeData d;
    d.name = std::string("n\0ul", 4);
    d.argcount = 2;
    d.flags = -1; // every bit, negative in an int
    d.firstlineno = -7;
    d.stacksize = 0x7fffffff;
    d.code = {0, 0xffff, 0x1234};
    d.localsplusnames = {"a", "b"};
    d.localspluskinds = {0x20, 0xff};
    d.exceptiontable = std::string("\0\x80\xff", 3);
    ConstValue f;
    f.kind = ConstValue::Kind::Float;
    f.real = -0.0;
    ConstValue nan;
    nan.kind = ConstValue::Kind::Complex;
    uint64_t payload = 0x7ff8000000000123u;
    std::memcpy(&nan.imag, &payload, sizeof payload);
    ConstValue big;
    big.kind = ConstValue::Kind::Int;
    big.text = "-zZ09";
    big.base = 36;
    ConstValue empty_tuple;
    empty_tuple.kind = ConstValue::Kind::Tuple;
    d.consts = {f, nan, big, empty_tuple, ConstValue()};
    std::string blob = serialize_code(d);
    ASSERT_FALSE(blob.empty());
    CodeData back;
    ASSERT_TRUE(deserialize_code(blob, back));
    expect_same(d, back, "edge");
    EXPECT_NE(serialize_code(CodeData()), "");
}

TEST(CodeCache, RefusesWhatCannotBeBuilt) {
    CodeData d;
    d.localsplusnames = {"x"}; // no kind for it
    EXPECT_EQ(serialize_code(d), "");
    d.localspluskinds = {0x20};
    EXPECT_NE(serialize_code(d), "");
    ConstValue code_without_code;
    code_without_code.kind = ConstValue::Kind::Code;
    d.consts = {code_without_code};
    EXPECT_EQ(serialize_code(d), "");
    ConstValue bad_int;
    bad_int.kind = ConstValue::Kind::Int;
    bad_int.text = "12a"; // 'a' is not a decimal digit
    d.consts = {bad_int};
    EXPECT_EQ(serialize_code(d), "");
    bad_int.base = 16;
    d.consts = {bad_int};
    EXPECT_NE(serialize_code(d), "");
    d.stacksize = -1;
    EXPECT_EQ(serialize_code(d), "");
}

TEST(CodeCache, EveryTruncationIsRefused) {
    std::string blob = serialize_code(sample());
    ASSERT_FALSE(blob.empty());
    // The encoding is self-delimiting, so no proper prefix is complete.
    for (size_t n = 0; n < blob.size(); n++) {
        CodeData out;
        EXPECT_FALSE(deserialize_code(std::string_view(blob).substr(0, n), out)) << n;
    }
    CodeData out;
    EXPECT_FALSE(deserialize_code(blob + '\0', out)); // trailing bytes
}

TEST(CodeCache, BitFlipsNeverCrash) {
    std::string blob = serialize_code(sample());
    ASSERT_FALSE(blob.empty());
    std::mt19937_64 rng(20261203);
    for (int round = 0; round < 4000; round++) {
        std::string damaged = blob;
        int flips = 1 + static_cast<int>(rng() % 3);
        for (int i = 0; i < flips; i++) {
            size_t bit = rng() % (damaged.size() * 8);
            damaged[bit / 8] = static_cast<char>(damaged[bit / 8] ^ (1 << (bit % 8)));
        }
        check_damaged(damaged);
    }
    // Whole bytes overwritten, in the header-like start and anywhere.
    for (int round = 0; round < 2000; round++) {
        std::string damaged = blob;
        size_t at =
            round < 500 ? rng() % std::min<size_t>(64, damaged.size()) : rng() % damaged.size();
        damaged[at] = static_cast<char>(rng());
        check_damaged(damaged);
    }
}

TEST(CodeCache, RandomBytesNeverCrash) {
    std::mt19937_64 rng(7);
    for (int round = 0; round < 3000; round++) {
        std::string junk(rng() % 200, '\0');
        for (char& c : junk)
            c = static_cast<char>(rng());
        check_damaged(junk);
    }
}

TEST(CodeCache, HostileShapes) {
    CodeData out;
    // A count far beyond the input: refused before anything is sized.
    std::string huge = code_prefix();
    put_uint(huge, uint64_t(1) << 60);
    EXPECT_FALSE(deserialize_code(huge, out));
    // A varint longer than 64 bits, and one not in its shortest form.
    EXPECT_FALSE(deserialize_code(std::string(20, '\xff'), out));
    std::string padded =
        std::string("\x80\x00", 2) + code_prefix().substr(1) + std::string(1, '\0') + code_suffix();
    EXPECT_FALSE(deserialize_code(padded, out));
    std::string minimal = code_prefix() + std::string(1, '\0') + code_suffix();
    EXPECT_TRUE(deserialize_code(minimal, out));
    EXPECT_EQ(serialize_code(out), minimal);
    // Tuples nested far deeper than the cap: refused, without recursing
    // past it (a stack overflow would crash the test).
    for (int depth : {kCodeCacheMaxDepth - 1, kCodeCacheMaxDepth, 100000}) {
        std::string deep = code_prefix();
        put_uint(deep, 1);
        for (int i = 0; i < depth; i++) {
            deep.push_back(static_cast<char>(ConstValue::Kind::Tuple));
            deep.push_back(16); // items
            put_uint(deep, 1);
        }
        deep += std::string(2, '\0'); // the innermost: None, no fields
        deep += code_suffix();
        EXPECT_EQ(deserialize_code(deep, out), depth < kCodeCacheMaxDepth) << depth;
    }
    // A constant of an unknown kind, and one with an unknown field bit.
    for (std::string c : {std::string("\x0c\x00", 2), std::string("\x00\x40", 2)}) {
        std::string bad = code_prefix();
        put_uint(bad, 1);
        EXPECT_FALSE(deserialize_code(bad + c + code_suffix(), out));
    }
    // A field marked present that holds its default value.
    std::string zero_real = code_prefix();
    put_uint(zero_real, 1);
    zero_real += std::string("\x05\x04", 2) + std::string(8, '\0') + code_suffix();
    EXPECT_FALSE(deserialize_code(zero_real, out));
}

TEST(CodeCache, DepthCapOnBothSides) {
    // The encoder refuses what the decoder would, so nothing written is unreadable.
    auto nested = [](int depth) {
        CodeData d;
        ConstValue c;
        for (int i = 0; i < depth; i++) {
            ConstValue t;
            t.kind = ConstValue::Kind::Tuple;
            t.items.push_back(std::move(c));
            c = std::move(t);
        }
        d.consts.push_back(std::move(c));
        return d;
    };
    std::string ok = serialize_code(nested(kCodeCacheMaxDepth - 1));
    ASSERT_FALSE(ok.empty());
    CodeData out;
    EXPECT_TRUE(deserialize_code(ok, out));
    EXPECT_EQ(serialize_code(nested(kCodeCacheMaxDepth)), "");
}
