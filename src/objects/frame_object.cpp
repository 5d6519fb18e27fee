// Frame objects: snapshots of VM frames (see frame_object.h).
#include "objects/frame_object.h"

#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstdio>

namespace uopy {

Type FrameObjectType;

struct FrameObject : Object {
    CodeObject* code;
    Value globals;
    Value builtins;
    Value locals; // dict or mapping; null: none kept
    Value back;   // FrameObject or null
    int lineno;
    int lasti;
    // The VM frame this was made from: while it still runs on this thread's
    // stack, f_lineno and f_lasti follow it (as CPython's live frames do);
    // afterwards they keep what was last seen.
    Frame* live;
};

static FrameObject* FO(Value v) {
    return static_cast<FrameObject*>(v.as_ptr());
}

static void frame_object_trace(Object* o, Tracer& t) {
    auto* f = static_cast<FrameObject*>(o);
    t.visit(f->code);
    t.visit(f->globals);
    t.visit(f->builtins);
    t.visit(f->locals);
    t.visit(f->back);
}

// A function frame's locals() dict is made once and kept in f->locals (an
// optimized frame never reads names from it), as CPython 3.11's f_locals:
// each call copies the fast locals in again, deleting the unbound ones, but
// names stored into it by other means (exec() in the function) stay.
Value frame_locals_dict(Frame* f) {
    CodeObject* co = f->code;
    bool optimized = co->flags & CO_OPTIMIZED;
    if (f->locals && !optimized) return f->locals;
    Dict* d = f->locals && is_exact_dict(f->locals) ? as_dict(f->locals) : make_dict();
    if (!d) return Value();
    for (int i = 0; i < co->nlocalsplus; i++) {
        Value v = f->localsplus[i];
        uint8_t kind = co->kinds[i];
        if (kind & CO_FAST_HIDDEN) continue;
        if ((kind & (CO_FAST_CELL | CO_FAST_FREE)) && v && type_of(v) == &CellType)
            v = static_cast<CellObject*>(v.as_ptr())->ref;
        Value name = tuple_get(co->localsplusnames, i);
        if (!v) {
            if (f->locals && dict_del(d, name) < 0) return Value();
            continue;
        }
        if (!dict_set(d, name, v)) return Value();
    }
    if (optimized) f->locals = Value(d);
    return Value(d);
}

static FrameObject* new_frame_object(CodeObject* code, Value globals) {
    auto* fo = gc_new<FrameObject>(&FrameObjectType);
    if (!fo) return nullptr;
    fo->code = code;
    fo->globals = globals;
    fo->live = nullptr;
    Value b = globals && is_dict(globals) ? dict_get_str(as_dict(globals), intern("__builtins__"))
                                          : Value();
    if (b && type_of(b) != &DictType) b = get_attr_optional(b, intern("__dict__"));
    fo->builtins = b ? b : g_interp->builtins;
    return fo;
}

Value make_frame_object(Frame* f) {
    while (f && (f->code->flags & CO_UOPY_SHIM))
        f = f->previous;
    if (!f) return None();
    FrameObject* fo = new_frame_object(f->code, f->globals);
    if (!fo) return Value();
    fo->builtins = f->builtins ? f->builtins : fo->builtins;
    int index = static_cast<int>(f->instr_ptr - f->code->code);
    fo->lasti = index * 2;
    fo->lineno = code_addr_to_line(f->code, index);
    fo->live = f;
    Value locals = frame_locals_dict(f);
    if (!locals) return locals;
    fo->locals = locals;
    Value back = make_frame_object(f->previous);
    if (!back) return back;
    fo->back = is_none(back) ? Value() : back;
    return Value(fo);
}

Value make_frame_object_from(CodeObject* code, Value globals, Value locals, int lineno, int lasti) {
    FrameObject* fo = new_frame_object(code, globals);
    if (!fo) return Value();
    fo->locals = locals;
    fo->lineno = lineno;
    fo->lasti = lasti;
    return Value(fo);
}

static Value f_code(Value s) {
    return Value(FO(s)->code);
}
static Value f_globals(Value s) {
    return FO(s)->globals ? FO(s)->globals : Value(make_dict());
}
static Value f_builtins(Value s) {
    return FO(s)->builtins;
}
static Value f_locals(Value s) {
    return FO(s)->locals ? FO(s)->locals : Value(make_dict());
}
static Value f_back(Value s) {
    return FO(s)->back ? FO(s)->back : None();
}
// Brings lineno and lasti up to date from the VM frame, if it is still
// running on this thread (found on the current frame chain with the same
// code; otherwise the snapshot stands).
static void refresh_position(FrameObject* fo) {
    if (!fo->live) return;
    for (Frame* f = g_ts ? g_ts->current_frame : nullptr; f; f = f->previous) {
        if (f != fo->live) continue;
        if (f->code != fo->code) break;
        int index = static_cast<int>(f->instr_ptr - f->code->code);
        fo->lasti = index * 2;
        fo->lineno = code_addr_to_line(f->code, index);
        return;
    }
    fo->live = nullptr;
}
static Value f_lineno(Value s) {
    refresh_position(FO(s));
    return make_int(FO(s)->lineno);
}
static Value f_lasti(Value s) {
    refresh_position(FO(s));
    return make_int(FO(s)->lasti);
}
static Value f_trace(Value) {
    return None();
}

static Value frame_repr(Value self) {
    refresh_position(FO(self));
    char buf[64];
    std::snprintf(buf, sizeof buf, "<frame at %p, file ", static_cast<void*>(self.as_ptr()));
    Value file = repr(FO(self)->code->filename);
    if (!file) return file;
    return make_str(std::string(buf) + std::string(str_view(file)) + ", line " +
                    std::to_string(FO(self)->lineno) + ", code " +
                    std::string(str_view(FO(self)->code->name)) + ">");
}

static Value frame_clear(Value, const Value*, size_t, Value) {
    return None();
}

static const GetSetDef frame_getsets[] = {
    {"f_code", f_code, nullptr, nullptr},         {"f_globals", f_globals, nullptr, nullptr},
    {"f_builtins", f_builtins, nullptr, nullptr}, {"f_locals", f_locals, nullptr, nullptr},
    {"f_back", f_back, nullptr, nullptr},         {"f_lineno", f_lineno, nullptr, nullptr},
    {"f_lasti", f_lasti, nullptr, nullptr},       {"f_trace", f_trace, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
static const NativeMethodDef frame_methods[] = {
    {"clear", frame_clear, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void init_frame_object_type() {
    FrameObjectType.trace = frame_object_trace;
    FrameObjectType.repr = frame_repr;
    init_static_type(&FrameObjectType, "frame", &ObjectType, sizeof(FrameObject), 0);
    add_getsets(&FrameObjectType, frame_getsets);
    add_methods(&FrameObjectType, frame_methods);
}

} // namespace uopy
