// Coroutines and async generators at run time: the objects `async def`
// makes, the awaitables their methods return, and the helpers of the
// instructions await, async for and async with compile to. CPython
// counterpart: the coroutine and async-generator halves of
// Objects/genobject.c, and GET_AWAITABLE/GET_AITER/GET_ANEXT in
// Python/bytecodes.c.
//
// A coroutine is a generator object of another type: the same frame inside
// the object, resumed by the same gen_resume. It is not an iterator; it is
// driven by send()/throw() (an event loop, or the SEND loop of an `await`
// in another coroutine, which delegates to it as `yield from` does).
//
// An async generator is one too. Its own `yield v` yields v wrapped
// (INTRINSIC_ASYNC_GEN_WRAP), so that the awaitables of __anext__/asend/
// athrow/aclose can tell a value produced for the async for (which ends the
// awaitable: StopIteration(v)) from an await inside the generator passing a
// value through to the event loop (which they yield on).
#include "objects/code.h"
#include "objects/exceptions.h"
#include "objects/generator.h"
#include "objects/generic_alias.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/sysmodule.h"
#include "runtime/type.h"
#include "vm/ceval_helpers.h"

#include <cstdio>

namespace uopy {

Type CoroutineType;
Type AsyncGeneratorType;
static Type CoroutineWrapperType;     // what coroutine.__await__() returns
static Type AsyncGenWrappedValueType; // an async generator's own yield
static Type AsyncGenASendType;        // __anext__() / asend(v)
static Type AsyncGenAThrowType;       // athrow(...) / aclose()

void generator_trace(Object* o, Tracer& t); // vm/generator.cpp

static GeneratorObject* as_gen(Value v) {
    return static_cast<GeneratorObject*>(v.as_ptr());
}

// -- Coroutines --------------------------------------------------------------------------------

// send()'s result as a Python method returns it: the yielded value, or
// StopIteration carrying the return value.
static Value finish_step(Value r, Value returned) {
    if (r || err_occurred()) return r;
    if (returned && !is_none(returned)) return raise_with_arg(exc::StopIteration, returned);
    return raise_empty(exc::StopIteration);
}

static Value coro_send_value(GeneratorObject* g, Value v) {
    if (g->state == GEN_COMPLETED)
        return raise(exc::RuntimeError, "cannot reuse already awaited coroutine");
    Value returned;
    Value r = gen_resume(g, v, false, &returned);
    return finish_step(r, returned);
}

static Value coro_send(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("send", nargs, 1, 1)) return Value();
    return coro_send_value(as_gen(self), args[0]);
}

static Value coro_throw(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("throw", nargs, 1, 3)) return Value();
    Value exc = gen_throw_args_to_exc(args, nargs);
    if (!exc) return exc;
    return gen_throw_exc(as_gen(self), exc);
}

static Value coro_close(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("close", nargs, 0, 0)) return Value();
    return gen_close_object(as_gen(self));
}

// The iterator of `coro.__await__()`: next() is send(None).
struct CoroutineWrapper : Object {
    Value coro;
};

static void coro_wrapper_trace(Object* o, Tracer& t) {
    t.visit(static_cast<CoroutineWrapper*>(o)->coro);
}

static Value coro_await(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("__await__", nargs, 0, 0)) return Value();
    auto* w = gc_new<CoroutineWrapper>(&CoroutineWrapperType);
    if (!w) return Value();
    w->coro = self;
    return Value(w);
}

static Value coro_wrapper_next(Value self) {
    GeneratorObject* g = as_gen(static_cast<CoroutineWrapper*>(self.as_ptr())->coro);
    if (g->state == GEN_COMPLETED)
        return raise(exc::RuntimeError, "cannot reuse already awaited coroutine");
    Value returned;
    Value r = gen_resume(g, None(), false, &returned);
    if (r || err_occurred()) return r;
    // The end: StopIteration with the value (a plain null would lose it).
    if (returned && !is_none(returned)) return raise_with_arg(exc::StopIteration, returned);
    return Value();
}

static Value coro_wrapper_send(Value self, const Value* args, size_t nargs, Value kw) {
    Value coro = static_cast<CoroutineWrapper*>(self.as_ptr())->coro;
    return coro_send(coro, args, nargs, kw);
}
static Value coro_wrapper_throw(Value self, const Value* args, size_t nargs, Value kw) {
    return coro_throw(static_cast<CoroutineWrapper*>(self.as_ptr())->coro, args, nargs, kw);
}
static Value coro_wrapper_close(Value self, const Value* args, size_t nargs, Value kw) {
    return coro_close(static_cast<CoroutineWrapper*>(self.as_ptr())->coro, args, nargs, kw);
}

static Value self_iter(Value self) {
    return self;
}

static Value gen_kind_repr(Value self, const char* kind) {
    GeneratorObject* g = as_gen(self);
    char buf[48];
    std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(g));
    return make_str(std::string("<") + kind + " object " + std::string(str_view(g->qualname)) +
                    buf);
}
static Value coro_repr(Value self) {
    return gen_kind_repr(self, "coroutine");
}
static Value agen_repr(Value self) {
    return gen_kind_repr(self, "async_generator");
}

static Value get_name(Value self) {
    return as_gen(self)->name;
}
static Value get_qualname(Value self) {
    return as_gen(self)->qualname;
}
static int set_str_field(Value v, Value* field, const char* what) {
    if (!v || !is_str(v)) {
        raise(exc::TypeError, "%s must be set to a string object", what);
        return -1;
    }
    *field = v;
    return 0;
}
static int set_name(Value self, Value v) {
    return set_str_field(v, &as_gen(self)->name, "__name__");
}
static int set_qualname(Value self, Value v) {
    return set_str_field(v, &as_gen(self)->qualname, "__qualname__");
}
static Value get_running(Value self) {
    return Bool(as_gen(self)->state == GEN_RUNNING);
}
static Value get_code(Value self) {
    return Value(as_gen(self)->frame()->code);
}
static Value get_await(Value self) {
    Value d = gen_delegate(as_gen(self));
    return d ? d : None();
}
static Value get_frame(Value self) {
    return gen_frame_object(as_gen(self));
}
static Value get_suspended(Value self) {
    return Bool(as_gen(self)->state == GEN_SUSPENDED);
}
// Origin tracking (sys.set_coroutine_origin_tracking_depth) is off.
static Value get_origin(Value) {
    return None();
}

static const NativeMethodDef coro_methods[] = {
    {"send", coro_send, 0, nullptr},   {"throw", coro_throw, 0, nullptr},
    {"close", coro_close, 0, nullptr}, {"__await__", coro_await, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef coro_getsets[] = {
    {"__name__", get_name, set_name, nullptr},
    {"__qualname__", get_qualname, set_qualname, nullptr},
    {"cr_running", get_running, nullptr, nullptr},
    {"cr_code", get_code, nullptr, nullptr},
    {"cr_await", get_await, nullptr, nullptr},
    {"cr_frame", get_frame, nullptr, nullptr},
    {"cr_suspended", get_suspended, nullptr, nullptr},
    {"cr_origin", get_origin, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
static const NativeMethodDef coro_wrapper_methods[] = {
    {"send", coro_wrapper_send, 0, nullptr},
    {"throw", coro_wrapper_throw, 0, nullptr},
    {"close", coro_wrapper_close, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- Async generators
// ------------------------------------------------------------------------------

struct WrappedValue : Object {
    Value value;
};
static void wrapped_trace(Object* o, Tracer& t) {
    t.visit(static_cast<WrappedValue*>(o)->value);
}

Value async_gen_wrap(Value v) {
    auto* w = gc_new<WrappedValue>(&AsyncGenWrappedValueType);
    if (!w) return Value();
    w->value = v;
    return Value(w);
}

// The awaitable of one step of an async generator: asend (and __anext__)
// sends a value in; athrow and aclose throw an exception in.
enum AwaitState : int8_t { AWAIT_INIT, AWAIT_ITER, AWAIT_CLOSED };

struct AsyncGenAwaitable : Object {
    Value gen;
    Value arg; // asend: the value to send first; athrow: the exception (null for aclose)
    int8_t state;
    bool is_close;
};

static void awaitable_trace(Object* o, Tracer& t) {
    auto* a = static_cast<AsyncGenAwaitable*>(o);
    t.visit(a->gen);
    t.visit(a->arg);
}

static Value make_awaitable(Type* type, Value gen, Value arg, bool is_close) {
    auto* a = gc_new<AsyncGenAwaitable>(type);
    if (!a) return Value();
    a->gen = gen;
    a->arg = arg;
    a->state = AWAIT_INIT;
    a->is_close = is_close;
    return Value(a);
}

// What one resumption of the generator means to the awaitable: its own
// yield completes the step (StopIteration(value)); any other value is an
// await passing through (yielded on); the generator's end is
// StopAsyncIteration.
static Value async_gen_unwrap(AsyncGenAwaitable* a, Value r, Value returned) {
    if (r) {
        if (type_of(r) == &AsyncGenWrappedValueType) {
            a->state = AWAIT_CLOSED;
            return raise_with_arg(exc::StopIteration,
                                  static_cast<WrappedValue*>(r.as_ptr())->value);
        }
        return r;
    }
    a->state = AWAIT_CLOSED;
    (void)returned; // an async generator returns no value
    if (err_occurred()) return r;
    return raise_empty(exc::StopAsyncIteration);
}

static Value asend_step(Value self, Value v) {
    auto* a = static_cast<AsyncGenAwaitable*>(self.as_ptr());
    if (a->state == AWAIT_CLOSED)
        return raise(exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (a->state == AWAIT_INIT) {
        if (is_none(v) && a->arg) v = a->arg;
        a->state = AWAIT_ITER;
    }
    GeneratorObject* g = as_gen(a->gen);
    if (g->state == GEN_COMPLETED) {
        a->state = AWAIT_CLOSED;
        return raise_empty(exc::StopAsyncIteration);
    }
    Value returned;
    Value r = gen_resume(g, v, false, &returned);
    return async_gen_unwrap(a, r, returned);
}

// The athrow/aclose step: the exception goes in first, then values pass.
static Value athrow_step(Value self, Value v, Value thrown) {
    auto* a = static_cast<AsyncGenAwaitable*>(self.as_ptr());
    if (a->state == AWAIT_CLOSED)
        return raise(exc::RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    GeneratorObject* g = as_gen(a->gen);
    Value r, returned;
    if (a->state == AWAIT_INIT && !thrown) {
        a->state = AWAIT_ITER;
        if (g->state == GEN_CREATED || g->state == GEN_COMPLETED) {
            g->state = GEN_COMPLETED;
            a->state = AWAIT_CLOSED;
            if (a->is_close) return raise_empty(exc::StopIteration);
            return raise_instance(a->arg);
        }
        Value exc = a->arg;
        if (a->is_close) {
            exc = make_exception(exc::GeneratorExit, empty_tuple());
            if (!exc) return exc;
        }
        r = gen_throw_exc(g, exc);
    } else if (thrown) {
        a->state = AWAIT_ITER;
        r = gen_throw_exc(g, thrown);
    } else {
        r = gen_resume(g, v, false, &returned);
        if (!r && !err_occurred()) {
            a->state = AWAIT_CLOSED;
            if (a->is_close) return raise_empty(exc::StopIteration);
            return raise_empty(exc::StopAsyncIteration);
        }
    }
    if (r) {
        if (type_of(r) == &AsyncGenWrappedValueType) {
            if (a->is_close) {
                a->state = AWAIT_CLOSED;
                return raise(exc::RuntimeError, "async generator ignored GeneratorExit");
            }
            a->state = AWAIT_CLOSED;
            return raise_with_arg(exc::StopIteration,
                                  static_cast<WrappedValue*>(r.as_ptr())->value);
        }
        return r;
    }
    a->state = AWAIT_CLOSED;
    // gen_throw_exc reports a plain end as StopIteration; for the awaitable
    // an end of the generator is StopAsyncIteration (athrow) or the close
    // having worked (aclose).
    if (a->is_close && (err_matches(exc::StopAsyncIteration) || err_matches(exc::GeneratorExit) ||
                        err_matches(exc::StopIteration))) {
        err_clear();
        return raise_empty(exc::StopIteration);
    }
    if (err_matches(exc::StopIteration)) {
        err_clear();
        return raise_empty(exc::StopAsyncIteration);
    }
    return r;
}

static bool is_athrow(Value self) {
    return type_of(self) == &AsyncGenAThrowType;
}

static Value awaitable_next(Value self) {
    Value r = is_athrow(self) ? athrow_step(self, None(), Value()) : asend_step(self, None());
    return r;
}
static Value awaitable_send(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("send", nargs, 1, 1)) return Value();
    return is_athrow(self) ? athrow_step(self, args[0], Value()) : asend_step(self, args[0]);
}
static Value awaitable_throw(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("throw", nargs, 1, 3)) return Value();
    Value exc = gen_throw_args_to_exc(args, nargs);
    if (!exc) return exc;
    auto* a = static_cast<AsyncGenAwaitable*>(self.as_ptr());
    if (a->state == AWAIT_CLOSED)
        return raise(exc::RuntimeError, "cannot reuse already awaited awaitable");
    if (is_athrow(self)) return athrow_step(self, Value(), exc);
    a->state = AWAIT_ITER;
    Value r = gen_throw_exc(as_gen(a->gen), exc);
    if (!r && err_matches(exc::StopIteration)) {
        err_clear();
        a->state = AWAIT_CLOSED;
        return raise_empty(exc::StopAsyncIteration);
    }
    return async_gen_unwrap(a, r, Value());
}
static Value awaitable_close(Value self, const Value*, size_t, Value) {
    static_cast<AsyncGenAwaitable*>(self.as_ptr())->state = AWAIT_CLOSED;
    return None();
}
static Value awaitable_await(Value self, const Value*, size_t, Value) {
    return self;
}

// Object::aux of an async generator: sys.set_asyncgen_hooks' firstiter has
// been called for it (on its first __anext__/asend/athrow/aclose, as
// CPython). Such a generator collected unfinished goes to the finalizer
// hook (agen_finalize_hook; asyncio's schedules its aclose()).
constexpr uint32_t kAgenHooksInited = 1u << 0;

Value agen_finalize_hook(Value agen) {
    if (!(agen.as_ptr()->aux & kAgenHooksInited)) return Value();
    return asyncgen_finalizer_hook();
}

static bool agen_init_hooks(Value self) {
    Object* o = self.as_ptr();
    if (o->aux & kAgenHooksInited) return true;
    o->aux |= kAgenHooksInited;
    Value firstiter = asyncgen_firstiter_hook();
    return !firstiter || call1(firstiter, self);
}

static Value agen_anext(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("__anext__", nargs, 0, 0) || !agen_init_hooks(self)) return Value();
    return make_awaitable(&AsyncGenASendType, self, Value(), false);
}
static Value agen_asend(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("asend", nargs, 1, 1) || !agen_init_hooks(self)) return Value();
    return make_awaitable(&AsyncGenASendType, self, args[0], false);
}
static Value agen_athrow(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("athrow", nargs, 1, 3) || !agen_init_hooks(self)) return Value();
    Value exc = gen_throw_args_to_exc(args, nargs);
    if (!exc) return exc;
    return make_awaitable(&AsyncGenAThrowType, self, exc, false);
}
static Value agen_aclose(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("aclose", nargs, 0, 0) || !agen_init_hooks(self)) return Value();
    return make_awaitable(&AsyncGenAThrowType, self, Value(), true);
}
static Value agen_aiter(Value self, const Value*, size_t, Value) {
    return self;
}

static const NativeMethodDef agen_methods[] = {
    {"__aiter__", agen_aiter, 0, nullptr}, {"__anext__", agen_anext, 0, nullptr},
    {"asend", agen_asend, 0, nullptr},     {"athrow", agen_athrow, 0, nullptr},
    {"aclose", agen_aclose, 0, nullptr},   {nullptr, nullptr, 0, nullptr},
};
static const GetSetDef agen_getsets[] = {
    {"__name__", get_name, set_name, nullptr},
    {"__qualname__", get_qualname, set_qualname, nullptr},
    {"ag_running", get_running, nullptr, nullptr},
    {"ag_code", get_code, nullptr, nullptr},
    {"ag_await", get_await, nullptr, nullptr},
    {"ag_frame", get_frame, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
static const NativeMethodDef awaitable_methods[] = {
    {"send", awaitable_send, 0, nullptr},   {"throw", awaitable_throw, 0, nullptr},
    {"close", awaitable_close, 0, nullptr}, {"__await__", awaitable_await, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// -- The instructions' helpers ------------------------------------------------------------------

namespace vm {

Value vm_get_awaitable(Value v, int where) {
    if (is_coroutine(v)) {
        if (gen_delegate(as_gen(v)))
            return raise(exc::RuntimeError, "coroutine is being awaited already");
        return v;
    }
    // A generator marked by types.coroutine is awaitable as it is.
    if (is_generator(v) && (as_gen(v)->frame()->code->flags & CO_ITERABLE_COROUTINE)) return v;
    Value r = call_special(v, intern("__await__"), {});
    if (!r) {
        if (err_occurred()) return r;
        if (where == 1)
            return raise(exc::TypeError,
                         "'async with' received an object from __aenter__ that does not "
                         "implement __await__: %s",
                         type_name(v));
        if (where == 2)
            return raise(exc::TypeError,
                         "'async with' received an object from __aexit__ that does not "
                         "implement __await__: %s",
                         type_name(v));
        return raise(exc::TypeError, "object %s can't be used in 'await' expression", type_name(v));
    }
    if (is_coroutine(r)) return raise(exc::TypeError, "__await__() returned a coroutine");
    if (!type_of(r)->iternext)
        return raise(exc::TypeError, "__await__() returned non-iterator of type '%s'",
                     type_name(r));
    return r;
}

Value vm_get_aiter(Value v) {
    Value r = call_special(v, intern("__aiter__"), {});
    if (!r) {
        if (err_occurred()) return r;
        return raise(exc::TypeError, "'async for' requires an object with __aiter__ method, got %s",
                     type_name(v));
    }
    if (!lookup_special(r, intern("__anext__")))
        return raise(exc::TypeError,
                     "'async for' received an object from __aiter__ that does not implement "
                     "__anext__: %s",
                     type_name(r));
    return r;
}

Value vm_get_anext(Value aiter) {
    Value r = call_special(aiter, intern("__anext__"), {});
    if (!r) {
        if (err_occurred()) return r;
        return raise(exc::TypeError,
                     "'async for' requires an iterator with __anext__ method, got %s",
                     type_name(aiter));
    }
    Value awaitable = vm_get_awaitable(r, 0);
    if (!awaitable && err_matches(exc::TypeError)) {
        err_clear();
        return raise(exc::TypeError, "'async for' received an invalid object from __anext__: %s",
                     type_name(r));
    }
    return awaitable;
}

} // namespace vm

void init_coroutine_types() {
    CoroutineType.trace = generator_trace;
    CoroutineType.repr = coro_repr;
    init_static_type(&CoroutineType, "coroutine", &ObjectType, sizeof(GeneratorObject),
                     TYPE_WEAKREFABLE | TYPE_GEN_FINALIZE);
    add_methods(&CoroutineType, coro_methods);
    add_getsets(&CoroutineType, coro_getsets);

    CoroutineWrapperType.trace = coro_wrapper_trace;
    CoroutineWrapperType.iter = self_iter;
    CoroutineWrapperType.iternext = coro_wrapper_next;
    init_static_type(&CoroutineWrapperType, "coroutine_wrapper", &ObjectType,
                     sizeof(CoroutineWrapper), 0);
    add_methods(&CoroutineWrapperType, coro_wrapper_methods);

    AsyncGeneratorType.trace = generator_trace;
    AsyncGeneratorType.repr = agen_repr;
    init_static_type(&AsyncGeneratorType, "async_generator", &ObjectType, sizeof(GeneratorObject),
                     TYPE_WEAKREFABLE | TYPE_GEN_FINALIZE);
    add_methods(&AsyncGeneratorType, agen_methods);
    add_getsets(&AsyncGeneratorType, agen_getsets);
    add_class_getitem(&AsyncGeneratorType);

    AsyncGenWrappedValueType.trace = wrapped_trace;
    init_static_type(&AsyncGenWrappedValueType, "async_generator_wrapped_value", &ObjectType,
                     sizeof(WrappedValue), 0);

    for (Type* t : {&AsyncGenASendType, &AsyncGenAThrowType}) {
        t->trace = awaitable_trace;
        t->iter = self_iter;
        t->iternext = awaitable_next;
        init_static_type(
            t, t == &AsyncGenASendType ? "async_generator_asend" : "async_generator_athrow",
            &ObjectType, sizeof(AsyncGenAwaitable), 0);
        add_methods(t, awaitable_methods);
    }
}

} // namespace uopy
