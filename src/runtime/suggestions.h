// "Did you mean: 'x'?" for the uncaught-exception printer: see suggestions.cpp.
#pragma once

#include "objects/object.h"

namespace uopy {

// The name to suggest for a NameError or AttributeError [exc] (a str), or
// null (never with an error left set).
Value offer_suggestion(Value exc);

} // namespace uopy
