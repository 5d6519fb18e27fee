// Shared by the hash modules (see hash_common.h).
#include "modules/hash_common.h"

#include "objects/bytes.h"
#include "objects/memoryview.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/call.h"
#include "runtime/errors.h"

namespace uopy {

bool hash_data_arg(Value v, std::string_view* out) {
    if (is_bytes(v) || is_bytearray(v)) {
        *out = bytes_view(v);
        return true;
    }
    if (v.is_ptr() && isinstance_of(v, &MemoryViewType)) {
        Value b = call_method(v, "tobytes", {}); // ValueError once released
        if (!b) return false;
        *out = bytes_view(b);
        return true;
    }
    if (is_str(v)) {
        raise(exc::TypeError, "Strings must be encoded before hashing");
        return false;
    }
    raise(exc::TypeError, "object supporting the buffer API required");
    return false;
}

bool hash_check_counts(const char* fname, size_t nargs, Value kwnames, size_t nparams) {
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    if (nargs + nkw > nparams) {
        raise(exc::TypeError, "%s() takes at most %zu %sargument%s (%zu given)", fname, nparams,
              nargs == 0 ? "keyword " : "", nparams == 1 ? "" : "s", nargs + nkw);
        return false;
    }
    if (nargs > 1) {
        raise(exc::TypeError, "%s() takes at most 1 positional argument (%zu given)", fname, nargs);
        return false;
    }
    return true;
}

Value hash_no_new(Type* type, const Value*, size_t, Value) {
    return raise(exc::TypeError, "cannot create '%s' instances", type->name);
}

} // namespace uopy
