// The _md5 module: the MD5 hash object (RFC 1321), what hashlib.md5() uses
// when there is no OpenSSL. CPython counterpart: Modules/md5module.c.
//
// Same shape as _sha512 (sha512_module.cpp): a module function md5(string=b'',
// *, usedforsecurity=True) makes a `_md5.md5` object with update, digest,
// hexdigest, copy and the name/digest_size/block_size attributes. The type
// itself is exported as MD5Type and cannot be instantiated directly.
#include "modules/hash_common.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

namespace uopy {

namespace {

// -- The algorithm (RFC 1321) ---------------------------------------------------------------

// T[i] = floor(2^32 * |sin(i + 1)|), i in 0..63 (RFC 1321 section 3.4).
constexpr uint32_t kSine[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

// The left-rotation amounts: four per round, used in turn by its 16 steps.
constexpr int kShift[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};

// The initial buffer A, B, C, D (RFC 1321 section 3.3).
constexpr uint32_t kInit[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};

inline uint32_t rotl(uint32_t x, int n) {
    return (x << n) | (x >> (32 - n));
}

// The hash state: four words, the pending partial block, the length.
struct Md5State {
    uint32_t h[4];
    unsigned char block[64];
    size_t used;     // bytes in block
    uint64_t length; // message length in bytes (MD5 counts it modulo 2^64 bits)
};

// Processes one 64-byte block: four rounds of 16 steps, each with its own
// auxiliary function and order of the message words.
void compress(Md5State& s, const unsigned char* p) {
    uint32_t x[16];
    for (int i = 0; i < 16; i++)
        x[i] = uint32_t(p[4 * i]) | uint32_t(p[4 * i + 1]) << 8 | uint32_t(p[4 * i + 2]) << 16 |
               uint32_t(p[4 * i + 3]) << 24;
    uint32_t a = s.h[0], b = s.h[1], c = s.h[2], d = s.h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int k; // which message word this step adds
        switch (i / 16) {
        case 0: // F(X,Y,Z) = XY v not(X) Z
            f = (b & c) | (~b & d);
            k = i;
            break;
        case 1: // G(X,Y,Z) = XZ v Y not(Z)
            f = (b & d) | (c & ~d);
            k = (5 * i + 1) % 16;
            break;
        case 2: // H(X,Y,Z) = X xor Y xor Z
            f = b ^ c ^ d;
            k = (3 * i + 5) % 16;
            break;
        default: // I(X,Y,Z) = Y xor (X v not(Z))
            f = c ^ (b | ~d);
            k = (7 * i) % 16;
            break;
        }
        // a = b + ((a + f + X[k] + T[i]) <<< s), then the words rotate.
        uint32_t t = b + rotl(a + f + x[k] + kSine[i], kShift[i / 16][i % 4]);
        a = d;
        d = c;
        c = b;
        b = t;
    }
    s.h[0] += a;
    s.h[1] += b;
    s.h[2] += c;
    s.h[3] += d;
}

void update(Md5State& s, const unsigned char* p, size_t n) {
    s.length += n;
    while (n > 0) {
        size_t take = std::min(n, sizeof s.block - s.used);
        std::memcpy(s.block + s.used, p, take);
        s.used += take;
        p += take;
        n -= take;
        if (s.used == sizeof s.block) {
            compress(s, s.block);
            s.used = 0;
        }
    }
}

// The digest of what was hashed so far (the state itself is not changed):
// a 1 bit, zeros up to 56 bytes mod 64, the bit length as 64 bits little-endian.
std::string finish(Md5State s) {
    uint64_t bits = s.length << 3;
    unsigned char pad[128] = {0x80};
    size_t padlen = (s.used < 56 ? 56 : 120) - s.used;
    unsigned char len[8];
    for (int k = 0; k < 8; k++)
        len[k] = static_cast<unsigned char>(bits >> (8 * k));
    update(s, pad, padlen);
    update(s, len, 8);
    std::string out;
    for (int i = 0; i < 4; i++)
        for (int k = 0; k < 4; k++)
            out.push_back(static_cast<char>(s.h[i] >> (8 * k)));
    return out;
}

// -- The hash object ------------------------------------------------------------------------

struct Md5Object : Object {
    Md5State state;
};

Type Md5Type;

Md5Object* S(Value v) {
    return static_cast<Md5Object*>(v.as_ptr());
}

Value m_md5(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!hash_check_counts("md5", nargs, kwnames, 2)) return Value();
    static const NativeSignature sig("md5", "string=, *, usedforsecurity=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    auto* o = gc_new<Md5Object>(&Md5Type);
    if (!o) return Value();
    std::memcpy(o->state.h, kInit, sizeof o->state.h);
    if (a[0]) {
        std::string_view d;
        if (!hash_data_arg(a[0], &d)) return Value();
        update(o->state, reinterpret_cast<const unsigned char*>(d.data()), d.size());
    }
    return Value(o);
}

// The methods check their arity themselves so that the messages name the
// method as CPython does ("md5.update() takes exactly one argument (0 given)").
Value h_update(Value self, const Value* args, size_t nargs, Value) {
    if (nargs != 1)
        return raise(exc::TypeError, "md5.update() takes exactly one argument (%zu given)", nargs);
    std::string_view d;
    if (!hash_data_arg(args[0], &d)) return Value();
    update(S(self)->state, reinterpret_cast<const unsigned char*>(d.data()), d.size());
    return None();
}
Value h_digest(Value self, const Value*, size_t nargs, Value) {
    if (nargs != 0)
        return raise(exc::TypeError, "md5.digest() takes no arguments (%zu given)", nargs);
    return make_bytes(finish(S(self)->state));
}
Value h_hexdigest(Value self, const Value*, size_t nargs, Value) {
    if (nargs != 0)
        return raise(exc::TypeError, "md5.hexdigest() takes no arguments (%zu given)", nargs);
    return make_str(hex_lower(finish(S(self)->state)));
}
Value h_copy(Value self, const Value*, size_t nargs, Value kwnames) {
    if (nargs != 0 || (kwnames && tuple_size(kwnames) != 0))
        return raise(exc::TypeError, "copy() takes no arguments");
    auto* o = gc_new<Md5Object>(type_of(self));
    if (!o) return Value();
    o->state = S(self)->state;
    return Value(o);
}
Value h_name(Value) {
    return make_str("md5");
}
Value h_digest_size(Value) {
    return Value::small_int(16);
}
Value h_block_size(Value) {
    return Value::small_int(64);
}

const NativeMethodDef hash_methods[] = {
    {"update", h_update, 0, nullptr},       {"digest", h_digest, 0, nullptr},
    {"hexdigest", h_hexdigest, 0, nullptr}, {"copy", h_copy, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const GetSetDef hash_getsets[] = {
    {"name", h_name, nullptr, nullptr},
    {"digest_size", h_digest_size, nullptr, nullptr},
    {"block_size", h_block_size, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
const NativeMethodDef module_functions[] = {
    {"md5", m_md5, NATIVE_KEYWORDS,
     "Return a new MD5 hash object; optionally initialized with a string."},
    {nullptr, nullptr, 0, nullptr},
};

void init_types() {
    static bool done = false;
    if (done) return;
    done = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while it is made.
    bool was = gc_is_enabled();
    gc_set_enabled(false);
    Md5Type.tp_new = hash_no_new;
    init_static_type(&Md5Type, "_md5.md5", &ObjectType, sizeof(Md5Object), 0);
    add_methods(&Md5Type, hash_methods);
    add_getsets(&Md5Type, hash_getsets);
    add_slot_wrappers(&Md5Type);
    gc_set_enabled(was);
}

} // namespace

Value init_md5_module() {
    init_types();
    ModuleObject* m = make_module("_md5");
    if (!m) return Value();
    add_functions(m->dict, module_functions, Value(m));
    if (!dict_set_cstr(m->dict, "MD5Type", Value(&Md5Type))) return Value();
    return Value(m);
}

} // namespace uopy
