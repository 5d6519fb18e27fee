// complex: a pair of doubles. CPython counterpart: Objects/complexobject.c.
#pragma once

#include "objects/object.h"

namespace uopy {

struct ComplexObject : Object {
    double real, imag;
};

Value make_complex(double real, double imag);
void init_complex_type();

} // namespace uopy
