// The _sha1 module: the SHA-1 hash object (FIPS 180-4 section 6.1), what
// hashlib.sha1() uses when there is no OpenSSL. CPython counterpart:
// Modules/sha1module.c.
//
// Same shape as _sha512 (sha512_module.cpp): a module function sha1(string=b'',
// *, usedforsecurity=True) makes a `_sha1.sha1` object with update, digest,
// hexdigest, copy and the name/digest_size/block_size attributes. The type
// itself is exported as SHA1Type and cannot be instantiated directly.
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

// The initial hash value H(0) (section 5.3.1).
constexpr uint32_t kInit[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};

// The constant K_t of each group of 20 steps (section 4.2.1).
constexpr uint32_t kRound[4] = {0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6};

inline uint32_t rotl(uint32_t x, int n) {
    return (x << n) | (x >> (32 - n));
}

// The hash state: five words, the pending partial block, the length.
struct Sha1State {
    uint32_t h[5];
    unsigned char block[64];
    size_t used;     // bytes in block
    uint64_t length; // message length in bytes
};

// Processes one 64-byte block (section 6.1.2).
void compress(Sha1State& s, const unsigned char* p) {
    // The message schedule: 16 big-endian words, then W_t = ROTL1(W_t-3 ^ W_t-8 ^ W_t-14 ^ W_t-16).
    uint32_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = uint32_t(p[4 * i]) << 24 | uint32_t(p[4 * i + 1]) << 16 |
               uint32_t(p[4 * i + 2]) << 8 | uint32_t(p[4 * i + 3]);
    for (int i = 16; i < 80; i++)
        w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = s.h[0], b = s.h[1], c = s.h[2], d = s.h[3], e = s.h[4];
    for (int i = 0; i < 80; i++) {
        // f_t: Ch for steps 0-19, Parity for 20-39 and 60-79, Maj for 40-59.
        uint32_t f;
        if (i < 20)
            f = (b & c) ^ (~b & d);
        else if (i < 40 || i >= 60)
            f = b ^ c ^ d;
        else
            f = (b & c) ^ (b & d) ^ (c & d);
        uint32_t t = rotl(a, 5) + f + e + kRound[i / 20] + w[i];
        e = d;
        d = c;
        c = rotl(b, 30);
        b = a;
        a = t;
    }
    s.h[0] += a;
    s.h[1] += b;
    s.h[2] += c;
    s.h[3] += d;
    s.h[4] += e;
}

void update(Sha1State& s, const unsigned char* p, size_t n) {
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
// (section 5.1.1).
std::string finish(Sha1State s) {
    uint64_t bits = s.length << 3;
    unsigned char pad[128] = {0x80};
    size_t padlen = (s.used < 56 ? 56 : 120) - s.used;
    unsigned char len[8];
    for (int k = 0; k < 8; k++)
        len[k] = static_cast<unsigned char>(bits >> (56 - 8 * k));
    update(s, pad, padlen);
    update(s, len, 8);
    std::string out;
    for (int i = 0; i < 5; i++)
        for (int k = 0; k < 4; k++)
            out.push_back(static_cast<char>(s.h[i] >> (24 - 8 * k)));
    return out;
}

// -- The hash object ------------------------------------------------------------------------

struct Sha1Object : Object {
    Sha1State state;
};

Type Sha1Type;

Sha1Object* S(Value v) {
    return static_cast<Sha1Object*>(v.as_ptr());
}

Value m_sha1(Value, const Value* args, size_t nargs, Value kwnames) {
    if (!hash_check_counts("sha1", nargs, kwnames, 2)) return Value();
    static const NativeSignature sig("sha1", "string=, *, usedforsecurity=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    auto* o = gc_new<Sha1Object>(&Sha1Type);
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
// method as CPython does ("sha1.update() takes exactly one argument (0 given)").
Value h_update(Value self, const Value* args, size_t nargs, Value) {
    if (nargs != 1)
        return raise(exc::TypeError, "sha1.update() takes exactly one argument (%zu given)", nargs);
    std::string_view d;
    if (!hash_data_arg(args[0], &d)) return Value();
    update(S(self)->state, reinterpret_cast<const unsigned char*>(d.data()), d.size());
    return None();
}
Value h_digest(Value self, const Value*, size_t nargs, Value) {
    if (nargs != 0)
        return raise(exc::TypeError, "sha1.digest() takes no arguments (%zu given)", nargs);
    return make_bytes(finish(S(self)->state));
}
Value h_hexdigest(Value self, const Value*, size_t nargs, Value) {
    if (nargs != 0)
        return raise(exc::TypeError, "sha1.hexdigest() takes no arguments (%zu given)", nargs);
    return make_str(hex_lower(finish(S(self)->state)));
}
Value h_copy(Value self, const Value*, size_t nargs, Value kwnames) {
    if (nargs != 0 || (kwnames && tuple_size(kwnames) != 0))
        return raise(exc::TypeError, "copy() takes no arguments");
    auto* o = gc_new<Sha1Object>(type_of(self));
    if (!o) return Value();
    o->state = S(self)->state;
    return Value(o);
}
Value h_name(Value) {
    return make_str("sha1");
}
Value h_digest_size(Value) {
    return Value::small_int(20);
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
    {"sha1", m_sha1, NATIVE_KEYWORDS,
     "Return a new SHA1 hash object; optionally initialized with a string."},
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
    Sha1Type.tp_new = hash_no_new;
    init_static_type(&Sha1Type, "_sha1.sha1", &ObjectType, sizeof(Sha1Object), 0);
    add_methods(&Sha1Type, hash_methods);
    add_getsets(&Sha1Type, hash_getsets);
    add_slot_wrappers(&Sha1Type);
    gc_set_enabled(was);
}

} // namespace

Value init_sha1_module() {
    init_types();
    ModuleObject* m = make_module("_sha1");
    if (!m) return Value();
    add_functions(m->dict, module_functions, Value(m));
    if (!dict_set_cstr(m->dict, "SHA1Type", Value(&Sha1Type))) return Value();
    return Value(m);
}

} // namespace uopy
