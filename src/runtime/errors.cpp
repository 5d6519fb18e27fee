// Raising and inspecting the thread's current exception (see errors.h).
// CPython counterpart: Python/errors.c.
#include "runtime/errors.h"

#include "objects/exceptions.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/call.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/type.h"

#include <cstdarg>
#include <cstdio>
#include <string>

namespace uopy {

// A MemoryError made in advance: raising it must not need memory.
static Value g_memory_error;

static void set_current(Value exc) {
    // An exception raised while another is being handled gets it as __context__.
    Value handled = g_ts->exc_info;
    if (handled && is_exception(exc) && handled != exc) {
        ExceptionObject* e = as_exception(exc);
        if (!e->context) {
            // Avoid cycles: don't link an exception into its own chain.
            Value c = handled;
            bool cycle = false;
            for (int guard = 0; c && guard < 1000; guard++) {
                if (c == exc) {
                    cycle = true;
                    break;
                }
                c = as_exception(c)->context;
            }
            if (!cycle) e->context = handled;
        }
    }
    g_ts->current_exception = exc;
}

Value raise_str(Type* type, std::string_view msg) {
    Value s = make_str(msg);
    if (!s) return Value();
    Value args = tuple_pack({s});
    if (!args) return Value();
    Value e = make_exception(type, args);
    if (!e) return Value();
    set_current(e);
    return Value();
}

Value raise(Type* type, const char* fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n >= static_cast<int>(sizeof buf)) {
        std::string big(static_cast<size_t>(n) + 1, '\0');
        va_start(ap, fmt);
        std::vsnprintf(big.data(), big.size(), fmt, ap);
        va_end(ap);
        big.resize(static_cast<size_t>(n));
        return raise_str(type, big);
    }
    return raise_str(type, std::string_view(buf, n < 0 ? 0 : static_cast<size_t>(n)));
}

Value raise_empty(Type* type) {
    Value e = make_exception(type, empty_tuple());
    if (!e) return Value();
    set_current(e);
    return Value();
}

Value raise_with_arg(Type* type, Value arg) {
    Value args = tuple_pack({arg});
    if (!args) return Value();
    Value e = make_exception(type, args);
    if (!e) return Value();
    set_current(e);
    return Value();
}

Value raise_instance(Value exc) {
    set_current(exc);
    return Value();
}

Value raise_object(Value v) {
    if (v.is_ptr() && isinstance_of(v, &TypeType)) {
        Type* t = static_cast<Type*>(v.as_ptr());
        if (!is_exception_type(t))
            return raise(exc::TypeError, "exceptions must derive from BaseException");
        Value inst = call0(v);
        if (!inst) return Value();
        if (!is_exception(inst))
            return raise(exc::TypeError,
                         "calling %s should have returned an instance of BaseException, not %s",
                         type_name_of(t), type_name(inst));
        return raise_instance(inst);
    }
    if (!is_exception(v)) return raise(exc::TypeError, "exceptions must derive from BaseException");
    return raise_instance(v);
}

void raise_memory_error() {
    if (!g_memory_error) {
        g_ts->current_exception = None(); // placeholder: start-up ran out of memory
        return;
    }
    as_exception(g_memory_error)->traceback = Value();
    as_exception(g_memory_error)->context = Value();
    g_ts->current_exception = g_memory_error;
}

void init_memory_error_instance() {
    g_memory_error = make_exception(exc::MemoryError, empty_tuple());
    gc_add_root(&g_memory_error);
}

bool err_occurred() {
    return !g_ts->current_exception.is_null();
}
Value err_current() {
    return g_ts->current_exception;
}

Value err_fetch() {
    Value e = g_ts->current_exception;
    g_ts->current_exception = Value();
    return e;
}

void err_clear() {
    g_ts->current_exception = Value();
}

bool err_matches(Type* type) {
    Value e = g_ts->current_exception;
    return e && is_exception(e) && isinstance_of(e, type);
}

Value err_take_stop_iteration() {
    if (!err_matches(exc::StopIteration)) return Value();
    return stop_iteration_value(err_fetch());
}

} // namespace uopy
