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
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace uopy {

// In runtime/type.cpp: the __dict__ descriptor of a class whose instances have one.
void add_instance_dict_descriptor(Type* t);

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

// The instance dict, or null while there is none (nothing made it yet).
static Dict* own_dict(Value self) {
    Dict** slot = instance_dict_slot(self);
    return slot ? *slot : nullptr;
}

// (type, args), with the instance dict third once the instance has one
// (even empty), as CPython's BaseException.__reduce__.
static Value exc_reduce(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("__reduce__", nargs, 0, 0)) return Value();
    Value args = E(self)->args ? E(self)->args : empty_tuple();
    Dict* own = own_dict(self);
    if (!own) return tuple_pack({Value(type_of(self)), args});
    return tuple_pack({Value(type_of(self)), args, Value(own)});
}

// __setstate__(state): setattr for each item of the dict (None: nothing),
// so that fields such as ImportError.name go back to their descriptors.
static Value exc_setstate(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("__setstate__", nargs, 1, 1)) return Value();
    if (is_none(args[0])) return None();
    if (!is_dict(args[0])) return raise(exc::TypeError, "state is not a dictionary");
    // A copy: setting attributes may change the dict (it can be our own).
    Dict* state = dict_copy(as_dict(args[0]));
    if (!state) return Value();
    size_t pos = 0;
    Value key, value;
    while (dict_next(state, &pos, &key, &value)) {
        if (!is_str(key))
            return raise(exc::TypeError, "attribute name must be string, not '%s'", type_name(key));
        if (set_attr(self, key, value) < 0) return Value();
    }
    return None();
}

static const NativeMethodDef exception_methods[] = {
    {"__reduce__", exc_reduce, 0, nullptr},
    {"__setstate__", exc_setstate, 0, nullptr},
    {"with_traceback", exc_with_traceback, 0, nullptr},
    {"add_note", exc_add_note, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- Subclasses with fields --------------------------------------------------------------------
//
// As in CPython, the attributes of these classes (StopIteration.value,
// OSError.errno, ...) are fields of the instance, not entries of its
// __dict__: __dict__, __reduce__ and pickling see what CPython's do. A
// field reads None while unset (null) and deleting it unsets it, as
// CPython's T_OBJECT members; ImportError's and OSError's __reduce__ tell
// an unset field from one set to None.

namespace {
struct StopIterationObject : ExceptionObject {
    Value value;
};
struct SystemExitObject : ExceptionObject {
    Value code;
};
struct ImportErrorObject : ExceptionObject {
    Value msg;
    Value name;
    Value path;
};
struct NameErrorObject : ExceptionObject {
    Value name;
};
struct AttributeErrorObject : ExceptionObject {
    Value name;
    Value obj;
};
struct OSErrorObject : ExceptionObject {
    Value myerrno;
    Value strerror;
    Value filename;
    Value filename2;
    Value written; // characters_written (an int), or null
};
struct SyntaxErrorObject : ExceptionObject {
    Value msg;
    Value filename;
    Value lineno;
    Value offset;
    Value text;
    Value end_lineno;
    Value end_offset;
    Value print_file_and_line;
};
} // namespace

template <typename T, Value T::*F> static Value field_get(Value self) {
    Value v = static_cast<T*>(self.as_ptr())->*F;
    return v ? v : None();
}
template <typename T, Value T::*F> static int field_set(Value self, Value v) {
    static_cast<T*>(self.as_ptr())->*F = v;
    return 0;
}
#define EXC_FIELD(T, f, name, doc)                                                                 \
    { name, field_get<T, &T::f>, field_set<T, &T::f>, doc }

template <typename T> static T* fields_of(Value v) {
    return static_cast<T*>(v.as_ptr());
}

void add_attribute_error_context(Value obj, Value name) {
    Value e = err_current();
    if (!e || !isinstance_of(e, exc::AttributeError)) return;
    auto* a = fields_of<AttributeErrorObject>(e);
    if (a->name || a->obj) return;
    a->name = name;
    a->obj = obj;
}

void attribute_error_name_obj(Value exc, Value* name, Value* obj) {
    auto* a = fields_of<AttributeErrorObject>(exc);
    *name = a->name;
    *obj = a->obj;
}

// The trace functions: the BaseException part, then the fields.
static void stop_iteration_trace(Object* o, Tracer& t) {
    exception_trace(o, t);
    t.visit(static_cast<StopIterationObject*>(o)->value);
}
static void system_exit_trace(Object* o, Tracer& t) {
    exception_trace(o, t);
    t.visit(static_cast<SystemExitObject*>(o)->code);
}
static void import_error_trace(Object* o, Tracer& t) {
    exception_trace(o, t);
    auto* e = static_cast<ImportErrorObject*>(o);
    t.visit(e->msg);
    t.visit(e->name);
    t.visit(e->path);
}
static void name_error_trace(Object* o, Tracer& t) {
    exception_trace(o, t);
    t.visit(static_cast<NameErrorObject*>(o)->name);
}
static void attribute_error_trace(Object* o, Tracer& t) {
    exception_trace(o, t);
    auto* e = static_cast<AttributeErrorObject*>(o);
    t.visit(e->name);
    t.visit(e->obj);
}
static void os_error_trace(Object* o, Tracer& t) {
    exception_trace(o, t);
    auto* e = static_cast<OSErrorObject*>(o);
    t.visit(e->myerrno);
    t.visit(e->strerror);
    t.visit(e->filename);
    t.visit(e->filename2);
    t.visit(e->written);
}
static void syntax_error_trace(Object* o, Tracer& t) {
    exception_trace(o, t);
    auto* e = static_cast<SyntaxErrorObject*>(o);
    for (Value* v : {&e->msg, &e->filename, &e->lineno, &e->offset, &e->text, &e->end_lineno,
                     &e->end_offset, &e->print_file_and_line})
        t.visit(*v);
}

// A built-in exception class with fields: [size] bytes per instance and
// [trace] for them. Classes made after this call from [t] inherit both.
static void give_fields(Type* t, size_t size, TraceFn trace, const GetSetDef* fields) {
    t->basic_size = size;
    t->trace = trace;
    add_getsets(t, fields);
}

// -- StopIteration, SystemExit

static int stopiteration_init(Value self, const Value* args, size_t nargs, Value kw) {
    if (exception_init(self, args, nargs, kw) < 0) return -1;
    fields_of<StopIterationObject>(self)->value = nargs ? args[0] : None();
    return 0;
}

static int systemexit_init(Value self, const Value* args, size_t nargs, Value kw) {
    if (exception_init(self, args, nargs, kw) < 0) return -1;
    fields_of<SystemExitObject>(self)->code = nargs == 0   ? None()
                                              : nargs == 1 ? args[0]
                                                           : E(self)->args;
    return 0;
}

static const GetSetDef stop_iteration_fields[] = {
    EXC_FIELD(StopIterationObject, value, "value", "generator return value"),
    {nullptr, nullptr, nullptr, nullptr},
};
static const GetSetDef system_exit_fields[] = {
    EXC_FIELD(SystemExitObject, code, "code", "exception code"),
    {nullptr, nullptr, nullptr, nullptr},
};

Value stop_iteration_value(Value exc) {
    if (!is_exception(exc) || !isinstance_of(exc, exc::StopIteration)) return None();
    Value v = fields_of<StopIterationObject>(exc)->value;
    return v ? v : None();
}

static Value keyerror_str(Value self) {
    Value a = E(self)->args;
    if (a && tuple_size(a) == 1) return repr(tuple_get(a, 0));
    return exception_str(self);
}

// -- ImportError, NameError, AttributeError: keyword-only fields

// Sets the keyword-only fields [names] (of [fields]) that [kwnames] give,
// after the positional [nargs]; any other keyword fails as CPython's
// "|$OO:ImportError" parse does. The fields not given are unset.
static bool keyword_fields(const char* fn, const Value* args, size_t nargs, Value kwnames,
                           std::initializer_list<std::pair<const char*, Value*>> fields) {
    for (auto& f : fields)
        *f.second = Value();
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        std::string_view k = str_view(tuple_get(kwnames, i));
        Value* target = nullptr;
        for (auto& f : fields)
            if (k == f.first) target = f.second;
        if (!target) {
            raise(exc::TypeError, "'%s' is an invalid keyword argument for %s()",
                  std::string(k).c_str(), fn);
            return false;
        }
        *target = args[nargs + i];
    }
    return true;
}

// BaseException.__init__ for the positional arguments only.
static int positional_init(Value self, const Value* args, size_t nargs) {
    Value t = make_tuple_from(args, nargs);
    if (!t) return -1;
    E(self)->args = t;
    return 0;
}

static int importerror_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (positional_init(self, args, nargs) < 0) return -1;
    auto* e = fields_of<ImportErrorObject>(self);
    if (!keyword_fields("ImportError", args, nargs, kwnames,
                        {{"name", &e->name}, {"path", &e->path}}))
        return -1;
    e->msg = nargs == 1 ? args[0] : Value();
    return 0;
}

static int nameerror_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (positional_init(self, args, nargs) < 0) return -1;
    auto* e = fields_of<NameErrorObject>(self);
    return keyword_fields("NameError", args, nargs, kwnames, {{"name", &e->name}}) ? 0 : -1;
}

static int attributeerror_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (positional_init(self, args, nargs) < 0) return -1;
    auto* e = fields_of<AttributeErrorObject>(self);
    return keyword_fields("AttributeError", args, nargs, kwnames,
                          {{"name", &e->name}, {"obj", &e->obj}})
               ? 0
               : -1;
}

// The message when it is exactly a str, else what BaseException shows.
static Value importerror_str(Value self) {
    Value msg = fields_of<ImportErrorObject>(self)->msg;
    if (msg && type_of(msg) == &StrType) return msg;
    return exception_str(self);
}

// (type, args[, state]): the state adds the name and path that are set to
// the instance dict, as CPython's ImportError_getstate does.
static Value importerror_reduce(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("__reduce__", nargs, 0, 0)) return Value();
    auto* e = fields_of<ImportErrorObject>(self);
    Dict* own = own_dict(self);
    Value state = own ? Value(own) : Value();
    if (e->name || e->path) {
        Dict* d = own ? dict_copy(own) : make_dict();
        if (!d || (e->name && !dict_set_cstr(d, "name", e->name)) ||
            (e->path && !dict_set_cstr(d, "path", e->path)))
            return Value();
        state = Value(d);
    }
    Value args = e->args ? e->args : empty_tuple();
    if (!state) return tuple_pack({Value(type_of(self)), args});
    return tuple_pack({Value(type_of(self)), args, state});
}

static const NativeMethodDef importerror_methods[] = {
    {"__reduce__", importerror_reduce, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef import_error_fields[] = {
    EXC_FIELD(ImportErrorObject, msg, "msg", "exception message"),
    EXC_FIELD(ImportErrorObject, name, "name", "module name"),
    EXC_FIELD(ImportErrorObject, path, "path", "module path"),
    {nullptr, nullptr, nullptr, nullptr},
};
static const GetSetDef name_error_fields[] = {
    EXC_FIELD(NameErrorObject, name, "name", "name"),
    {nullptr, nullptr, nullptr, nullptr},
};
static const GetSetDef attribute_error_fields[] = {
    EXC_FIELD(AttributeErrorObject, name, "name", "attribute name"),
    EXC_FIELD(AttributeErrorObject, obj, "obj", "object"),
    {nullptr, nullptr, nullptr, nullptr},
};

// -- OSError

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

// PyNumber_Check: what BlockingIOError takes as characters_written.
static bool is_number_like(Value v) {
    Type* t = type_of(v);
    return t->nb_index || t->nb_int || t->nb_float || is_int(v);
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): with 2 to
// 5 arguments the fields are set; a filename leaves only (errno, strerror)
// in args. BlockingIOError's third argument may be characters_written.
static int oserror_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (kwnames && tuple_size(kwnames) && type_of(self)->init == oserror_init) {
        raise(exc::TypeError, "%s() takes no keyword arguments", type_name(self));
        return -1;
    }
    if (positional_init(self, args, nargs) < 0) return -1;
    auto* e = fields_of<OSErrorObject>(self);
    e->myerrno = e->strerror = e->filename = e->filename2 = e->written = Value();
    if (nargs < 2 || nargs > 5) return 0;
    e->myerrno = args[0];
    e->strerror = args[1];
    Value filename = nargs >= 3 ? args[2] : Value();
    if (!filename || is_none(filename)) return 0;
    if (type_of(self) == exc::BlockingIOError && is_number_like(filename)) {
        int64_t n;
        if (!index_as_int64(filename, &n, exc::ValueError)) return -1;
        e->written = make_int(n);
        return !e->written ? -1 : 0;
    }
    e->filename = filename;
    // args[3] is winerror, which only Windows reads.
    if (nargs == 5 && !is_none(args[4])) e->filename2 = args[4];
    return positional_init(self, args, 2);
}

static Value oserror_str(Value self) {
    auto* e = fields_of<OSErrorObject>(self);
    auto str_or_none = [](Value v) { return str_of(v ? v : None()); };
    if (e->filename || (e->myerrno && e->strerror)) {
        Value eno = str_or_none(e->myerrno);
        Value se = eno ? str_or_none(e->strerror) : Value();
        if (!se) return se;
        std::string s = "[Errno " + std::string(str_view(eno)) + "] " + std::string(str_view(se));
        if (e->filename) {
            Value fn = repr(e->filename);
            if (!fn) return fn;
            s += ": " + std::string(str_view(fn));
            if (e->filename2) {
                Value fn2 = repr(e->filename2);
                if (!fn2) return fn2;
                s += " -> " + std::string(str_view(fn2));
            }
        }
        return make_str(s);
    }
    return exception_str(self);
}

// (type, args[, dict]), where args gets back the filename (and filename2,
// after a None for winerror) that __init__ took out of it.
static Value oserror_reduce(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("__reduce__", nargs, 0, 0)) return Value();
    auto* e = fields_of<OSErrorObject>(self);
    Value args = e->args ? e->args : empty_tuple();
    if (tuple_size(args) == 2 && e->filename) {
        if (e->filename2)
            args = tuple_pack(
                {tuple_get(args, 0), tuple_get(args, 1), e->filename, None(), e->filename2});
        else
            args = tuple_pack({tuple_get(args, 0), tuple_get(args, 1), e->filename});
        if (!args) return args;
    }
    Dict* own = own_dict(self);
    if (!own) return tuple_pack({Value(type_of(self)), args});
    return tuple_pack({Value(type_of(self)), args, Value(own)});
}

// characters_written: an AttributeError while unset (as CPython's -1).
static Value oserror_get_written(Value self) {
    Value w = fields_of<OSErrorObject>(self)->written;
    return w ? w : raise(exc::AttributeError, "characters_written");
}
static int oserror_set_written(Value self, Value v) {
    auto* e = fields_of<OSErrorObject>(self);
    if (!v) {
        if (!e->written) {
            raise(exc::AttributeError, "characters_written");
            return -1;
        }
        e->written = Value();
        return 0;
    }
    int64_t n;
    if (!index_as_int64(v, &n, exc::ValueError)) return -1;
    e->written = make_int(n);
    return e->written ? 0 : -1;
}

static const NativeMethodDef oserror_methods[] = {
    {"__reduce__", oserror_reduce, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef os_error_fields[] = {
    EXC_FIELD(OSErrorObject, myerrno, "errno", "POSIX exception code"),
    EXC_FIELD(OSErrorObject, strerror, "strerror", "exception strerror"),
    EXC_FIELD(OSErrorObject, filename, "filename", "exception filename"),
    EXC_FIELD(OSErrorObject, filename2, "filename2", "second exception filename"),
    {"characters_written", oserror_get_written, oserror_set_written, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// -- SyntaxError

static int syntaxerror_init(Value self, const Value* args, size_t nargs, Value kw) {
    if (exception_init(self, args, nargs, kw) < 0) return -1;
    auto* e = fields_of<SyntaxErrorObject>(self);
    if (nargs >= 1) e->msg = args[0];
    if (nargs == 2) {
        Value info = sequence_to_tuple(args[1]);
        if (!info) return -1;
        size_t n = tuple_size(info);
        if (n < 4 || n > 6) {
            raise(exc::IndexError, "tuple index out of range");
            return -1;
        }
        Value* fields[] = {&e->filename, &e->lineno,     &e->offset,
                           &e->text,     &e->end_lineno, &e->end_offset};
        e->end_lineno = e->end_offset = Value();
        for (size_t i = 0; i < n; i++)
            *fields[i] = tuple_get(info, i);
    }
    return 0;
}

static Value syntaxerror_str(Value self) {
    auto* e = fields_of<SyntaxErrorObject>(self);
    Value msg = e->msg ? str_of(e->msg) : str_of(None());
    if (!msg) return msg;
    std::string s(str_view(msg));
    bool have_fn = e->filename && is_str(e->filename);
    bool have_ln = e->lineno && type_of(e->lineno) == &IntType;
    if (have_fn || have_ln) {
        std::string base;
        if (have_fn) {
            std::string f(str_view(e->filename));
            size_t slash = f.rfind('/');
            base = slash == std::string::npos ? f : f.substr(slash + 1);
        }
        if (have_fn && have_ln)
            s += " (" + base + ", line " + str_text(e->lineno) + ")";
        else if (have_fn)
            s += " (" + base + ")";
        else
            s += " (line " + str_text(e->lineno) + ")";
    }
    return make_str(s);
}

static const GetSetDef syntax_error_fields[] = {
    EXC_FIELD(SyntaxErrorObject, msg, "msg", "exception msg"),
    EXC_FIELD(SyntaxErrorObject, filename, "filename", "exception filename"),
    EXC_FIELD(SyntaxErrorObject, lineno, "lineno", "exception lineno"),
    EXC_FIELD(SyntaxErrorObject, offset, "offset", "exception offset"),
    EXC_FIELD(SyntaxErrorObject, text, "text", "exception text"),
    EXC_FIELD(SyntaxErrorObject, end_lineno, "end_lineno", "exception end lineno"),
    EXC_FIELD(SyntaxErrorObject, end_offset, "end_offset", "exception end offset"),
    EXC_FIELD(SyntaxErrorObject, print_file_and_line, "print_file_and_line",
              "exception print_file_and_line"),
    {nullptr, nullptr, nullptr, nullptr},
};

#undef EXC_FIELD

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
    add_instance_dict_descriptor(&BaseExceptionType);
    add_methods(&BaseExceptionType, exception_methods);
    add_slot_wrappers(&BaseExceptionType);

    using namespace exc;
    BaseException = &BaseExceptionType;
    SystemExit = make_exc("SystemExit", BaseException);
    SystemExit->init = systemexit_init;
    give_fields(SystemExit, sizeof(SystemExitObject), system_exit_trace, system_exit_fields);
    KeyboardInterrupt = make_exc("KeyboardInterrupt", BaseException);
    GeneratorExit = make_exc("GeneratorExit", BaseException);
    Exception = make_exc("Exception", BaseException);
    StopIteration = make_exc("StopIteration", Exception);
    StopIteration->init = stopiteration_init;
    give_fields(StopIteration, sizeof(StopIterationObject), stop_iteration_trace,
                stop_iteration_fields);
    StopAsyncIteration = make_exc("StopAsyncIteration", Exception);
    ArithmeticError = make_exc("ArithmeticError", Exception);
    FloatingPointError = make_exc("FloatingPointError", ArithmeticError);
    OverflowError = make_exc("OverflowError", ArithmeticError);
    ZeroDivisionError = make_exc("ZeroDivisionError", ArithmeticError);
    AssertionError = make_exc("AssertionError", Exception);
    AttributeError = make_exc("AttributeError", Exception);
    AttributeError->init = attributeerror_init;
    give_fields(AttributeError, sizeof(AttributeErrorObject), attribute_error_trace,
                attribute_error_fields);
    BufferError = make_exc("BufferError", Exception);
    EOFError = make_exc("EOFError", Exception);
    ImportError = make_exc("ImportError", Exception);
    ImportError->init = importerror_init;
    ImportError->str = importerror_str;
    give_fields(ImportError, sizeof(ImportErrorObject), import_error_trace, import_error_fields);
    add_methods(ImportError, importerror_methods);
    ModuleNotFoundError = make_exc("ModuleNotFoundError", ImportError);
    LookupError = make_exc("LookupError", Exception);
    IndexError = make_exc("IndexError", LookupError);
    KeyError = make_exc("KeyError", LookupError);
    KeyError->str = keyerror_str;
    MemoryError = make_exc("MemoryError", Exception);
    NameError = make_exc("NameError", Exception);
    NameError->init = nameerror_init;
    give_fields(NameError, sizeof(NameErrorObject), name_error_trace, name_error_fields);
    UnboundLocalError = make_exc("UnboundLocalError", NameError);
    OSError = make_exc("OSError", Exception);
    OSError->init = oserror_init;
    OSError->tp_new = oserror_new;
    OSError->str = oserror_str;
    give_fields(OSError, sizeof(OSErrorObject), os_error_trace, os_error_fields);
    add_methods(OSError, oserror_methods);
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
    give_fields(SyntaxError, sizeof(SyntaxErrorObject), syntax_error_trace, syntax_error_fields);
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
    // (CPython makes it as a class statement would: it accepts weak references.)
    ExceptionGroup->flags |= TYPE_WEAKREFABLE;
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
