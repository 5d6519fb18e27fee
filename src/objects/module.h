// Module objects: a namespace dict with a name. CPython counterpart:
// Objects/moduleobject.c.
#pragma once

#include "objects/object.h"

#include <string_view>

namespace uopy {

struct ModuleObject : Object {
    Dict* dict;
    Value name;
    // Made by the runtime (make_module) rather than by calling the module
    // type: only such a module without a __file__ is "(built-in)" in its repr.
    bool made_by_runtime;
};

inline bool is_module(Value v) {
    return v.is_ptr() && isinstance_of(v, &ModuleType);
}
inline ModuleObject* as_module(Value v) {
    return static_cast<ModuleObject*>(v.as_ptr());
}

// A new module named [name] with __name__, __doc__ = None, __package__,
// __loader__, __spec__ = None set in its dict, marked as made by the runtime.
ModuleObject* make_module(std::string_view name);

void init_module_type();

} // namespace uopy
