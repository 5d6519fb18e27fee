// Exception instances and tracebacks. The built-in exception classes are
// created at start-up and reachable as uopy::exc::X (runtime/errors.h).
// CPython counterpart: Objects/exceptions.c, Python/traceback.c.
#pragma once

#include "objects/code.h"
#include "objects/object.h"

namespace uopy {

struct Frame;

struct ExceptionObject : Object {
    Dict* dict;
    Value args;      // tuple
    Value traceback; // TracebackObject or None/null
    Value context;   // __context__ or null
    Value cause;     // __cause__ or null
    Value notes;     // __notes__ list or null
    bool suppress_context;
};

struct TracebackObject : Object {
    Value next; // the next (deeper) entry, or null
    CodeObject* code;
    Value frame;   // the frame object (tb_frame), made when first asked for, or null
    Value globals; // the frame's globals and locals mapping, for tb_frame
    Value locals;
    int lasti; // byte offset of the instruction (tb_lasti)
    int lineno;
};

inline bool is_exception(Value v) {
    return v.is_ptr() && (type_of(v)->flags & TYPE_EXC_SUBCLASS);
}
inline bool is_exception_type(Type* t) {
    return (t->flags & TYPE_EXC_SUBCLASS) != 0;
}
inline ExceptionObject* as_exception(Value v) {
    return static_cast<ExceptionObject*>(v.as_ptr());
}

// Creates an instance of exception class [type] with [args] (a tuple).
Value make_exception(Type* type, Value args);
// The value field of a StopIteration (None when unset or not one).
Value stop_iteration_value(Value exc);
// After a failed attribute lookup: a pending AttributeError whose name and
// obj are both unset gets [name] and [obj] (CPython 3.11's
// set_attribute_error_context, which feeds "Did you mean" suggestions).
void add_attribute_error_context(Value obj, Value name);
// An AttributeError's name and obj as stored (null when unset, unlike the
// attributes, which read None).
void attribute_error_name_obj(Value exc, Value* name, Value* obj);
// Prepends a traceback entry for [code] at code-unit index [index].
void exception_add_traceback(Value exc, Frame* frame, int index);

void init_exception_types();

} // namespace uopy
