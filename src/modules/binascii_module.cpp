// The `binascii` module: conversions between binary data and ASCII
// encodings (hex, base64, quoted-printable, uuencode) and the CRC-32 and
// CRC-CCITT checksums. CPython counterpart: Modules/binascii.c.
//
// Arguments follow CPython 3.11's converters: the encoders take a
// bytes-like object (bytes, bytearray, memoryview); the decoders also accept
// a str of ASCII characters; flags such as newline= or strict_mode= are C
// ints (any integer, not any object). Every function returns bytes. Errors
// in the data raise binascii.Error (a ValueError); binascii.Incomplete
// exists for compatibility and is never raised, as in CPython.
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/type.h"

#include <gmp.h>

#include <array>
#include <climits>
#include <cstdint>
#include <string>
#include <string_view>

namespace uopy {

namespace {

Type* g_error = nullptr;      // binascii.Error
Type* g_incomplete = nullptr; // binascii.Incomplete

// -- Argument conversion ------------------------------------------------------------------------

// The bytes of a bytes-like object, copied into [out] (so that nothing run
// later can change them under us). TypeError for anything else.
bool buffer_arg(Value v, std::string& out) {
    if (is_bytes(v) || is_bytearray(v)) {
        out.assign(bytes_view(v));
        return true;
    }
    if (v.is_ptr() && isinstance_of(v, &MemoryViewType)) {
        Value b = call_method(v, "tobytes", {}); // ValueError once released
        if (!b) return false;
        out.assign(bytes_view(b));
        return true;
    }
    raise(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    return false;
}

// What the decoders accept: a bytes-like object or a str of ASCII characters.
bool ascii_arg(Value v, std::string& out) {
    if (is_str(v)) {
        if (!str_is_ascii(v)) {
            raise(exc::ValueError, "string argument should contain only ASCII characters");
            return false;
        }
        out.assign(str_view(v));
        return true;
    }
    if (is_bytes(v) || is_bytearray(v) || (v.is_ptr() && isinstance_of(v, &MemoryViewType)))
        return buffer_arg(v, out);
    raise(exc::TypeError, "argument should be bytes, buffer or ASCII string, not '%s'",
          type_name(v));
    return false;
}

// An integer taken modulo 2**32, as Argument Clinic's unsigned int(bitwise=True).
bool bitwise_u32_arg(Value v, uint32_t* out) {
    Value i = number_index(v);
    if (!i) return false;
    int64_t x;
    if (int_fits_int64(i, &x)) {
        *out = static_cast<uint32_t>(static_cast<uint64_t>(x));
        return true;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(i, z);
    mpz_fdiv_r_2exp(z, z, 32); // two's complement low bits, also for negatives
    *out = static_cast<uint32_t>(mpz_get_ui(z));
    mpz_clear(z);
    return true;
}

Value bytes_result(const std::string& s) {
    return make_bytes(s);
}

// -- Hexadecimal --------------------------------------------------------------------------------

const char kHexLower[] = "0123456789abcdef";

// hexlify(data, sep=<none>, bytes_per_sep=1) and its alias b2a_hex.
// With a separator, the bytes are grouped bytes_per_sep at a time: counted
// from the right when it is positive, from the left when negative.
// [a] holds the bound arguments.
Value hexlify_impl(Value* a) {
    std::string data;
    if (!buffer_arg(a[0], data)) return Value();
    int per_sep;
    if (!c_int_arg(a[2], 1, &per_sep)) return Value();

    int sep_char = -1; // none
    if (a[1]) {
        // As CPython: the length first (len() of anything), then the type.
        int64_t n = length(a[1]);
        if (n < 0) return Value();
        if (n != 1) return raise(exc::ValueError, "sep must be length 1.");
        if (is_str(a[1])) {
            uint32_t cp = str_codepoint_at(a[1], 0);
            if (cp > 0xff) return raise(exc::ValueError, "sep must be ASCII.");
            sep_char = static_cast<int>(cp);
        } else if (is_bytes(a[1])) {
            sep_char = static_cast<unsigned char>(bytes_view(a[1])[0]);
        } else {
            return raise(exc::TypeError, "sep must be str or bytes.");
        }
    }

    size_t len = data.size();
    size_t group = per_sep < 0 ? static_cast<size_t>(-static_cast<int64_t>(per_sep))
                               : static_cast<size_t>(per_sep);
    bool grouped = sep_char >= 0 && group > 0 && group < len;
    std::string out;
    out.reserve(len * 3);
    for (size_t i = 0; i < len; i++) {
        if (grouped && i > 0) {
            // A separator goes before byte i when i starts a group: groups
            // are aligned on the end of the data (positive) or its start.
            size_t offset = per_sep > 0 ? len - i : i;
            if (offset % group == 0) out.push_back(static_cast<char>(sep_char));
        }
        unsigned char c = static_cast<unsigned char>(data[i]);
        out.push_back(kHexLower[c >> 4]);
        out.push_back(kHexLower[c & 0xf]);
    }
    return bytes_result(out);
}

Value ba_hexlify(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("hexlify", "data, sep=, bytes_per_sep=");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    return hexlify_impl(a);
}
Value ba_b2a_hex(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("b2a_hex", "data, sep=, bytes_per_sep=");
    Value a[3];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    return hexlify_impl(a);
}

int hex_digit(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// unhexlify(hexstr) and its alias a2b_hex: two hex digits per byte, either case.
Value ba_unhexlify(Value, const Value* args, size_t, Value) {
    std::string data;
    if (!ascii_arg(args[0], data)) return Value();
    if (data.size() % 2 != 0) return raise(g_error, "Odd-length string");
    std::string out;
    out.reserve(data.size() / 2);
    for (size_t i = 0; i < data.size(); i += 2) {
        int hi = hex_digit(static_cast<unsigned char>(data[i]));
        int lo = hex_digit(static_cast<unsigned char>(data[i + 1]));
        if (hi < 0 || lo < 0) return raise(g_error, "Non-hexadecimal digit found");
        out.push_back(static_cast<char>(hi << 4 | lo));
    }
    return bytes_result(out);
}

// -- Base64 -------------------------------------------------------------------------------------

constexpr char kBase64Alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The 6-bit value of each byte in the base64 alphabet, -1 for the others.
constexpr std::array<int8_t, 256> make_base64_values() {
    std::array<int8_t, 256> t{};
    for (auto& v : t)
        v = -1;
    for (int i = 0; i < 64; i++)
        t[static_cast<unsigned char>(kBase64Alphabet[i])] = static_cast<int8_t>(i);
    return t;
}
constexpr std::array<int8_t, 256> kBase64Values = make_base64_values();

// b2a_base64(data, /, *, newline=True): standard base64 with '=' padding,
// and a newline at the end unless newline is false.
Value ba_b2a_base64(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("b2a_base64", "data, /, *, newline=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    std::string data;
    if (!buffer_arg(a[0], data)) return Value();
    int newline;
    if (!c_int_arg(a[1], 1, &newline)) return Value();
    std::string out;
    out.reserve((data.size() + 2) / 3 * 4 + 1);
    size_t i = 0;
    auto byte = [&](size_t k) {
        return static_cast<uint32_t>(static_cast<unsigned char>(data[k]));
    };
    for (; i + 3 <= data.size(); i += 3) {
        uint32_t v = byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2);
        out.push_back(kBase64Alphabet[v >> 18]);
        out.push_back(kBase64Alphabet[(v >> 12) & 0x3f]);
        out.push_back(kBase64Alphabet[(v >> 6) & 0x3f]);
        out.push_back(kBase64Alphabet[v & 0x3f]);
    }
    size_t rest = data.size() - i;
    if (rest > 0) {
        uint32_t v = byte(i) << 16 | (rest == 2 ? byte(i + 1) << 8 : 0);
        out.push_back(kBase64Alphabet[v >> 18]);
        out.push_back(kBase64Alphabet[(v >> 12) & 0x3f]);
        out.push_back(rest == 2 ? kBase64Alphabet[(v >> 6) & 0x3f] : '=');
        out.push_back('=');
    }
    if (newline) out.push_back('\n');
    return bytes_result(out);
}

// a2b_base64(data, /, *, strict_mode=False).
//
// Leniently (the default), bytes outside the alphabet are skipped, and the
// data ends at the first pad that completes a quantum ("ab==" or "abc=");
// pads that come too early are ignored. In strict mode, a pad may not start
// the data, anything outside the alphabet is an error, data may not resume
// after a pad, and nothing may follow the final pad. Either way a last
// quantum of one character, or of two or three without their pads, is an
// error.
Value ba_a2b_base64(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("a2b_base64", "data, /, *, strict_mode=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    std::string data;
    if (!ascii_arg(a[0], data)) return Value();
    int strict;
    if (!c_int_arg(a[1], 0, &strict)) return Value();

    std::string out;
    out.reserve(data.size() / 4 * 3 + 3);
    int quad_pos = 0;     // characters of the current 4-character quantum seen
    uint32_t pending = 0; // its bits not yet output
    int pads = 0;         // pads seen since the last data character
    bool padding = false; // a pad has been seen (strict mode: no data may follow)
    size_t n = data.size();
    for (size_t i = 0; i < n; i++) {
        unsigned char c = static_cast<unsigned char>(data[i]);
        if (c == '=') {
            padding = true;
            if (strict && i == 0) return raise(g_error, "Leading padding not allowed");
            // A pad only counts once two data characters of the quantum are in.
            if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
                if (strict && i + 1 < n) return raise(g_error, "Excess data after padding");
                return bytes_result(out);
            }
            continue;
        }
        int v = kBase64Values[c];
        if (v < 0) {
            if (strict) return raise(g_error, "Only base64 data is allowed");
            continue;
        }
        if (strict && padding) return raise(g_error, "Discontinuous padding not allowed");
        pads = 0;
        switch (quad_pos) {
        case 0:
            pending = static_cast<uint32_t>(v);
            quad_pos = 1;
            break;
        case 1:
            out.push_back(static_cast<char>((pending << 2 | static_cast<uint32_t>(v) >> 4) & 0xff));
            pending = static_cast<uint32_t>(v) & 0x0f;
            quad_pos = 2;
            break;
        case 2:
            out.push_back(static_cast<char>((pending << 4 | static_cast<uint32_t>(v) >> 2) & 0xff));
            pending = static_cast<uint32_t>(v) & 0x03;
            quad_pos = 3;
            break;
        default:
            out.push_back(static_cast<char>((pending << 6 | static_cast<uint32_t>(v)) & 0xff));
            pending = 0;
            quad_pos = 0;
            break;
        }
    }
    if (quad_pos == 1)
        return raise(g_error,
                     "Invalid base64-encoded string: number of data characters (%zu) cannot be "
                     "1 more than a multiple of 4",
                     out.size() / 3 * 4 + 1);
    if (quad_pos != 0) return raise(g_error, "Incorrect padding");
    return bytes_result(out);
}

// -- uuencode -----------------------------------------------------------------------------------

// The uuencode character for a 6-bit value: ' ' + v, or '`' for 0 when
// [backtick] (which some decoders need instead of trailing spaces).
char uu_char(uint32_t v, bool backtick) {
    return backtick && v == 0 ? '`' : static_cast<char>(' ' + v);
}

// b2a_uu(data, /, *, backtick=False): one uuencoded line (at most 45 bytes):
// a length character, four characters per three bytes (the last group
// padded with zero bytes), a newline.
Value ba_b2a_uu(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("b2a_uu", "data, /, *, backtick=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    std::string data;
    if (!buffer_arg(a[0], data)) return Value();
    int backtick;
    if (!c_int_arg(a[1], 0, &backtick)) return Value();
    if (data.size() > 45) return raise(g_error, "At most 45 bytes at once");
    std::string out;
    out.push_back(uu_char(static_cast<uint32_t>(data.size()), backtick));
    for (size_t i = 0; i < data.size(); i += 3) {
        uint32_t v = 0;
        for (size_t k = 0; k < 3; k++)
            v = v << 8 | (i + k < data.size() ? static_cast<unsigned char>(data[i + k]) : 0u);
        for (int shift = 18; shift >= 0; shift -= 6)
            out.push_back(uu_char((v >> shift) & 0x3f, backtick));
    }
    out.push_back('\n');
    return bytes_result(out);
}

// a2b_uu(data): decodes one uuencoded line. The first character gives the
// number of bytes; a line cut short (spaces eaten at its end) decodes as if
// padded with zeros; after the data only spaces, '`' and line ends may follow.
// As in CPython, an empty line reads its length from a NUL, giving 32 zero
// bytes.
Value ba_a2b_uu(Value, const Value* args, size_t, Value) {
    std::string data;
    if (!ascii_arg(args[0], data)) return Value();
    size_t n = data.size();
    unsigned char first = n > 0 ? static_cast<unsigned char>(data[0]) : 0;
    size_t want = static_cast<size_t>((first - ' ') & 0x3f);
    size_t pos = 1;
    std::string out;
    out.reserve(want);
    uint32_t bits = 0;
    int nbits = 0;
    while (out.size() < want) {
        uint32_t v = 0;
        if (pos < n) {
            unsigned char c = static_cast<unsigned char>(data[pos]);
            if (c != '\n' && c != '\r') {
                // '`' (' ' + 64) is accepted as another spelling of zero.
                if (c < ' ' || c > ' ' + 64) return raise(g_error, "Illegal char");
                v = static_cast<uint32_t>(c - ' ') & 0x3f;
            }
        }
        pos++;
        bits = bits << 6 | v;
        nbits += 6;
        if (nbits >= 8) {
            nbits -= 8;
            out.push_back(static_cast<char>((bits >> nbits) & 0xff));
            bits &= (1u << nbits) - 1;
        }
    }
    for (; pos < n; pos++) {
        char c = data[pos];
        if (c != ' ' && c != '`' && c != '\n' && c != '\r')
            return raise(g_error, "Trailing garbage");
    }
    return bytes_result(out);
}

// -- Quoted-printable (RFC 1521) ------------------------------------------------------------------

const char kHexUpper[] = "0123456789ABCDEF";
constexpr size_t kQpMaxLine = 76;

// a2b_qp(data, header=False): "=XX" becomes the byte, "=" at a line end is a
// soft line break (removed with the line end), "==" becomes "=", any other
// "=" stays; with header, "_" is a space.
Value ba_a2b_qp(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("a2b_qp", "data, header=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    std::string data;
    if (!ascii_arg(a[0], data)) return Value();
    int header;
    if (!c_int_arg(a[1], 0, &header)) return Value();
    std::string out;
    out.reserve(data.size());
    size_t n = data.size();
    size_t i = 0;
    while (i < n) {
        char c = data[i];
        if (c == '=') {
            i++;
            if (i >= n) break; // a soft line break at the very end
            char d = data[i];
            if (d == '\n' || d == '\r') {
                // Soft line break: skip to just past the line's '\n'.
                while (i < n && data[i] != '\n')
                    i++;
                if (i < n) i++;
            } else if (d == '=') {
                out.push_back('='); // "==", as some broken encoders wrote "="
                i++;
            } else if (i + 1 < n && hex_digit(static_cast<unsigned char>(d)) >= 0 &&
                       hex_digit(static_cast<unsigned char>(data[i + 1])) >= 0) {
                out.push_back(
                    static_cast<char>(hex_digit(static_cast<unsigned char>(d)) << 4 |
                                      hex_digit(static_cast<unsigned char>(data[i + 1]))));
                i += 2;
            } else {
                out.push_back('='); // not an escape: kept as it is
            }
        } else if (header && c == '_') {
            out.push_back(' ');
            i++;
        } else {
            out.push_back(c);
            i++;
        }
    }
    return bytes_result(out);
}

// b2a_qp(data, quotetabs=False, istext=True, header=False).
//
// Escapes as "=XX" (upper-case hex): bytes above '~', '=', control bytes
// (and spaces and tabs too with quotetabs), a space or tab ending the data
// or (in text) a line, a '.' alone on a line, '_' with header, and line
// ends unless istext. Lines are kept under 76 characters with soft breaks
// ("=" and a line end). Line ends are written as the data's first one is:
// "\r\n" if it is one, else "\n". With header, spaces become '_'.
Value ba_b2a_qp(Value, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("b2a_qp", "data, quotetabs=, istext=, header=");
    Value a[4];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    std::string data;
    if (!buffer_arg(a[0], data)) return Value();
    int quotetabs, istext, header;
    if (!c_int_arg(a[1], 0, &quotetabs) || !c_int_arg(a[2], 1, &istext) ||
        !c_int_arg(a[3], 0, &header))
        return Value();

    size_t n = data.size();
    size_t first_nl = data.find('\n');
    bool crlf = first_nl != std::string::npos && first_nl > 0 && data[first_nl - 1] == '\r';
    const char* eol = crlf ? "\r\n" : "\n";

    std::string out;
    out.reserve(n + n / 8);
    size_t linelen = 0;
    auto escape = [&](unsigned char c) {
        out.push_back('=');
        out.push_back(kHexUpper[c >> 4]);
        out.push_back(kHexUpper[c & 0xf]);
    };
    size_t i = 0;
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(data[i]);
        bool at_end = i + 1 == n;
        unsigned char next = at_end ? 0 : static_cast<unsigned char>(data[i + 1]);
        bool line_end_char = c == '\n' || c == '\r';
        bool must_escape =
            c > 126 || c == '=' || (header && c == '_') ||
            (c == '.' && linelen == 0 && (at_end || next == '\n' || next == '\r' || next == 0)) ||
            (!istext && line_end_char) || ((c == '\t' || c == ' ') && at_end) ||
            (c < 33 && !line_end_char && (quotetabs || (c != '\t' && c != ' ')));
        if (must_escape) {
            if (linelen + 3 >= kQpMaxLine) {
                out.push_back('=');
                out += eol;
                linelen = 0;
            }
            escape(c);
            linelen += 3;
            i++;
        } else if (istext && (c == '\n' || (c == '\r' && !at_end && next == '\n'))) {
            // A line end: a space or tab just before it is escaped, so that
            // transport cannot strip it.
            linelen = 0;
            if (!out.empty() && (out.back() == ' ' || out.back() == '\t')) {
                unsigned char ws = static_cast<unsigned char>(out.back());
                out.pop_back();
                escape(ws);
            }
            out += eol;
            i += c == '\r' ? 2 : 1;
        } else {
            if (!at_end && next != '\n' && linelen + 1 >= kQpMaxLine) {
                out.push_back('=');
                out += eol;
                linelen = 0;
            }
            linelen++;
            out.push_back(header && c == ' ' ? '_' : static_cast<char>(c));
            i++;
        }
    }
    return bytes_result(out);
}

// -- Checksums ----------------------------------------------------------------------------------

// The CRC-32 of zlib, PNG and Ethernet (the reflected polynomial 0xEDB88320).
constexpr std::array<uint32_t, 256> make_crc32_table() {
    std::array<uint32_t, 256> t{};
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? (c >> 1) ^ 0xEDB88320u : c >> 1;
        t[i] = c;
    }
    return t;
}
constexpr std::array<uint32_t, 256> kCrc32Table = make_crc32_table();

// crc32(data, crc=0, /): continues the running checksum [crc].
Value ba_crc32(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("crc32", nargs, 1, 2)) return Value();
    std::string data;
    if (!buffer_arg(args[0], data)) return Value();
    uint32_t crc = 0;
    if (nargs > 1 && !bitwise_u32_arg(args[1], &crc)) return Value();
    crc = ~crc;
    for (char ch : data)
        crc = kCrc32Table[(crc ^ static_cast<unsigned char>(ch)) & 0xff] ^ (crc >> 8);
    return make_int(static_cast<int64_t>(~crc & 0xffffffffu));
}

// The CRC-CCITT (XMODEM) table: polynomial 0x1021, most significant bit first.
constexpr std::array<uint16_t, 256> make_crc_hqx_table() {
    std::array<uint16_t, 256> t{};
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i << 8;
        for (int k = 0; k < 8; k++)
            c = (c & 0x8000) ? (c << 1) ^ 0x1021u : c << 1;
        t[i] = static_cast<uint16_t>(c & 0xffff);
    }
    return t;
}
constexpr std::array<uint16_t, 256> kCrcHqxTable = make_crc_hqx_table();

// crc_hqx(data, crc, /): the 16-bit CRC binhex4 used; crc is taken modulo 2**16.
Value ba_crc_hqx(Value, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("crc_hqx", nargs, 2, 2)) return Value();
    std::string data;
    if (!buffer_arg(args[0], data)) return Value();
    uint32_t crc_arg;
    if (!bitwise_u32_arg(args[1], &crc_arg)) return Value();
    uint32_t crc = crc_arg & 0xffff;
    for (char ch : data)
        crc = ((crc << 8) & 0xff00) ^
              kCrcHqxTable[((crc >> 8) ^ static_cast<unsigned char>(ch)) & 0xff];
    return make_int(static_cast<int64_t>(crc));
}

const NativeMethodDef binascii_functions[] = {
    {"a2b_uu", ba_a2b_uu, NATIVE_O, "a2b_uu(data) -> bytes: the bytes one uuencoded line holds."},
    {"b2a_uu", ba_b2a_uu, NATIVE_KEYWORDS,
     "b2a_uu(data, *, backtick=False) -> bytes: up to 45 bytes as one uuencoded line."},
    {"a2b_base64", ba_a2b_base64, NATIVE_KEYWORDS,
     "a2b_base64(data, *, strict_mode=False) -> bytes: decodes base64 data."},
    {"b2a_base64", ba_b2a_base64, NATIVE_KEYWORDS,
     "b2a_base64(data, *, newline=True) -> bytes: encodes data in base64."},
    {"crc_hqx", ba_crc_hqx, 0,
     "crc_hqx(data, crc) -> int: the CRC-CCITT of data, continuing from crc."},
    {"crc32", ba_crc32, 0, "crc32(data, crc=0) -> int: the CRC-32 of data, continuing from crc."},
    {"b2a_hex", ba_b2a_hex, NATIVE_KEYWORDS,
     "b2a_hex(data, sep=None, bytes_per_sep=1) -> bytes: two hex digits per byte of data,\n"
     "with sep between groups of bytes_per_sep bytes (counted from the right, or from the\n"
     "left when negative)."},
    {"hexlify", ba_hexlify, NATIVE_KEYWORDS,
     "hexlify(data, sep=None, bytes_per_sep=1) -> bytes: the same as b2a_hex()."},
    {"a2b_hex", ba_unhexlify, NATIVE_O,
     "a2b_hex(hexstr) -> bytes: the bytes an even number of hex digits spell."},
    {"unhexlify", ba_unhexlify, NATIVE_O, "unhexlify(hexstr) -> bytes: the same as a2b_hex()."},
    {"a2b_qp", ba_a2b_qp, NATIVE_KEYWORDS,
     "a2b_qp(data, header=False) -> bytes: decodes quoted-printable data."},
    {"b2a_qp", ba_b2a_qp, NATIVE_KEYWORDS,
     "b2a_qp(data, quotetabs=False, istext=True, header=False) -> bytes: encodes data as\n"
     "quoted-printable."},
    {nullptr, nullptr, 0, nullptr},
};

} // namespace

Value init_binascii_module() {
    // The exception classes live as long as the interpreter (immortal types).
    if (!g_error) {
        g_error = make_builtin_heap_type("Error", exc::ValueError, "binascii");
        g_incomplete = make_builtin_heap_type("Incomplete", exc::Exception, "binascii");
    }
    ModuleObject* m = make_module("binascii");
    if (!m) return Value();
    Value mod(m);
    add_functions(m->dict, binascii_functions, mod);
    if (!dict_set_cstr(m->dict, "__doc__",
                       make_str("Conversions between binary data and its ASCII encodings.")) ||
        !dict_set_cstr(m->dict, "Error", Value(g_error)) ||
        !dict_set_cstr(m->dict, "Incomplete", Value(g_incomplete)))
        return Value();
    return mod;
}

} // namespace uopy
