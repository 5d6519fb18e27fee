// The built-in exception hierarchy, BaseException's behaviour, the
// attributes of its common subclasses, and traceback objects. CPython
// counterpart: Objects/exceptions.c, Python/traceback.c (the tb type).
#include "objects/exceptions.h"
#include "objects/exception_group.h"

#include "objects/frame_object.h"
#include "objects/function.h"

#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstdio>
#include <string>

namespace uopy {

Type BaseExceptionType, TracebackType;

namespace exc {
Type *BaseException, *Exception, *ArithmeticError, *AssertionError, *AttributeError, *BufferError,
    *EOFError, *FloatingPointError, *GeneratorExit, *ImportError, *ModuleNotFoundError, *IndexError,
    *KeyError, *KeyboardInterrupt, *LookupError, *MemoryError, *NameError, *UnboundLocalError,
    *NotImplementedError, *OSError, *FileNotFoundError, *FileExistsError, *IsADirectoryError,
    *NotADirectoryError, *PermissionError, *InterruptedError, *TimeoutError, *BlockingIOError,
    *ChildProcessError, *ConnectionError, *BrokenPipeError, *ConnectionAbortedError,
    *ConnectionRefusedError, *ConnectionResetError, *ProcessLookupError, *OverflowError,
    *RecursionError, *ReferenceError, *RuntimeError, *StopIteration, *StopAsyncIteration,
    *SyntaxError, *IndentationError, *TabError, *SystemError, *SystemExit, *TypeError, *ValueError,
    *UnicodeError, *UnicodeDecodeError, *UnicodeEncodeError, *UnicodeTranslateError,
    *ZeroDivisionError, *Warning, *UserWarning, *DeprecationWarning, *PendingDeprecationWarning,
    *SyntaxWarning, *RuntimeWarning, *FutureWarning, *ImportWarning, *UnicodeWarning, *BytesWarning,
    *ResourceWarning, *EncodingWarning, *BaseExceptionGroup, *ExceptionGroup;
} // namespace exc

static void exception_trace(Object* o, Tracer& t) {
    auto* e = static_cast<ExceptionObject*>(o);
    t.visit(e->dict);
    t.visit(e->args);
    t.visit(e->traceback);
    t.visit(e->context);
    t.visit(e->cause);
    t.visit(e->notes);
}

Value make_exception(Type* type, Value args) {
    Value e = alloc_instance(type);
    if (!e) return e;
    as_exception(e)->args = args ? args : empty_tuple();
    // Subclass __init__s that record attributes (StopIteration.value, ...)
    // run as for any instantiation from Python.
    if (type->init) {
        Value a = as_exception(e)->args;
        if (type->init(e, tuple_items(a), tuple_size(a), Value()) < 0) return Value();
    }
    return e;
}

// -- BaseException ------------------------------------------------------------------------

static Value exception_new(Type* type, const Value* args, size_t nargs, Value) {
    Value e = alloc_instance(type);
    if (!e) return e;
    Value t = make_tuple_from(args, nargs);
    if (!t) return t;
    as_exception(e)->args = t;
    return e;
}

static int exception_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (kwnames && tuple_size(kwnames) && type_of(self)->init == exception_init) {
        raise(exc::TypeError, "%s() takes no keyword arguments", type_name(self));
        return -1;
    }
    Value t = make_tuple_from(args, nargs);
    if (!t) return -1;
    as_exception(self)->args = t;
    return 0;
}

static Value exception_str(Value self) {
    Value args = as_exception(self)->args;
    size_t n = args ? tuple_size(args) : 0;
    if (n == 0) return make_str("");
    if (n == 1) return str_of(tuple_get(args, 0));
    return str_of(args);
}

static Value exception_repr(Value self) {
    Value args = as_exception(self)->args;
    std::string name(str_view(type_of(self)->name_str));
    if (args && tuple_size(args) == 1) {
        Value r = repr(tuple_get(args, 0));
        if (!r) return r;
        return make_str(name + "(" + std::string(str_view(r)) + ")");
    }
    Value r = repr(args ? args : empty_tuple());
    if (!r) return r;
    std::string s(str_view(r));
    if (args && tuple_size(args) == 0) s = "()";
    return make_str(name + s);
}

static ExceptionObject* E(Value v) {
    return as_exception(v);
}
static Value get_args(Value s) {
    return E(s)->args;
}
static int set_args(Value s, Value v) {
    if (!v) {
        raise(exc::TypeError, "args may not be deleted");
        return -1;
    }
    Value t = sequence_to_tuple(v);
    if (!t) return -1;
    E(s)->args = t;
    return 0;
}
static Value get_tb(Value s) {
    return E(s)->traceback ? E(s)->traceback : None();
}
static int set_tb(Value s, Value v) {
    if (!v || (!is_none(v) && type_of(v) != &TracebackType)) {
        raise(exc::TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    E(s)->traceback = is_none(v) ? Value() : v;
    return 0;
}
static Value get_context(Value s) {
    return E(s)->context ? E(s)->context : None();
}
static int set_context(Value s, Value v) {
    if (v && !is_none(v) && !is_exception(v)) {
        raise(exc::TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    E(s)->context = v && !is_none(v) ? v : Value();
    return 0;
}
static Value get_cause(Value s) {
    return E(s)->cause ? E(s)->cause : None();
}
static int set_cause(Value s, Value v) {
    if (v && !is_none(v) && !is_exception(v)) {
        raise(exc::TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    E(s)->cause = v && !is_none(v) ? v : Value();
    E(s)->suppress_context = true;
    return 0;
}
static Value get_suppress(Value s) {
    return Bool(E(s)->suppress_context);
}
static int set_suppress(Value s, Value v) {
    int t = v ? truthy(v) : 0;
    if (t < 0) return -1;
    E(s)->suppress_context = t;
    return 0;
}

static const GetSetDef exception_getsets[] = {
    {"args", get_args, set_args, nullptr},
    {"__traceback__", get_tb, set_tb, nullptr},
    {"__context__", get_context, set_context, nullptr},
    {"__cause__", get_cause, set_cause, nullptr},
    {"__suppress_context__", get_suppress, set_suppress, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

static Value exc_with_traceback(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("with_traceback", nargs, 1, 1)) return Value();
    if (set_tb(self, args[0]) < 0) return Value();
    return self;
}

static Value exc_add_note(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("add_note", nargs, 1, 1)) return Value();
    if (!is_str(args[0]))
        return raise(exc::TypeError, "note must be a str, not '%s'", type_name(args[0]));
    Dict* d = instance_dict(self);
    Value notes = dict_get_cstr(d, "__notes__");
    if (!notes) {
        notes = make_list(0);
        if (!notes || !dict_set_cstr(d, "__notes__", notes)) return Value();
    }
    if (!list_append(notes, args[0])) return Value();
    return None();
}

static const NativeMethodDef exception_methods[] = {
    {"with_traceback", exc_with_traceback, 0, nullptr},
    {"add_note", exc_add_note, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- Subclasses with attributes ----------------------------------------------------------------

static Value first_arg_or_none(Value self) {
    Value a = E(self)->args;
    return a && tuple_size(a) ? tuple_get(a, 0) : None();
}

static int set_dict_attr(Value self, const char* name, Value v) {
    Dict* d = instance_dict(self);
    return d && dict_set_cstr(d, name, v) ? 0 : -1;
}

static int stopiteration_init(Value self, const Value* args, size_t nargs, Value kw) {
    if (exception_init(self, args, nargs, kw) < 0) return -1;
    return set_dict_attr(self, "value", first_arg_or_none(self));
}

static int systemexit_init(Value self, const Value* args, size_t nargs, Value kw) {
    if (exception_init(self, args, nargs, kw) < 0) return -1;
    Value code = nargs == 0 ? None() : nargs == 1 ? args[0] : E(self)->args;
    return set_dict_attr(self, "code", code);
}

static Value keyerror_str(Value self) {
    Value a = E(self)->args;
    if (a && tuple_size(a) == 1) return repr(tuple_get(a, 0));
    return exception_str(self);
}

static int name_attr_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    // NameError(name=...), AttributeError(name=..., obj=...), ImportError(name=..., path=...)
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    Value t = make_tuple_from(args, nargs);
    if (!t) return -1;
    E(self)->args = t;
    if (set_dict_attr(self, "name", None()) < 0) return -1;
    if (isinstance_of(self, exc::ImportError)) {
        if (set_dict_attr(self, "path", None()) < 0) return -1;
        if (set_dict_attr(self, "msg", nargs == 1 ? args[0] : None()) < 0) return -1;
    }
    if (isinstance_of(self, exc::AttributeError) && set_dict_attr(self, "obj", None()) < 0)
        return -1;
    for (size_t i = 0; i < nkw; i++) {
        std::string_view k = str_view(tuple_get(kwnames, i));
        if (k != "name" && k != "obj" && k != "path") {
            raise(exc::TypeError, "'%s' is an invalid keyword argument for %s()",
                  std::string(k).c_str(), type_name(self));
            return -1;
        }
        if (set_dict_attr(self, std::string(k).c_str(), args[nargs + i]) < 0) return -1;
    }
    return 0;
}

// OSError(errno, strerror[, ...]) picks the subclass for the errno, as
// CPython's OSError.__new__ does (ENOENT -> FileNotFoundError, ...).
static Type* oserror_subclass_for(int64_t eno) {
    switch (eno) {
    case 2: return exc::FileNotFoundError; // ENOENT
    case 1:
    case 13: return exc::PermissionError;    // EPERM, EACCES
    case 17: return exc::FileExistsError;    // EEXIST
    case 21: return exc::IsADirectoryError;  // EISDIR
    case 20: return exc::NotADirectoryError; // ENOTDIR
    case 4: return exc::InterruptedError;    // EINTR
    case 10: return exc::ChildProcessError;  // ECHILD
    case 3: return exc::ProcessLookupError;  // ESRCH
    case 11:
    case 114:
    case 115: return exc::BlockingIOError; // EAGAIN, EALREADY, EINPROGRESS
    case 110: return exc::TimeoutError;    // ETIMEDOUT
    case 32:
    case 108: return exc::BrokenPipeError;        // EPIPE, ESHUTDOWN
    case 103: return exc::ConnectionAbortedError; // ECONNABORTED
    case 111: return exc::ConnectionRefusedError; // ECONNREFUSED
    case 104: return exc::ConnectionResetError;   // ECONNRESET
    default: return nullptr;
    }
}

static Value oserror_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (type == exc::OSError && nargs >= 2 && is_int(args[0])) {
        int64_t eno;
        if (int_fits_int64(args[0], &eno))
            if (Type* sub = oserror_subclass_for(eno)) type = sub;
    }
    return exception_new(type, args, nargs, kwnames);
}

static int oserror_init(Value self, const Value* args, size_t nargs, Value kw) {
    if (exception_init(self, args, nargs, kw) < 0) return -1;
    Value eno = None(), strerror = None(), filename = None();
    if (nargs >= 2 && nargs <= 5) {
        eno = args[0];
        strerror = args[1];
        if (nargs >= 3) filename = args[2];
    }
    if (set_dict_attr(self, "errno", eno) < 0 || set_dict_attr(self, "strerror", strerror) < 0 ||
        set_dict_attr(self, "filename", filename) < 0 ||
        set_dict_attr(self, "filename2", None()) < 0)
        return -1;
    // Only (errno, strerror) / (errno, strerror, filename) keep just those args.
    if (nargs >= 2 && nargs <= 3) {
        Value t = make_tuple_from(args, 2);
        if (!t) return -1;
        E(self)->args = t;
    }
    return 0;
}

static Value oserror_str(Value self) {
    Dict* d = instance_dict(self);
    Value eno = dict_get_cstr(d, "errno");
    Value se = dict_get_cstr(d, "strerror");
    Value fn = dict_get_cstr(d, "filename");
    if (fn && !is_none(fn)) {
        Value r = repr(fn);
        if (!r) return r;
        return make_str("[Errno " + str_text(eno) + "] " + str_text(se) + ": " +
                        std::string(str_view(r)));
    }
    if (eno && !is_none(eno) && se && !is_none(se))
        return make_str("[Errno " + str_text(eno) + "] " + str_text(se));
    return exception_str(self);
}

static int syntaxerror_init(Value self, const Value* args, size_t nargs, Value kw) {
    if (exception_init(self, args, nargs, kw) < 0) return -1;
    const char* fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    if (set_dict_attr(self, "msg", nargs >= 1 ? args[0] : None()) < 0) return -1;
    for (const char* f : fields)
        if (set_dict_attr(self, f, None()) < 0) return -1;
    if (set_dict_attr(self, "print_file_and_line", None()) < 0) return -1;
    if (nargs == 2) {
        Value info = sequence_to_tuple(args[1]);
        if (!info) return -1;
        size_t n = tuple_size(info);
        if (n < 4 || n > 6) {
            raise(exc::IndexError, "tuple index out of range");
            return -1;
        }
        for (size_t i = 0; i < n; i++)
            if (set_dict_attr(self, fields[i], tuple_get(info, i)) < 0) return -1;
    }
    return 0;
}

static Value syntaxerror_str(Value self) {
    Dict* d = instance_dict(self);
    Value msg = dict_get_cstr(d, "msg");
    Value fn = dict_get_cstr(d, "filename");
    Value ln = dict_get_cstr(d, "lineno");
    std::string s = msg ? str_text(msg) : "";
    bool have_fn = fn && is_str(fn);
    bool have_ln = ln && is_int(ln);
    if (have_fn || have_ln) {
        std::string base;
        if (have_fn) {
            std::string f(str_view(fn));
            size_t slash = f.rfind('/');
            base = slash == std::string::npos ? f : f.substr(slash + 1);
        }
        if (have_fn && have_ln)
            s += " (" + base + ", line " + str_text(ln) + ")";
        else if (have_fn)
            s += " (" + base + ")";
        else
            s += " (line " + str_text(ln) + ")";
    }
    return make_str(s);
}

// -- UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError ----------------------------
//
// As CPython's PyUnicodeErrorObject, the fields live in the object, not in
// the instance __dict__: encoding, object and reason (None when unset) and
// start and end (Py_ssize_t). UnicodeTranslateError has no encoding.

namespace {
struct UnicodeErrorObject : ExceptionObject {
    Value encoding;
    Value object;
    Value reason;
    int64_t start;
    int64_t end;
};
} // namespace

static UnicodeErrorObject* UE(Value v) {
    return static_cast<UnicodeErrorObject*>(v.as_ptr());
}

static bool is_unicode_error_object(Value v) {
    return v.is_ptr() && (isinstance_of(v, exc::UnicodeEncodeError) ||
                          isinstance_of(v, exc::UnicodeDecodeError) ||
                          isinstance_of(v, exc::UnicodeTranslateError));
}

bool unicode_error_fields(Value exc, UnicodeErrorFields* out) {
    if (!is_unicode_error_object(exc)) return false;
    UnicodeErrorObject* u = UE(exc);
    out->encoding = u->encoding;
    out->object = u->object;
    out->reason = u->reason;
    out->start = u->start;
    out->end = u->end;
    return true;
}

void unicode_error_update(Value exc, int64_t start, int64_t end, Value reason) {
    if (!is_unicode_error_object(exc)) return;
    UE(exc)->start = start;
    UE(exc)->end = end;
    UE(exc)->reason = reason;
}

static void unicode_error_trace(Object* o, Tracer& t) {
    exception_trace(o, t);
    auto* u = static_cast<UnicodeErrorObject*>(o);
    t.visit(u->encoding);
    t.visit(u->object);
    t.visit(u->reason);
}

// The arguments as PyArg_ParseTuple's "UUnnU" (kind 'E'), "UOnnU" with a
// bytes-like object (kind 'D') and "UnnU" (kind 'T') take them.
static int unicode_error_init(Value self, const Value* args, size_t nargs, Value kwnames,
                              char kind) {
    if (kwnames && tuple_size(kwnames)) {
        raise(exc::TypeError, "%s() takes no keyword arguments", type_name(self));
        return -1;
    }
    Value t = make_tuple_from(args, nargs);
    if (!t) return -1;
    UnicodeErrorObject* u = UE(self);
    u->args = t;
    u->encoding = u->object = u->reason = Value();
    size_t want = kind == 'T' ? 4 : 5;
    if (nargs != want) {
        raise(exc::TypeError, "function takes exactly %zu arguments (%zu given)", want, nargs);
        return -1;
    }
    size_t k = 0;
    Value encoding;
    if (kind != 'T') {
        if (!is_str(args[0])) {
            raise(exc::TypeError, "argument 1 must be str, not %s", arg_type_name(args[0]));
            return -1;
        }
        encoding = args[0];
        k = 1;
    }
    Value object = args[k];
    if (kind != 'D' && !is_str(object)) {
        raise(exc::TypeError, "argument %zu must be str, not %s", k + 1, arg_type_name(object));
        return -1;
    }
    int64_t range[2] = {0, 0};
    for (size_t i = 0; i < 2; i++)
        if (!int_as_int64(args[k + 1 + i], &range[i])) return -1;
    Value reason = args[k + 3];
    if (!is_str(reason)) {
        raise(exc::TypeError, "argument %zu must be str, not %s", k + 4, arg_type_name(reason));
        return -1;
    }
    if (kind == 'D' && !is_bytes(object)) {
        if (is_bytearray(object)) {
            object = make_bytes(bytes_view(object));
        } else if (object.is_ptr() && isinstance_of(object, &MemoryViewType)) {
            object = call_method(object, "tobytes", {});
        } else {
            raise(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(object));
            return -1;
        }
        if (!object) return -1;
    }
    u->encoding = encoding;
    u->object = object;
    u->reason = reason;
    u->start = range[0];
    u->end = range[1];
    return 0;
}

static int unicode_encode_error_init(Value self, const Value* args, size_t nargs, Value kw) {
    return unicode_error_init(self, args, nargs, kw, 'E');
}
static int unicode_decode_error_init(Value self, const Value* args, size_t nargs, Value kw) {
    return unicode_error_init(self, args, nargs, kw, 'D');
}
static int unicode_translate_error_init(Value self, const Value* args, size_t nargs, Value kw) {
    return unicode_error_init(self, args, nargs, kw, 'T');
}

// What %U of PyObject_Str(field) prints ("<NULL>" for an unset field).
static bool unicode_error_field_text(Value v, std::string* out) {
    if (!v) {
        *out = "<NULL>";
        return true;
    }
    Value s = str_of(v);
    if (!s) return false;
    *out = std::string(str_view(s));
    return true;
}

// The position of the only character the error covers, or -1 when it covers
// a range (or start lies outside the object of [length] items).
static int64_t unicode_error_single(UnicodeErrorObject* u, size_t length) {
    uint64_t next = static_cast<uint64_t>(u->start) + 1; // wraps instead of overflowing
    if (u->start < 0 || static_cast<uint64_t>(u->start) >= length) return -1;
    return static_cast<uint64_t>(u->end) == next ? u->start : -1;
}

// "position 2-3": start and end - 1.
static std::string unicode_error_range_text(UnicodeErrorObject* u) {
    int64_t last = static_cast<int64_t>(static_cast<uint64_t>(u->end) - 1);
    return std::to_string(u->start) + "-" + std::to_string(last);
}

// '\xe9', '\u20ac', '\U0001f600': how the messages show one character.
static std::string unicode_error_char_text(uint32_t c) {
    char buf[16];
    if (c <= 0xFF)
        std::snprintf(buf, sizeof buf, "\\x%02x", c);
    else if (c <= 0xFFFF)
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
    else
        std::snprintf(buf, sizeof buf, "\\U%08x", c);
    return buf;
}

static Value unicode_encode_error_str(Value self) {
    UnicodeErrorObject* u = UE(self);
    if (!u->object) return make_str("");
    std::string reason, encoding;
    if (!unicode_error_field_text(u->reason, &reason) ||
        !unicode_error_field_text(u->encoding, &encoding))
        return Value();
    int64_t at = is_str(u->object) ? unicode_error_single(u, str_length(u->object)) : -1;
    if (at >= 0) {
        uint32_t c = str_codepoint_at(u->object, static_cast<size_t>(at));
        return make_str("'" + encoding + "' codec can't encode character '" +
                        unicode_error_char_text(c) + "' in position " + std::to_string(at) + ": " +
                        reason);
    }
    return make_str("'" + encoding + "' codec can't encode characters in position " +
                    unicode_error_range_text(u) + ": " + reason);
}

static Value unicode_decode_error_str(Value self) {
    UnicodeErrorObject* u = UE(self);
    if (!u->object) return make_str("");
    std::string reason, encoding;
    if (!unicode_error_field_text(u->reason, &reason) ||
        !unicode_error_field_text(u->encoding, &encoding))
        return Value();
    int64_t at = is_bytes(u->object) ? unicode_error_single(u, bytes_view(u->object).size()) : -1;
    if (at >= 0) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "0x%02x",
                      static_cast<unsigned char>(bytes_view(u->object)[static_cast<size_t>(at)]));
        return make_str("'" + encoding + "' codec can't decode byte " + buf + " in position " +
                        std::to_string(at) + ": " + reason);
    }
    return make_str("'" + encoding + "' codec can't decode bytes in position " +
                    unicode_error_range_text(u) + ": " + reason);
}

static Value unicode_translate_error_str(Value self) {
    UnicodeErrorObject* u = UE(self);
    if (!u->object) return make_str("");
    std::string reason;
    if (!unicode_error_field_text(u->reason, &reason)) return Value();
    int64_t at = is_str(u->object) ? unicode_error_single(u, str_length(u->object)) : -1;
    if (at >= 0) {
        uint32_t c = str_codepoint_at(u->object, static_cast<size_t>(at));
        return make_str("can't translate character '" + unicode_error_char_text(c) +
                        "' in position " + std::to_string(at) + ": " + reason);
    }
    return make_str("can't translate characters in position " + unicode_error_range_text(u) + ": " +
                    reason);
}

// The members: any object for encoding, object and reason (deleting leaves
// them unset: None); an int for start and end, as CPython's T_PYSSIZET
// members (PyLong_AsSsize_t: a failed assignment leaves -1 behind).
static Value unicode_error_member(Value v) {
    return v ? v : None();
}
static Value ue_get_encoding(Value s) {
    return unicode_error_member(UE(s)->encoding);
}
static int ue_set_encoding(Value s, Value v) {
    UE(s)->encoding = v;
    return 0;
}
static Value ue_get_object(Value s) {
    return unicode_error_member(UE(s)->object);
}
static int ue_set_object(Value s, Value v) {
    UE(s)->object = v;
    return 0;
}
static Value ue_get_reason(Value s) {
    return unicode_error_member(UE(s)->reason);
}
static int ue_set_reason(Value s, Value v) {
    UE(s)->reason = v;
    return 0;
}
static int ue_set_position(int64_t* field, Value v) {
    if (!v) {
        raise(exc::TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    int64_t x = 0;
    if (!is_int(v)) {
        *field = -1;
        raise(exc::TypeError, "an integer is required");
        return -1;
    }
    if (!int_fits_int64(v, &x)) {
        *field = -1;
        raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *field = x;
    return 0;
}
static Value ue_get_start(Value s) {
    return make_int(UE(s)->start);
}
static int ue_set_start(Value s, Value v) {
    return ue_set_position(&UE(s)->start, v);
}
static Value ue_get_end(Value s) {
    return make_int(UE(s)->end);
}
static int ue_set_end(Value s, Value v) {
    return ue_set_position(&UE(s)->end, v);
}

static const GetSetDef unicode_error_getsets[] = {
    {"encoding", ue_get_encoding, ue_set_encoding, "exception encoding"},
    {"object", ue_get_object, ue_set_object, "exception object"},
    {"start", ue_get_start, ue_set_start, "exception start"},
    {"end", ue_get_end, ue_set_end, "exception end"},
    {"reason", ue_get_reason, ue_set_reason, "exception reason"},
    {nullptr, nullptr, nullptr, nullptr},
};

static void init_unicode_error_type(Type* t, InitFn init, UnaryFn str) {
    t->basic_size = sizeof(UnicodeErrorObject);
    t->trace = unicode_error_trace;
    t->init = init;
    t->str = str;
    add_getsets(t, unicode_error_getsets);
}

// -- Tracebacks --------------------------------------------------------------------------------

static void traceback_trace(Object* o, Tracer& t) {
    auto* tb = static_cast<TracebackObject*>(o);
    t.visit(tb->next);
    t.visit(tb->code);
    t.visit(tb->frame);
    t.visit(tb->globals);
    t.visit(tb->locals);
}

void exception_add_traceback(Value exc, Frame* frame, int index) {
    if (!exc || !is_exception(exc)) return;
    auto* tb = gc_new<TracebackObject>(&TracebackType);
    if (!tb) {
        err_clear();
        return;
    }
    CodeObject* code = frame->code;
    tb->code = code;
    tb->globals = frame->globals;
    tb->locals = frame->locals;
    tb->lasti = index * 2;
    tb->lineno = code_addr_to_line(code, index);
    tb->next = as_exception(exc)->traceback;
    as_exception(exc)->traceback = Value(tb);
}

static Value tb_next(Value s) {
    Value n = static_cast<TracebackObject*>(s.as_ptr())->next;
    return n ? n : None();
}
static Value tb_lineno(Value s) {
    return make_int(static_cast<TracebackObject*>(s.as_ptr())->lineno);
}
static Value tb_lasti(Value s) {
    return make_int(static_cast<TracebackObject*>(s.as_ptr())->lasti);
}
static Value tb_frame(Value s) {
    auto* tb = static_cast<TracebackObject*>(s.as_ptr());
    if (!tb->frame)
        tb->frame =
            make_frame_object_from(tb->code, tb->globals, tb->locals, tb->lineno, tb->lasti);
    return tb->frame;
}
// tb.tb_next = other or None (unittest trims its own frames this way).
static int tb_set_next(Value s, Value v) {
    if (!v) {
        raise(exc::TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (!is_none(v) && type_of(v) != &TracebackType) {
        raise(exc::TypeError, "expected traceback object or None, got '%s'", type_name(v));
        return -1;
    }
    for (Value c = v; c && !is_none(c); c = static_cast<TracebackObject*>(c.as_ptr())->next)
        if (c == s) {
            raise(exc::ValueError, "traceback loop detected");
            return -1;
        }
    static_cast<TracebackObject*>(s.as_ptr())->next = is_none(v) ? Value() : v;
    return 0;
}
static const GetSetDef traceback_getsets[] = {
    {"tb_frame", tb_frame, nullptr, nullptr},   {"tb_next", tb_next, tb_set_next, nullptr},
    {"tb_lineno", tb_lineno, nullptr, nullptr}, {"tb_lasti", tb_lasti, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- The hierarchy ------------------------------------------------------------------------------

static std::vector<Type*>& builtin_exception_types() {
    static auto* v = new std::vector<Type*>();
    return *v;
}

static Type* make_exc(const char* name, Type* base) {
    Type* t = make_builtin_heap_type(name, base);
    t->flags |= TYPE_EXC_SUBCLASS;
    builtin_exception_types().push_back(t);
    return t;
}

void init_exception_types() {
    BaseExceptionType.trace = exception_trace;
    BaseExceptionType.tp_new = exception_new;
    BaseExceptionType.init = exception_init;
    BaseExceptionType.str = exception_str;
    BaseExceptionType.repr = exception_repr;
    init_static_type(&BaseExceptionType, "BaseException", &ObjectType, sizeof(ExceptionObject),
                     TYPE_BASETYPE | TYPE_EXC_SUBCLASS | TYPE_HAS_DICT);
    BaseExceptionType.dict_offset = offsetof(ExceptionObject, dict);
    BaseExceptionType.flags &= ~TYPE_IMMUTABLE;
    add_getsets(&BaseExceptionType, exception_getsets);
    add_methods(&BaseExceptionType, exception_methods);
    add_slot_wrappers(&BaseExceptionType);

    using namespace exc;
    BaseException = &BaseExceptionType;
    SystemExit = make_exc("SystemExit", BaseException);
    SystemExit->init = systemexit_init;
    KeyboardInterrupt = make_exc("KeyboardInterrupt", BaseException);
    GeneratorExit = make_exc("GeneratorExit", BaseException);
    Exception = make_exc("Exception", BaseException);
    StopIteration = make_exc("StopIteration", Exception);
    StopIteration->init = stopiteration_init;
    StopAsyncIteration = make_exc("StopAsyncIteration", Exception);
    ArithmeticError = make_exc("ArithmeticError", Exception);
    FloatingPointError = make_exc("FloatingPointError", ArithmeticError);
    OverflowError = make_exc("OverflowError", ArithmeticError);
    ZeroDivisionError = make_exc("ZeroDivisionError", ArithmeticError);
    AssertionError = make_exc("AssertionError", Exception);
    AttributeError = make_exc("AttributeError", Exception);
    AttributeError->init = name_attr_init;
    BufferError = make_exc("BufferError", Exception);
    EOFError = make_exc("EOFError", Exception);
    ImportError = make_exc("ImportError", Exception);
    ImportError->init = name_attr_init;
    ModuleNotFoundError = make_exc("ModuleNotFoundError", ImportError);
    LookupError = make_exc("LookupError", Exception);
    IndexError = make_exc("IndexError", LookupError);
    KeyError = make_exc("KeyError", LookupError);
    KeyError->str = keyerror_str;
    MemoryError = make_exc("MemoryError", Exception);
    NameError = make_exc("NameError", Exception);
    NameError->init = name_attr_init;
    UnboundLocalError = make_exc("UnboundLocalError", NameError);
    OSError = make_exc("OSError", Exception);
    OSError->init = oserror_init;
    OSError->tp_new = oserror_new;
    OSError->str = oserror_str;
    BlockingIOError = make_exc("BlockingIOError", OSError);
    ChildProcessError = make_exc("ChildProcessError", OSError);
    ConnectionError = make_exc("ConnectionError", OSError);
    BrokenPipeError = make_exc("BrokenPipeError", ConnectionError);
    ConnectionAbortedError = make_exc("ConnectionAbortedError", ConnectionError);
    ConnectionRefusedError = make_exc("ConnectionRefusedError", ConnectionError);
    ConnectionResetError = make_exc("ConnectionResetError", ConnectionError);
    FileExistsError = make_exc("FileExistsError", OSError);
    FileNotFoundError = make_exc("FileNotFoundError", OSError);
    InterruptedError = make_exc("InterruptedError", OSError);
    IsADirectoryError = make_exc("IsADirectoryError", OSError);
    NotADirectoryError = make_exc("NotADirectoryError", OSError);
    PermissionError = make_exc("PermissionError", OSError);
    ProcessLookupError = make_exc("ProcessLookupError", OSError);
    TimeoutError = make_exc("TimeoutError", OSError);
    ReferenceError = make_exc("ReferenceError", Exception);
    RuntimeError = make_exc("RuntimeError", Exception);
    NotImplementedError = make_exc("NotImplementedError", RuntimeError);
    RecursionError = make_exc("RecursionError", RuntimeError);
    SyntaxError = make_exc("SyntaxError", Exception);
    SyntaxError->init = syntaxerror_init;
    SyntaxError->str = syntaxerror_str;
    IndentationError = make_exc("IndentationError", SyntaxError);
    TabError = make_exc("TabError", IndentationError);
    SystemError = make_exc("SystemError", Exception);
    TypeError = make_exc("TypeError", Exception);
    ValueError = make_exc("ValueError", Exception);
    UnicodeError = make_exc("UnicodeError", ValueError);
    UnicodeDecodeError = make_exc("UnicodeDecodeError", UnicodeError);
    UnicodeEncodeError = make_exc("UnicodeEncodeError", UnicodeError);
    UnicodeTranslateError = make_exc("UnicodeTranslateError", UnicodeError);
    init_unicode_error_type(UnicodeEncodeError, unicode_encode_error_init,
                            unicode_encode_error_str);
    init_unicode_error_type(UnicodeDecodeError, unicode_decode_error_init,
                            unicode_decode_error_str);
    init_unicode_error_type(UnicodeTranslateError, unicode_translate_error_init,
                            unicode_translate_error_str);
    Warning = make_exc("Warning", Exception);
    DeprecationWarning = make_exc("DeprecationWarning", Warning);
    PendingDeprecationWarning = make_exc("PendingDeprecationWarning", Warning);
    RuntimeWarning = make_exc("RuntimeWarning", Warning);
    SyntaxWarning = make_exc("SyntaxWarning", Warning);
    UserWarning = make_exc("UserWarning", Warning);
    FutureWarning = make_exc("FutureWarning", Warning);
    ImportWarning = make_exc("ImportWarning", Warning);
    UnicodeWarning = make_exc("UnicodeWarning", Warning);
    BytesWarning = make_exc("BytesWarning", Warning);
    ResourceWarning = make_exc("ResourceWarning", Warning);
    EncodingWarning = make_exc("EncodingWarning", Warning);
    BaseExceptionGroup = make_exc("BaseExceptionGroup", BaseException);
    ExceptionGroup = make_exc("ExceptionGroup", BaseExceptionGroup);
    init_exception_group_types();
    // Slots set above (KeyError's __str__, OSError's __init__, ...) become
    // visible dunders, so subclasses mixing them in find them along the MRO.
    for (Type* t : builtin_exception_types())
        add_slot_wrappers(t);

    TracebackType.trace = traceback_trace;
    init_static_type(&TracebackType, "traceback", &ObjectType, sizeof(TracebackObject), 0);
    add_getsets(&TracebackType, traceback_getsets);
}

// Every built-in exception class, for the builtins module.
void for_each_exception_type(void (*fn)(Type*)) {
    using namespace exc;
    Type* all[] = {BaseException,
                   SystemExit,
                   KeyboardInterrupt,
                   GeneratorExit,
                   Exception,
                   StopIteration,
                   StopAsyncIteration,
                   ArithmeticError,
                   FloatingPointError,
                   OverflowError,
                   ZeroDivisionError,
                   AssertionError,
                   AttributeError,
                   BufferError,
                   EOFError,
                   ImportError,
                   ModuleNotFoundError,
                   LookupError,
                   IndexError,
                   KeyError,
                   MemoryError,
                   NameError,
                   UnboundLocalError,
                   OSError,
                   BlockingIOError,
                   ChildProcessError,
                   ConnectionError,
                   BrokenPipeError,
                   ConnectionAbortedError,
                   ConnectionRefusedError,
                   ConnectionResetError,
                   FileExistsError,
                   FileNotFoundError,
                   InterruptedError,
                   IsADirectoryError,
                   NotADirectoryError,
                   PermissionError,
                   ProcessLookupError,
                   TimeoutError,
                   ReferenceError,
                   RuntimeError,
                   NotImplementedError,
                   RecursionError,
                   SyntaxError,
                   IndentationError,
                   TabError,
                   SystemError,
                   TypeError,
                   ValueError,
                   UnicodeError,
                   UnicodeDecodeError,
                   UnicodeEncodeError,
                   UnicodeTranslateError,
                   Warning,
                   DeprecationWarning,
                   PendingDeprecationWarning,
                   RuntimeWarning,
                   SyntaxWarning,
                   UserWarning,
                   FutureWarning,
                   ImportWarning,
                   UnicodeWarning,
                   BytesWarning,
                   ResourceWarning,
                   EncodingWarning,
                   BaseExceptionGroup,
                   ExceptionGroup};
    for (Type* t : all)
        fn(t);
}

} // namespace uopy
