// The `unicodedata` module: the Unicode Character Database (Unicode 14.0,
// unidata_version '14.0.0') — lookup, name, category, bidirectional,
// combining, east_asian_width, mirrored, decimal, digit, numeric,
// decomposition, normalize and is_normalized — and ucd_3_2_0, the
// unicodedata.UCD object with the same methods over Unicode 3.2.0 that
// stringprep and the idna codec use. CPython counterpart:
// Modules/unicodedata.c (3.11).
//
// The data lives in objects/unicode_ucd.* and objects/unicode_names.*
// (generated from CPython's own answers, the 3.2.0 view included).
// Differences from CPython: there is no _ucnhash_CAPI capsule (the \N{}
// escape and namereplace call objects/unicode_names directly); with the
// current database normalize() returns its argument itself whenever the
// result equals it, where CPython does so only when its quick check can
// tell without normalizing (so a str subclass may come back as itself here
// where CPython gives a plain str); ucd_3_2_0.normalize() always makes a
// new str for a non-empty argument, as CPython.
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode_names.h"
#include "objects/unicode_ucd.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace uopy {

namespace {

using unicode::NormForm;
using unicode::UcdVersion;

Type UcdType; // unicodedata.UCD: the type of ucd_3_2_0

// -- Arguments ----------------------------------------------------------------------------------

// The module's functions and UCD's methods are the same natives: [self] is
// the module or a UCD object.
bool is_ucd(Value self) {
    return self && self.is_ptr() && type_of(self) == &UcdType;
}
UcdVersion version_of(Value self) {
    return is_ucd(self) ? UcdVersion::V3_2_0 : UcdVersion::Current;
}
const char* owner_of(Value self) {
    return is_ucd(self) ? "UCD" : "unicodedata";
}

bool no_keywords(Value self, const char* fname, Value kwnames) {
    if (!kwnames || tuple_size(kwnames) == 0) return true;
    raise(exc::TypeError, "%s.%s() takes no keyword arguments", owner_of(self), fname);
    return false;
}

// The METH_O functions: keywords, then the count.
bool one_arg(Value self, const char* fname, size_t nargs, Value kwnames) {
    if (!no_keywords(self, fname, kwnames)) return false;
    if (nargs == 1) return true;
    raise(exc::TypeError, "%s.%s() takes exactly one argument (%zu given)", owner_of(self), fname,
          nargs);
    return false;
}

// A str of one character: its code point. [numbered]: the message says
// "argument 1" (the functions that take a default too).
bool char_arg(Value v, const char* fname, bool numbered, uint32_t* cp) {
    if (is_str(v) && str_length(v) == 1) {
        *cp = str_codepoint_at(v, 0);
        return true;
    }
    raise(exc::TypeError, "%s() argument%s must be a unicode character, not %s", fname,
          numbered ? " 1" : "", arg_type_name(v));
    return false;
}

// The argument of a function of one character (category, ...).
bool single_char(Value self, const char* fname, const Value* args, size_t nargs, Value kwnames,
                 uint32_t* cp) {
    return one_arg(self, fname, nargs, kwnames) && char_arg(args[0], fname, false, cp);
}

// The arguments of decimal / digit / numeric / name: chr, default=<none>, /.
bool char_and_default(Value self, const char* fname, const Value* args, size_t nargs,
                      Value kwnames, uint32_t* cp) {
    return no_keywords(self, fname, kwnames) && check_nargs_expected(fname, nargs, 1, 2) &&
           char_arg(args[0], fname, true, cp);
}

void str_to_cps(Value s, std::vector<uint32_t>& out) {
    out.clear();
    out.reserve(str_length(s));
    std::string_view v = str_view(s);
    const char* p = v.data();
    const char* end = p + v.size();
    while (p < end)
        out.push_back(utf8_decode(p));
}

Value cps_to_str(const uint32_t* cps, size_t n) {
    std::string out;
    out.reserve(n);
    for (size_t i = 0; i < n; i++)
        utf8_append(out, cps[i]);
    return make_str(out);
}

// -- The property functions ---------------------------------------------------------------------

Value u_decimal(Value self, const Value* args, size_t nargs, Value kwnames) {
    uint32_t cp;
    if (!char_and_default(self, "decimal", args, nargs, kwnames, &cp)) return Value();
    int v = unicode::ucd_info(cp, version_of(self)).decimal;
    if (v >= 0) return make_int(v);
    if (nargs > 1) return args[1];
    return raise(exc::ValueError, "not a decimal");
}

Value u_digit(Value self, const Value* args, size_t nargs, Value kwnames) {
    uint32_t cp;
    if (!char_and_default(self, "digit", args, nargs, kwnames, &cp)) return Value();
    int v = unicode::ucd_info(cp, version_of(self)).digit;
    if (v >= 0) return make_int(v);
    if (nargs > 1) return args[1];
    return raise(exc::ValueError, "not a digit");
}

Value u_numeric(Value self, const Value* args, size_t nargs, Value kwnames) {
    uint32_t cp;
    if (!char_and_default(self, "numeric", args, nargs, kwnames, &cp)) return Value();
    unicode::UcdInfo info = unicode::ucd_info(cp, version_of(self));
    if (info.has_numeric) return make_float(info.numeric);
    if (nargs > 1) return args[1];
    return raise(exc::ValueError, "not a numeric character");
}

Value u_category(Value self, const Value* args, size_t nargs, Value kwnames) {
    uint32_t cp;
    if (!single_char(self, "category", args, nargs, kwnames, &cp)) return Value();
    return make_str(unicode::ucd_info(cp, version_of(self)).category);
}

Value u_bidirectional(Value self, const Value* args, size_t nargs, Value kwnames) {
    uint32_t cp;
    if (!single_char(self, "bidirectional", args, nargs, kwnames, &cp)) return Value();
    return make_str(unicode::ucd_info(cp, version_of(self)).bidirectional);
}

Value u_combining(Value self, const Value* args, size_t nargs, Value kwnames) {
    uint32_t cp;
    if (!single_char(self, "combining", args, nargs, kwnames, &cp)) return Value();
    return make_int(unicode::ucd_info(cp, version_of(self)).combining);
}

Value u_mirrored(Value self, const Value* args, size_t nargs, Value kwnames) {
    uint32_t cp;
    if (!single_char(self, "mirrored", args, nargs, kwnames, &cp)) return Value();
    return make_int(unicode::ucd_info(cp, version_of(self)).mirrored ? 1 : 0);
}

Value u_east_asian_width(Value self, const Value* args, size_t nargs, Value kwnames) {
    uint32_t cp;
    if (!single_char(self, "east_asian_width", args, nargs, kwnames, &cp)) return Value();
    return make_str(unicode::ucd_info(cp, version_of(self)).east_asian_width);
}

Value u_decomposition(Value self, const Value* args, size_t nargs, Value kwnames) {
    uint32_t cp;
    if (!single_char(self, "decomposition", args, nargs, kwnames, &cp)) return Value();
    return make_str(unicode::ucd_decomposition(cp, version_of(self)));
}

// -- Names --------------------------------------------------------------------------------------

Value u_name(Value self, const Value* args, size_t nargs, Value kwnames) {
    uint32_t cp;
    if (!char_and_default(self, "name", args, nargs, kwnames, &cp)) return Value();
    std::string name;
    // ucd_3_2_0: no names for the characters added since.
    bool unassigned = version_of(self) == UcdVersion::V3_2_0 &&
                      std::strcmp(unicode::ucd_info(cp, UcdVersion::V3_2_0).category, "Cn") == 0;
    if (!unassigned && unicode::append_name(cp, name)) return make_str(name);
    if (nargs > 1) return args[1];
    return raise(exc::ValueError, "no such name");
}

// The longest name lookup() looks at (bytes of UTF-8).
constexpr size_t kNameMaxLen = 256;

Value u_lookup(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!one_arg(self, "lookup", nargs, kwnames)) return Value();
    Value arg = args[0];
    Value encoded; // keeps the UTF-8 bytes of a non-ASCII str alive
    std::string_view name;
    bool from_bytes = false;
    if (is_str(arg)) {
        if (str_is_ascii(arg)) {
            name = str_view(arg);
        } else {
            // Strict UTF-8: a surrogate raises UnicodeEncodeError, as in CPython.
            encoded = codec_utf8_encode(arg, "strict");
            if (!encoded) return Value();
            name = bytes_view(encoded);
        }
    } else if (is_bytes(arg)) {
        name = bytes_view(arg);
        from_bytes = true;
    } else if (is_bytearray(arg) || isinstance_of(arg, &MemoryViewType)) {
        return raise(exc::TypeError, "lookup() argument must be read-only bytes-like object, not %s",
                     type_name(arg));
    } else {
        return raise(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(arg));
    }
    if (name.size() > kNameMaxLen) return raise(exc::KeyError, "name too long");
    unicode::NameMatch m = unicode::resolve_name(name);
    if (version_of(self) == UcdVersion::V3_2_0) {
        // No aliases or named sequences in 3.2.0, and no characters added
        // since (the computed names are not checked, as in CPython).
        if (m.kind == unicode::NameKind::Alias || m.kind == unicode::NameKind::Sequence ||
            (m.kind == unicode::NameKind::Stored &&
             std::strcmp(unicode::ucd_info(m.cps[0], UcdVersion::V3_2_0).category, "Cn") == 0))
            m.kind = unicode::NameKind::None;
    }
    if (m.kind != unicode::NameKind::None) return cps_to_str(m.cps, static_cast<size_t>(m.length));
    // The message shows the name up to a NUL, undecodable bytes replaced.
    std::string_view shown = name.substr(0, name.find('\0'));
    std::string text(shown);
    if (from_bytes && !utf8_valid(shown)) {
        Value s = codec_utf8_decode(shown, "replace", nullptr);
        if (!s) return Value();
        text = std::string(str_view(s));
    }
    return raise(exc::KeyError, "undefined character name '%s'", text.c_str());
}

// -- Normalization ------------------------------------------------------------------------------

// The arguments of normalize / is_normalized: (form, unistr, /), both str.
bool norm_args(Value self, const char* fname, const Value* args, size_t nargs, Value kwnames) {
    if (!no_keywords(self, fname, kwnames) || !check_nargs_expected(fname, nargs, 2, 2))
        return false;
    for (int i = 0; i < 2; i++)
        if (!is_str(args[i])) {
            raise(exc::TypeError, "%s() argument %d must be str, not %s", fname, i + 1,
                  arg_type_name(args[i]));
            return false;
        }
    return true;
}

// The form, checked only for a non-empty string (as CPython).
bool norm_form(Value form_arg, NormForm* form) {
    std::string_view f = str_view(form_arg);
    if (f == "NFC")
        *form = NormForm::NFC;
    else if (f == "NFKC")
        *form = NormForm::NFKC;
    else if (f == "NFD")
        *form = NormForm::NFD;
    else if (f == "NFKD")
        *form = NormForm::NFKD;
    else {
        raise(exc::ValueError, "invalid normalization form");
        return false;
    }
    return true;
}

Value u_normalize(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!norm_args(self, "normalize", args, nargs, kwnames)) return Value();
    Value s = args[1];
    if (str_length(s) == 0) return s;
    NormForm form;
    if (!norm_form(args[0], &form)) return Value();
    std::vector<uint32_t> in, out;
    str_to_cps(s, in);
    UcdVersion version = version_of(self);
    unicode::ucd_normalize(in, form, version, out);
    if (version == UcdVersion::Current && out == in) return s;
    return cps_to_str(out.data(), out.size());
}

Value u_is_normalized(Value self, const Value* args, size_t nargs, Value kwnames) {
    if (!norm_args(self, "is_normalized", args, nargs, kwnames)) return Value();
    Value s = args[1];
    if (str_length(s) == 0) return Bool(true);
    NormForm form;
    if (!norm_form(args[0], &form)) return Value();
    std::vector<uint32_t> in, out;
    str_to_cps(s, in);
    unicode::ucd_normalize(in, form, version_of(self), out);
    return Bool(out == in);
}

// -- The module and UCD -------------------------------------------------------------------------

const NativeMethodDef unicodedata_functions[] = {
    {"decimal", u_decimal, NATIVE_KEYWORDS,
     "Converts a Unicode character into its equivalent decimal value.\n\nReturns the decimal "
     "value assigned to the character chr as integer.\nIf no such value is defined, default is "
     "returned, or, if not given,\nValueError is raised."},
    {"digit", u_digit, NATIVE_KEYWORDS,
     "Converts a Unicode character into its equivalent digit value.\n\nReturns the digit value "
     "assigned to the character chr as integer.\nIf no such value is defined, default is "
     "returned, or, if not given,\nValueError is raised."},
    {"numeric", u_numeric, NATIVE_KEYWORDS,
     "Converts a Unicode character into its equivalent numeric value.\n\nReturns the numeric "
     "value assigned to the character chr as float.\nIf no such value is defined, default is "
     "returned, or, if not given,\nValueError is raised."},
    {"category", u_category, NATIVE_KEYWORDS,
     "Returns the general category assigned to the character chr as string."},
    {"bidirectional", u_bidirectional, NATIVE_KEYWORDS,
     "Returns the bidirectional class assigned to the character chr as string.\n\nIf no such "
     "value is defined, an empty string is returned."},
    {"combining", u_combining, NATIVE_KEYWORDS,
     "Returns the canonical combining class assigned to the character chr as integer.\n\n"
     "Returns 0 if no combining class is defined."},
    {"mirrored", u_mirrored, NATIVE_KEYWORDS,
     "Returns the mirrored property assigned to the character chr as integer.\n\nReturns 1 if "
     "the character has been identified as a \"mirrored\"\ncharacter in bidirectional text, 0 "
     "otherwise."},
    {"east_asian_width", u_east_asian_width, NATIVE_KEYWORDS,
     "Returns the east asian width assigned to the character chr as string."},
    {"decomposition", u_decomposition, NATIVE_KEYWORDS,
     "Returns the character decomposition mapping assigned to the character chr as "
     "string.\n\nAn empty string is returned in case no such mapping is defined."},
    {"is_normalized", u_is_normalized, NATIVE_KEYWORDS,
     "Return whether the Unicode string unistr is in the normal form 'form'.\n\nValid values "
     "for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'."},
    {"normalize", u_normalize, NATIVE_KEYWORDS,
     "Return the normal form 'form' for the Unicode string unistr.\n\nValid values for form "
     "are 'NFC', 'NFKC', 'NFD', and 'NFKD'."},
    {"name", u_name, NATIVE_KEYWORDS,
     "Returns the name assigned to the character chr as a string.\n\nIf no name is defined, "
     "default is returned, or, if not given,\nValueError is raised."},
    {"lookup", u_lookup, NATIVE_KEYWORDS,
     "Look up character by name.\n\nIf a character with the given name is found, return the\n"
     "corresponding character.  If not found, KeyError is raised."},
    {nullptr, nullptr, 0, nullptr},
};

Value ucd_no_new(Type*, const Value*, size_t, Value) {
    return raise(exc::TypeError, "cannot create 'unicodedata.UCD' instances");
}

Value ucd_unidata_version(Value) {
    return make_str("3.2.0");
}

const GetSetDef ucd_getsets[] = {
    {"unidata_version", ucd_unidata_version, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

void init_ucd_type() {
    static bool done = false;
    if (done) return;
    done = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while it is made.
    bool was = gc_is_enabled();
    gc_set_enabled(false);
    UcdType.tp_new = ucd_no_new;
    init_static_type(&UcdType, "unicodedata.UCD", &ObjectType, sizeof(Object), 0);
    add_methods(&UcdType, unicodedata_functions);
    add_getsets(&UcdType, ucd_getsets);
    add_slot_wrappers(&UcdType);
    gc_set_enabled(was);
}

const char kModuleDoc[] =
    "This module provides access to the Unicode Character Database which\n"
    "defines character properties for all Unicode characters. The data in\n"
    "this database is based on the UnicodeData.txt file version\n"
    "14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n"
    "\n"
    "The module uses the same names and symbols as defined by the\n"
    "UnicodeData File Format 14.0.0.";

} // namespace

Value init_unicodedata_module() {
    init_ucd_type();
    ModuleObject* m = make_module("unicodedata");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, unicodedata_functions, mod);
    Object* ucd = gc_new<Object>(&UcdType);
    if (!ucd) return Value();
    Value ucd_value(ucd);
    Dict* d = m->dict;
    bool ok = dict_set_cstr(d, "UCD", Value(&UcdType)) &&
              dict_set_cstr(d, "ucd_3_2_0", ucd_value) &&
              dict_set_cstr(d, "unidata_version", make_str("14.0.0")) &&
              dict_set_cstr(d, "__doc__", make_str(kModuleDoc));
    if (!ok) return Value();
    return mod;
}

} // namespace uopy
