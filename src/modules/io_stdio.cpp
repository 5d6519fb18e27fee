// The standard streams (see io_stdio.h).
#include "modules/io_stdio.h"

#include "modules/io_module.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/sysmodule.h"

namespace uopy {

void flush_std_files() {
    for (Value f : {sys_stdout(), sys_stderr()}) {
        if (!f || is_none(f)) continue;
        if (!call_method(f, "flush", {})) err_clear();
    }
}

bool print_may_join(Value file) {
    if (!file.is_ptr() || file.as_ptr()->type != &TextIOWrapperType) return false;
    Dict* d = static_cast<IOBaseObject*>(file.as_ptr())->dict;
    return !d || !dict_get_str(d, intern_cstr("write"));
}

} // namespace uopy
