// memoryview (see memoryview.cpp).
#pragma once

#include "objects/object.h"

namespace uopy {

extern Type MemoryViewType;
void init_memoryview_type();

} // namespace uopy
