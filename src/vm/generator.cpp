// Generators at run time: creation by RETURN_GENERATOR, resumption (send,
// next, throw, close) in a nested dispatch loop, and SEND for `yield from`.
// The generator's frame is stored inside the object and linked into the
// thread's frame chain while it runs. CPython counterpart: Objects/genobject.c.
#include "objects/generator.h"

#include "objects/exceptions.h"
#include "objects/frame_object.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/traceback.h"
#include "runtime/interp.h"
#include "runtime/slots.h"
#include "runtime/type.h"
#include "vm/ceval.h"
#include "vm/ceval_helpers.h"
#include "vm/generated/opcode_ids.h"

#include <cstdio>
#include <cstring>

namespace uopy {

Type GeneratorType;

void trace_frame(Frame* f, Tracer& t); // runtime/interp.cpp

void generator_trace(Object* o, Tracer& t) {
    auto* g = static_cast<GeneratorObject*>(o);
    t.visit(g->name);
    t.visit(g->qualname);
    t.visit(g->exc_state);
    t.visit(g->yield_from);
    t.visit(g->outer_exc_info);
    if (g->state != GEN_COMPLETED)
        trace_frame(g->frame(), t);
    else
        t.visit(g->frame()->code);
}

// The handled-exception state while a generator runs: its own (an except
// block it is inside), or else its caller's, as CPython's chained exception
// stack makes sys.exc_info() see. Leaving, the generator keeps only what it
// was handling itself.
static void swap_in_exc_state(GeneratorObject* g) {
    g->outer_exc_info = g_ts->exc_info;
    if (g->exc_state) g_ts->exc_info = g->exc_state;
}

static void swap_out_exc_state(GeneratorObject* g, bool completed) {
    Value current = g_ts->exc_info;
    g->exc_state = completed || current == g->outer_exc_info ? Value() : current;
    g_ts->exc_info = g->outer_exc_info;
    g->outer_exc_info = Value();
}

namespace vm {

Frame* vm_enter_generator(GeneratorObject* g, Frame* caller, Value sent) {
    if (g_ts->py_depth >= g_ts->recursion_limit) {
        raise(exc::RecursionError, "maximum recursion depth exceeded");
        return nullptr;
    }
    Frame* f = g->frame();
    *f->stackpointer++ = sent;
    f->previous = caller;
    f->is_entry = 0;
    g_ts->py_depth++;
    g->state = GEN_RUNNING;
    swap_in_exc_state(g);
    return f;
}

void vm_leave_generator(GeneratorObject* g, bool completed) {
    swap_out_exc_state(g, completed);
}

Value vm_make_generator(Frame* frame, CodeUnit* resume_at) {
    CodeObject* co = frame->code;
    size_t size = sizeof(GeneratorObject) + frame_size_bytes(co);
    Type* type = (co->flags & CO_COROUTINE)         ? &CoroutineType
                 : (co->flags & CO_ASYNC_GENERATOR) ? &AsyncGeneratorType
                                                    : &GeneratorType;
    auto* g = gc_new<GeneratorObject>(type, size);
    if (!g) return Value();
    Frame* gf = g->frame();
    std::memcpy(static_cast<void*>(gf), frame, frame_size_bytes(co));
    gf->owner = FRAME_OWNED_BY_GENERATOR;
    gf->previous = nullptr;
    gf->is_entry = 0;
    gf->instr_ptr = resume_at;
    gf->stackpointer = gf->localsplus + (frame->stackpointer - frame->localsplus);
    // The value stack is empty at RETURN_GENERATOR; the stored stack pointer
    // of the creating frame was not saved, so start from the base.
    gf->stackpointer = gf->stack_base();
    g->state = GEN_CREATED;
    // Only a generator with a handler (try, with) can run code when it is
    // closed; an async one may have a finalizer hook. Those are closed if
    // collected while suspended.
    if (co->exceptiontable_len || type == &AsyncGeneratorType) gc_track_finalizer(g);
    FunctionObject* f = frame->func ? as_function(frame->func) : nullptr;
    g->name = f ? f->name : co->name;
    g->qualname = f ? f->qualname : co->qualname;
    return Value(g);
}

} // namespace vm

// Resumes [g] with [value] (or with the current exception when [throwing]).
// Returns the yielded value; on return, null with no exception and *returned
// set to the return value; on error, null with the exception set.
Value gen_resume(GeneratorObject* g, Value value, bool throwing, Value* returned) {
    *returned = Value();
    if (g->state == GEN_RUNNING) return raise(exc::ValueError, "generator already executing");
    if (g->state == GEN_COMPLETED) {
        if (throwing) return Value();
        return Value(); // exhausted: caller raises StopIteration
    }
    if (g->state == GEN_CREATED && value && !is_none(value) && !throwing)
        return raise(exc::TypeError, "can't send non-None value to a just-started generator");
    // The sent value goes on the stack even when throwing (then None), so a
    // handler around the yield sees the stack it was compiled for. The frame
    // is entered as FOR_ITER_GEN enters it, then run in a nested loop.
    Frame* f = vm::vm_enter_generator(g, g_ts->current_frame, value && !throwing ? value : None());
    if (!f) return Value();
    Value r = vm::eval_frame(f, throwing);
    if (g->state == GEN_RUNNING) g->state = GEN_COMPLETED; // defensive: an error path
    swap_out_exc_state(g, g->state == GEN_COMPLETED);
    if (g->state == GEN_COMPLETED) {
        if (r) {
            *returned = r;
            return Value();
        }
        // An exception escaped; StopIteration raised inside became RuntimeError already.
        return Value();
    }
    return r;
}

// next()/send(): a yielded value, or StopIteration(return value).
static Value gen_send_value(GeneratorObject* g, Value value) {
    Value returned;
    Value r = gen_resume(g, value, false, &returned);
    if (r || err_occurred()) return r;
    if (returned && !is_none(returned)) return raise_with_arg(exc::StopIteration, returned);
    return raise_empty(exc::StopIteration);
}

static Value gen_iternext(Value self) {
    Value returned;
    Value r = gen_resume(static_cast<GeneratorObject*>(self.as_ptr()), None(), false, &returned);
    if (r || err_occurred()) return r;
    // A return value travels in StopIteration, as CPython's gen_iternext
    // does; a plain end is null with no exception.
    if (returned && !is_none(returned)) return raise_with_arg(exc::StopIteration, returned);
    return Value();
}

static Value gen_iter(Value self) {
    return self;
}

static Value gen_send(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("send", nargs, 1, 1)) return Value();
    return gen_send_value(static_cast<GeneratorObject*>(self.as_ptr()), args[0]);
}

// The iterator a generator suspended in `yield from` delegates to (the top
// of its stack, as it waits at RESUME 2), or null.
static Value delegate_of(GeneratorObject* g) {
    if (g->state != GEN_SUSPENDED) return Value();
    Frame* f = g->frame();
    CodeUnit unit = *f->instr_ptr;
    if (unit.op.code != vm::RESUME || unit.op.arg < 2) return Value();
    return f->stackpointer[-1];
}

Value gen_delegate(GeneratorObject* g) {
    return delegate_of(g);
}

Value gen_frame_object(GeneratorObject* g) {
    if (g->state == GEN_COMPLETED) return None();
    Frame* f = g->frame();
    // Running, the frame is in the thread's chain and its callers are its
    // f_back. Otherwise (not started, suspended, or marked running while a
    // throw() goes to its sub-iterator) its `previous` is stale: no caller.
    if (g->state == GEN_RUNNING)
        for (Frame* p = g_ts->current_frame; p; p = p->previous)
            if (p == f) return make_frame_object(f);
    Frame* saved = f->previous;
    f->previous = nullptr;
    Value r = make_frame_object(f);
    f->previous = saved;
    return r;
}

// Closes a sub-iterator: its close() if it has one. False on error.
static bool close_delegate(Value sub) {
    Value close = get_attr_optional(sub, intern("close"));
    if (!close) return !err_occurred();
    Value r = call0(close);
    return static_cast<bool>(r);
}

// Resumes [g] with the current exception raised at its suspension point.
static Value gen_throw_here(GeneratorObject* g) {
    Value returned;
    Value r = gen_resume(g, Value(), true, &returned);
    if (r || err_occurred()) return r;
    if (returned && !is_none(returned)) return raise_with_arg(exc::StopIteration, returned);
    return raise_empty(exc::StopIteration);
}

Value gen_throw_exc(GeneratorObject* g, Value exc) {
    if (g->state == GEN_CREATED || g->state == GEN_COMPLETED) {
        // Nothing to unwind: the exception propagates at once, and the
        // generator is finished.
        g->state = GEN_COMPLETED;
        return raise_instance(exc);
    }
    if (g->state == GEN_RUNNING) return raise(exc::ValueError, "generator already executing");
    if (Value sub = delegate_of(g)) {
        // Inside `yield from`: the sub-iterator gets the exception first.
        // Whatever it raises (StopIteration included) is thrown in here, where
        // CLEANUP_THROW sorts it out; a value it yields is our yield.
        g->state = GEN_RUNNING;
        if (isinstance_of(exc, exc::GeneratorExit)) {
            bool closed = close_delegate(sub);
            g->state = GEN_SUSPENDED;
            if (closed) raise_instance(exc);
            return gen_throw_here(g);
        }
        Value r;
        if (type_of(sub) == &GeneratorType) {
            r = gen_throw_exc(static_cast<GeneratorObject*>(sub.as_ptr()), exc);
        } else {
            Value throw_method = get_attr_optional(sub, intern("throw"));
            if (!throw_method) {
                g->state = GEN_SUSPENDED;
                if (err_occurred()) return Value();
                raise_instance(exc);
                return gen_throw_here(g);
            }
            r = call1(throw_method, exc);
        }
        g->state = GEN_SUSPENDED;
        if (r) return r;
        return gen_throw_here(g);
    }
    raise_instance(exc);
    Value returned;
    Value r = gen_resume(g, Value(), true, &returned);
    if (r || err_occurred()) return r;
    if (returned && !is_none(returned)) return raise_with_arg(exc::StopIteration, returned);
    return raise_empty(exc::StopIteration);
}

static Value gen_throw(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("throw", nargs, 1, 3)) return Value();
    Value exc = gen_throw_args_to_exc(args, nargs);
    if (!exc) return exc;
    return gen_throw_exc(static_cast<GeneratorObject*>(self.as_ptr()), exc);
}

Value gen_throw_args_to_exc(const Value* args, size_t nargs) {
    Value typ = args[0];
    Value val = nargs > 1 ? args[1] : Value();
    Value exc;
    if (typ.is_ptr() && isinstance_of(typ, &TypeType) &&
        is_exception_type(static_cast<Type*>(typ.as_ptr()))) {
        exc = val && !is_none(val) ? (is_exception(val) ? val : call1(typ, val)) : call0(typ);
        if (!exc) return exc;
    } else if (is_exception(typ)) {
        if (val && !is_none(val))
            return raise(exc::TypeError, "instance exception may not have a separate value");
        exc = typ;
    } else {
        return raise(exc::TypeError,
                     "exceptions must be classes or instances deriving from BaseException, not %s",
                     type_name(typ));
    }
    return exc;
}

static Value gen_close(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("close", nargs, 0, 0)) return Value();
    return gen_close_object(static_cast<GeneratorObject*>(self.as_ptr()));
}

Value gen_close_object(GeneratorObject* g) {
    if (g->state == GEN_CREATED || g->state == GEN_COMPLETED) {
        g->state = GEN_COMPLETED;
        return None();
    }
    if (g->state == GEN_RUNNING) return raise(exc::ValueError, "generator already executing");
    // A sub-iterator of `yield from` is closed first; an error from it is
    // thrown in instead of GeneratorExit.
    bool delegate_failed = false;
    if (Value sub = delegate_of(g)) {
        g->state = GEN_RUNNING;
        delegate_failed = !close_delegate(sub);
        g->state = GEN_SUSPENDED;
    }
    if (!delegate_failed) {
        Value exc = make_exception(exc::GeneratorExit, empty_tuple());
        if (!exc) return exc;
        raise_instance(exc);
    }
    Value returned;
    Value r = gen_resume(g, Value(), true, &returned);
    if (r) return raise(exc::RuntimeError, "generator ignored GeneratorExit");
    // CPython 3.11's close() returns None even when the generator returns a value.
    if (err_matches(exc::GeneratorExit) || err_matches(exc::StopIteration)) {
        err_clear();
        return None();
    }
    if (err_occurred()) return Value();
    return None();
}

bool gc_generator_needs_close(Object* gen) {
    return static_cast<GeneratorObject*>(gen)->state == GEN_SUSPENDED;
}

void gen_finalize(Value gen) {
    auto* g = static_cast<GeneratorObject*>(gen.as_ptr());
    if (g->state != GEN_SUSPENDED) return; // nothing to run (never started, or done)
    Value saved = err_fetch();
    Value r;
    Value hook = gen.as_ptr()->type == &AsyncGeneratorType ? agen_finalize_hook(gen) : Value();
    if (hook) {
        Value arg = gen;
        r = call(hook, &arg, 1);
    } else {
        r = gen_close_object(g);
    }
    if (!r && err_occurred()) write_unraisable("Exception ignored in", gen);
    if (saved) raise_instance(saved);
}

static Value gen_repr(Value self) {
    auto* g = static_cast<GeneratorObject*>(self.as_ptr());
    char buf[48];
    std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(g));
    return make_str("<generator object " + std::string(str_view(g->qualname)) + buf);
}

static const NativeMethodDef gen_methods[] = {
    {"send", gen_send, 0, nullptr},
    {"throw", gen_throw, 0, nullptr},
    {"close", gen_close, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static Value gen_get_name(Value self) {
    return static_cast<GeneratorObject*>(self.as_ptr())->name;
}
static Value gen_get_qualname(Value self) {
    return static_cast<GeneratorObject*>(self.as_ptr())->qualname;
}
static Value gen_get_running(Value self) {
    return Bool(static_cast<GeneratorObject*>(self.as_ptr())->state == GEN_RUNNING);
}
static Value gen_get_code(Value self) {
    return Value(static_cast<GeneratorObject*>(self.as_ptr())->frame()->code);
}
static Value gen_get_frame(Value self) {
    return gen_frame_object(static_cast<GeneratorObject*>(self.as_ptr()));
}
static Value gen_get_suspended(Value self) {
    return Bool(static_cast<GeneratorObject*>(self.as_ptr())->state == GEN_SUSPENDED);
}
static Value gen_get_yieldfrom(Value self) {
    Value d = delegate_of(static_cast<GeneratorObject*>(self.as_ptr()));
    return d ? d : None();
}
static int gen_set_name(Value self, Value v) {
    if (!v || !is_str(v)) {
        raise(exc::TypeError, "__name__ must be set to a string object");
        return -1;
    }
    static_cast<GeneratorObject*>(self.as_ptr())->name = v;
    return 0;
}
static int gen_set_qualname(Value self, Value v) {
    if (!v || !is_str(v)) {
        raise(exc::TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    static_cast<GeneratorObject*>(self.as_ptr())->qualname = v;
    return 0;
}
static const GetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name, nullptr},
    {"__qualname__", gen_get_qualname, gen_set_qualname, nullptr},
    {"gi_running", gen_get_running, nullptr, nullptr},
    {"gi_code", gen_get_code, nullptr, nullptr},
    {"gi_frame", gen_get_frame, nullptr, nullptr},
    {"gi_suspended", gen_get_suspended, nullptr, nullptr},
    {"gi_yieldfrom", gen_get_yieldfrom, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

namespace vm {

int vm_send(Value receiver, Value v, Value* out) {
    if (is_coroutine(receiver) && as_generator(receiver)->state == GEN_COMPLETED) {
        raise(exc::RuntimeError, "cannot reuse already awaited coroutine");
        return -1;
    }
    if (is_generator(receiver) || is_coroutine(receiver)) {
        Value returned;
        Value r = gen_resume(static_cast<GeneratorObject*>(receiver.as_ptr()), v, false, &returned);
        if (r) {
            *out = r;
            return 0;
        }
        if (err_occurred()) return -1;
        *out = returned ? returned : None();
        return 1;
    }
    Value r;
    if (is_none(v)) {
        // The iterator's own next, not iter_next(): that would swallow the
        // StopIteration whose value is the result of the `await`/`yield from`.
        UnaryFn next = type_of(receiver)->iternext;
        if (!next) {
            raise(exc::TypeError, "'%s' object is not an iterator", type_name(receiver));
            return -1;
        }
        r = next(receiver);
        if (!r && !err_occurred()) {
            *out = None();
            return 1;
        }
    } else {
        r = call_method(receiver, "send", {v});
    }
    if (r) {
        *out = r;
        return 0;
    }
    if (err_matches(exc::StopIteration)) {
        *out = err_take_stop_iteration();
        return 1;
    }
    return -1;
}

} // namespace vm

void init_generator_type() {
    GeneratorType.trace = generator_trace;
    GeneratorType.iter = gen_iter;
    GeneratorType.iternext = gen_iternext;
    GeneratorType.repr = gen_repr;
    init_static_type(&GeneratorType, "generator", &ObjectType, sizeof(GeneratorObject),
                     TYPE_WEAKREFABLE | TYPE_GEN_FINALIZE);
    add_methods(&GeneratorType, gen_methods);
    add_getsets(&GeneratorType, gen_getsets);
}

} // namespace uopy
