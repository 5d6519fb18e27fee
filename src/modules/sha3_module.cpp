// The _sha3 module: SHA3-224/256/384/512 and the SHAKE128/256 extendable-
// output functions (FIPS 202), built on the Keccak-f[1600] permutation, what
// hashlib uses for them when there is no OpenSSL. CPython counterpart:
// Modules/_sha3/sha3module.c.
//
// As in CPython, the module attributes sha3_224 ... shake_256 are the types
// themselves, called as (data=b'', /, *, usedforsecurity=True). The objects
// have update, digest, hexdigest, copy, the name/digest_size/block_size
// attributes and the _capacity_bits/_rate_bits/_suffix ones; a SHAKE
// object's digest(length) and hexdigest(length) take the output length.
#include "modules/hash_common.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/int.h"
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

#include <gmp.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

namespace uopy {

namespace {

// -- Keccak-f[1600] (FIPS 202 section 3) --------------------------------------------------

// The state is 25 lanes of 64 bits; lane (x, y) is a[x + 5 * y], and the
// bytes of the state are the lanes' bytes in little-endian order.

// The iota step's round constants RC[i] (section 3.2.5): bit 2^j - 1 of RC[i]
// is rc(j + 7i) of the degree-8 LFSR, for j in 0..6.
constexpr uint64_t kRoundConst[24] = {
    0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000,
    0x000000000000808b, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008a, 0x0000000000000088, 0x0000000080008009, 0x000000008000000a,
    0x000000008000808b, 0x800000000000008b, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800a, 0x800000008000000a,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
};

// The rho and pi steps together (sections 3.2.2 and 3.2.3) walk the 24 lanes
// other than (0, 0), starting from (1, 0) and moving (x, y) -> (y, 2x + 3y):
// each lane goes, rotated left by (t + 1)(t + 2) / 2, to the next one on the walk.
constexpr int kPiLane[24] = {10, 7,  11, 17, 18, 3, 5,  16, 8,  21, 24, 4,
                             15, 23, 19, 13, 12, 2, 20, 14, 22, 9,  6,  1};
constexpr int kRhoShift[24] = {1,  3,  6,  10, 15, 21, 28, 36, 45, 55, 2,  14,
                               27, 41, 56, 8,  25, 43, 62, 18, 39, 61, 20, 44};

inline uint64_t rotl(uint64_t x, int n) {
    return (x << n) | (x >> (64 - n));
}

// Keccak-p[1600, 24]: 24 rounds of theta, rho, pi, chi, iota.
void keccak_f(uint64_t a[25]) {
    for (int round = 0; round < 24; round++) {
        // theta: each lane absorbs the parities of two neighbouring columns.
        uint64_t c[5];
        for (int x = 0; x < 5; x++)
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        for (int x = 0; x < 5; x++) {
            uint64_t d = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1);
            for (int y = 0; y < 25; y += 5)
                a[y + x] ^= d;
        }
        // rho and pi.
        uint64_t carried = a[1];
        for (int t = 0; t < 24; t++) {
            int j = kPiLane[t];
            uint64_t next = a[j];
            a[j] = rotl(carried, kRhoShift[t]);
            carried = next;
        }
        // chi: the only non-linear step, along each row.
        for (int y = 0; y < 25; y += 5) {
            uint64_t row[5];
            for (int x = 0; x < 5; x++)
                row[x] = a[y + x];
            for (int x = 0; x < 5; x++)
                a[y + x] = row[x] ^ (~row[(x + 1) % 5] & row[(x + 2) % 5]);
        }
        // iota.
        a[0] ^= kRoundConst[round];
    }
}

// -- The sponge (FIPS 202 section 4) -----------------------------------------------------

// The six functions: the rate (block size) in bytes, the digest size (0 for
// the SHAKEs, whose output length is chosen per call), and the domain bits
// with the first padding bit: 01 for SHA-3, 1111 for SHAKE, then pad10*1
// (sections 6.1, 6.2, B.2).
struct Sha3Variant {
    const char* name;
    size_t rate;
    int digest_size;
    unsigned char suffix;
};
constexpr Sha3Variant kVariants[6] = {
    {"sha3_224", 144, 28, 0x06}, {"sha3_256", 136, 32, 0x06}, {"sha3_384", 104, 48, 0x06},
    {"sha3_512", 72, 64, 0x06},  {"shake_128", 168, 0, 0x1f}, {"shake_256", 136, 0, 0x1f},
};
constexpr size_t kMaxRate = 168;

struct Sha3State {
    uint64_t lanes[25];
    unsigned char block[kMaxRate]; // the pending partial block
    size_t used;                   // bytes in block (always < rate between calls)
    int variant;                   // index in kVariants
};

// XORs one rate-sized block into the state and permutes.
void absorb_block(Sha3State& s, const unsigned char* p) {
    size_t rate = kVariants[s.variant].rate;
    for (size_t i = 0; i < rate / 8; i++) {
        uint64_t v = 0;
        for (int k = 7; k >= 0; k--)
            v = (v << 8) | p[8 * i + k];
        s.lanes[i] ^= v;
    }
    keccak_f(s.lanes);
}

void update(Sha3State& s, const unsigned char* p, size_t n) {
    size_t rate = kVariants[s.variant].rate;
    while (n > 0) {
        size_t take = std::min(n, rate - s.used);
        std::memcpy(s.block + s.used, p, take);
        s.used += take;
        p += take;
        n -= take;
        if (s.used == rate) {
            absorb_block(s, s.block);
            s.used = 0;
        }
    }
}

// [length] bytes of output for what was absorbed so far (the state itself
// is not changed): pad the last block with the suffix and a final 1 bit,
// absorb it, then squeeze rate bytes at a time.
std::string finish(Sha3State s, size_t length) {
    const Sha3Variant& v = kVariants[s.variant];
    std::memset(s.block + s.used, 0, v.rate - s.used);
    s.block[s.used] ^= v.suffix;
    s.block[v.rate - 1] ^= 0x80;
    absorb_block(s, s.block);
    std::string out;
    out.reserve(length);
    for (;;) {
        for (size_t i = 0; i < v.rate && out.size() < length; i++)
            out.push_back(static_cast<char>(s.lanes[i / 8] >> (8 * (i % 8))));
        if (out.size() >= length) break;
        keccak_f(s.lanes);
    }
    return out;
}

// -- The hash objects -----------------------------------------------------------------------

struct Sha3Object : Object {
    Sha3State state;
};

Type Sha3Types[6]; // in the order of kVariants

Sha3Object* S(Value v) {
    return static_cast<Sha3Object*>(v.as_ptr());
}
const Sha3Variant& variant_of(Value self) {
    return kVariants[S(self)->state.variant];
}
bool is_shake(Value self) {
    return variant_of(self).digest_size == 0;
}

// sha3_224(data=b'', /, *, usedforsecurity=True) and the others: the types'
// tp_new. (CPython 3.11 parses the arguments of all six under the name
// "sha3_224", so its messages say sha3_224() whichever was called.)
Value sha3_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    if (!hash_check_counts("sha3_224", nargs, kwnames, 2)) return Value();
    static const NativeSignature sig("sha3_224", "data=, /, *, usedforsecurity=");
    Value a[2];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    int variant = 0;
    while (variant < 5 && !is_subtype(type, &Sha3Types[variant]))
        variant++;
    auto* o = gc_new<Sha3Object>(type);
    if (!o) return Value();
    o->state.variant = variant;
    if (a[0]) {
        std::string_view d;
        if (!hash_data_arg(a[0], &d)) return Value();
        update(o->state, reinterpret_cast<const unsigned char*>(d.data()), d.size());
    }
    return Value(o);
}

// A SHAKE output length, converted as CPython's unsigned long converter
// does, and below 2**29 bytes as its _sha3 requires.
bool shake_length(Value v, size_t* out) {
    if (!is_int(v)) {
        raise(exc::TypeError, "an integer is required");
        return false;
    }
    if (int_sign(v) < 0) {
        raise(exc::ValueError, "value must be positive");
        return false;
    }
    int64_t n;
    if (!int_fits_int64(v, &n)) {
        // 2**63 up to 2**64 - 1 is an unsigned long, just too long an output.
        mpz_t z;
        mpz_init(z);
        int_to_mpz(v, z);
        bool is_ulong = mpz_sizeinbase(z, 2) <= 64;
        mpz_clear(z);
        if (is_ulong)
            raise(exc::ValueError, "length is too large");
        else
            raise(exc::OverflowError, "Python int too large to convert to C unsigned long");
        return false;
    }
    if (n >= (int64_t(1) << 29)) {
        raise(exc::ValueError, "length is too large");
        return false;
    }
    *out = static_cast<size_t>(n);
    return true;
}

// The output for digest()/hexdigest(): the fixed digest of a SHA-3 function
// (no arguments), or digest(length) of a SHAKE (exactly one). Arity errors
// name the method as CPython does ("shake_128.digest() takes exactly one
// argument (0 given)").
bool output_of(Value self, const char* method, const Value* args, size_t nargs, std::string* out) {
    const Sha3Variant& v = variant_of(self);
    size_t length = static_cast<size_t>(v.digest_size);
    if (is_shake(self)) {
        if (nargs != 1) {
            raise(exc::TypeError, "%s.%s() takes exactly one argument (%zu given)", v.name, method,
                  nargs);
            return false;
        }
        if (!shake_length(args[0], &length)) return false;
    } else if (nargs != 0) {
        raise(exc::TypeError, "%s.%s() takes no arguments (%zu given)", v.name, method, nargs);
        return false;
    }
    *out = finish(S(self)->state, length);
    return true;
}

Value h_update(Value self, const Value* args, size_t nargs, Value) {
    if (nargs != 1)
        return raise(exc::TypeError, "%s.update() takes exactly one argument (%zu given)",
                     variant_of(self).name, nargs);
    std::string_view d;
    if (!hash_data_arg(args[0], &d)) return Value();
    update(S(self)->state, reinterpret_cast<const unsigned char*>(d.data()), d.size());
    return None();
}
Value h_digest(Value self, const Value* args, size_t nargs, Value) {
    std::string digest;
    if (!output_of(self, "digest", args, nargs, &digest)) return Value();
    return make_bytes(digest);
}
Value h_hexdigest(Value self, const Value* args, size_t nargs, Value) {
    std::string digest;
    if (!output_of(self, "hexdigest", args, nargs, &digest)) return Value();
    return make_str(hex_lower(digest));
}
Value h_copy(Value self, const Value*, size_t nargs, Value) {
    if (nargs != 0)
        return raise(exc::TypeError, "%s.copy() takes no arguments (%zu given)",
                     variant_of(self).name, nargs);
    auto* o = gc_new<Sha3Object>(type_of(self));
    if (!o) return Value();
    o->state = S(self)->state;
    return Value(o);
}
Value h_name(Value self) {
    return make_str(variant_of(self).name);
}
Value h_digest_size(Value self) {
    return Value::small_int(variant_of(self).digest_size);
}
Value h_block_size(Value self) {
    return Value::small_int(static_cast<int64_t>(variant_of(self).rate));
}
Value h_capacity_bits(Value self) {
    return Value::small_int(static_cast<int64_t>(1600 - 8 * variant_of(self).rate));
}
Value h_rate_bits(Value self) {
    return Value::small_int(static_cast<int64_t>(8 * variant_of(self).rate));
}
Value h_suffix(Value self) {
    char suffix = static_cast<char>(variant_of(self).suffix);
    return make_bytes(std::string_view(&suffix, 1));
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
    {"_capacity_bits", h_capacity_bits, nullptr, nullptr},
    {"_rate_bits", h_rate_bits, nullptr, nullptr},
    {"_suffix", h_suffix, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr},
};

// The types' full names, "_sha3.sha3_224" ... (kept alive for Type::name).
const char* const kTypeNames[6] = {"_sha3.sha3_224", "_sha3.sha3_256",  "_sha3.sha3_384",
                                   "_sha3.sha3_512", "_sha3.shake_128", "_sha3.shake_256"};

void init_types() {
    static bool done = false;
    if (done) return;
    done = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while the types are made.
    bool was = gc_is_enabled();
    gc_set_enabled(false);
    for (int i = 0; i < 6; i++) {
        Type* t = &Sha3Types[i];
        t->tp_new = sha3_new;
        init_static_type(t, kTypeNames[i], &ObjectType, sizeof(Sha3Object), 0);
        add_methods(t, hash_methods);
        add_getsets(t, hash_getsets);
        add_slot_wrappers(t);
    }
    gc_set_enabled(was);
}

} // namespace

Value init_sha3_module() {
    init_types();
    ModuleObject* m = make_module("_sha3");
    if (!m) return Value();
    for (int i = 0; i < 6; i++)
        if (!dict_set_cstr(m->dict, kVariants[i].name, Value(&Sha3Types[i]))) return Value();
    // What CPython 3.11 reports for the Keccak implementation it was built with.
    if (!dict_set_cstr(m->dict, "implementation", make_str("tiny_sha3")) ||
        !dict_set_cstr(m->dict, "keccakopt", Value::small_int(0)))
        return Value();
    return Value(m);
}

} // namespace uopy
