// The table of native modules, read by the import system at start-up.
#include "modules/modules.h"

namespace uopy {

const BuiltinModuleDef builtin_module_table[] = {
    {"math", init_math_module},
    {"time", init_time_module},
    {"gc", init_gc_module},
    {"dis", init_dis_module},
    {"_opcode", init_opcode_module},
    {"_weakref", init_weakref_module},
    {"_thread", init_thread_module},
    {"itertools", init_itertools_module},
    {nullptr, nullptr},
};

} // namespace uopy
