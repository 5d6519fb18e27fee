// UTF-8, ASCII and Latin-1 encoders and decoders with error handlers.
//
// uopy's str holds UTF-8 in which lone surrogates (U+D800..U+DFFF) are
// encoded like any other code point, so a strict UTF-8 encode must look for
// them, and surrogateescape maps undecodable bytes to U+DC80..U+DCFF.
#include "objects/codecs.h"
#include "runtime/abstract.h"
#include "runtime/call.h"
#include "runtime/import.h"

#include "objects/bytes.h"
#include "objects/str.h"
#include "runtime/errors.h"

#include <cctype>
#include <cstdio>
#include <string>

namespace uopy {

Codec codec_lookup(std::string_view encoding) {
    // Normalize as encodings.normalize_encoding does: lower case, and runs of
    // punctuation and spaces become one underscore.
    std::string n;
    for (char c : encoding) {
        unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '.')
            n.push_back(static_cast<char>(std::tolower(u)));
        else if (!n.empty() && n.back() != '_')
            n.push_back('_');
    }
    while (!n.empty() && n.back() == '_')
        n.pop_back();
    if (n == "utf_8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001")
        return Codec::Utf8;
    if (n == "ascii" || n == "us_ascii" || n == "646" || n == "us") return Codec::Ascii;
    if (n == "latin_1" || n == "latin1" || n == "latin" || n == "l1" || n == "iso8859_1" ||
        n == "iso_8859_1" || n == "8859" || n == "cp819" || n == "iso_ir_100")
        return Codec::Latin1;
    return Codec::Unknown;
}

static const char* codec_name(Codec c) {
    return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1";
}

static bool known_handler(std::string_view e) {
    return e == "strict" || e == "ignore" || e == "replace" || e == "backslashreplace" ||
           e == "xmlcharrefreplace" || e == "surrogateescape" || e == "surrogatepass" ||
           e == "namereplace";
}

static std::string char_escape(uint32_t cp) {
    char buf[16];
    if (cp < 0x100)
        std::snprintf(buf, sizeof buf, "\\x%02x", cp);
    else if (cp < 0x10000)
        std::snprintf(buf, sizeof buf, "\\u%04x", cp);
    else
        std::snprintf(buf, sizeof buf, "\\U%08x", cp);
    return buf;
}

// Any other encoding goes through the codec registry of the _codecs module
// (the host stdlib's encodings package: cp1252, utf-16, ...).
static Value through_registry(const char* fn, Value obj, std::string_view encoding,
                              std::string_view errors) {
    Value mod = import_module("_codecs");
    if (!mod) return mod;
    Value f = get_attr(mod, intern(fn));
    if (!f) return f;
    Value args[3] = {obj, make_str(encoding), make_str(errors)};
    Value r = call(f, args, 3);
    if (!r) return r;
    bool want_bytes = fn[0] == 'e';
    if (want_bytes ? !(is_bytes(r) || is_bytearray(r)) : !is_str(r))
        return raise(exc::TypeError, "'%s' %s to %s; use codecs.%s() to %s to arbitrary types",
                     std::string(encoding).c_str(),
                     want_bytes ? "encoder returned" : "decoder returned",
                     want_bytes ? "bytes" : "str", fn, fn);
    return want_bytes && is_bytearray(r) ? make_bytes(bytes_view(r)) : r;
}

Value codec_encode(Value str, std::string_view encoding, std::string_view errors) {
    Codec codec = codec_lookup(encoding);
    if (codec == Codec::Unknown) return through_registry("encode", str, encoding, errors);
    std::string_view s = str_view(str);
    if (codec == Codec::Utf8 && str_is_ascii(str)) return make_bytes(s);
    uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
    std::string out;
    out.reserve(s.size());
    const char* p = s.data();
    const char* end = p + s.size();
    size_t pos = 0;
    for (; p < end; pos++) {
        const char* start = p;
        uint32_t cp = utf8_decode(p);
        bool surrogate = cp >= 0xD800 && cp < 0xE000;
        if (cp < limit && !(codec == Codec::Utf8 && surrogate)) {
            if (codec == Codec::Utf8)
                out.append(start, static_cast<size_t>(p - start));
            else
                out.push_back(static_cast<char>(cp));
            continue;
        }
        // An unencodable character: the error handler decides.
        if (errors == "ignore") continue;
        if (errors == "replace") {
            out.push_back('?');
            continue;
        }
        if (errors == "backslashreplace") {
            out += char_escape(cp);
            continue;
        }
        if (errors == "xmlcharrefreplace") {
            out += "&#" + std::to_string(cp) + ";";
            continue;
        }
        if (errors == "surrogateescape" && cp >= 0xDC80 && cp <= 0xDCFF) {
            out.push_back(static_cast<char>(cp - 0xDC00));
            continue;
        }
        if (errors == "surrogatepass" && codec == Codec::Utf8 && surrogate) {
            out.append(start, static_cast<size_t>(p - start));
            continue;
        }
        if (errors != "strict" && !known_handler(errors))
            return raise(exc::LookupError, "unknown error handler name '%s'",
                         std::string(errors).c_str());
        const char* reason = codec == Codec::Utf8    ? "surrogates not allowed"
                             : codec == Codec::Ascii ? "ordinal not in range(128)"
                                                     : "ordinal not in range(256)";
        return raise(exc::UnicodeEncodeError,
                     "'%s' codec can't encode character '%s' in position %zu: %s",
                     codec_name(codec), char_escape(cp).c_str(), pos, reason);
    }
    return make_bytes(out);
}

// Length of the UTF-8 sequence led by [c], or 0 for a byte that cannot lead.
static int utf8_lead_length(unsigned char c) {
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return 2;
    if (c >= 0xE0 && c <= 0xEF) return 3;
    if (c >= 0xF0 && c <= 0xF4) return 4;
    return 0;
}

Value codec_decode(std::string_view data, std::string_view encoding, std::string_view errors) {
    Codec codec = codec_lookup(encoding);
    if (codec == Codec::Unknown) {
        Value b = make_bytes(data);
        return b ? through_registry("decode", b, encoding, errors) : b;
    }
    std::string out;
    out.reserve(data.size());
    size_t n = data.size();
    for (size_t i = 0; i < n;) {
        unsigned char c = static_cast<unsigned char>(data[i]);
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
            i++;
            continue;
        }
        if (codec == Codec::Latin1) {
            utf8_append(out, c);
            i++;
            continue;
        }
        // Find how many bytes form the (invalid or valid) sequence.
        const char* reason = "ordinal not in range(128)";
        size_t bad = 1; // bytes the error covers
        if (codec == Codec::Utf8) {
            int len = utf8_lead_length(c);
            if (len == 0) {
                reason = "invalid start byte";
            } else {
                int k = 1;
                bool ok = true;
                for (; k < len; k++) {
                    if (i + k >= n) {
                        ok = false;
                        break;
                    }
                    unsigned char cc = static_cast<unsigned char>(data[i + k]);
                    unsigned char lo = 0x80, hi = 0xBF;
                    if (k == 1) {
                        if (c == 0xE0) lo = 0xA0;
                        if (c == 0xED) hi = 0x9F; // no encoded surrogates
                        if (c == 0xF0) lo = 0x90;
                        if (c == 0xF4) hi = 0x8F;
                    }
                    if (cc < lo || cc > hi) {
                        ok = false;
                        break;
                    }
                }
                if (ok) {
                    out.append(data.substr(i, static_cast<size_t>(len)));
                    i += static_cast<size_t>(len);
                    continue;
                }
                bad = static_cast<size_t>(k);
                reason = i + k >= n ? "unexpected end of data" : "invalid continuation byte";
            }
        }
        if (errors == "ignore") {
            i += bad;
            continue;
        }
        if (errors == "replace") {
            utf8_append(out, 0xFFFD);
            i += bad;
            continue;
        }
        if (errors == "backslashreplace") {
            for (size_t k = 0; k < bad; k++)
                out += char_escape(static_cast<unsigned char>(data[i + k]));
            i += bad;
            continue;
        }
        if (errors == "surrogateescape") {
            for (size_t k = 0; k < bad; k++)
                utf8_append(out, 0xDC00 + static_cast<unsigned char>(data[i + k]));
            i += bad;
            continue;
        }
        if (errors != "strict" && !known_handler(errors))
            return raise(exc::LookupError, "unknown error handler name '%s'",
                         std::string(errors).c_str());
        if (bad > 1)
            return raise(exc::UnicodeDecodeError,
                         "'%s' codec can't decode bytes in position %zu-%zu: %s", codec_name(codec),
                         i, i + bad - 1, reason);
        return raise(exc::UnicodeDecodeError,
                     "'%s' codec can't decode byte 0x%02x in position %zu: %s", codec_name(codec),
                     c, i, reason);
    }
    return make_str(out);
}

} // namespace uopy
