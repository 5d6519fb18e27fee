// The list and tuple iterators, whose layout FOR_ITER_LIST / FOR_ITER_TUPLE
// read directly; the rest of the iterator types are private to
// iterators.cpp. CPython counterpart: Objects/iterobject.c, listobject.c.
#pragma once

#include "objects/object.h"

namespace uopy {

enum SeqIterKind : size_t { SEQ_ITER_LIST = 0, SEQ_ITER_TUPLE = 1, SEQ_ITER_REVERSED_LIST = 2 };

struct SeqIterObject : Object {
    Value seq; // null once exhausted
    int64_t index;
    size_t kind; // SeqIterKind
};
// One type per kind, as CPython's: list_iterator, tuple_iterator and
// list_reverseiterator (the specialized FOR_ITERs test the type alone).
extern Type ListIterType, TupleIterType, ListRevIterType;

Value make_seq_iterator_over(Value seq, size_t kind);

} // namespace uopy
