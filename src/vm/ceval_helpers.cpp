// The out-of-line halves of instruction bodies (see ceval_helpers.h).
// CPython counterpart: the static helpers of Python/ceval.c,
// Python/intrinsics.c, and parts of Python/bltinmodule.c (__build_class__).
#include "vm/ceval_helpers.h"

#include "modules/signal_module.h"
#include "objects/dict.h"
#include "objects/exception_group.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/misc.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/finalizers.h"
#include "runtime/gc.h"
#include "runtime/import.h"
#include "runtime/interp.h"
#include "runtime/slots.h"
#include "runtime/type.h"
#include "vm/ceval.h"
#include "vm/generated/opcode_metadata.h"

#include <csignal>
#include <cstring>
#include <string>

namespace uopy::vm {

// -- Frames -----------------------------------------------------------------------------

// A frame for a call of [f], its namespaces set, its locals still empty.
static Frame* push_function_frame(FunctionObject* f) {
    Frame* frame = push_frame(f->code);
    if (!frame) return nullptr;
    init_function_frame(frame, f);
    return frame;
}

Frame* vm_push_function_frame(FunctionObject* f, const Value* args, size_t nargs, Value kwnames) {
    // Fast path: exactly the positional parameters, no defaults needed.
    if (!kwnames && vm_exact_args_function(f, static_cast<int>(nargs)))
        return vm_push_frame_exact_args(f, args);
    Frame* frame = push_function_frame(f);
    if (!frame) return nullptr;
    g_ts->frame_being_bound = frame;
    bool bound = bind_arguments(f, frame->localsplus, args, nargs, kwnames);
    g_ts->frame_being_bound = nullptr;
    if (!bound) {
        g_ts->py_depth--;
        pop_frame(frame);
        return nullptr;
    }
    return frame;
}

Frame* vm_push_frame_exact_args(FunctionObject* f, const Value* args) {
    Frame* frame = push_frame(f->code);
    return frame ? fill_exact_args_frame(frame, f, args) : nullptr;
}

static CodeObject* g_init_shim_code = nullptr;

void init_shim_code() {
    auto* co = gc_new<CodeObject>(&CodeType, sizeof(CodeObject) + 2 * sizeof(CodeUnit));
    co->gc_flags |= GC_IMMORTAL;
    gc_add_static(co);
    co->ncodeunits = 2;
    co->code[0].op.code = EXIT_INIT_CHECK;
    co->code[1].op.code = RETURN_VALUE;
    co->name = intern("__init__");
    co->qualname = co->name;
    co->filename = intern("<shim>");
    co->consts = empty_tuple();
    co->names = empty_tuple();
    co->localsplusnames = empty_tuple();
    co->kinds = reinterpret_cast<uint8_t*>(gc_alloc_bytes(1));
    co->exceptiontable = reinterpret_cast<uint8_t*>(gc_alloc_bytes(1));
    co->linetable = reinterpret_cast<uint8_t*>(gc_alloc_bytes(1));
    co->flags = CO_UOPY_SHIM;
    co->stacksize = 2;
    co->framesize = 2;
    g_init_shim_code = co;
}

CodeObject* init_shim_code_object() {
    return g_init_shim_code;
}

Frame* vm_push_init_frames(Type* tp, const Value* args, size_t nargs, Frame** shim) {
    Frame* s = push_frame(g_init_shim_code);
    if (!s) return nullptr;
    *s->stackpointer++ = args[0]; // the instance, returned after the check
    s->globals = Value();
    Frame* init = vm_push_function_frame(as_function(tp->spec_init), args, nargs, Value());
    if (!init) {
        g_ts->py_depth--;
        pop_frame(s);
        return nullptr;
    }
    *shim = s;
    return init;
}

int vm_exit_init_check(Value returned) {
    if (is_none(returned)) return 0;
    raise(exc::TypeError, "__init__() should return None, not '%s'", type_name(returned));
    return -1;
}

Frame* vm_push_body_frame(FunctionObject* f, Value ns) {
    Frame* frame = push_frame(f->code);
    if (!frame) return nullptr;
    frame->func = Value(f);
    frame->globals = f->globals;
    frame->builtins = f->builtins ? f->builtins : g_interp->builtins;
    frame->locals = ns;
    frame->previous = g_ts->current_frame;
    return frame;
}

void vm_copy_free_vars(Frame* frame, int n) {
    FunctionObject* f = as_function(frame->func);
    CodeObject* co = frame->code;
    int offset = co->nlocalsplus - n;
    for (int i = 0; i < n; i++)
        frame->localsplus[offset + i] = tuple_get(f->closure, i);
}

// -- Errors -------------------------------------------------------------------------------

void vm_unbound_local_error(Frame* frame, int index) {
    Value name = tuple_get(frame->code->localsplusnames, index);
    raise(exc::UnboundLocalError,
          "cannot access local variable '%s' where it is not associated with a value",
          str_view(name).data());
}

void vm_unbound_deref_error(Frame* frame, int index) {
    Value name = tuple_get(frame->code->localsplusnames, index);
    if (frame->code->kinds[index] & CO_FAST_FREE)
        raise(exc::NameError,
              "cannot access free variable '%s' where it is not associated with a value in "
              "enclosing scope",
              str_view(name).data());
    else
        raise(exc::UnboundLocalError,
              "cannot access local variable '%s' where it is not associated with a value",
              str_view(name).data());
}

int vm_bad_opcode(Frame* frame, int opcode) {
    raise(exc::SystemError, "%s:%d: unknown opcode %d", str_view(frame->code->filename).data(),
          code_addr_to_line(frame->code, static_cast<int>(frame->instr_ptr - frame->code->code)),
          opcode);
    return -1;
}

int vm_do_raise(Value exc, Value cause) {
    if (!exc) {
        Value cur = g_ts->exc_info;
        if (!cur || is_none(cur)) {
            raise(exc::RuntimeError, "No active exception to reraise");
            return 0;
        }
        raise_instance(cur);
        return 1;
    }
    if (!raise_object(exc) && !err_occurred()) return 0;
    if (!cause) return 0;
    Value e = err_fetch();
    if (!is_exception(e)) {
        raise_instance(e);
        return 0;
    }
    Value c;
    if (is_none(cause)) {
        c = Value();
    } else if (cause.is_ptr() && isinstance_of(cause, &TypeType) &&
               is_exception_type(static_cast<Type*>(cause.as_ptr()))) {
        c = call0(cause);
        if (!c) return 0;
    } else if (is_exception(cause)) {
        c = cause;
    } else {
        raise(exc::TypeError, "exception causes must derive from BaseException");
        return 0;
    }
    as_exception(e)->cause = c;
    as_exception(e)->suppress_context = true;
    raise_instance(e);
    return 0;
}

int vm_check_exc_match(Value exc, Value match_type) {
    auto ok = [](Value t) {
        return t.is_ptr() && isinstance_of(t, &TypeType) &&
               is_exception_type(static_cast<Type*>(t.as_ptr()));
    };
    if (is_tuple(match_type)) {
        for (size_t i = 0; i < tuple_size(match_type); i++)
            if (!ok(tuple_get(match_type, i))) {
                raise(exc::TypeError,
                      "catching classes that do not inherit from BaseException is not allowed");
                return -1;
            }
    } else if (!ok(match_type)) {
        raise(exc::TypeError,
              "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return is_instance(exc, match_type);
}

Value vm_with_except_start(Value exit_func, Value exit_self, Value val) {
    Value tb = as_exception(val)->traceback;
    Value args[4];
    size_t n = 0;
    if (exit_self) args[n++] = exit_self;
    args[n++] = Value(type_of(val));
    args[n++] = val;
    args[n++] = tb ? tb : None();
    return call(exit_func, args, n);
}

int vm_handle_eval_breaker() {
    g_interp->eval_breaker = 0;
    // __del__ before the weak-reference callbacks, as CPython's dealloc
    // finalizes an object before it clears the weak references to it.
    run_pending_finalizers();
    run_pending_weakref_callbacks();
    if (g_interp->pending_sigint) {
        g_interp->pending_sigint = 0;
        raise_empty(exc::KeyboardInterrupt);
        return -1;
    }
    // Handlers the program installed with signal.signal().
    if (!run_pending_signal_handlers()) return -1;
    return 0;
}

// -- Operators ------------------------------------------------------------------------------

Value vm_binary_op(Value lhs, Value rhs, int oparg) {
    // The generic form keeps the small-int additions of the specialized ones
    // (sites that see mixed operands, and -X specialization=off).
    if (lhs.is_int() && rhs.is_int()) {
        switch (oparg) {
        case NB_ADD:
        case NB_ADD + NB_INPLACE_OFFSET: return vm_int_add(lhs, rhs);
        case NB_SUBTRACT:
        case NB_SUBTRACT + NB_INPLACE_OFFSET: return vm_int_sub(lhs, rhs);
        default: break;
        }
    }
    return binary_op(lhs, rhs, oparg);
}

Value vm_compare_op(Value left, Value right, int oparg) {
    CompareOp op = static_cast<CompareOp>(oparg >> 5);
    // Small ints and bools in any mix (a site that sees both stays generic):
    // compared as the ints they are, without a call.
    auto small = [](Value v, int64_t* out) {
        if (v.is_int()) {
            *out = v.as_int();
            return true;
        }
        if (v == True() || v == False()) {
            *out = v == True();
            return true;
        }
        return false;
    };
    int64_t a, b;
    if (small(left, &a) && small(right, &b)) return Bool(compare_values(a, b, op));
    Value r = rich_compare(left, right, op);
    if (!r || !(oparg & 16)) return r;
    // The bool form (oparg & 16) converts the result; unlike containers'
    // equality it has no identity shortcut: x == x is False for a NaN.
    int t = truthy(r);
    return t < 0 ? Value() : Bool(t);
}

Value vm_dict_subscript(Value dict, Value key) {
    Value v = dict_get(as_dict(dict), key);
    if (v || err_occurred()) return v;
    return get_item(dict, key); // raises KeyError with CPython's wording
}

Value vm_binary_slice(Value container, Value start, Value stop) {
    Value slice = make_slice(start, stop, None());
    if (!slice) return slice;
    return get_item(container, slice);
}

int vm_store_slice(Value container, Value start, Value stop, Value v) {
    Value slice = make_slice(start, stop, None());
    if (!slice) return -1;
    return set_item(container, slice, v);
}

// -- Collections ------------------------------------------------------------------------------

Value vm_build_set(const Value* values, size_t n) {
    Value s = make_set();
    if (!s) return s;
    for (size_t i = 0; i < n; i++)
        if (!set_add(s, values[i])) return Value();
    return s;
}

Value vm_build_map(const Value* values, size_t n) {
    Dict* d = make_dict();
    if (!d) return Value();
    for (size_t i = 0; i < n; i++)
        if (!dict_set(d, values[2 * i], values[2 * i + 1])) return Value();
    return Value(d);
}

Value vm_build_string(const Value* pieces, size_t n) {
    std::string out;
    for (size_t i = 0; i < n; i++)
        out += str_view(pieces[i]);
    return make_str(out);
}

int vm_list_extend(Value list, Value iterable) {
    if (list_extend(list, iterable)) return 0;
    if (err_matches(exc::TypeError) && !type_of(iterable)->iter && !type_of(iterable)->getitem) {
        err_clear();
        raise(exc::TypeError, "Value after * must be an iterable, not %s", type_name(iterable));
    }
    return -1;
}

int vm_dict_update(Value dict, Value update) {
    // {**x} accepts only mappings (something with a keys() method), never an
    // iterable of pairs as dict.update() does.
    if (!is_dict(update)) {
        Value keys = get_attr_optional(update, intern("keys"));
        if (!keys) {
            if (!err_occurred() || err_matches(exc::AttributeError)) {
                err_clear();
                raise(exc::TypeError, "'%s' object is not a mapping", type_name(update));
            }
            return -1;
        }
    }
    if (dict_update(as_dict(dict), update)) return 0;
    if (err_matches(exc::AttributeError)) {
        err_clear();
        raise(exc::TypeError, "'%s' object is not a mapping", type_name(update));
    }
    return -1;
}

// How CPython names a callable in argument errors: "module.qualname()" for
// functions outside builtins, "qualname()" otherwise.
static std::string callable_label(Value callable) {
    Value q = get_attr_optional(callable, names::__qualname__);
    if (!q || !is_str(q)) {
        err_clear();
        return std::string(type_name(callable)) + " object";
    }
    std::string label(str_view(q));
    Value m = get_attr_optional(callable, names::__module__);
    if (!m) err_clear();
    if (m && is_str(m) && str_view(m) != "builtins") label = std::string(str_view(m)) + "." + label;
    return label + "()";
}

int vm_dict_merge(Value callable, Value dict, Value update) {
    Dict* d = as_dict(dict);
    if (!is_dict(update)) {
        Value keys = get_attr_optional(update, intern("keys"));
        if (!keys) {
            if (!err_occurred())
                raise_str(exc::TypeError, callable_label(callable) +
                                              " argument after ** must be a mapping, not " +
                                              type_name(update));
            return -1;
        }
    }
    Value src = update;
    if (!dict_iterates_natively(update)) {
        Dict* tmp = make_dict();
        if (!tmp || !dict_update(tmp, update)) return -1;
        src = Value(tmp);
    }
    size_t pos = 0;
    Value k, v;
    while (dict_next(as_dict(src), &pos, &k, &v)) {
        if (!is_str(k)) {
            raise(exc::TypeError, "keywords must be strings");
            return -1;
        }
        if (dict_get(d, k)) {
            raise_str(exc::TypeError, callable_label(callable) +
                                          " got multiple values for keyword argument '" +
                                          std::string(str_view(k)) + "'");
            return -1;
        }
        if (!dict_set(d, k, v)) return -1;
    }
    return 0;
}

// Pushes the items of [seq] so that the first ends up on top (UNPACK_SEQUENCE).
int vm_unpack_sequence(Value seq, int n, Value* out) {
    if (is_exact_tuple(seq) || is_exact_list(seq)) {
        size_t size = is_exact_tuple(seq) ? tuple_size(seq) : list_size(seq);
        const Value* items = is_exact_tuple(seq) ? tuple_items(seq) : as_list(seq)->items;
        if (size != static_cast<size_t>(n)) {
            if (size < static_cast<size_t>(n))
                raise(exc::ValueError, "not enough values to unpack (expected %d, got %zu)", n,
                      size);
            else
                raise(exc::ValueError, "too many values to unpack (expected %d)", n);
            return -1;
        }
        for (int i = 0; i < n; i++)
            out[n - 1 - i] = items[i];
        return 0;
    }
    Value it = get_iter(seq);
    if (!it) {
        if (err_matches(exc::TypeError)) {
            err_clear();
            raise(exc::TypeError, "cannot unpack non-iterable %s object", type_name(seq));
        }
        return -1;
    }
    for (int i = 0; i < n; i++) {
        Value x = iter_next(it);
        if (!x) {
            if (!err_occurred())
                raise(exc::ValueError, "not enough values to unpack (expected %d, got %d)", n, i);
            return -1;
        }
        out[n - 1 - i] = x;
    }
    Value extra = iter_next(it);
    if (extra) {
        raise(exc::ValueError, "too many values to unpack (expected %d)", n);
        return -1;
    }
    return err_occurred() ? -1 : 0;
}

// a, *b, c = seq: [before] items, a list, [after] items; first item on top.
int vm_unpack_ex(Value seq, int before, int after, Value* out) {
    Value list = sequence_to_list(seq);
    if (!list) {
        if (err_matches(exc::TypeError) && !type_of(seq)->iter && !type_of(seq)->getitem) {
            err_clear();
            raise(exc::TypeError, "cannot unpack non-iterable %s object", type_name(seq));
        }
        return -1;
    }
    size_t size = list_size(list);
    if (size < static_cast<size_t>(before + after)) {
        raise(exc::ValueError, "not enough values to unpack (expected at least %d, got %zu)",
              before + after, size);
        return -1;
    }
    int total = before + 1 + after;
    Value* items = as_list(list)->items;
    // out[0] is the deepest slot: the last target.
    for (int i = 0; i < before; i++)
        out[total - 1 - i] = items[i];
    size_t mid_len = size - before - after;
    Value mid = make_list_from(items + before, mid_len);
    if (!mid) return -1;
    out[after] = mid;
    for (int i = 0; i < after; i++)
        out[after - 1 - i] = items[before + mid_len + i];
    return 0;
}

// -- Names --------------------------------------------------------------------------------------

static Value name_error(Value name) {
    Value r = raise(exc::NameError, "name '%s' is not defined", str_view(name).data());
    Value e = err_current();
    if (e) set_attr_cstr(e, "name", name);
    return r;
}

static Value mapping_get(Value mapping, Value name) {
    if (is_exact_dict(mapping)) return dict_get_str(as_dict(mapping), name);
    Value v = get_item(mapping, name);
    if (!v && err_matches(exc::KeyError)) err_clear();
    return v;
}

Value vm_load_name(Frame* frame, Value name) {
    if (frame->locals) {
        Value v = mapping_get(frame->locals, name);
        if (v || err_occurred()) return v;
    }
    Value v = dict_get_str(as_dict(frame->globals), name);
    if (v) return v;
    v = dict_get_str(as_dict(frame->builtins), name);
    if (v) return v;
    return name_error(name);
}

int vm_store_name(Frame* frame, Value name, Value v) {
    if (!frame->locals) {
        raise(exc::SystemError, "no locals found when storing '%s'", str_view(name).data());
        return -1;
    }
    if (is_exact_dict(frame->locals)) return dict_set(as_dict(frame->locals), name, v) ? 0 : -1;
    return set_item(frame->locals, name, v);
}

int vm_delete_name(Frame* frame, Value name) {
    if (!frame->locals) {
        raise(exc::SystemError, "no locals when deleting '%s'", str_view(name).data());
        return -1;
    }
    int r = is_exact_dict(frame->locals) ? dict_del(as_dict(frame->locals), name)
                                         : (del_item(frame->locals, name) == 0 ? 1 : -1);
    if (r == 0) {
        name_error(name);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

Value vm_load_global(Frame* frame, Value name) {
    Value v = dict_get_str(as_dict(frame->globals), name);
    if (v) return v;
    v = dict_get_str(as_dict(frame->builtins), name);
    if (v) return v;
    return name_error(name);
}

int vm_delete_global(Frame* frame, Value name) {
    int r = dict_del(as_dict(frame->globals), name);
    if (r == 0) {
        name_error(name);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

Value vm_load_from_dict_or_deref(Frame* frame, Value dict, int index) {
    Value name = tuple_get(frame->code->localsplusnames, index);
    Value v = mapping_get(dict, name);
    if (v || err_occurred()) return v;
    v = static_cast<CellObject*>(frame->localsplus[index].as_ptr())->ref;
    if (!v) {
        vm_unbound_deref_error(frame, index);
        return Value();
    }
    return v;
}

Value vm_load_from_dict_or_globals(Frame* frame, Value dict, Value name) {
    Value v = mapping_get(dict, name);
    if (v || err_occurred()) return v;
    return vm_load_global(frame, name);
}

Value vm_load_method(Value owner, Value name, Value* self_slot) {
    Type* t = type_of(owner);
    // Only for the default attribute lookup: an unbound function or method
    // descriptor found on the type, not shadowed by the instance dict.
    if (t->getattr == ObjectType.getattr) {
        Value attr = type_lookup(t, name);
        if (attr && (type_of(attr)->flags & TYPE_METHOD_DESCRIPTOR)) {
            if (!t->dict_offset || !instance_attr(owner, name)) {
                *self_slot = owner;
                return attr;
            }
        }
    }
    *self_slot = Value();
    return get_attr(owner, name);
}

Value vm_load_super_attr(Value global_super, Value cls, Value self, Value name, int oparg,
                         Value* null_slot) {
    Value sup;
    if (global_super == Value(&SuperType) && cls.is_ptr() && isinstance_of(cls, &TypeType)) {
        sup = make_super(static_cast<Type*>(cls.as_ptr()), self);
    } else {
        Value args[2] = {cls, self};
        sup = call(global_super, args, (oparg & 2) ? 2 : 0);
    }
    if (!sup) return sup;
    Value attr = get_attr(sup, name);
    if (oparg & 1) *null_slot = Value();
    return attr;
}

Value vm_super_lookup(Value cls, Value self, Value name, Value* self_slot) {
    Type* obj_type = type_of(self);
    Value v = super_lookup(static_cast<Type*>(cls.as_ptr()), obj_type, name);
    if (v) {
        Type* vt = type_of(v);
        if (self_slot && (vt->flags & TYPE_METHOD_DESCRIPTOR)) return v; // self stays
        if (self_slot) *self_slot = Value();
        if (!vt->descr_get) return v;
        return vt->descr_get(v, self, Value(obj_type));
    }
    // Not along the MRO (or __class__): the super object's own attributes,
    // and its AttributeError.
    if (self_slot) *self_slot = Value();
    Value sup = make_super(static_cast<Type*>(cls.as_ptr()), self);
    if (!sup) return sup;
    return get_attr(sup, name);
}

int vm_load_special(Value owner, int which, Value* method_and_self) {
    static const char* const kNames[] = {"__enter__", "__exit__", "__aenter__", "__aexit__"};
    Value name = intern(kNames[which & 3]);
    Value attr = lookup_special(owner, name);
    if (!attr) {
        if (err_occurred()) return -1;
        // __exit__ is looked up before __enter__; name the missing __exit__
        // only when __enter__ is there (CPython 3.11's wording).
        bool async = (which & 3) >= 2;
        bool is_exit = (which & 1) != 0;
        bool enter_missing = !is_exit;
        if (is_exit) {
            Value enter = lookup_special(owner, intern(kNames[which & 2]));
            if (!enter && err_occurred()) return -1;
            enter_missing = !enter;
        }
        raise(exc::TypeError, "'%s' object does not support the %scontext manager protocol%s",
              type_name(owner), async ? "asynchronous " : "",
              enter_missing ? ""
              : async       ? " (missed __aexit__ method)"
                            : " (missed __exit__ method)");
        return -1;
    }
    if (type_of(attr)->flags & TYPE_METHOD_DESCRIPTOR) {
        method_and_self[0] = attr;
        method_and_self[1] = owner;
        return 0;
    }
    DescrGetFn get = type_of(attr)->descr_get;
    if (get) {
        attr = get(attr, owner, Value(type_of(owner)));
        if (!attr) return -1;
    }
    method_and_self[0] = attr;
    method_and_self[1] = Value();
    return 0;
}

// -- Calls ---------------------------------------------------------------------------------------

Value vm_call_function_ex(Value func, Value callargs, Value kwargs) {
    Value args = callargs;
    if (!is_tuple(args)) {
        if (!type_of(args)->iter && !type_of(args)->getitem)
            return raise_str(exc::TypeError, callable_label(func) +
                                                 " argument after * must be an iterable, not " +
                                                 type_name(args));
        args = sequence_to_tuple(args);
        if (!args) return args;
    }
    Value kw = kwargs;
    if (kw && !is_none(kw) && !is_dict(kw)) {
        Dict* d = make_dict();
        if (!d || vm_dict_merge(func, Value(d), kw) < 0) return Value();
        kw = Value(d);
    }
    return call_tuple_dict(func, args, kw && !is_none(kw) ? kw : Value());
}

Value vm_call_intrinsic_1(Frame* frame, int which, Value v) {
    switch (which) {
    case 1: { // INTRINSIC_PRINT: the REPL's display hook
        if (is_none(v)) return None();
        Value r = repr(v);
        if (!r) return r;
        std::fwrite(str_view(r).data(), 1, str_view(r).size(), stdout);
        std::fputc('\n', stdout);
        return None();
    }
    case 2: // INTRINSIC_IMPORT_STAR
        if (import_star(frame, v) < 0) return Value();
        return None();
    case 3: { // INTRINSIC_STOPITERATION_ERROR
        int flags = frame->code->flags;
        bool async_gen = flags & CO_ASYNC_GENERATOR;
        if (is_exception(v) && (isinstance_of(v, exc::StopIteration) ||
                                (async_gen && isinstance_of(v, exc::StopAsyncIteration)))) {
            const char* kind = (flags & CO_COROUTINE) ? "coroutine"
                               : async_gen            ? "async generator"
                                                      : "generator";
            Value msg = make_str(
                std::string(kind) + " raised " +
                (isinstance_of(v, exc::StopIteration) ? "StopIteration" : "StopAsyncIteration"));
            Value e = make_exception(exc::RuntimeError, tuple_pack({msg}));
            if (!e) return e;
            as_exception(e)->cause = v;
            as_exception(e)->context = v;
            as_exception(e)->suppress_context = true;
            return e;
        }
        return v;
    }
    case 4: return async_gen_wrap(v); // INTRINSIC_ASYNC_GEN_WRAP
    case 5: return unary_positive(v); // INTRINSIC_UNARY_POSITIVE
    case 6: return list_as_tuple(v);  // INTRINSIC_LIST_TO_TUPLE
    default: return raise(exc::SystemError, "intrinsic %d not supported", which);
    }
}

Value vm_call_intrinsic_2(Frame*, int which, Value value2, Value value1) {
    // INTRINSIC_PREP_RERAISE_STAR: (orig, list of raised/unhandled parts).
    if (which == 1) return prep_reraise_star(value2, value1);
    return raise(exc::SystemError, "intrinsic2 %d not supported", which);
}

void vm_set_function_attribute(Value func, int flag, Value attr) {
    FunctionObject* f = as_function(func);
    switch (flag) {
    case 0x01: f->defaults = attr; break;
    case 0x02: f->kwdefaults = attr; break;
    case 0x04: f->annotations = attr; break;
    case 0x08: f->closure = attr; break;
    default: break;
    }
}

Value vm_load_build_class(Frame* frame) {
    Value bc = dict_get_str(as_dict(frame->builtins), names::__build_class__);
    if (!bc) return raise(exc::NameError, "__build_class__ not found");
    return bc;
}

Value vm_common_constant(int which) {
    switch (which) {
    case 0: return Value(exc::AssertionError);
    case 1: return Value(exc::NotImplementedError);
    case 2: return Value(&TupleType);
    case 3: return dict_get_cstr(as_dict(g_interp->builtins), "all");
    case 4: return dict_get_cstr(as_dict(g_interp->builtins), "any");
    case 5: return Value(&ListType);
    case 6: return Value(&SetType);
    default: return None();
    }
}

// -- Imports -----------------------------------------------------------------------------------

Value vm_import_name(Frame* frame, Value name, Value fromlist, Value level) {
    return import_name(frame, name, fromlist, level);
}

Value vm_import_from(Value module, Value name) {
    Value v = get_attr(module, name);
    if (v || !err_matches(exc::AttributeError)) return v;
    err_clear();
    // A submodule not yet bound as an attribute: look in sys.modules.
    Value modname = get_attr_optional(module, names::__name__);
    if (modname && is_str(modname)) {
        std::string full = std::string(str_view(modname)) + "." + std::string(str_view(name));
        Value m = dict_get_str(as_dict(g_interp->modules), intern(full));
        if (m) return m;
    }
    std::string mn =
        modname && is_str(modname) ? std::string(str_view(modname)) : "<unknown module name>";
    Value file = get_attr_optional(module, names::__file__);
    if (!file) err_clear();
    if (file && is_str(file))
        return raise(exc::ImportError, "cannot import name '%s' from '%s' (%s)",
                     str_view(name).data(), mn.c_str(), str_view(file).data());
    return raise(exc::ImportError, "cannot import name '%s' from '%s'", str_view(name).data(),
                 mn.c_str());
}

int vm_setup_annotations(Frame* frame) {
    if (!frame->locals) {
        raise(exc::SystemError, "no locals found when setting up annotations");
        return -1;
    }
    Value ann = mapping_get(frame->locals, names::__annotations__);
    if (ann) return 0;
    if (err_occurred()) return -1;
    Dict* d = make_dict();
    if (!d) return -1;
    return vm_store_name(frame, names::__annotations__, Value(d));
}

// -- Generators -----------------------------------------------------------------------------------

Value vm_get_yield_from_iter(Value iterable) {
    if (is_generator(iterable)) return iterable;
    return get_iter(iterable);
}

Value vm_stop_iteration_value(Value exc) {
    Value args = as_exception(exc)->args;
    return args && tuple_size(args) ? tuple_get(args, 0) : None();
}

// Pattern matching: vm/pattern_matching.cpp.

} // namespace uopy::vm
