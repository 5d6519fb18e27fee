// Code objects: tracing, Python-visible attributes, and decoding the
// location table into line numbers for tracebacks. CPython counterpart:
// Objects/codeobject.c and Objects/locations.md (the table format).
#include "objects/code.h"
#include "objects/function.h"
#include "runtime/abstract.h"
#include "objects/list.h"
#include "optimizer/executor.h"

#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstdio>
#include <string>

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

CodePosition code_position(CodeObject* co, int index) {
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
        if (index >= addr && index < addr + length) return pos;
        addr += length;
    }
    return CodePosition{-1, -1, -1, -1};
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
// where unknown (uopy records lines only for now).
static Value code_co_positions(Value self, const Value*, size_t, Value) {
    CodeObject* co = C(self);
    Value out = make_list(0);
    for (int i = 0; out && i < static_cast<int>(co->ncodeunits); i++) {
        CodePosition p = code_position(co, i);
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
    Value out = make_list(0);
    int n = static_cast<int>(co->ncodeunits);
    for (int i = 0; out && i < n;) {
        int line = code_addr_to_line(co, i);
        int j = i + 1;
        while (j < n && code_addr_to_line(co, j) == line)
            j++;
        Value t = tuple_pack({Value::small_int(2 * i), Value::small_int(2 * j), or_none(line)});
        if (!t || !list_append(out, t)) return Value();
        i = j;
    }
    return out ? get_iter(out) : out;
}

static const NativeMethodDef code_methods[] = {
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
    init_static_type(&CodeType, "code", &ObjectType, sizeof(CodeObject), 0);
    add_getsets(&CodeType, code_getsets);
    add_methods(&CodeType, code_methods);
}

} // namespace uopy
