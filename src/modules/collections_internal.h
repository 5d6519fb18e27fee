// What the two files of the `_collections` module share: the argument checks
// that name a method by its type's short name, and OrderedDict's types
// (modules/ordered_dict.cpp), which collections_module.cpp registers.
#pragma once

#include "objects/object.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"

namespace uopy {

// CPython names a method by its type's short name in argument errors
// ("deque.append() takes no keyword arguments"), where the generic native
// call path would use the full tp_name ("collections.deque"). So these
// methods take keywords as far as the caller is concerned and check for
// themselves.
inline bool no_kwargs(const char* qualname, Value kwnames) {
    if (!kwnames || tuple_size(kwnames) == 0) return true;
    raise(exc::TypeError, "%s() takes no keyword arguments", qualname);
    return false;
}
// METH_NOARGS / METH_O arity: "deque.pop() takes no arguments (1 given)".
inline bool fixed_args(const char* qualname, size_t nargs, Value kwnames, size_t n) {
    return no_kwargs(qualname, kwnames) && check_nargs(qualname, nargs, n, n);
}

// collections.OrderedDict, made ready at the first import of _collections.
extern Type OrderedDictType;
void init_ordered_dict_types();

} // namespace uopy
