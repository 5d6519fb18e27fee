// CodeData <-> bytes for the bytecode cache (see code_cache.h). The
// encoding, little-endian throughout:
//
//   code  := str name, str qualname, str filename,
//            sint argcount, posonlyargcount, kwonlyargcount, flags, stacksize,
//                 firstlineno,
//            uint n, n x u16 code unit,
//            uint n, n x const,
//            uint n, n x str name,
//            uint n, n x str localsplusname, n x u8 localspluskind,
//            str exceptiontable, str linetable
//   const := u8 kind, u8 mask, then the fields whose bit is set, in order:
//            1 str text, 2 sint base, 4 u64 real (bits), 8 u64 imag (bits),
//            16 uint n + n x const items, 32 code
//   str   := uint length, the bytes
//   uint  := LEB128, shortest form; sint := uint of the zigzag value
//
// A mask bit is set exactly when its field differs from ConstValue's
// default (text empty, base 10, +0.0, no items, no code), and varints are
// in their shortest form, so every CodeData has one encoding and the
// decoder can insist on it: anything it accepts re-encodes to the same
// bytes, which the fuzz target checks.
#include "frontend/code_cache.h"

#include <climits>
#include <cstring>
#include <memory>

namespace uopy::frontend {

namespace {

enum ConstField : uint8_t {
    FIELD_TEXT = 1,
    FIELD_BASE = 2,
    FIELD_REAL = 4,
    FIELD_IMAG = 8,
    FIELD_ITEMS = 16,
    FIELD_CODE = 32,
    FIELD_ALL = 63
};

constexpr uint8_t kLastKind = static_cast<uint8_t>(ConstValue::Kind::Code);

uint64_t double_bits(double d) {
    uint64_t u;
    std::memcpy(&u, &d, sizeof u);
    return u;
}

double bits_double(uint64_t u) {
    double d;
    std::memcpy(&d, &u, sizeof d);
    return d;
}

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return -1;
}

// What the runtime needs of a constant to build it (runtime/compile.cpp,
// make_const): an Int's text parses in its base (GMP would otherwise fail
// at import time), a Code constant has its code. Both sides check it, so
// what is written is always readable.
bool const_is_buildable(const ConstValue& c) {
    using K = ConstValue::Kind;
    if (static_cast<uint8_t>(c.kind) > kLastKind) return false;
    if ((c.kind == K::Code) != (c.code != nullptr)) return false;
    if (c.kind == K::Int) {
        if (c.base < 2 || c.base > 36) return false;
        size_t i = !c.text.empty() && c.text[0] == '-' ? 1 : 0;
        if (i == c.text.size()) return false;
        for (; i < c.text.size(); i++) {
            int d = digit_value(c.text[i]);
            if (d < 0 || d >= c.base) return false;
        }
    }
    return true;
}

// Counts the runtime sizes frames and argument binding by (a negative one
// would make build_code size a frame too small), and one kind per local.
bool code_is_buildable(const CodeData& d) {
    return d.argcount >= 0 && d.posonlyargcount >= 0 && d.kwonlyargcount >= 0 && d.stacksize >= 0 &&
           d.localsplusnames.size() == d.localspluskinds.size();
}

// -- Encoder ----------------------------------------------------------------------------

class Writer {
  public:
    std::string out;

    bool code(const CodeData& d, int depth) {
        if (depth > kCodeCacheMaxDepth || !count_element() || !code_is_buildable(d)) return false;
        str(d.name);
        str(d.qualname);
        str(d.filename);
        for (int v :
             {d.argcount, d.posonlyargcount, d.kwonlyargcount, d.flags, d.stacksize, d.firstlineno})
            sint(v);
        uint(d.code.size());
        for (uint16_t unit : d.code) {
            out.push_back(static_cast<char>(unit & 0xFF));
            out.push_back(static_cast<char>(unit >> 8));
        }
        uint(d.consts.size());
        for (const ConstValue& c : d.consts)
            if (!constant(c, depth + 1)) return false;
        if (!str_list(d.names) || !str_list(d.localsplusnames)) return false;
        out.append(reinterpret_cast<const char*>(d.localspluskinds.data()),
                   d.localspluskinds.size());
        str(d.exceptiontable);
        str(d.linetable);
        return true;
    }

  private:
    size_t elements_ = 0;

    bool count_element() { return ++elements_ <= kCodeCacheMaxElements; }

    void uint(uint64_t v) {
        while (v >= 0x80) {
            out.push_back(static_cast<char>((v & 0x7F) | 0x80));
            v >>= 7;
        }
        out.push_back(static_cast<char>(v));
    }
    void sint(int64_t v) { uint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
    void u64(uint64_t v) {
        for (int i = 0; i < 8; i++)
            out.push_back(static_cast<char>(v >> (8 * i)));
    }
    void str(const std::string& s) {
        uint(s.size());
        out.append(s);
    }
    bool str_list(const std::vector<std::string>& v) {
        uint(v.size());
        for (const std::string& s : v) {
            if (!count_element()) return false;
            str(s);
        }
        return true;
    }

    bool constant(const ConstValue& c, int depth) {
        if (depth > kCodeCacheMaxDepth || !count_element() || !const_is_buildable(c)) return false;
        uint8_t mask = (c.text.empty() ? 0 : FIELD_TEXT) | (c.base == 10 ? 0 : FIELD_BASE) |
                       (double_bits(c.real) == 0 ? 0 : FIELD_REAL) |
                       (double_bits(c.imag) == 0 ? 0 : FIELD_IMAG) |
                       (c.items.empty() ? 0 : FIELD_ITEMS) | (c.code ? FIELD_CODE : 0);
        out.push_back(static_cast<char>(c.kind));
        out.push_back(static_cast<char>(mask));
        if (mask & FIELD_TEXT) str(c.text);
        if (mask & FIELD_BASE) sint(c.base);
        if (mask & FIELD_REAL) u64(double_bits(c.real));
        if (mask & FIELD_IMAG) u64(double_bits(c.imag));
        if (mask & FIELD_ITEMS) {
            uint(c.items.size());
            for (const ConstValue& item : c.items)
                if (!constant(item, depth + 1)) return false;
        }
        if (mask & FIELD_CODE) return code(*c.code, depth + 1);
        return true;
    }
};

// -- Decoder ----------------------------------------------------------------------------

// Every read checks the bytes left first; every count is checked against
// them too (each element takes at least one byte), so no loop or
// allocation runs ahead of the input.
class Reader {
  public:
    explicit Reader(std::string_view bytes) : p_(bytes.data()), end_(bytes.data() + bytes.size()) {}

    bool at_end() const { return p_ == end_; }

    bool code(CodeData& d, int depth) {
        if (depth > kCodeCacheMaxDepth || !count_element()) return false;
        if (!str(d.name) || !str(d.qualname) || !str(d.filename)) return false;
        for (int* field : {&d.argcount, &d.posonlyargcount, &d.kwonlyargcount, &d.flags,
                           &d.stacksize, &d.firstlineno})
            if (!sint32(*field)) return false;
        size_t n;
        if (!count(n, 2)) return false;
        d.code.resize(n);
        for (size_t i = 0; i < n; i++) {
            d.code[i] = static_cast<uint16_t>(byte_at(0) | byte_at(1) << 8);
            p_ += 2;
        }
        if (!count_elements(n, 2)) return false; // a constant is at least kind + mask
        d.consts.resize(n);
        for (ConstValue& c : d.consts)
            if (!constant(c, depth + 1)) return false;
        if (!str_list(d.names) || !str_list(d.localsplusnames)) return false;
        n = d.localsplusnames.size();
        if (remaining() < n) return false;
        d.localspluskinds.assign(p_, p_ + n);
        p_ += n;
        return str(d.exceptiontable) && str(d.linetable) && code_is_buildable(d);
    }

  private:
    const char* p_;
    const char* end_;
    size_t elements_ = 0;

    size_t remaining() const { return static_cast<size_t>(end_ - p_); }
    unsigned byte_at(size_t i) const { return static_cast<unsigned char>(p_[i]); }
    bool count_element() { return ++elements_ <= kCodeCacheMaxElements; }

    bool u8(uint8_t& v) {
        if (remaining() < 1) return false;
        v = static_cast<uint8_t>(byte_at(0));
        p_++;
        return true;
    }
    // Shortest form only: no trailing zero groups, nothing past 64 bits.
    bool uint(uint64_t& v) {
        v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (remaining() < 1) return false;
            uint64_t b = byte_at(0);
            p_++;
            if (shift == 63 && b > 1) return false;
            v |= (b & 0x7F) << shift;
            if (!(b & 0x80)) return b != 0 || shift == 0;
        }
        return false;
    }
    bool sint32(int& out) {
        uint64_t u;
        if (!uint(u)) return false;
        int64_t v = static_cast<int64_t>(u >> 1) ^ -static_cast<int64_t>(u & 1);
        if (v < INT_MIN || v > INT_MAX) return false;
        out = static_cast<int>(v);
        return true;
    }
    bool u64(uint64_t& v) {
        if (remaining() < 8) return false;
        v = 0;
        for (int i = 0; i < 8; i++)
            v |= static_cast<uint64_t>(byte_at(i)) << (8 * i);
        p_ += 8;
        return true;
    }
    // A count of things of at least [min_bytes] bytes each.
    bool count(size_t& n, size_t min_bytes) {
        uint64_t v;
        if (!uint(v) || v > remaining() / min_bytes) return false;
        n = static_cast<size_t>(v);
        return true;
    }
    // The same for elements (see kCodeCacheMaxElements), checked against
    // the budget before the vector holding them is sized.
    bool count_elements(size_t& n, size_t min_bytes) {
        return count(n, min_bytes) && n <= kCodeCacheMaxElements - elements_;
    }
    bool str(std::string& s) {
        size_t n;
        if (!count(n, 1)) return false;
        s.assign(p_, n);
        p_ += n;
        return true;
    }
    bool str_list(std::vector<std::string>& v) {
        size_t n;
        if (!count_elements(n, 1)) return false;
        v.resize(n);
        for (std::string& s : v)
            if (!count_element() || !str(s)) return false;
        return true;
    }

    bool constant(ConstValue& c, int depth) {
        if (depth > kCodeCacheMaxDepth || !count_element()) return false;
        uint8_t kind, mask;
        if (!u8(kind) || !u8(mask) || kind > kLastKind || (mask & ~FIELD_ALL)) return false;
        c.kind = static_cast<ConstValue::Kind>(kind);
        // A field present must differ from its default (canonical form).
        if ((mask & FIELD_TEXT) && (!str(c.text) || c.text.empty())) return false;
        if ((mask & FIELD_BASE) && (!sint32(c.base) || c.base == 10)) return false;
        uint64_t bits;
        if (mask & FIELD_REAL) {
            if (!u64(bits) || bits == 0) return false;
            c.real = bits_double(bits);
        }
        if (mask & FIELD_IMAG) {
            if (!u64(bits) || bits == 0) return false;
            c.imag = bits_double(bits);
        }
        if (mask & FIELD_ITEMS) {
            size_t n;
            if (!count_elements(n, 2) || n == 0) return false;
            c.items.resize(n);
            for (ConstValue& item : c.items)
                if (!constant(item, depth + 1)) return false;
        }
        if (mask & FIELD_CODE) {
            c.code = std::make_shared<CodeData>();
            if (!code(*c.code, depth + 1)) return false;
        }
        return const_is_buildable(c);
    }
};

} // namespace

std::string serialize_code(const CodeData& code) {
    Writer w;
    if (!w.code(code, 0)) return std::string();
    return std::move(w.out);
}

bool deserialize_code(std::string_view bytes, CodeData& out) {
    Reader r(bytes);
    out = CodeData();
    if (r.code(out, 0) && r.at_end()) return true;
    out = CodeData();
    return false;
}

} // namespace uopy::frontend
