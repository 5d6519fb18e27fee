// BaseExceptionGroup, ExceptionGroup and the runtime of except*
// (see exception_group.cpp).
#pragma once

#include "objects/object.h"

namespace uopy {

// The member exceptions (a tuple) of a BaseExceptionGroup instance.
Value exception_group_exceptions(Value eg);

// Fills in the two classes made by init_exception_types().
void init_exception_group_types();

// except* T: *match is the part of [exc_value] that T matches (a group; a
// matching naked exception is wrapped in one) and *rest what is left, each
// None when empty. -1 with an exception set on error.
int exception_group_match(Value exc_value, Value match_type, Value* match, Value* rest);
// The clause types except* accepts: exception classes that are not groups.
int check_except_star_type(Value match_type);
// What an except* statement re-raises, given the original exception and the
// list of what its clauses raised or left unhandled: None for nothing.
Value prep_reraise_star(Value orig, Value excs);

} // namespace uopy
