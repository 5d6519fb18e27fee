// Code objects: tracing, Python-visible attributes, and decoding the
// location table into line numbers for tracebacks. CPython counterpart:
// Objects/codeobject.c and Objects/locations.md (the table format).
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/function.h"
#include "runtime/abstract.h"
#include "objects/list.h"
#include "optimizer/executor.h"

#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/compile.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstdio>
#include <string>
#include <vector>

namespace uopy {

Type CodeType;

static void code_trace(Object* o, Tracer& t) {
    auto* c = static_cast<CodeObject*>(o);
    t.visit(c->name);
    t.visit(c->qualname);
    t.visit(c->filename);
    t.visit(c->consts);
    t.visit(c->names);
    t.visit(c->localsplusnames);
    t.visit_buffer(c->kinds);
    t.visit_buffer(c->exceptiontable);
    t.visit_buffer(c->linetable);
    t.visit(c->spec_tables);
    trace_code_executors(c, t);
}

// -- The location table --------------------------------------------------------------
// Entries: a first byte 1CCCCLLL (code C, length L+1 code units), then
// operands by code: 0-9 short form (one column byte), 10-12 one-line form
// (line delta C-10, start and end column bytes), 13 line delta only, 14 long
// form (line delta, end-line delta, columns), 15 no location.

namespace {
struct LocReader {
    const uint8_t* p;
    const uint8_t* end;
    int read_varint() {
        int shift = 0, v = 0;
        for (;;) {
            uint8_t b = *p++;
            v |= (b & 63) << shift;
            shift += 6;
            if (!(b & 64) || p >= end) break;
        }
        return v;
    }
    int read_svarint() {
        int u = read_varint();
        return (u & 1) ? -(u >> 1) : (u >> 1);
    }
};
} // namespace

// Calls [each](first unit, unit count, position) for the entries of [co]'s
// table in order until it returns false.
template <typename F> static void for_each_location(CodeObject* co, F each) {
    LocReader r{co->linetable, co->linetable + co->linetable_len};
    int line = co->firstlineno;
    int addr = 0;
    while (r.p < r.end) {
        uint8_t first = *r.p++;
        int code = (first >> 3) & 15;
        int length = (first & 7) + 1;
        CodePosition pos{-1, -1, -1, -1};
        switch (code) {
        case 15: break;
        case 14: {
            line += r.read_svarint();
            int end_line = line + r.read_varint();
            int col = r.read_varint() - 1;
            int end_col = r.read_varint() - 1;
            pos = {line, end_line, col, end_col};
            break;
        }
        case 13:
            line += r.read_svarint();
            pos = {line, line, -1, -1};
            break;
        case 10:
        case 11:
        case 12: {
            line += code - 10;
            int col = *r.p++;
            int end_col = *r.p++;
            pos = {line, line, col, end_col};
            break;
        }
        default: {
            uint8_t second = *r.p++;
            int col = code * 8 + ((second >> 4) & 7);
            pos = {line, line, col, col + (second & 15)};
            break;
        }
        }
        if (!each(addr, length, pos)) return;
        addr += length;
    }
}

CodePosition code_position(CodeObject* co, int index) {
    CodePosition found{-1, -1, -1, -1};
    for_each_location(co, [&](int addr, int length, const CodePosition& pos) {
        if (index >= addr && index < addr + length) {
            found = pos;
            return false;
        }
        return true;
    });
    return found;
}

// The positions of all of [co]'s code units, in one pass over the table.
static std::vector<CodePosition> all_positions(CodeObject* co) {
    std::vector<CodePosition> out(co->ncodeunits, CodePosition{-1, -1, -1, -1});
    for_each_location(co, [&](int addr, int length, const CodePosition& pos) {
        for (int i = addr; i < addr + length && i < static_cast<int>(out.size()); i++)
            out[i] = pos;
        return addr + length < static_cast<int>(out.size());
    });
    return out;
}

int code_addr_to_line(CodeObject* co, int index) {
    return code_position(co, index).line;
}

// -- Python-visible attributes ----------------------------------------------------------

static CodeObject* C(Value v) {
    return as_code(v);
}
static Value co_name(Value s) {
    return C(s)->name;
}
static Value co_qualname(Value s) {
    return C(s)->qualname;
}
static Value co_filename(Value s) {
    return C(s)->filename;
}
static Value co_consts(Value s) {
    return C(s)->consts;
}
static Value co_names(Value s) {
    return C(s)->names;
}
static Value co_argcount(Value s) {
    return Value::small_int(C(s)->argcount);
}
static Value co_posonlyargcount(Value s) {
    return Value::small_int(C(s)->posonlyargcount);
}
static Value co_kwonlyargcount(Value s) {
    return Value::small_int(C(s)->kwonlyargcount);
}
static Value co_flags(Value s) {
    return Value::small_int(C(s)->flags);
}
static Value co_firstlineno(Value s) {
    return Value::small_int(C(s)->firstlineno);
}
static Value co_stacksize(Value s) {
    return Value::small_int(C(s)->stacksize);
}
static Value co_nlocals(Value s) {
    return Value::small_int(C(s)->nlocals);
}

// Names of the localsplus slots with any of the [kinds] bits.
static Value names_of_kind(CodeObject* co, uint8_t kinds) {
    ValueVec out;
    for (int i = 0; i < co->nlocalsplus; i++)
        if (co->kinds[i] & kinds) out.push_back(tuple_get(co->localsplusnames, i));
    return make_tuple_from(out.data(), out.size());
}
static Value co_varnames(Value s) {
    return names_of_kind(C(s), CO_FAST_LOCAL);
}
static Value co_cellvars(Value s) {
    return names_of_kind(C(s), CO_FAST_CELL);
}
static Value co_freevars(Value s) {
    return names_of_kind(C(s), CO_FAST_FREE);
}

static const GetSetDef code_getsets[] = {
    {"co_name", co_name, nullptr, nullptr},
    {"co_qualname", co_qualname, nullptr, nullptr},
    {"co_filename", co_filename, nullptr, nullptr},
    {"co_consts", co_consts, nullptr, nullptr},
    {"co_names", co_names, nullptr, nullptr},
    {"co_argcount", co_argcount, nullptr, nullptr},
    {"co_posonlyargcount", co_posonlyargcount, nullptr, nullptr},
    {"co_kwonlyargcount", co_kwonlyargcount, nullptr, nullptr},
    {"co_flags", co_flags, nullptr, nullptr},
    {"co_firstlineno", co_firstlineno, nullptr, nullptr},
    {"co_stacksize", co_stacksize, nullptr, nullptr},
    {"co_nlocals", co_nlocals, nullptr, nullptr},
    {"co_varnames", co_varnames, nullptr, nullptr},
    {"co_cellvars", co_cellvars, nullptr, nullptr},
    {"co_freevars", co_freevars, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

static Value or_none(int v) {
    return v < 0 ? None() : Value::small_int(v);
}

// co_positions(): (line, end line, column, end column) per code unit, None
// where unknown.
static Value code_co_positions(Value self, const Value*, size_t, Value) {
    CodeObject* co = C(self);
    std::vector<CodePosition> all = all_positions(co);
    Value out = make_list(0);
    for (size_t i = 0; out && i < all.size(); i++) {
        const CodePosition& p = all[i];
        Value t =
            tuple_pack({or_none(p.line), or_none(p.end_line), or_none(p.col), or_none(p.end_col)});
        if (!t || !list_append(out, t)) return Value();
    }
    return out ? get_iter(out) : out;
}

// co_lines(): (start byte offset, end byte offset, line) for each run of
// code units on the same line.
static Value code_co_lines(Value self, const Value*, size_t, Value) {
    CodeObject* co = C(self);
    std::vector<CodePosition> all = all_positions(co);
    Value out = make_list(0);
    int n = static_cast<int>(all.size());
    for (int i = 0; out && i < n;) {
        int line = all[i].line;
        int j = i + 1;
        while (j < n && all[j].line == line)
            j++;
        Value t = tuple_pack({Value::small_int(2 * i), Value::small_int(2 * j), or_none(line)});
        if (!t || !list_append(out, t)) return Value();
        i = j;
    }
    return out ? get_iter(out) : out;
}

// code.replace(**fields): a copy with some fields replaced. The fields that
// describe the code's own bytecode and frame layout (co_code, co_varnames,
// the argument counts, co_stacksize, ...) would have to match the
// instructions, which uopy does not re-check: replacing those is refused
// with a ValueError rather than risking a malformed frame.
static Value code_replace(Value self, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig(
        "replace", "*, co_flags=, co_firstlineno=, co_name=, co_qualname=, co_filename=, "
                   "co_consts=, co_names=, **rest");
    Value a[8];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    CodeObject* src = C(self);
    size_t pos = 0;
    Value k, v;
    if (dict_next(as_dict(a[7]), &pos, &k, &v))
        return raise(exc::ValueError, "code.replace(): replacing %s is not supported",
                     str_view(k).data());
    for (int i = 0; i < 2; i++)
        if (a[i] && !is_int(a[i]))
            return raise(exc::TypeError, "'%s' object cannot be interpreted as an integer",
                         type_name(a[i]));
    for (int i = 2; i < 5; i++)
        if (a[i] && !is_str(a[i]))
            return raise(exc::TypeError, "replace() argument '%s' must be str, not %s",
                         i == 2   ? "co_name"
                         : i == 3 ? "co_qualname"
                                  : "co_filename",
                         arg_type_name(a[i]));
    for (int i = 5; i < 7; i++) {
        if (!a[i]) continue;
        if (!is_tuple(a[i]))
            return raise(exc::TypeError, "replace() argument '%s' must be tuple, not %s",
                         i == 5 ? "co_consts" : "co_names", arg_type_name(a[i]));
        // The instructions index these tuples: they may grow, not shrink.
        if (tuple_size(a[i]) < tuple_size(i == 5 ? src->consts : src->names))
            return raise(exc::ValueError, "code.replace(): %s is shorter than the original",
                         i == 5 ? "co_consts" : "co_names");
    }
    if (a[6])
        for (size_t i = 0; i < tuple_size(a[6]); i++)
            if (!is_str(tuple_get(a[6], i)))
                return raise(exc::TypeError, "name tuples must contain only strings, not '%s'",
                             type_name(tuple_get(a[6], i)));
    int64_t flags = src->flags, first = src->firstlineno;
    if ((a[0] && !int_as_int64(a[0], &flags)) || (a[1] && !int_as_int64(a[1], &first)))
        return Value();
    CodeObject* co = copy_code_object(src);
    if (!co) return Value();
    co->flags = static_cast<int>(flags);
    co->firstlineno = static_cast<int>(first);
    if (a[2]) co->name = a[2];
    if (a[3]) co->qualname = a[3];
    if (a[4]) co->filename = a[4];
    if (a[5]) co->consts = a[5];
    if (a[6]) co->names = a[6];
    return Value(co);
}

static const NativeMethodDef code_methods[] = {
    {"replace", code_replace, NATIVE_KEYWORDS, nullptr},
    {"co_positions", code_co_positions, 0, nullptr},
    {"co_lines", code_co_lines, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static Value code_repr(Value self) {
    CodeObject* co = C(self);
    char buf[64];
    std::snprintf(buf, sizeof buf, " at %p, file \"", static_cast<void*>(co));
    std::string s = "<code object " + std::string(str_view(co->name)) + buf +
                    std::string(str_view(co->filename)) + "\", line " +
                    std::to_string(co->firstlineno) + ">";
    return make_str(s);
}

void init_code_type() {
    CodeType.trace = code_trace;
    CodeType.repr = code_repr;
    init_static_type(&CodeType, "code", &ObjectType, sizeof(CodeObject), TYPE_WEAKREFABLE);
    add_getsets(&CodeType, code_getsets);
    add_methods(&CodeType, code_methods);
}

} // namespace uopy
