// The _sha512 module: SHA-512 and SHA-384 hash objects (FIPS 180-4), what
// random.seed() uses for str and bytes seeds and hashlib offers when there
// is no OpenSSL. CPython counterpart: Modules/sha512module.c.
#include "modules/hash_common.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <cstdint>
#include <cstring>
#include <string>

namespace uopy {

namespace {

// The round constants: the first 64 bits of the fractional parts of the
// cube roots of the first 80 primes.
constexpr uint64_t kRound[80] = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
};

constexpr uint64_t kInit512[8] = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
                                  0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
                                  0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
constexpr uint64_t kInit384[8] = {0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17,
                                  0x152fecd8f70e5939, 0x67332667ffc00b31, 0x8eb44a8768581511,
                                  0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4};

inline uint64_t rotr(uint64_t x, int n) {
    return (x >> n) | (x << (64 - n));
}

// The hash state: eight words, the pending partial block, the length.
struct Sha512State {
    uint64_t h[8];
    unsigned char block[128];
    size_t used;        // bytes in block
    uint64_t length_lo; // message length in bytes (128 bits: lo, hi)
    uint64_t length_hi;
    int digest_size; // 64 (SHA-512) or 48 (SHA-384)
};

void compress(Sha512State& s, const unsigned char* p) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        uint64_t v = 0;
        for (int k = 0; k < 8; k++)
            v = (v << 8) | p[i * 8 + k];
        w[i] = v;
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = s.h[0], b = s.h[1], c = s.h[2], d = s.h[3], e = s.h[4], f = s.h[5], g = s.h[6],
             h = s.h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 =
            h + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g)) + kRound[i] + w[i];
        uint64_t t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
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

void update(Sha512State& s, const unsigned char* p, size_t n) {
    uint64_t before = s.length_lo;
    s.length_lo += n;
    if (s.length_lo < before) s.length_hi++;
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

// The digest of what was hashed so far (the state itself is not changed).
std::string finish(Sha512State s) {
    uint64_t bits_hi = (s.length_hi << 3) | (s.length_lo >> 61);
    uint64_t bits_lo = s.length_lo << 3;
    unsigned char pad[256] = {0x80};
    size_t padlen = (s.used < 112 ? 112 : 240) - s.used;
    unsigned char len[16];
    for (int k = 0; k < 8; k++) {
        len[k] = static_cast<unsigned char>(bits_hi >> (56 - 8 * k));
        len[8 + k] = static_cast<unsigned char>(bits_lo >> (56 - 8 * k));
    }
    update(s, pad, padlen);
    update(s, len, 16);
    std::string out;
    for (int i = 0; i < s.digest_size / 8; i++)
        for (int k = 0; k < 8; k++)
            out.push_back(static_cast<char>(s.h[i] >> (56 - 8 * k)));
    return out;
}

struct ShaObject : Object {
    Sha512State state;
};

Type Sha512Type, Sha384Type;

ShaObject* S(Value v) {
    return static_cast<ShaObject*>(v.as_ptr());
}

Value make_hash(Type* t, int digest_size, const uint64_t* init) {
    auto* o = gc_new<ShaObject>(t);
    if (!o) return Value();
    std::memcpy(o->state.h, init, sizeof o->state.h);
    o->state.digest_size = digest_size;
    return Value(o);
}

Value new_hash(bool is512, const Value* args, size_t nargs, Value kwnames) {
    static const NativeSignature sig("sha512", "string=, *, usedforsecurity=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    Value h = is512 ? make_hash(&Sha512Type, 64, kInit512) : make_hash(&Sha384Type, 48, kInit384);
    if (!h) return h;
    if (a[0]) {
        std::string_view d;
        if (!hash_data_arg(a[0], &d)) return Value();
        update(S(h)->state, reinterpret_cast<const unsigned char*>(d.data()), d.size());
    }
    return h;
}

Value m_sha512(Value, const Value* args, size_t nargs, Value kw) {
    return new_hash(true, args, nargs, kw);
}
Value m_sha384(Value, const Value* args, size_t nargs, Value kw) {
    return new_hash(false, args, nargs, kw);
}

Value h_update(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs("update", nargs, 1, 1)) return Value();
    std::string_view d;
    if (!hash_data_arg(args[0], &d)) return Value();
    update(S(self)->state, reinterpret_cast<const unsigned char*>(d.data()), d.size());
    return None();
}
Value h_digest(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("digest", nargs, 0, 0)) return Value();
    return make_bytes(finish(S(self)->state));
}
Value h_hexdigest(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("hexdigest", nargs, 0, 0)) return Value();
    return make_str(hex_lower(finish(S(self)->state)));
}
Value h_copy(Value self, const Value*, size_t nargs, Value) {
    if (!check_nargs("copy", nargs, 0, 0)) return Value();
    auto* o = gc_new<ShaObject>(type_of(self));
    if (!o) return Value();
    o->state = S(self)->state;
    return Value(o);
}
Value h_name(Value self) {
    return make_str(S(self)->state.digest_size == 64 ? "sha512" : "sha384");
}
Value h_digest_size(Value self) {
    return Value::small_int(S(self)->state.digest_size);
}
Value h_block_size(Value) {
    return Value::small_int(128);
}

const NativeMethodDef hash_methods[] = {
    {"update", h_update, 0, nullptr},       {"digest", h_digest, 0, nullptr},
    {"hexdigest", h_hexdigest, 0, nullptr}, {"copy", h_copy, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const GetSetDef hash_getsets[] = {
    {"name", h_name, nullptr, nullptr},
    {"digest_size", h_digest_size, nullptr, nullptr},
    {"block_size", h_block_size, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};
const NativeMethodDef module_functions[] = {
    {"sha512", m_sha512, NATIVE_KEYWORDS, nullptr},
    {"sha384", m_sha384, NATIVE_KEYWORDS, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void init_types() {
    static bool done = false;
    if (done) return;
    done = true;
    bool was = gc_is_enabled();
    gc_set_enabled(false);
    init_static_type(&Sha512Type, "_sha512.sha512", &ObjectType, sizeof(ShaObject), 0);
    init_static_type(&Sha384Type, "_sha512.sha384", &ObjectType, sizeof(ShaObject), 0);
    for (Type* t : {&Sha512Type, &Sha384Type}) {
        add_methods(t, hash_methods);
        add_getsets(t, hash_getsets);
        add_slot_wrappers(t);
    }
    gc_set_enabled(was);
}

} // namespace

Value init_sha512_module() {
    init_types();
    ModuleObject* m = make_module("_sha512");
    if (!m) return Value();
    add_functions(m->dict, module_functions, Value(m));
    return Value(m);
}

} // namespace uopy
