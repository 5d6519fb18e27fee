// The _sha256 module: SHA-256 and SHA-224 hash objects (FIPS 180-4 section
// 6.2 and 6.3), what hashlib.sha256() and sha224() use when there is no
// OpenSSL. CPython counterpart: Modules/sha256module.c.
//
// Same shape as _sha512 (sha512_module.cpp): module functions sha256() and
// sha224() (string=b'', *, usedforsecurity=True) make `_sha256.sha256` and
// `_sha256.sha224` objects with update, digest, hexdigest, copy and the
// name/digest_size/block_size attributes. The types are exported as
// SHA256Type and SHA224Type and cannot be instantiated directly.
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

// -- The algorithm (FIPS 180-4) -------------------------------------------------------------

// The round constants: the first 32 bits of the fractional parts of the
// cube roots of the first 64 primes (section 4.2.2).
constexpr uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

// The initial hash values (section 5.3.3): the first 32 bits of the
// fractional parts of the square roots of the first 8 primes.
constexpr uint32_t kInit256[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                  0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
// SHA-224's (section 5.3.2): the second 32 bits of those of the 9th to 16th primes.
constexpr uint32_t kInit224[8] = {0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
                                  0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4};

inline uint32_t rotr(uint32_t x, int n) {
    return (x >> n) | (x << (32 - n));
}

// The hash state: eight words, the pending partial block, the length.
struct Sha256State {
    uint32_t h[8];
    unsigned char block[64];
    size_t used;     // bytes in block
    uint64_t length; // message length in bytes
    int digest_size; // 32 (SHA-256) or 28 (SHA-224)
};

// Processes one 64-byte block (section 6.2.2).
void compress(Sha256State& s, const unsigned char* p) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = uint32_t(p[4 * i]) << 24 | uint32_t(p[4 * i + 1]) << 16 |
               uint32_t(p[4 * i + 2]) << 8 | uint32_t(p[4 * i + 3]);
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = s.h[0], b = s.h[1], c = s.h[2], d = s.h[3], e = s.h[4], f = s.h[5], g = s.h[6],
             h = s.h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 =
            h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kRound[i] + w[i];
        uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    s.h[0] += a;
    s.h[1] += b;
    s.h[2] += c;
    s.h[3] += d;
    s.h[4] += e;
    s.h[5] += f;
    s.h[6] += g;
    s.h[7] += h;
}

void update(Sha256State& s, const unsigned char* p, size_t n) {
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
// a 1 bit, zeros up to 56 bytes mod 64, the bit length as 64 bits big-endian
// (section 5.1.1). SHA-224 keeps the first seven words.
std::string finish(Sha256State s) {
    uint64_t bits = s.length << 3;
    unsigned char pad[128] = {0x80};
    size_t padlen = (s.used < 56 ? 56 : 120) - s.used;
    unsigned char len[8];
    for (int k = 0; k < 8; k++)
        len[k] = static_cast<unsigned char>(bits >> (56 - 8 * k));
    update(s, pad, padlen);
    update(s, len, 8);
    std::string out;
    for (int i = 0; i < s.digest_size / 4; i++)
        for (int k = 0; k < 4; k++)
            out.push_back(static_cast<char>(s.h[i] >> (24 - 8 * k)));
    return out;
}

// -- The hash objects -----------------------------------------------------------------------

struct ShaObject : Object {
    Sha256State state;
};

Type Sha256Type, Sha224Type;

ShaObject* S(Value v) {
    return static_cast<ShaObject*>(v.as_ptr());
}

Value new_hash(bool is256, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig256("sha256", "string=, *, usedforsecurity=");
    static const NativeSignature sig224("sha224", "string=, *, usedforsecurity=");
    if (!hash_check_counts(is256 ? "sha256" : "sha224", nargs, kwnames, 2)) return Value();
    Value a[2];
    if (!(is256 ? sig256 : sig224).bind(args, nargs, kwnames, a)) return Value();
    auto* o = gc_new<ShaObject>(is256 ? &Sha256Type : &Sha224Type);
    if (!o) return Value();
    std::memcpy(o->state.h, is256 ? kInit256 : kInit224, sizeof o->state.h);
    o->state.digest_size = is256 ? 32 : 28;
    if (a[0]) {
        std::string_view d;
        if (!hash_data_arg(a[0], &d)) return Value();
        update(o->state, reinterpret_cast<const unsigned char*>(d.data()), d.size());
    }
    return Value(o);
}

Value m_sha256(Value, const Value* args, size_t nargs, Value kw) {
    return new_hash(true, args, nargs, kw);
}
Value m_sha224(Value, const Value* args, size_t nargs, Value kw) {
    return new_hash(false, args, nargs, kw);
}

// "sha256" or "sha224": the name attribute, and how CPython's messages name
// the methods ("sha224.update() takes exactly one argument (0 given)").
const char* name_of(Value self) {
    return S(self)->state.digest_size == 32 ? "sha256" : "sha224";
}

Value h_update(Value self, const Value* args, size_t nargs, Value) {
    if (nargs != 1)
        return raise(exc::TypeError, "%s.update() takes exactly one argument (%zu given)",
                     name_of(self), nargs);
    std::string_view d;
    if (!hash_data_arg(args[0], &d)) return Value();
    update(S(self)->state, reinterpret_cast<const unsigned char*>(d.data()), d.size());
    return None();
}
Value h_digest(Value self, const Value*, size_t nargs, Value) {
    if (nargs != 0)
        return raise(exc::TypeError, "%s.digest() takes no arguments (%zu given)", name_of(self),
                     nargs);
    return make_bytes(finish(S(self)->state));
}
Value h_hexdigest(Value self, const Value*, size_t nargs, Value) {
    if (nargs != 0)
        return raise(exc::TypeError, "%s.hexdigest() takes no arguments (%zu given)", name_of(self),
                     nargs);
    return make_str(hex_lower(finish(S(self)->state)));
}
Value h_copy(Value self, const Value*, size_t nargs, Value kwnames) {
    if (nargs != 0 || (kwnames && tuple_size(kwnames) != 0))
        return raise(exc::TypeError, "copy() takes no arguments");
    auto* o = gc_new<ShaObject>(type_of(self));
    if (!o) return Value();
    o->state = S(self)->state;
    return Value(o);
}
Value h_name(Value self) {
    return make_str(name_of(self));
}
Value h_digest_size(Value self) {
    return Value::small_int(S(self)->state.digest_size);
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
    {"sha256", m_sha256, NATIVE_KEYWORDS,
     "Return a new SHA-256 hash object; optionally initialized with a string."},
    {"sha224", m_sha224, NATIVE_KEYWORDS,
     "Return a new SHA-224 hash object; optionally initialized with a string."},
    {nullptr, nullptr, 0, nullptr},
};

void init_types() {
    static bool done = false;
    if (done) return;
    done = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while the types are made.
    bool was = gc_is_enabled();
    gc_set_enabled(false);
    Sha256Type.tp_new = hash_no_new;
    Sha224Type.tp_new = hash_no_new;
    init_static_type(&Sha256Type, "_sha256.sha256", &ObjectType, sizeof(ShaObject), 0);
    init_static_type(&Sha224Type, "_sha256.sha224", &ObjectType, sizeof(ShaObject), 0);
    for (Type* t : {&Sha256Type, &Sha224Type}) {
        add_methods(t, hash_methods);
        add_getsets(t, hash_getsets);
        add_slot_wrappers(t);
    }
    gc_set_enabled(was);
}

} // namespace

Value init_sha256_module() {
    init_types();
    ModuleObject* m = make_module("_sha256");
    if (!m) return Value();
    add_functions(m->dict, module_functions, Value(m));
    if (!dict_set_cstr(m->dict, "SHA224Type", Value(&Sha224Type)) ||
        !dict_set_cstr(m->dict, "SHA256Type", Value(&Sha256Type)))
        return Value();
    return Value(m);
}

} // namespace uopy
