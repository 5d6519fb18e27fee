// The mark-sweep collector and the size-class heap behind every allocation.
// See gc.h for the design; this file holds the page layout, the allocator,
// marking (precise for heap objects, conservative for the native stack) and
// the sweep.
#include "runtime/gc.h"

#include "runtime/errors.h"
#include "runtime/interp.h"

#include <malloc.h>
#include <pthread.h>
#include <sys/mman.h>

#include <algorithm>
#include <csetjmp>
#include <cstdlib>
#include <cstring>
#include <map>
#include <unordered_set>
#include <vector>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UOPY_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define UOPY_ASAN 1
#endif
#define NO_ASAN __attribute__((no_sanitize_address))

namespace uopy {

// Buffers carry one of these two types so that the collector (and only the
// collector) can tell them from objects. They are never visible to Python.
static Type BufferValuesType;
static Type BufferBytesType;

// -- Heap layout ----------------------------------------------------------

// Pages are kPageSize-aligned so that a candidate pointer finds its page by
// masking. Each page holds cells of a single size class.
static constexpr size_t kPageSize = 256 * 1024;
static constexpr size_t kPageHeader = 64;
static constexpr size_t kMaxSmall = 8192;
// The least allocation between collections (when the live heap is smaller).
static constexpr size_t kMinThreshold = 8 * 1024 * 1024;
// Otherwise a collection comes after allocating this many times the live
// heap: each collection marks everything live, so the factor trades memory
// (peak heap about (1 + factor) x live) for marking time. 2 made matmul and
// float_points 1.2-1.35x faster than 1, for 1.3x their peak RSS.
static constexpr size_t kHeapGrowth = 2;

static constexpr size_t kClassSizes[] = {16,   32,   48,   64,   80,   96,   112,  128,  144,
                                         160,  176,  192,  208,  224,  240,  256,  320,  384,
                                         448,  512,  640,  768,  896,  1024, 1280, 1536, 1792,
                                         2048, 2560, 3072, 3584, 4096, 5120, 6144, 7168, 8192};
static constexpr size_t kNumClasses = sizeof(kClassSizes) / sizeof(kClassSizes[0]);

struct Page {
    uint32_t size_class;
    uint32_t cell_size;
    uint32_t ncells;
    uint32_t nlive;
    char* cells;
    // Set once an object whose type has a finalizer is allocated here: only
    // such pages need the sweep's finalizer pass.
    bool has_finalizers;
};
static_assert(sizeof(Page) <= kPageHeader);

using gc_detail::FreeCell;
using gc_detail::g_alloc;
static_assert(gc_detail::kNumClasses == kNumClasses);
static_assert(kClassSizes[15] == gc_detail::kInlineMaxSize);

gc_detail::AllocState gc_detail::g_alloc = {{}, kMinThreshold};

struct LargeObject {
    size_t size;
};

struct Heap {
    std::vector<Page*> pages;
    std::unordered_set<uintptr_t> page_set;
    std::map<uintptr_t, size_t> large; // start address -> size
    size_t heap_bytes = 0;
    size_t live_bytes = 0;
    // Bytes allowed between collections; g_alloc.budget counts down from it.
    size_t threshold = kMinThreshold;
    size_t collections = 0;
    bool stress = false;
    bool enabled = true;
    bool collecting = false;
    void* stack_base = nullptr;
    std::vector<Value*> root_slots;
    std::vector<Object**> root_objects;
    std::vector<void (*)(Tracer&)> root_fns;
    std::vector<void (*)()> weak_processors;
    std::vector<Object*> statics;
    std::vector<Object*> mark_stack;
    // Pages whose cells the last collection left to sweep: a page is swept
    // when its size class needs free cells (alloc_cell), so its cells are
    // threaded onto the free list just before they are handed out, while
    // the page is in the cache; the rest at the start of the next collection.
    std::vector<Page*> unswept[kNumClasses];
    size_t swept_live = 0; // bytes found live by page sweeps since the last marking
    size_t large_live = 0; // bytes of large objects live at the last marking
    std::vector<Object*> conservative_buffers;
    // Python-level finalizers (see "Finalizers" below). The candidates are
    // held weakly and pruned at each collection; the queue is a root.
    std::vector<Object*> finalizer_candidates;
    std::vector<Object*> finalizer_queue;
};

// Created on first use (allocation may happen during static initialization);
// a plain pointer so that the allocation fast path is one load.
static Heap* g_heap = nullptr;

static void tune_malloc();

static inline Heap& heap() {
    if (__builtin_expect(g_heap == nullptr, 0)) {
        g_heap = new Heap();
        tune_malloc();
    }
    return *g_heap;
}

// Memory outside the GC heap (big ints' GMP limbs, C++ containers) comes
// from malloc. glibc's defaults give the top of its heap back to the OS as
// soon as 128 KiB are free there, so a program that churns big ints faults
// the same memory in again and again (pidigits spent a quarter of its time
// in page faults). Keep up to 64 MiB, and serve blocks under 1 MiB from the
// heap rather than from a fresh mapping each time.
static void tune_malloc() {
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
}

static uint8_t size_class_of(size_t size) {
    // Small sizes map directly; larger ones by search (rare).
    if (size <= 256) return static_cast<uint8_t>((size + 15) / 16 - 1);
    return static_cast<uint8_t>(std::lower_bound(kClassSizes, kClassSizes + kNumClasses, size) -
                                kClassSizes);
}

// -- Page memory ------------------------------------------------------------
// Pages are carved from 2 MiB arenas the kernel is asked to back with
// transparent huge pages: a growing heap then takes one page fault per 2 MiB
// instead of one per 4 KiB (on float_points the faults were ~45% of the run
// time). Pages the sweep gives back return their memory to the OS
// (MADV_DONTNEED) and are kept for reuse; arenas are never unmapped.

static constexpr size_t kArenaSize = 2 * 1024 * 1024;
static_assert(kArenaSize % kPageSize == 0);

static std::vector<void*> g_spare_pages; // page-sized, aligned, reusable
static size_t g_heap_limit = 0;          // gc_set_heap_limit; 0: none
static char* g_arena_next = nullptr;     // the current arena's unused part
static char* g_arena_end = nullptr;

static bool new_arena() {
    // Map twice the size so that an aligned arena fits, then trim the rest.
    size_t span = 2 * kArenaSize;
    void* raw = mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) return false;
    uintptr_t start = reinterpret_cast<uintptr_t>(raw);
    uintptr_t aligned = (start + kArenaSize - 1) & ~(kArenaSize - 1);
    if (aligned > start) munmap(raw, aligned - start);
    uintptr_t end = aligned + kArenaSize;
    if (start + span > end) munmap(reinterpret_cast<void*>(end), start + span - end);
#ifdef MADV_HUGEPAGE
    madvise(reinterpret_cast<void*>(aligned), kArenaSize, MADV_HUGEPAGE);
#endif
    g_arena_next = reinterpret_cast<char*>(aligned);
    g_arena_end = reinterpret_cast<char*>(end);
    return true;
}

static void* page_memory_alloc() {
    if (!g_spare_pages.empty()) {
        void* mem = g_spare_pages.back();
        g_spare_pages.pop_back();
        return mem;
    }
    if (g_arena_next == g_arena_end && !new_arena()) return nullptr;
    void* mem = g_arena_next;
    g_arena_next += kPageSize;
    return mem;
}

static void page_memory_release(void* mem) {
    madvise(mem, kPageSize, MADV_DONTNEED); // reads back as zeros
    g_spare_pages.push_back(mem);
}

static Page* new_page(uint32_t cls) {
    Heap& h = heap();
    if (g_heap_limit && h.heap_bytes + kPageSize > g_heap_limit) return nullptr;
    void* mem = page_memory_alloc();
    if (!mem) return nullptr;
    Page* p = static_cast<Page*>(mem);
    p->size_class = cls;
    p->cell_size = static_cast<uint32_t>(kClassSizes[cls]);
    p->cells = static_cast<char*>(mem) + kPageHeader;
    p->ncells = static_cast<uint32_t>((kPageSize - kPageHeader) / p->cell_size);
    p->nlive = 0;
    p->has_finalizers = false;
    // Thread the new cells onto the free list, lowest address first. Only the
    // header of a free cell is meaningful (type null = free); allocation
    // zeroes the whole cell, so the page itself is not cleared here.
    FreeCell* head = g_alloc.free_lists[cls];
    for (uint32_t i = p->ncells; i-- > 0;) {
        auto* c = reinterpret_cast<FreeCell*>(p->cells + size_t(i) * p->cell_size);
        c->type = nullptr;
        c->next = head;
        head = c;
    }
    g_alloc.free_lists[cls] = head;
    h.pages.push_back(p);
    h.page_set.insert(reinterpret_cast<uintptr_t>(mem));
    h.heap_bytes += kPageSize;
    return p;
}

static size_t collect(bool eager);

// Charges [size] to the budget; collects when it runs out.
static void maybe_collect(size_t size) {
    Heap& h = heap();
    if (g_alloc.budget >= size && !h.stress) {
        g_alloc.budget -= size;
        return;
    }
    g_alloc.budget = 0;
    if (h.collecting || !h.enabled) return;
    collect(false);
}

static Object* alloc_large(size_t size) {
    Heap& h = heap();
    maybe_collect(size);
    // Refuse absurd sizes outright rather than asking the OS.
    if (size > (size_t(1) << 40)) return nullptr;
    if (g_heap_limit && h.heap_bytes + size > g_heap_limit) {
        // Over the limit: refuse only if it is live data that fills it.
        if (h.collecting || !h.enabled) return nullptr;
        collect(false);
        if (h.heap_bytes + size > g_heap_limit) return nullptr;
    }
    void* mem = std::calloc(1, size);
    if (!mem) return nullptr;
    h.large[reinterpret_cast<uintptr_t>(mem)] = size;
    h.heap_bytes += size;
    Object* o = static_cast<Object*>(mem);
    o->gc_flags = GC_LARGE;
    return o;
}

// Zeroes a fresh cell. The common small classes get fixed-size clears, which
// the compiler turns into a few stores instead of a call to memset.
static inline void clear_cell(void* c, uint8_t cls) {
    switch (cls) {
    case 0: std::memset(c, 0, 16); break;
    case 1: std::memset(c, 0, 32); break;
    case 2: std::memset(c, 0, 48); break;
    case 3: std::memset(c, 0, 64); break;
    default: std::memset(c, 0, kClassSizes[cls]); break;
    }
}

static void sweep_page(Page* p, size_t* freed = nullptr);

static inline Object* alloc_cell(size_t size) {
    if (__builtin_expect(size > kMaxSmall, 0)) return alloc_large(size);
    uint8_t cls = size_class_of(size < 16 ? 16 : size);
    maybe_collect(kClassSizes[cls]);
    FreeCell* c = g_alloc.free_lists[cls];
    if (__builtin_expect(c == nullptr, 0)) {
        std::vector<Page*>& pending = heap().unswept[cls];
        while (!g_alloc.free_lists[cls] && !pending.empty()) {
            Page* p = pending.back();
            pending.pop_back();
            sweep_page(p);
        }
        if (!g_alloc.free_lists[cls] && !new_page(cls)) return nullptr;
        c = g_alloc.free_lists[cls];
    }
    g_alloc.free_lists[cls] = c->next;
    clear_cell(c, cls);
    return reinterpret_cast<Object*>(c);
}

Object* gc_alloc_object_slow(Type* type, size_t size) {
    Object* o = alloc_cell(size);
    if (__builtin_expect(o == nullptr, 0)) {
        raise_memory_error();
        return nullptr;
    }
    o->type = type;
    if (__builtin_expect(type->finalize != nullptr, 0)) {
        if (!(o->gc_flags & GC_LARGE))
            reinterpret_cast<Page*>(reinterpret_cast<uintptr_t>(o) & ~(kPageSize - 1))
                ->has_finalizers = true;
        // A class with __del__ always has a finalize slot (runtime/slots.cpp),
        // so its instances come through here and this test costs the
        // allocations of every other type nothing.
        if (type->flags & TYPE_HAS_DEL) gc_track_finalizer(o);
    }
    return o;
}

Value* gc_alloc_values(size_t n) {
    if (n > (size_t(1) << 37)) {
        raise_memory_error();
        return nullptr;
    }
    Object* o = gc_alloc_object(&BufferValuesType, sizeof(Object) + n * sizeof(Value));
    return o ? reinterpret_cast<Value*>(o + 1) : nullptr;
}

char* gc_alloc_bytes(size_t n) {
    if (n > (size_t(1) << 40)) {
        raise_memory_error();
        return nullptr;
    }
    Object* o = gc_alloc_object(&BufferBytesType, sizeof(Object) + n);
    return o ? reinterpret_cast<char*>(o + 1) : nullptr;
}

static size_t cell_size_of(Object* o) {
    Heap& h = heap();
    if (o->gc_flags & GC_LARGE) return h.large[reinterpret_cast<uintptr_t>(o)];
    Page* p = reinterpret_cast<Page*>(reinterpret_cast<uintptr_t>(o) & ~(kPageSize - 1));
    return p->cell_size;
}

size_t gc_cell_size(const Object* o) {
    return cell_size_of(const_cast<Object*>(o));
}

size_t gc_buffer_capacity(const void* payload) {
    Object* o = const_cast<Object*>(static_cast<const Object*>(payload) - 1);
    return cell_size_of(o) - sizeof(Object);
}

// -- Roots ------------------------------------------------------------------

void gc_add_root(Value* slot) {
    heap().root_slots.push_back(slot);
}
void gc_add_root_object(Object** slot) {
    heap().root_objects.push_back(slot);
}
void gc_add_root_fn(void (*fn)(Tracer&)) {
    heap().root_fns.push_back(fn);
}
void gc_add_static(Object* o) {
    heap().statics.push_back(o);
}
void gc_set_stack_base(void* base) {
    heap().stack_base = base;
}

void gc_set_stack_base_from_thread() {
    pthread_attr_t attr;
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_destroy(&attr);
        heap().stack_base = static_cast<char*>(addr) + size;
    }
}
void gc_set_stress(bool on) {
    heap().stress = on;
    if (on) g_alloc.budget = 0;
}
bool gc_within_heap_limit(size_t bytes) {
    return !g_heap_limit || bytes <= g_heap_limit;
}

void gc_set_heap_limit(size_t bytes) {
    g_heap_limit = bytes;
}

void gc_set_enabled(bool on) {
    heap().enabled = on;
}
bool gc_is_enabled() {
    return heap().enabled;
}

// -- Rooted vectors -----------------------------------------------------------

static ValueVec* g_value_vecs = nullptr;

ValueVec::ValueVec() : prev_(nullptr), next_(g_value_vecs) {
    if (next_) next_->prev_ = this;
    g_value_vecs = this;
}
ValueVec::ValueVec(size_t n) : ValueVec() {
    items_.resize(n);
}
ValueVec::~ValueVec() {
    if (prev_)
        prev_->next_ = next_;
    else
        g_value_vecs = next_;
    if (next_) next_->prev_ = prev_;
}

void gc_trace_value_vecs(Tracer& t) {
    for (ValueVec* v = g_value_vecs; v; v = v->next_)
        t.visit_values(v->items_.data(), v->items_.size());
}

// -- Marking ----------------------------------------------------------------

void Tracer::visit_object(Object* o) {
    if (o->gc_flags & (GC_MARK | GC_IMMORTAL)) return;
    o->gc_flags |= GC_MARK;
    // A leaf (float, str, int: a built-in type without references, itself
    // immortal) needs nothing more; most of a numeric heap is such objects.
    Type* type = o->type;
    if (type->trace == nullptr && (type->gc_flags & GC_IMMORTAL)) return;
    heap().mark_stack.push_back(o);
}

void Tracer::visit_buffer(const void* payload) {
    if (!payload) return;
    Object* o = const_cast<Object*>(static_cast<const Object*>(payload) - 1);
    o->gc_flags |= GC_MARK;
}

// Finds the live heap object or buffer containing address [w], if any.
NO_ASAN static Object* find_object(uintptr_t w) {
    Heap& h = heap();
    uintptr_t base = w & ~(kPageSize - 1);
    if (h.page_set.count(base)) {
        Page* p = reinterpret_cast<Page*>(base);
        uintptr_t cells = reinterpret_cast<uintptr_t>(p->cells);
        if (w < cells) return nullptr;
        size_t idx = (w - cells) / p->cell_size;
        if (idx >= p->ncells) return nullptr;
        Object* o = reinterpret_cast<Object*>(cells + idx * p->cell_size);
        return o->type ? o : nullptr;
    }
    if (h.large.empty()) return nullptr;
    auto it = h.large.upper_bound(w);
    if (it == h.large.begin()) return nullptr;
    --it;
    if (w < it->first + it->second) return reinterpret_cast<Object*>(it->first);
    return nullptr;
}

NO_ASAN static void mark_conservative_word(Tracer& t, uintptr_t w) {
    if (w < 4096 || (w & 7) != 0) return;
    Object* o = find_object(w);
    if (!o || (o->gc_flags & GC_MARK)) return;
    if (o->type == &BufferValuesType) {
        // We cannot know which part of the buffer is live: scan all of it.
        o->gc_flags |= GC_MARK;
        heap().conservative_buffers.push_back(o);
        return;
    }
    t.visit_object(o);
}

NO_ASAN static void scan_range_conservatively(Tracer& t, const void* lo, const void* hi) {
    auto p = reinterpret_cast<uintptr_t>(lo) & ~uintptr_t(7);
    auto end = reinterpret_cast<uintptr_t>(hi);
    for (; p + 8 <= end; p += 8)
        mark_conservative_word(t, *reinterpret_cast<const uintptr_t*>(p));
}

void gc_scan_conservatively(Tracer& t, const void* lo, const void* hi) {
    scan_range_conservatively(t, lo, hi);
}

NO_ASAN __attribute__((noinline)) static void scan_native_stack(Tracer& t) {
    Heap& h = heap();
    if (!h.stack_base) return;
    // Spill callee-saved registers into this frame so the scan sees them.
    jmp_buf regs;
    setjmp(regs);
    scan_range_conservatively(t, &regs, reinterpret_cast<char*>(&regs) + sizeof(regs));
    volatile char here = 0;
    const void* lo = const_cast<const char*>(&here);
    scan_range_conservatively(t, lo, h.stack_base);
}

NO_ASAN static void drain(Tracer& t) {
    Heap& h = heap();
    for (;;) {
        while (!h.mark_stack.empty()) {
            Object* o = h.mark_stack.back();
            h.mark_stack.pop_back();
            Type* type = o->type;
            if (type == &BufferValuesType || type == &BufferBytesType) continue;
            t.visit_object(type);
            if (type->trace) type->trace(o, t);
        }
        if (h.conservative_buffers.empty()) break;
        Object* b = h.conservative_buffers.back();
        h.conservative_buffers.pop_back();
        size_t cap = cell_size_of(b) - sizeof(Object);
        scan_range_conservatively(t, b + 1, reinterpret_cast<char*>(b + 1) + cap);
    }
}

// -- Sweeping -----------------------------------------------------------------

static void finalize_dead(Object* o) {
    Type* type = o->type;
    if (type != &BufferValuesType && type != &BufferBytesType && type->finalize) type->finalize(o);
}

// Whether the cell holds an object that survives this collection: marked,
// or immortal (interned strings and built-in exception classes in the heap
// are never marked and never freed). A free cell has no type.
static inline bool cell_survives(const Object* o) {
    return o->type && (o->gc_flags & (GC_MARK | GC_IMMORTAL));
}
static inline Object* page_cell(Page* p, uint32_t i) {
    return reinterpret_cast<Object*>(p->cells + size_t(i) * p->cell_size);
}

// Sweeps one page: threads its dead cells onto its class's free list and
// clears the marks of the live ones; adds the objects it frees to [*freed].
static void sweep_page(Page* p, size_t* freed) {
    uint32_t nlive = 0;
    FreeCell* head = g_alloc.free_lists[p->size_class];
    for (uint32_t i = p->ncells; i-- > 0;) {
        Object* o = page_cell(p, i);
        if (cell_survives(o)) {
            o->gc_flags &= ~GC_MARK;
            nlive++;
            continue;
        }
        if (o->type && freed) ++*freed;
        auto* c = reinterpret_cast<FreeCell*>(o);
        c->type = nullptr;
        c->next = head;
        head = c;
    }
    g_alloc.free_lists[p->size_class] = head;
    p->nlive = nlive;
    heap().swept_live += size_t(nlive) * p->cell_size;
}

static bool page_is_empty(Page* p) {
    for (uint32_t i = 0; i < p->ncells; i++)
        if (cell_survives(page_cell(p, i))) return false;
    return true;
}

// Sweeps every page the last collection left unswept, so that no mark is
// left before the next marking. Wholly empty pages beyond the next cycle's
// allocation budget go back to the OS instead (their cells are on no free
// list yet); the others are kept for reuse, so a program that churns
// through short-lived objects recycles pages rather than faulting fresh
// ones in every cycle. Returns the bytes that were live at the last marking.
static size_t finish_sweeping() {
    Heap& h = heap();
    size_t empty_budget = std::max<size_t>(kMinThreshold, kHeapGrowth * h.live_bytes);
    size_t empty_bytes_kept = 0;
    std::unordered_set<Page*> released;
    for (auto& pending : h.unswept) {
        for (Page* p : pending) {
            if (page_is_empty(p) && (empty_bytes_kept += kPageSize) > empty_budget) {
                released.insert(p);
                continue;
            }
            sweep_page(p);
        }
        pending.clear();
    }
    if (!released.empty()) {
        std::vector<Page*> kept;
        kept.reserve(h.pages.size());
        for (Page* p : h.pages) {
            if (!released.count(p)) {
                kept.push_back(p);
                continue;
            }
            h.page_set.erase(reinterpret_cast<uintptr_t>(p));
            h.heap_bytes -= kPageSize;
            page_memory_release(p);
        }
        h.pages.swap(kept);
    }
    return h.swept_live + h.large_live;
}

// After marking: the finalizers of the dead, the large objects, then the
// pages: swept now if [eager], else queued (Heap::unswept). Returns the
// number of objects freed so far.
static size_t sweep(bool eager) {
    Heap& h = heap();
    size_t freed = 0;
    for (auto& fl : g_alloc.free_lists)
        fl = nullptr;
    // Finalizers first, while every dead object's memory is still intact.
    for (Page* p : h.pages) {
        if (!p->has_finalizers) continue;
        for (uint32_t i = 0; i < p->ncells; i++) {
            Object* o = page_cell(p, i);
            if (o->type && !cell_survives(o)) finalize_dead(o);
        }
    }
    for (auto& [addr, size] : h.large) {
        auto* o = reinterpret_cast<Object*>(addr);
        if (!(o->gc_flags & (GC_MARK | GC_IMMORTAL))) finalize_dead(o);
    }
    h.large_live = 0;
    for (auto it = h.large.begin(); it != h.large.end();) {
        auto* o = reinterpret_cast<Object*>(it->first);
        if (o->gc_flags & (GC_MARK | GC_IMMORTAL)) {
            o->gc_flags &= ~GC_MARK;
            h.large_live += it->second;
            ++it;
        } else {
            freed++;
            h.heap_bytes -= it->second;
            std::free(o);
            it = h.large.erase(it);
        }
    }
    h.swept_live = 0;
    for (Page* p : h.pages) {
        if (eager)
            sweep_page(p, &freed);
        else
            h.unswept[p->size_class].push_back(p);
    }
    return freed;
}

// -- Finalizers ----------------------------------------------------------------
// Objects whose class has a Python __del__ (gc.h). The candidates list holds
// them weakly: each collection drops the ones it did not reach, so the list
// never points at a freed cell (cells are reused only after the collection
// that found them dead).

void gc_track_finalizer(Object* o) {
    if (o->gc_flags & (GC_FINALIZED | GC_FINALIZER_TRACKED | GC_IMMORTAL)) return;
    o->gc_flags |= GC_FINALIZER_TRACKED;
    heap().finalizer_candidates.push_back(o);
}

static inline bool wants_finalizer(const Object* o) {
    return o->type && !(o->gc_flags & (GC_FINALIZED | GC_FINALIZER_TRACKED | GC_IMMORTAL)) &&
           o->type != &BufferValuesType && o->type != &BufferBytesType &&
           (o->type->flags & TYPE_HAS_DEL);
}

void gc_track_existing_finalizers() {
    Heap& h = heap();
    // Called from Python code (a class attribute assignment), never while
    // marking. Sweeping the last collection's pages first leaves a type only
    // in cells that are alive (or allocated since), so no dead object is
    // tracked, to be "finalized" or to dangle once its cell is reused.
    if (h.collecting) return;
    finish_sweeping();
    for (Page* p : h.pages)
        for (uint32_t i = 0; i < p->ncells; i++) {
            Object* o = page_cell(p, i);
            if (wants_finalizer(o)) gc_track_finalizer(o);
        }
    for (auto& [addr, size] : h.large) {
        auto* o = reinterpret_cast<Object*>(addr);
        if (wants_finalizer(o)) gc_track_finalizer(o);
    }
}

// After marking, before the weak processors: queues the tracked objects
// that were not reached, and marks them and all they reach, so that they
// survive this cycle intact and weak references to them are not cleared.
//
// The queue puts first the objects that no other doomed object refers to
// (CPython, freeing by reference counts, finalizes an outer object before
// the inner ones it held; PyPy orders the same way): the first pass traces
// each unmarked object's references without marking the object itself, so
// whatever is still unmarked afterwards is reached from no other candidate.
// Members of a cycle all reach one another and keep their relative order
// (CPython's cycle collector picks an arbitrary one too). Unlike PyPy, the
// inner objects are finalized in the same cycle rather than later ones, so
// a long chain of them does not need one collection per link.
static void queue_unreachable_finalizers(Tracer& t) {
    Heap& h = heap();
    if (h.finalizer_candidates.empty()) return;
    std::vector<Object*> kept, doomed;
    kept.reserve(h.finalizer_candidates.size());
    for (Object* o : h.finalizer_candidates) {
        if (o->gc_flags & GC_MARK) {
            kept.push_back(o);
            continue;
        }
        o->gc_flags &= ~GC_FINALIZER_TRACKED;
        // Finalized already, or its class lost __del__ (or it was given
        // another class): it just dies.
        if ((o->gc_flags & GC_FINALIZED) || !(o->type->flags & (TYPE_HAS_DEL | TYPE_GEN_FINALIZE)))
            continue;
        // A generator that finished or never started has nothing to close:
        // keeping it for a finalization cycle would only hold its memory
        // (and all it refers to) for one more collection.
        if (!(o->type->flags & TYPE_HAS_DEL) && !gc_generator_needs_close(o)) continue;
        doomed.push_back(o);
    }
    h.finalizer_candidates.swap(kept);
    if (doomed.empty()) return;
    for (Object* o : doomed) {
        if (o->gc_flags & GC_MARK) continue; // reached from an earlier one: traced
        t.visit_object(o->type);
        if (o->type->trace) o->type->trace(o, t);
        drain(t);
    }
    size_t first = h.finalizer_queue.size();
    for (Object* o : doomed)
        if (!(o->gc_flags & GC_MARK)) h.finalizer_queue.push_back(o);
    for (Object* o : doomed)
        if (o->gc_flags & GC_MARK) h.finalizer_queue.push_back(o);
    for (size_t i = first; i < h.finalizer_queue.size(); i++)
        h.finalizer_queue[i]->gc_flags |= GC_MARK | GC_FINALIZED;
    // The __del__ calls run at the next safe point; gc.collect() runs them
    // itself before returning. (Never here: Python code must not run in the
    // middle of an allocation.)
    if (g_interp) g_interp->eval_breaker = 1;
}

bool gc_take_finalizer_queue(ValueVec& out) {
    Heap& h = heap();
    if (h.finalizer_queue.empty()) return false;
    for (Object* o : h.finalizer_queue)
        out.push_back(Value(o));
    h.finalizer_queue.clear();
    return true;
}

void gc_take_finalizer_candidates(ValueVec& out) {
    Heap& h = heap();
    for (Object* o : h.finalizer_candidates) {
        o->gc_flags &= ~GC_FINALIZER_TRACKED;
        if (!(o->gc_flags & GC_FINALIZED) && (o->type->flags & (TYPE_HAS_DEL | TYPE_GEN_FINALIZE)))
            out.push_back(Value(o));
    }
    h.finalizer_candidates.clear();
}

// A collection. [eager] (gc.collect(), which reports how many objects it
// freed): every page is swept now. Otherwise pages are swept as allocation
// needs them, and the live size that sets the next threshold is the last
// cycle's, complete once all of its pages are swept.
static size_t collect(bool eager) {
    Heap& h = heap();
    if (h.collecting) return 0;
    h.collecting = true;
    h.live_bytes = finish_sweeping();
    Tracer t;
    for (Value* slot : h.root_slots)
        t.visit(*slot);
    for (Object** slot : h.root_objects)
        t.visit(*slot);
    for (Object* o : h.statics)
        if (o->type && o->type->trace) o->type->trace(o, t);
    for (Object* o : h.finalizer_queue)
        t.visit_object(o);
    for (auto fn : h.root_fns)
        fn(t);
    gc_trace_value_vecs(t);
    scan_native_stack(t);
    drain(t);
    queue_unreachable_finalizers(t);
    for (auto fn : h.weak_processors)
        fn();
    size_t freed = sweep(eager);
    if (eager) h.live_bytes = h.swept_live + h.large_live;
    h.collections++;
    h.threshold = std::max<size_t>(kMinThreshold, kHeapGrowth * h.live_bytes);
    g_alloc.budget = h.stress ? 0 : h.threshold;
    h.collecting = false;
    return freed;
}

// Zeroes the native stack below the caller's frame (Boehm's GC_clear_stack).
// The conservative scan would otherwise take stale words there for
// references: collect()'s frames are laid over those of the calls that ran
// just before (the constructor of an object the program has just dropped),
// and their padding and unwritten slots keep what those left behind. Then
// `del x; gc.collect()` could miss x (and run its __del__ late).
// Volatile stores rather than memset: they cannot be dropped as dead, and
// no (sanitizer-intercepted) library call looks at the stack below us.
NO_ASAN __attribute__((noinline)) static void clear_stack_below() {
    volatile uintptr_t scratch[2048]; // 16 KiB: deeper than collect()'s own frames
    for (size_t i = 0; i < 2048; i++)
        scratch[i] = 0;
    __asm__ volatile("" : : "r"(scratch) : "memory");
}

size_t gc_collect() {
    clear_stack_below();
    return collect(true);
}

GcStats gc_stats() {
    Heap& h = heap();
    size_t since = h.threshold > g_alloc.budget ? h.threshold - g_alloc.budget : 0;
    return GcStats{h.collections, h.heap_bytes, h.live_bytes, since};
}

void gc_add_weak_processor(void (*fn)()) {
    heap().weak_processors.push_back(fn);
}

bool gc_survives(const Object* o) {
    if (o->gc_flags & (GC_MARK | GC_IMMORTAL)) return true;
    // Not in the heap (a static object): never collected.
    return find_object(reinterpret_cast<uintptr_t>(o)) != o;
}

bool gc_is_heap_object(const void* p) {
    Object* o = find_object(reinterpret_cast<uintptr_t>(p));
    return o == p && o->type != &BufferValuesType && o->type != &BufferBytesType;
}

} // namespace uopy
