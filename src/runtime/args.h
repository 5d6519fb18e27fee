// Argument binding for native functions: a signature written once, parsed
// once, checked on each call with CPython's error messages. CPython
// counterpart: Python/getargs.c and Argument Clinic's generated parsers.
//
//   static const NativeSignature sig("sorted", "iterable, /, *, key=, reverse=");
//   Value a[3];
//   if (!sig.bind(args, nargs, kwnames, a)) return Value();
//
// Syntax: names separated by commas; `/` ends the positional-only names; `*`
// starts the keyword-only ones; a trailing `=` marks an optional parameter
// (left null when not given). `*args` / `**kwargs` collect the rest into a
// tuple / dict, which always come back non-null.
#pragma once

#include "objects/object.h"

#include <string>
#include <vector>

namespace uopy {

class NativeSignature {
  public:
    NativeSignature(const char* fname, const char* spec);
    // Writes one Value per parameter into [out] (in declaration order).
    bool bind(const Value* args, size_t nargs, Value kwnames, Value* out) const;
    size_t size() const { return params_.size(); }

  private:
    struct Param {
        std::string name;
        bool optional;
        bool positional; // can be passed by position
        bool keyword;    // can be passed by keyword
        bool star;       // *args
        bool starstar;   // **kwargs
    };
    std::string fname_;
    std::vector<Param> params_;
    size_t max_positional_;
};

// Small helpers for natives without keywords.
// TypeError "f() takes exactly one argument (N given)" style checks.
// Inline for the count that fits: most natives check it on every call.
bool check_nargs_failed(const char* fname, size_t nargs, size_t min, size_t max);
inline bool check_nargs(const char* fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) [[likely]]
        return true;
    return check_nargs_failed(fname, nargs, min, max);
}
bool check_no_kwargs(const char* fname, Value kwnames);
// Argument Clinic's positional wording even for one argument: "sorted expected 1 argument, got 2".
bool check_nargs_expected(const char* fname, size_t nargs, size_t min, size_t max);
// The type name Argument Clinic's "argument must be str, not X" messages
// use: "None" for None, else the type's name.
const char* arg_type_name(Value v);
// The keyword parsing of PyArg_ParseTupleAndKeywords / Argument Clinic's
// _PyArg_UnpackKeywords, in their order and with their messages, for
// parameters [names] that may all be passed by name: the first [maxpos] may
// be passed by position, the first [minpos] are required. Writes one Value
// per name into [out] (null when not given). The first [posonly] may not be
// passed by name. NativeSignature reports an unknown keyword before a
// missing argument and words the limits its own way.
bool unpack_keyword_args(const char* fname, const char* const* names, size_t nnames, size_t minpos,
                         size_t maxpos, const Value* args, size_t nargs, Value kwnames, Value* out,
                         size_t posonly = 0);
// Argument Clinic's int converter: an integer (__index__) that fits a C int
// (OverflowError otherwise); [dflt] when [v] is null (not given).
bool c_int_arg(Value v, int dflt, int* out);
// Argument Clinic's Py_ssize_t converter: an integer (__index__) that fits
// 64 bits, else OverflowError "Python int too large to convert to C ssize_t"
// (not the "cannot fit 'int' into an index-sized integer" of sequence
// indexing and repetition, which index_as_int64 gives).
bool ssize_arg(Value v, int64_t* out);
// Argument Clinic's slice_index(accept={int}) converter (list.index's
// start/stop): __index__, clamped to the int64 range; None and non-integers
// are a TypeError.
bool slice_index_arg(Value v, int64_t* out);
// The older PyArg_ParseTuple wording: "find() takes at least 1 argument (0 given)".
bool check_nargs_tuple_style(const char* fname, size_t nargs, size_t min, size_t max);
// A binary dunder's slot-wrapper checks (int.__divmod__(x)): "expected 1
// argument, got 2", "wrapper __divmod__() takes no keyword arguments".
bool check_wrapper_one_arg(const char* name, size_t nargs, Value kwnames);

} // namespace uopy
