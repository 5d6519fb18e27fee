// Type version tags: the number a specialized instruction compares to know
// that a type (and everything along its MRO) still looks as it did when the
// instruction was specialized. A version is assigned on request, is unique
// for the life of the process, and is reset to 0 ("none") whenever the type
// or one of its bases changes; the next request assigns a fresh number.
// CPython counterpart: Objects/typeobject.c (assign_version_tag,
// type_modified), Objects/dictobject.c (dict watchers).
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/tuple.h"
#include "optimizer/executor.h"
#include "runtime/type.h"

#include <unordered_map>

namespace uopy {

// A type that keeps changing stops getting versions, so an instruction that
// specializes on it does not churn (CPython: MAX_VERSIONS_PER_CLASS).
static constexpr uint32_t kMaxVersionsPerType = 1000;
static uint32_t g_next_type_version = 1;

// The namespaces of versioned types are watched: Python code can reach
// them outside type.__setattr__ (vars(C)), and any change must invalidate.
static std::unordered_map<Dict*, Type*>& watched_type_dicts() {
    static auto* m = new std::unordered_map<Dict*, Type*>();
    return *m;
}

uint32_t assign_type_version(Type* t) {
    if (t->version_tag != 0) return t->version_tag;
    // Every base must be versioned too: a change to a base resets this one
    // through the subclass lists only if the base's version was set.
    if (!t->mro.is_null()) {
        for (size_t i = 1; i < tuple_size(t->mro); i++)
            if (!assign_type_version(static_cast<Type*>(tuple_get(t->mro, i).as_ptr()))) return 0;
    }
    if (t->versions_assigned >= kMaxVersionsPerType || g_next_type_version == UINT32_MAX) return 0;
    t->versions_assigned++;
    t->version_tag = g_next_type_version++;
    // (Built-in types too: their namespaces are written after creation by
    // code such as a native module's set-up, and the attribute cache keys on
    // the version.)
    if (t->dict && !(t->dict->watched & DICT_WATCHED_BY_TYPE)) {
        t->dict->watched |= DICT_WATCHED_BY_TYPE;
        watched_type_dicts()[t->dict] = t;
    }
    return t->version_tag;
}

void type_modified(Type* t) {
    if (t->version_tag == 0) return;
    uint32_t old = t->version_tag;
    t->version_tag = 0;
    invalidate_dependency(dependency_key(DependencyKind::TypeVersion, old));
    if (t->subclasses.is_null()) return;
    for (size_t i = 0; i < list_size(t->subclasses); i++)
        type_modified(static_cast<Type*>(list_get(t->subclasses, i).as_ptr()));
}

void dict_watch_notify(Dict* d) {
    if (d->watched & DICT_WATCHED_BY_TYPE) {
        auto& m = watched_type_dicts();
        auto it = m.find(d);
        if (it != m.end()) type_modified(it->second);
    }
}

} // namespace uopy
