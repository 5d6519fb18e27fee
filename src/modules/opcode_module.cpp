// The `_opcode` module: tier-2 introspection as in CPython 3.14
// (`_opcode.get_executor(code, offset)`), for tests and tools.
// CPython counterpart: Modules/_opcode.c.
#include "modules/modules.h"
#include "objects/code.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "optimizer/executor.h"
#include "runtime/args.h"
#include "runtime/errors.h"

namespace uopy {

namespace {

// get_executor(code, offset): the executor whose ENTER_EXECUTOR is at
// byte [offset] of [code]; ValueError where there is none.
Value opcode_get_executor(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs("get_executor", nargs, 2, 2)) return Value();
    if (!is_code(args[0]))
        return raise(exc::TypeError, "get_executor() argument 1 must be code, not %s",
                     type_name(args[0]));
    int64_t offset;
    if (!index_as_int64(args[1], &offset, exc::OverflowError)) return Value();
    CodeObject* code = as_code(args[0]);
    Executor* ex =
        offset >= 0 && offset % 2 == 0 ? executor_at(code, static_cast<int>(offset / 2)) : nullptr;
    if (!ex) return raise(exc::ValueError, "no executor at given byte offset");
    return Value(ex);
}

const NativeMethodDef opcode_functions[] = {
    {"get_executor", opcode_get_executor, 0, "The executor at a byte offset of a code object."},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

Value init_opcode_module() {
    ModuleObject* m = make_module("_opcode");
    if (!m) return Value();
    add_functions(m->dict, opcode_functions, Value(m));
    return Value(m);
}

} // namespace uopy
