// The garbage collector: a non-moving, tracing mark-sweep collector over a
// segregated size-class heap. CPython counterpart: none (CPython counts
// references and has a cycle collector, Python/gc.c); the design is closer
// to a conservative-root collector such as Boehm's, with precise heap tracing.
//
// Roots: registered root slots and root functions (module state, interned
// strings, static types), the VM's frame stacks, and a conservative scan of
// the native stack and registers, so C++ code may keep Values in locals
// without handles. Objects are traced precisely: each Type has a trace slot.
// Variable-sized storage (list items, dict tables) is allocated from the same
// heap as "buffers", so an interior pointer into a buffer keeps it alive.
//
// Everything returned by an allocation function is zeroed.
#pragma once

#include "objects/object.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace uopy {

// Visits the references of an object during marking.
struct Tracer {
    void visit(Value v) {
        if (v.is_ptr()) visit_object(v.as_ptr());
    }
    void visit(Object* o) {
        if (o) visit_object(o);
    }
    void visit_values(const Value* vs, size_t n) {
        for (size_t i = 0; i < n; i++)
            visit(vs[i]);
    }
    // A buffer from gc_alloc_values/gc_alloc_bytes: marks the buffer itself
    // (its owner then visits the live part of a Value buffer).
    void visit_buffer(const void* payload);
    void visit_object(Object* o);
};

// Allocates an object of [size] bytes (header included) whose type is [type].
// Returns null (with MemoryError set) when memory is exhausted.
inline Object* gc_alloc_object(Type* type, size_t size);

// The allocator's fast path is inline so that an allocation of a constant
// size (a float, a bound method) compiles to a few instructions: pop a cell
// off its size class's free list, charge it to the collection budget, clear
// it. Everything else (a new page, a collection, large objects, types with
// finalizers) goes through gc_alloc_object_slow in gc.cpp.
namespace gc_detail {

struct FreeCell {
    Type* type; // always null for a free cell
    FreeCell* next;
};

// Size classes of 16..256 bytes are multiples of 16 (class k holds 16(k+1)).
constexpr size_t kInlineMaxSize = 256;
constexpr size_t kNumClasses = 36;

struct AllocState {
    FreeCell* free_lists[kNumClasses];
    // Bytes that may still be allocated before the next collection; 0 in
    // stress mode, so that every allocation takes the slow path and collects.
    size_t budget;
};
extern AllocState g_alloc;

} // namespace gc_detail

Object* gc_alloc_object_slow(Type* type, size_t size);

// Memory an object owns outside the GC heap (a big int's limbs) counts
// towards the next collection, so that garbage holding much of it is found
// as soon as it would be if it lived in the heap.
inline void gc_charge_external(size_t bytes) {
    using namespace gc_detail;
    g_alloc.budget = g_alloc.budget > bytes ? g_alloc.budget - bytes : 0;
}

inline Object* gc_alloc_object(Type* type, size_t size) {
    using namespace gc_detail;
    if (__builtin_expect(size <= kInlineMaxSize && type->finalize == nullptr, 1)) {
        size_t cls = size <= 16 ? 0 : (size + 15) / 16 - 1;
        size_t cell = (cls + 1) * 16;
        FreeCell* c = g_alloc.free_lists[cls];
        if (__builtin_expect(c != nullptr && g_alloc.budget >= cell, 1)) {
            g_alloc.free_lists[cls] = c->next;
            g_alloc.budget -= cell;
            __builtin_memset(static_cast<void*>(c), 0, cell);
            Object* o = reinterpret_cast<Object*>(c);
            o->type = type;
            return o;
        }
    }
    return gc_alloc_object_slow(type, size);
}

template <class T> T* gc_new(Type* type, size_t size = sizeof(T)) {
    return static_cast<T*>(gc_alloc_object(type, size));
}

// A buffer of [n] Values, all null. The owner traces the used part with
// Tracer::visit_buffer + visit_values. Returns null (MemoryError set) on failure.
Value* gc_alloc_values(size_t n);
// A buffer of [n] bytes with no references in it.
char* gc_alloc_bytes(size_t n);
// Usable capacity of a buffer, in bytes (at least what was asked for).
size_t gc_buffer_capacity(const void* payload);
// The size of the GC cell holding [o] (at least what was asked for).
size_t gc_cell_size(const Object* o);

// Roots outside the heap.
void gc_add_root(Value* slot);
void gc_add_root_object(Object** slot);
void gc_add_root_fn(void (*fn)(Tracer&));
// Marks a statically allocated object (built-in type, singleton) whose
// fields point into the heap, so its trace function is called at each collection.
void gc_add_static(Object* o);

// Marks whatever the words in [lo, hi) may point to (VM frames use this
// for their value stacks, whose dead slots may hold stale words).
void gc_scan_conservatively(Tracer& t, const void* lo, const void* hi);

// The native stack's base (highest address) of the thread running Python.
void gc_set_stack_base(void* base);
// Sets the stack base to the top of the calling thread's stack.
void gc_set_stack_base_from_thread();

// Weak references: after marking and before anything is freed, each
// registered function is called to clear what it holds weakly; it asks
// gc_survives() which objects are still alive.
void gc_add_weak_processor(void (*fn)());
// During a weak processor: whether [o] survives this collection (static and
// immortal objects always do).
bool gc_survives(const Object* o);

// Runs a full collection. Returns the number of objects freed. The __del__
// calls it queues are left to the caller (run_pending_finalizers(),
// runtime/finalizers.h).
size_t gc_collect();

// Collect at every allocation (UOPY_GC_STRESS=1 or -X gc-stress).
void gc_set_stress(bool on);
// gc.disable()/gc.enable(): automatic collections only.
void gc_set_enabled(bool on);
bool gc_is_enabled();
// A ceiling on the heap (pages and large objects), 0 for none: allocations
// beyond it fail with MemoryError. The fuzzers set it, so that a program
// asking for 10 GB gets a MemoryError instead of the machine's memory.
void gc_set_heap_limit(size_t bytes);
// Whether an object of [bytes] could fit under that ceiling at all: native
// code building a huge result in C++ memory first asks, so that it fails
// at once instead of after the work.
bool gc_within_heap_limit(size_t bytes);

struct GcStats {
    size_t collections;
    size_t heap_bytes;      // bytes in pages and large objects
    size_t live_bytes;      // after the last collection
    size_t allocated_since; // bytes allocated since the last collection
};
GcStats gc_stats();

// A growable array of Values that the collector can see. Values kept only
// in malloc'd memory (a std::vector<Value>, a std::map) are invisible to the
// collector and may be freed under you: use this instead, on the C++ stack.
class ValueVec;
void gc_trace_value_vecs(Tracer& t);

class ValueVec {
  public:
    ValueVec();
    explicit ValueVec(size_t n);
    ~ValueVec();
    ValueVec(const ValueVec&) = delete;
    ValueVec& operator=(const ValueVec&) = delete;
    void push_back(Value v) { items_.push_back(v); }
    void pop_back() { items_.pop_back(); }
    Value& operator[](size_t i) { return items_[i]; }
    const Value& operator[](size_t i) const { return items_[i]; }
    Value& back() { return items_.back(); }
    size_t size() const { return items_.size(); }
    bool empty() const { return items_.empty(); }
    void clear() { items_.clear(); }
    void resize(size_t n) { items_.resize(n); }
    void reserve(size_t n) { items_.reserve(n); }
    Value* data() { return items_.data(); }
    const Value* data() const { return items_.data(); }
    Value* begin() { return items_.data(); }
    Value* end() { return items_.data() + items_.size(); }
    std::vector<Value>& raw() { return items_; }

  private:
    friend void gc_trace_value_vecs(Tracer&);
    std::vector<Value> items_;
    ValueVec* prev_;
    ValueVec* next_;
};

// -- Python-level finalizers (__del__) -------------------------------------
// PEP 442's semantics on a tracing collector, as in PyPy. Instances of a
// class with TYPE_HAS_DEL are "tracked" on a list the collector holds
// weakly. A collection that finds a tracked object unreachable does not free
// it: it sets GC_FINALIZED, keeps the object and all it reaches alive for
// this cycle (before weak references are cleared, so they still answer in
// __del__) and queues it. The queue is a root until runtime/finalizers.cpp
// calls the __del__ methods at a safe point (the eval breaker, gc.collect()).
// An object that __del__ did not resurrect is freed by a later collection;
// one that it did lives on and is never finalized again.

// Tracks [o], an instance of a TYPE_HAS_DEL class (the allocator does this
// for new objects; __class__ assignment for the others). Does nothing if
// [o] is tracked already or was finalized.
void gc_track_finalizer(Object* o);
// Whether a generator, coroutine or async generator (a TYPE_GEN_FINALIZE
// object) is suspended: only then does closing it run code. Others die in
// the collection that finds them unreachable, with no finalization cycle
// (vm/generator.cpp).
bool gc_generator_needs_close(Object* gen);
// Tracks every live instance of a TYPE_HAS_DEL class: one walk over the heap,
// for a class that gained __del__ after its instances were made.
void gc_track_existing_finalizers();
// Moves the objects queued for __del__ into [out], in the order they were
// queued. Returns false when none were.
bool gc_take_finalizer_queue(ValueVec& out);
// At exit: moves every tracked object that is not finalized and whose class
// still has __del__ into [out], in the order they were tracked (the order of
// creation, except for objects tracked by the two calls above), and
// forgets all tracked objects.
void gc_take_finalizer_candidates(ValueVec& out);

// Is [p] the start of a live heap object? (For debugging and assertions.)
bool gc_is_heap_object(const void* p);

} // namespace uopy
