// The _thread module for a single-threaded VM: locks (plain and
// re-entrant), thread identity, thread-local data, and a clear error for
// starting a thread. CPython counterpart: Modules/_threadmodule.c.
//
// With one thread a lock can only be waited for by its own holder: a
// blocking acquire of a held lock, which would wait forever, raises
// RuntimeError instead (with a timeout it waits the timeout out and fails).
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstddef>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace uopy {

static Type LockType;
static Type RLockType;
static Type LocalType;

struct LockObject : Object {
    int64_t count; // 0 or 1 for a lock; the recursion depth for an RLock
};

struct LocalObject : Object {
    Dict* dict;
};

static LockObject* L(Value v) {
    return static_cast<LockObject*>(v.as_ptr());
}

static Value new_lock(Type* t) {
    auto* l = gc_new<LockObject>(t);
    return l ? Value(l) : Value();
}

static void sleep_seconds(double s) {
    if (s <= 0) return;
    timespec ts{static_cast<time_t>(s),
                static_cast<long>((s - static_cast<double>(static_cast<time_t>(s))) * 1e9)};
    nanosleep(&ts, nullptr);
}

// acquire(blocking=True, timeout=-1) on a lock held by the only thread.
static Value acquire_held(bool blocking, double timeout) {
    if (!blocking) return False();
    if (timeout >= 0) {
        sleep_seconds(timeout);
        return False();
    }
    return raise(exc::RuntimeError,
                 "deadlock: the lock is already held and uopy runs a single thread");
}

static bool acquire_args(const Value* args, size_t nargs, Value kwnames, bool* blocking,
                         double* timeout) {
    static const NativeSignature sig("acquire", "blocking=, timeout=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return false;
    *blocking = true;
    *timeout = -1;
    if (a[0]) {
        int t = truthy(a[0]);
        if (t < 0) return false;
        *blocking = t != 0;
    }
    if (a[1] && !number_to_double(a[1], timeout)) return false;
    if (!*blocking && *timeout != -1) {
        raise(exc::ValueError, "can't specify a timeout for a non-blocking call");
        return false;
    }
    if (*timeout < 0 && *timeout != -1) {
        raise(exc::ValueError, "timeout value must be a non-negative number");
        return false;
    }
    return true;
}

static Value lock_acquire(Value self, const Value* args, size_t nargs, Value kwnames) {
    bool blocking;
    double timeout;
    if (!acquire_args(args, nargs, kwnames, &blocking, &timeout)) return Value();
    if (L(self)->count) return acquire_held(blocking, timeout);
    L(self)->count = 1;
    return True();
}
static Value lock_release(Value self, const Value*, size_t, Value) {
    if (!L(self)->count) return raise(exc::RuntimeError, "release unlocked lock");
    L(self)->count = 0;
    return None();
}
static Value lock_locked(Value self, const Value*, size_t, Value) {
    return Bool(L(self)->count != 0);
}
static Value lock_exit(Value self, const Value* args, size_t nargs, Value kw) {
    (void)args;
    (void)nargs;
    (void)kw;
    return lock_release(self, nullptr, 0, Value());
}
static Value lock_reinit(Value self, const Value*, size_t, Value) {
    L(self)->count = 0;
    return None();
}
static Value lock_repr(Value self) {
    char buf[96];
    bool rlock = type_of(self) == &RLockType;
    if (rlock)
        std::snprintf(buf, sizeof buf, "<%s _thread.RLock object owner=%d count=%lld at %p>",
                      L(self)->count ? "locked" : "unlocked", L(self)->count ? 1 : 0,
                      static_cast<long long>(L(self)->count), static_cast<void*>(self.as_ptr()));
    else
        std::snprintf(buf, sizeof buf, "<%s _thread.lock object at %p>",
                      L(self)->count ? "locked" : "unlocked", static_cast<void*>(self.as_ptr()));
    return make_str(buf);
}

// RLock: the only thread always owns a held RLock, so acquiring nests.
static Value rlock_new(Type* t, const Value*, size_t, Value) {
    return new_lock(t);
}
static Value rlock_acquire(Value self, const Value* args, size_t nargs, Value kwnames) {
    bool blocking;
    double timeout;
    if (!acquire_args(args, nargs, kwnames, &blocking, &timeout)) return Value();
    L(self)->count++;
    return True();
}
static Value rlock_release(Value self, const Value*, size_t, Value) {
    if (!L(self)->count) return raise(exc::RuntimeError, "cannot release un-acquired lock");
    L(self)->count--;
    return None();
}
static Value rlock_exit(Value self, const Value*, size_t, Value) {
    return rlock_release(self, nullptr, 0, Value());
}
static Value rlock_is_owned(Value self, const Value*, size_t, Value) {
    return Bool(L(self)->count != 0);
}
// Condition.wait's helpers: give the lock up entirely, and take it back.
static Value rlock_release_save(Value self, const Value*, size_t, Value) {
    if (!L(self)->count) return raise(exc::RuntimeError, "cannot release un-acquired lock");
    Value state = tuple_pack({make_int(L(self)->count), make_int(static_cast<int64_t>(getpid()))});
    L(self)->count = 0;
    return state;
}
static Value rlock_acquire_restore(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("_acquire_restore", nargs, 1, 1)) return Value();
    if (!is_tuple(args[0]) || tuple_size(args[0]) != 2)
        return raise(exc::TypeError, "_acquire_restore() argument must be a 2-tuple");
    int64_t n;
    if (!int_as_int64(tuple_get(args[0], 0), &n)) return Value();
    L(self)->count = n;
    return None();
}

static const NativeMethodDef lock_methods[] = {
    {"acquire", lock_acquire, NATIVE_KEYWORDS, nullptr},
    {"acquire_lock", lock_acquire, NATIVE_KEYWORDS, nullptr},
    {"release", lock_release, 0, nullptr},
    {"release_lock", lock_release, 0, nullptr},
    {"locked", lock_locked, 0, nullptr},
    {"locked_lock", lock_locked, 0, nullptr},
    {"__enter__", lock_acquire, NATIVE_KEYWORDS, nullptr},
    {"__exit__", lock_exit, 0, nullptr},
    {"_at_fork_reinit", lock_reinit, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
static const NativeMethodDef rlock_methods[] = {
    {"acquire", rlock_acquire, NATIVE_KEYWORDS, nullptr},
    {"release", rlock_release, 0, nullptr},
    {"__enter__", rlock_acquire, NATIVE_KEYWORDS, nullptr},
    {"__exit__", rlock_exit, 0, nullptr},
    {"_is_owned", rlock_is_owned, 0, nullptr},
    {"_release_save", rlock_release_save, 0, nullptr},
    {"_acquire_restore", rlock_acquire_restore, 0, nullptr},
    {"_at_fork_reinit", lock_reinit, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// _thread._local: with one thread, thread-local data is an object's own
// attributes.
static void local_trace(Object* o, Tracer& t) {
    t.visit(static_cast<LocalObject*>(o)->dict);
}
static Value local_new(Type* t, const Value*, size_t nargs, Value kwnames) {
    if ((nargs || (kwnames && tuple_size(kwnames))) && t->init == LocalType.init)
        return raise(exc::TypeError, "Initialization arguments are not supported");
    Value v = t == &LocalType ? Value(gc_new<LocalObject>(t)) : alloc_instance(t);
    if (!v) return v;
    auto* l = static_cast<LocalObject*>(v.as_ptr());
    l->dict = make_dict();
    return l->dict ? v : Value();
}
static int local_init(Value, const Value*, size_t, Value) {
    return 0;
}

static Value m_allocate_lock(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("allocate_lock", nargs, 0, 0)) return Value();
    return new_lock(&LockType);
}
static Value m_get_ident(Value, const Value*, size_t, Value) {
    return make_int(static_cast<int64_t>(getpid()));
}
static Value m_count(Value, const Value*, size_t, Value) {
    return Value::small_int(0);
}
static Value m_start_new_thread(Value, const Value*, size_t, Value) {
    return raise(exc::RuntimeError, "can't start new thread: uopy runs a single thread");
}
static Value m_stack_size(Value, const Value*, size_t nargs, Value) {
    if (!check_nargs("stack_size", nargs, 0, 1)) return Value();
    return Value::small_int(0);
}
static Value m_daemon_threads_allowed(Value, const Value*, size_t, Value) {
    return True();
}
static Value m_set_sentinel(Value, const Value*, size_t, Value) {
    return new_lock(&LockType);
}
static Value m_interrupt_main(Value, const Value*, size_t, Value) {
    return None();
}
static Value m_exit(Value, const Value*, size_t, Value) {
    return raise_empty(exc::SystemExit);
}

static const NativeMethodDef thread_functions[] = {
    {"allocate_lock", m_allocate_lock, 0, nullptr},
    {"allocate", m_allocate_lock, 0, nullptr},
    {"get_ident", m_get_ident, 0, nullptr},
    {"get_native_id", m_get_ident, 0, nullptr},
    {"_count", m_count, 0, nullptr},
    {"start_new_thread", m_start_new_thread, NATIVE_KEYWORDS, nullptr},
    {"start_new", m_start_new_thread, NATIVE_KEYWORDS, nullptr},
    {"stack_size", m_stack_size, 0, nullptr},
    {"daemon_threads_allowed", m_daemon_threads_allowed, 0, nullptr},
    {"_set_sentinel", m_set_sentinel, 0, nullptr},
    {"interrupt_main", m_interrupt_main, NATIVE_KEYWORDS, nullptr},
    {"exit", m_exit, 0, nullptr},
    {"exit_thread", m_exit, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

static void init_thread_types() {
    static bool done = false;
    if (done) return;
    done = true;
    bool was = gc_is_enabled();
    gc_set_enabled(false);
    LockType.repr = lock_repr;
    init_static_type(&LockType, "_thread.lock", &ObjectType, sizeof(LockObject), TYPE_WEAKREFABLE);
    add_methods(&LockType, lock_methods);
    RLockType.repr = lock_repr;
    RLockType.tp_new = rlock_new;
    init_static_type(&RLockType, "_thread.RLock", &ObjectType, sizeof(LockObject),
                     TYPE_BASETYPE | TYPE_WEAKREFABLE);
    add_methods(&RLockType, rlock_methods);
    LocalType.trace = local_trace;
    LocalType.tp_new = local_new;
    LocalType.init = local_init;
    init_static_type(&LocalType, "_thread._local", &ObjectType, sizeof(LocalObject),
                     TYPE_BASETYPE | TYPE_WEAKREFABLE);
    LocalType.dict_offset = offsetof(LocalObject, dict);
    for (Type* t : {&LockType, &RLockType, &LocalType})
        add_slot_wrappers(t);
    gc_set_enabled(was);
}

Value init_thread_module() {
    init_thread_types();
    ModuleObject* m = make_module("_thread");
    if (!m) return Value();
    add_functions(m->dict, thread_functions, Value(m));
    dict_set_cstr(m->dict, "LockType", Value(&LockType));
    dict_set_cstr(m->dict, "lock", Value(&LockType));
    dict_set_cstr(m->dict, "RLock", Value(&RLockType));
    dict_set_cstr(m->dict, "_local", Value(&LocalType));
    dict_set_cstr(m->dict, "error", Value(exc::RuntimeError));
    dict_set_cstr(m->dict, "TIMEOUT_MAX", make_float(9223372036.0));
    return Value(m);
}

} // namespace uopy
