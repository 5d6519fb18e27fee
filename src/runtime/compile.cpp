// Source to code object (see compile.h): runs the front end, turns a
// SyntaxErrorInfo into a SyntaxError exception, and builds heap CodeObjects
// from the compiler's plain CodeData. CPython counterpart:
// Python/pythonrun.c (Py_CompileStringObject), Objects/codeobject.c.
#include "runtime/compile.h"

#include "frontend/ast.h"
#include "frontend/code_data.h"
#include "frontend/compiler.h"
#include "frontend/parser.h"
#include "frontend/syntax_error.h"
#include "objects/complex.h"
#include "objects/exceptions.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/type.h"

#include <cctype>
#include <cerrno>
#include "optimizer/executor.h"
#include "vm/generated/opcode_ids.h"
#include "vm/generated/opcode_metadata.h"
#include "vm/specialize.h"

#include <cstring>
#include <fstream>
#include <sstream>

namespace uopy {

bool read_file_text(const std::string& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        int e = errno;
        Value args = tuple_pack({make_int(e), make_str(std::strerror(e)), make_str(path)});
        Value exc = make_exception(e == ENOENT ? exc::FileNotFoundError : exc::OSError, args);
        if (exc) raise_instance(exc);
        return false;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    *out = ss.str();
    return true;
}

// -- SyntaxError ---------------------------------------------------------------------

static void raise_syntax_error(const frontend::SyntaxErrorInfo& info, std::string_view filename) {
    if (info.kind == frontend::SyntaxErrorInfo::MemoryError) {
        raise_memory_error();
        return;
    }
    if (info.kind == frontend::SyntaxErrorInfo::RecursionError) {
        raise_str(exc::RecursionError, info.msg);
        return;
    }
    Type* type = info.kind == frontend::SyntaxErrorInfo::IndentationError ? exc::IndentationError
                 : info.kind == frontend::SyntaxErrorInfo::TabError       ? exc::TabError
                                                                          : exc::SyntaxError;
    bool literal = info.literal_position;
    auto int_or_none = [literal](int v) { return v > 0 || literal ? make_int(v) : None(); };
    // With a position, the end offset may be 0 or -1 (CPython leaves some
    // errors' end open).
    Value end_offset = info.lineno > 0 || literal ? make_int(info.end_offset) : None();
    Value detail =
        tuple_pack({make_str(filename), int_or_none(info.lineno), int_or_none(info.offset),
                    info.text.empty() && !literal ? None() : make_str(info.text),
                    int_or_none(info.end_lineno), end_offset});
    Value args = tuple_pack({make_str(info.msg), detail});
    if (!detail || !args) return;
    Value e = make_exception(type, args);
    if (e) raise_instance(e);
}

// -- CodeData -> CodeObject -------------------------------------------------------------

static Value make_const(const frontend::ConstValue& c);

CodeObject* build_code(const frontend::CodeData& d) {
    size_t n = d.code.size();
    auto* co = gc_new<CodeObject>(&CodeType, sizeof(CodeObject) + n * sizeof(CodeUnit));
    if (!co) return nullptr;
    co->ncodeunits = n;
    for (size_t i = 0; i < n; i++)
        co->code[i].cache = d.code[i];
    co->name = intern(d.name);
    co->qualname = make_str(d.qualname);
    co->filename = intern(d.filename);
    co->argcount = d.argcount;
    co->posonlyargcount = d.posonlyargcount;
    co->kwonlyargcount = d.kwonlyargcount;
    co->flags = d.flags;
    co->stacksize = d.stacksize;
    co->firstlineno = d.firstlineno;
    ValueVec consts;
    for (auto& c : d.consts) {
        Value v = make_const(c);
        if (!v) return nullptr;
        consts.push_back(v);
    }
    co->consts = make_tuple_from(consts.data(), consts.size());
    ValueVec names;
    for (auto& s : d.names)
        names.push_back(intern(s));
    co->names = make_tuple_from(names.data(), names.size());
    ValueVec lpn;
    for (auto& s : d.localsplusnames)
        lpn.push_back(intern(s));
    co->localsplusnames = make_tuple_from(lpn.data(), lpn.size());
    co->nlocalsplus = static_cast<int>(d.localsplusnames.size());
    co->kinds = reinterpret_cast<uint8_t*>(gc_alloc_bytes(d.localspluskinds.size() + 1));
    if (!co->kinds) return nullptr;
    if (!d.localspluskinds.empty())
        std::memcpy(co->kinds, d.localspluskinds.data(), d.localspluskinds.size());
    for (uint8_t k : d.localspluskinds) {
        if (k & CO_FAST_LOCAL) co->nlocals++;
        if (k & CO_FAST_CELL) co->ncellvars++;
        if (k & CO_FAST_FREE) co->nfreevars++;
    }
    co->exceptiontable = reinterpret_cast<uint8_t*>(gc_alloc_bytes(d.exceptiontable.size() + 1));
    co->linetable = reinterpret_cast<uint8_t*>(gc_alloc_bytes(d.linetable.size() + 1));
    if (!co->exceptiontable || !co->linetable) return nullptr;
    if (!d.exceptiontable.empty())
        std::memcpy(co->exceptiontable, d.exceptiontable.data(), d.exceptiontable.size());
    co->exceptiontable_len = d.exceptiontable.size();
    if (!d.linetable.empty()) std::memcpy(co->linetable, d.linetable.data(), d.linetable.size());
    co->linetable_len = d.linetable.size();
    co->framesize = co->nlocalsplus + co->stacksize;
    vm::quicken(co);
    return co;
}

Value decode_source_bytes(std::string_view data) {
    if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
    // A cookie counts on the first two lines only, in a comment.
    std::string encoding = "utf-8";
    size_t pos = 0;
    for (int line = 0; line < 2 && pos < data.size(); line++) {
        size_t eol = data.find('\n', pos);
        std::string_view text =
            data.substr(pos, eol == std::string_view::npos ? data.npos : eol - pos);
        size_t hash = text.find_first_not_of(" \t\f");
        if (hash != std::string_view::npos && text[hash] == '#') {
            size_t c = text.find("coding", hash);
            if (c != std::string_view::npos && c + 6 < text.size() &&
                (text[c + 6] == ':' || text[c + 6] == '=')) {
                size_t b = text.find_first_not_of(" \t", c + 7);
                size_t e = b;
                while (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) ||
                                           text[e] == '-' || text[e] == '_' || text[e] == '.'))
                    e++;
                if (b != std::string_view::npos && e > b)
                    encoding = std::string(text.substr(b, e - b));
                break;
            }
        } else if (hash != std::string_view::npos) {
            break; // code before any cookie: none follows
        }
        if (eol == std::string_view::npos) break;
        pos = eol + 1;
    }
    return codec_decode(data, encoding, "strict");
}

CodeObject* copy_code_object(CodeObject* src) {
    size_t size = sizeof(CodeObject) + src->ncodeunits * sizeof(CodeUnit);
    auto* co = gc_new<CodeObject>(&CodeType, size);
    if (!co) return nullptr;
    // Everything after the object header; the executors and the
    // specialization side tables stay the original's (the copy's bytecode
    // is generic again).
    std::memcpy(reinterpret_cast<char*>(co) + sizeof(Object),
                reinterpret_cast<const char*>(src) + sizeof(Object), size - sizeof(Object));
    co->executors = nullptr;
    co->spec_tables = Value();
    for (size_t i = 0; i < co->ncodeunits;) {
        uint8_t op = co->code[i].op.code, arg = co->code[i].op.arg;
        if (op == vm::ENTER_EXECUTOR)
            code_original_instruction(src, static_cast<int>(i), &op, &arg);
        op = vm::opcode_deopt[op];
        co->code[i].op.code = op;
        co->code[i].op.arg = arg;
        size_t ncache = vm::opcode_cache_size[op];
        for (size_t k = 1; k <= ncache && i + k < co->ncodeunits; k++)
            co->code[i + k].cache = 0;
        i += 1 + ncache;
    }
    vm::quicken(co);
    return co;
}

static Value make_const(const frontend::ConstValue& c) {
    using K = frontend::ConstValue::Kind;
    switch (c.kind) {
    case K::None: return None();
    case K::True: return True();
    case K::False: return False();
    case K::Ellipsis: return Ellipsis();
    case K::Int: {
        mpz_t z;
        if (mpz_init_set_str(z, c.text.c_str(), c.base) != 0) {
            mpz_clear(z);
            return raise(exc::SystemError, "bad int constant '%s'", c.text.c_str());
        }
        return make_int_steal_mpz(z);
    }
    case K::Float: return make_float(c.real);
    case K::Complex: return make_complex(c.real, c.imag);
    case K::Str: return intern(c.text);
    case K::Bytes: return make_bytes(c.text);
    case K::Tuple: {
        ValueVec items;
        for (auto& i : c.items) {
            Value v = make_const(i);
            if (!v) return v;
            items.push_back(v);
        }
        return make_tuple_from(items.data(), items.size());
    }
    case K::Frozenset: {
        Value s = make_set(&FrozenSetType);
        if (!s) return s;
        for (auto& i : c.items) {
            Value v = make_const(i);
            if (!v || !set_add(s, v)) return Value();
        }
        // CPython's compiler merges constants by rebuilding each frozenset
        // from its own iteration order: its layout (and so the order the
        // set iterates in, and a `{1, 2, 3}` display copied from it) is
        // that of the rebuilt one.
        // (From a list: added one by one, as from CPython's tuple.)
        Value order = sequence_to_list(s);
        Value rebuilt = order ? make_set(&FrozenSetType) : Value();
        if (!rebuilt || !set_update(rebuilt, order)) return Value();
        return rebuilt;
    }
    case K::Code: {
        CodeObject* co = build_code(*c.code);
        return co ? Value(co) : Value();
    }
    }
    return raise(exc::SystemError, "unknown constant kind");
}

// The frontend's parse entry point for [mode].
static frontend::ParseResult parse_for_mode(std::string_view source, std::string_view filename,
                                            CompileMode mode, ast::Arena& arena) {
    return mode == CompileMode::Eval     ? frontend::parse_expression(source, filename, arena)
           : mode == CompileMode::Single ? frontend::parse_interactive(source, filename, arena)
                                         : frontend::parse_module(source, filename, arena);
}

// [mode] as the compiler's own enum.
static frontend::CompileMode frontend_mode(CompileMode mode) {
    return mode == CompileMode::Eval     ? frontend::CompileMode::Eval
           : mode == CompileMode::Single ? frontend::CompileMode::Single
                                         : frontend::CompileMode::Exec;
}

Value compile_source_to_ast(std::string_view source, std::string_view filename, CompileMode mode) {
    ast::Arena arena;
    frontend::ParseResult parsed = parse_for_mode(source, filename, mode, arena);
    if (!parsed.ok()) {
        raise_syntax_error(parsed.error(), filename);
        return Value();
    }
    return ast_object_from_tree(parsed.root(), mode);
}

CodeObject* compile_ast_object(Value tree, std::string_view filename, CompileMode mode) {
    ast::Arena arena;
    ast::Node* root = ast_tree_from_object(tree, mode, arena);
    if (!root) return nullptr;
    frontend::CompileMode cm = frontend_mode(mode);
    // No source text: the compiler's SyntaxErrors have no line to show.
    frontend::CompileResult compiled = frontend::compile_module(root, filename, cm, 0, "");
    if (!compiled.ok()) {
        raise_syntax_error(compiled.error(), filename);
        return nullptr;
    }
    return build_code(compiled.code());
}

// Parses and compiles [source] into [result]; false with SyntaxError (or a
// subclass) set.
static bool run_frontend(std::string_view source, std::string_view filename, CompileMode mode,
                         frontend::CompileResult* result) {
    ast::Arena arena;
    frontend::ParseResult parsed = parse_for_mode(source, filename, mode, arena);
    if (!parsed.ok()) {
        raise_syntax_error(parsed.error(), filename);
        return false;
    }
    frontend::CompileMode cm = frontend_mode(mode);
    *result = frontend::compile_module(parsed.root(), filename, cm, 0, source);
    if (!result->ok()) {
        raise_syntax_error(result->error(), filename);
        return false;
    }
    return true;
}

CodeObject* compile_source(std::string_view source, std::string_view filename, CompileMode mode) {
    frontend::CompileResult compiled;
    if (!run_frontend(source, filename, mode, &compiled)) return nullptr;
    return build_code(compiled.code());
}

bool compile_source_to_data(std::string_view source, std::string_view filename, CompileMode mode,
                            frontend::CodeData* out) {
    frontend::CompileResult compiled;
    if (!run_frontend(source, filename, mode, &compiled)) return false;
    *out = compiled.take_code();
    return true;
}

} // namespace uopy
