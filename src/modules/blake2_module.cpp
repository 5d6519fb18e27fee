// The _blake2 module: the BLAKE2b and BLAKE2s hash functions (RFC 7693),
// with keyed hashing, salt, personalization and the tree-hashing parameters,
// what hashlib.blake2b() and blake2s() always use. CPython counterpart:
// Modules/_blake2/blake2module.c, blake2b_impl.c and blake2s_impl.c.
//
// As in CPython, the module attributes blake2b and blake2s are the types
// themselves, called as (data=b'', /, *, digest_size=MAX_DIGEST_SIZE, key=b'',
// salt=b'', person=b'', fanout=1, depth=1, leaf_size=0, node_offset=0,
// node_depth=0, inner_size=0, last_node=False, usedforsecurity=True). The
// objects have update, digest, hexdigest, copy and the name/digest_size/
// block_size attributes; the types carry MAX_DIGEST_SIZE, MAX_KEY_SIZE,
// SALT_SIZE and PERSON_SIZE, and the module the BLAKE2B_* / BLAKE2S_* ones.
//
// The two functions differ only in their word size (64 or 32 bits) and the
// constants that go with it, so the code is written once as templates on the
// word type: uint64_t for BLAKE2b, uint32_t for BLAKE2s.
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
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/call.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <gmp.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstring>
#include <string>

namespace uopy {

namespace {

// -- The algorithm (RFC 7693) ---------------------------------------------------------------

// What differs between BLAKE2b and BLAKE2s (RFC 7693 sections 2.1 and 2.6).
template <typename W> struct Blake2Traits;
template <> struct Blake2Traits<uint64_t> {
    static constexpr const char* kName = "blake2b";
    static constexpr int kRounds = 12;
    static constexpr int kRot[4] = {32, 24, 16, 63}; // R1..R4 of the G function
    static constexpr size_t kNodeOffsetBytes = 8;    // in the parameter block
    // The IV: SHA-512's initial hash value.
    static constexpr uint64_t kIv[8] = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
                                        0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
                                        0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
};
template <> struct Blake2Traits<uint32_t> {
    static constexpr const char* kName = "blake2s";
    static constexpr int kRounds = 10;
    static constexpr int kRot[4] = {16, 12, 8, 7};
    static constexpr size_t kNodeOffsetBytes = 6;
    // The IV: SHA-256's initial hash value.
    static constexpr uint32_t kIv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
};

// The sizes, in bytes, that follow from the word size w: a block is 16 words,
// a digest or key at most 8 words, a salt or personalization 2 words, the
// parameter block 8 words.
template <typename W> constexpr size_t kBlockSize = 16 * sizeof(W);
template <typename W> constexpr size_t kMaxDigestSize = 8 * sizeof(W);
template <typename W> constexpr size_t kSaltSize = 2 * sizeof(W);

// The message word schedule of each round (section 2.7); rounds 10 and 11 of
// BLAKE2b reuse the first two rows.
constexpr uint8_t kSigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

template <typename W> inline W rotr(W x, int n) {
    return static_cast<W>((x >> n) | (x << (8 * sizeof(W) - n)));
}

// A little-endian word from [p] (the byte order of everything in BLAKE2).
template <typename W> inline W load_le(const unsigned char* p) {
    W v = 0;
    for (size_t k = 0; k < sizeof(W); k++)
        v |= static_cast<W>(p[k]) << (8 * k);
    return v;
}

// The hash state: eight chaining words, the byte counter, the pending block.
// The last block is only compressed by finish(), with the finalization flag,
// so a full block stays pending until more data follows it.
template <typename W> struct Blake2State {
    W h[8];
    W t[2]; // bytes compressed so far, low word first
    unsigned char block[kBlockSize<W>];
    size_t used;    // bytes in block
    bool last_node; // sets the second finalization flag (tree hashing)
    int digest_size;
};

// The mixing function G (section 3.1).
template <typename W> inline void mix(W v[16], int a, int b, int c, int d, W x, W y) {
    constexpr const int* r = Blake2Traits<W>::kRot;
    v[a] = v[a] + v[b] + x;
    v[d] = rotr<W>(v[d] ^ v[a], r[0]);
    v[c] = v[c] + v[d];
    v[b] = rotr<W>(v[b] ^ v[c], r[1]);
    v[a] = v[a] + v[b] + y;
    v[d] = rotr<W>(v[d] ^ v[a], r[2]);
    v[c] = v[c] + v[d];
    v[b] = rotr<W>(v[b] ^ v[c], r[3]);
}

// The compression function F (section 3.2) on the block at [p]; [last]
// marks the final block.
template <typename W> void compress(Blake2State<W>& s, const unsigned char* p, bool last) {
    using T = Blake2Traits<W>;
    W m[16], v[16];
    for (int i = 0; i < 16; i++)
        m[i] = load_le<W>(p + i * sizeof(W));
    for (int i = 0; i < 8; i++) {
        v[i] = s.h[i];
        v[i + 8] = T::kIv[i];
    }
    v[12] ^= s.t[0];
    v[13] ^= s.t[1];
    if (last) {
        v[14] = static_cast<W>(~v[14]);
        if (s.last_node) v[15] = static_cast<W>(~v[15]);
    }
    for (int r = 0; r < T::kRounds; r++) {
        const uint8_t* sg = kSigma[r % 10];
        // The columns, then the diagonals.
        mix<W>(v, 0, 4, 8, 12, m[sg[0]], m[sg[1]]);
        mix<W>(v, 1, 5, 9, 13, m[sg[2]], m[sg[3]]);
        mix<W>(v, 2, 6, 10, 14, m[sg[4]], m[sg[5]]);
        mix<W>(v, 3, 7, 11, 15, m[sg[6]], m[sg[7]]);
        mix<W>(v, 0, 5, 10, 15, m[sg[8]], m[sg[9]]);
        mix<W>(v, 1, 6, 11, 12, m[sg[10]], m[sg[11]]);
        mix<W>(v, 2, 7, 8, 13, m[sg[12]], m[sg[13]]);
        mix<W>(v, 3, 4, 9, 14, m[sg[14]], m[sg[15]]);
    }
    for (int i = 0; i < 8; i++)
        s.h[i] ^= v[i] ^ v[i + 8];
}

// Adds [n] (at most a block) to the double-word byte counter.
template <typename W> void count_bytes(Blake2State<W>& s, size_t n) {
    W inc = static_cast<W>(n);
    s.t[0] += inc;
    if (s.t[0] < inc) s.t[1]++;
}

template <typename W> void update(Blake2State<W>& s, const unsigned char* p, size_t n) {
    while (n > 0) {
        if (s.used == kBlockSize<W>) { // a full block, and more data after it
            count_bytes(s, kBlockSize<W>);
            compress(s, s.block, false);
            s.used = 0;
        }
        size_t take = std::min(n, kBlockSize<W> - s.used);
        std::memcpy(s.block + s.used, p, take);
        s.used += take;
        p += take;
        n -= take;
    }
}

// The digest of what was hashed so far (the state itself is not changed):
// the pending block, zero-padded, compressed as the last one; then the
// first digest_size bytes of the little-endian chaining words.
template <typename W> std::string finish(Blake2State<W> s) {
    count_bytes(s, s.used);
    std::memset(s.block + s.used, 0, kBlockSize<W> - s.used);
    compress(s, s.block, true);
    std::string out;
    for (int i = 0; i < s.digest_size; i++)
        out.push_back(static_cast<char>(s.h[i / sizeof(W)] >> (8 * (i % sizeof(W)))));
    return out;
}

// The parameters of a new hash (validated: sizes within the limits).
struct Blake2Params {
    int digest_size;
    std::string key, salt, person;
    int fanout = 1, depth = 1;
    uint64_t leaf_size = 0, node_offset = 0;
    int node_depth = 0, inner_size = 0;
    bool last_node = false;
};

// Initializes [s] from the parameter block (section 2.5, and the BLAKE2
// paper's layout of the tree parameters): h = IV xor the block's words. A
// key is padded with zeros to a whole block, the first one hashed.
template <typename W> void init_state(Blake2State<W>& s, const Blake2Params& p) {
    using T = Blake2Traits<W>;
    unsigned char param[8 * sizeof(W)] = {};
    param[0] = static_cast<unsigned char>(p.digest_size);
    param[1] = static_cast<unsigned char>(p.key.size());
    param[2] = static_cast<unsigned char>(p.fanout);
    param[3] = static_cast<unsigned char>(p.depth);
    for (int k = 0; k < 4; k++)
        param[4 + k] = static_cast<unsigned char>(p.leaf_size >> (8 * k));
    for (size_t k = 0; k < T::kNodeOffsetBytes; k++)
        param[8 + k] = static_cast<unsigned char>(p.node_offset >> (8 * k));
    param[8 + T::kNodeOffsetBytes] = static_cast<unsigned char>(p.node_depth);
    param[9 + T::kNodeOffsetBytes] = static_cast<unsigned char>(p.inner_size);
    std::memcpy(param + 4 * sizeof(W), p.salt.data(), p.salt.size());
    std::memcpy(param + 6 * sizeof(W), p.person.data(), p.person.size());
    for (int i = 0; i < 8; i++)
        s.h[i] = T::kIv[i] ^ load_le<W>(param + i * sizeof(W));
    s.t[0] = s.t[1] = 0;
    s.used = 0;
    s.last_node = p.last_node;
    s.digest_size = p.digest_size;
    if (!p.key.empty()) {
        std::memset(s.block, 0, kBlockSize<W>);
        std::memcpy(s.block, p.key.data(), p.key.size());
        s.used = kBlockSize<W>;
    }
}

// -- Argument conversion --------------------------------------------------------------------

// key, salt and person: a bytes-like object, copied (Argument Clinic's
// Py_buffer converter).
bool buffer_arg(Value v, std::string* out) {
    if (is_bytes(v) || is_bytearray(v)) {
        out->assign(bytes_view(v));
        return true;
    }
    if (v.is_ptr() && isinstance_of(v, &MemoryViewType)) {
        Value b = call_method(v, "tobytes", {});
        if (!b) return false;
        out->assign(bytes_view(b));
        return true;
    }
    raise(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    return false;
}

// A C int (Argument Clinic's int converter: anything with __index__).
bool c_int_arg(Value v, int* out) {
    Value i = number_index(v);
    if (!i) return false;
    int64_t x;
    if (!int_fits_int64(i, &x) || x < INT_MIN || x > INT_MAX) {
        raise(exc::OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = static_cast<int>(x);
    return true;
}

// leaf_size and node_offset: CPython's unsigned long (long) converters,
// which take only ints, not negative, below 2**64 ([overflow] otherwise).
bool uint64_arg(Value v, const char* overflow, uint64_t* out) {
    if (!is_int(v)) {
        raise(exc::TypeError, "an integer is required");
        return false;
    }
    if (int_sign(v) < 0) {
        raise(exc::ValueError, "value must be positive");
        return false;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    bool fits = mpz_sizeinbase(z, 2) <= 64;
    uint64_t r = 0;
    if (fits) mpz_export(&r, nullptr, -1, sizeof r, 0, 0, z); // writes nothing for 0
    mpz_clear(z);
    if (!fits) {
        raise(exc::OverflowError, "%s", overflow);
        return false;
    }
    *out = r;
    return true;
}

// -- The hash objects -----------------------------------------------------------------------

template <typename W> struct Blake2Object : Object { Blake2State<W> state; };

Type Blake2bType, Blake2sType;

template <typename W> Blake2State<W>& state_of(Value v) {
    return static_cast<Blake2Object<W>*>(v.as_ptr())->state;
}

// blake2b(...) / blake2s(...): the types' tp_new. The arguments are
// converted in order, then checked in CPython's order; the data comes last.
template <typename W> Value blake2_new(Type* type, const Value* args, size_t nargs, Value kwnames) {
    using T = Blake2Traits<W>;
    static const NativeSignature sig(T::kName,
                                     "data=, /, *, digest_size=, key=, salt=, person=, fanout=, "
                                     "depth=, leaf_size=, node_offset=, node_depth=, inner_size=, "
                                     "last_node=, usedforsecurity=");
    if (!hash_check_counts(T::kName, nargs, kwnames, sig.size())) return Value();
    Value a[13];
    if (!sig.bind(args, nargs, kwnames, a)) return Value();
    constexpr int kMaxDigest = static_cast<int>(kMaxDigestSize<W>);
    Blake2Params p;
    p.digest_size = kMaxDigest;
    if (a[1] && !c_int_arg(a[1], &p.digest_size)) return Value();
    if (a[2] && !buffer_arg(a[2], &p.key)) return Value();
    if (a[3] && !buffer_arg(a[3], &p.salt)) return Value();
    if (a[4] && !buffer_arg(a[4], &p.person)) return Value();
    if (a[5] && !c_int_arg(a[5], &p.fanout)) return Value();
    if (a[6] && !c_int_arg(a[6], &p.depth)) return Value();
    if (a[7] &&
        !uint64_arg(a[7], "Python int too large to convert to C unsigned long", &p.leaf_size))
        return Value();
    if (a[8] && !uint64_arg(a[8], "int too big to convert", &p.node_offset)) return Value();
    if (a[9] && !c_int_arg(a[9], &p.node_depth)) return Value();
    if (a[10] && !c_int_arg(a[10], &p.inner_size)) return Value();
    if (a[11]) {
        int flag = truthy(a[11]);
        if (flag < 0) return Value();
        p.last_node = flag != 0;
    }
    if (a[12] && truthy(a[12]) < 0) return Value(); // usedforsecurity: accepted, unused

    if (p.digest_size <= 0 || p.digest_size > kMaxDigest)
        return raise(exc::ValueError, "digest_size must be between 1 and %d bytes", kMaxDigest);
    if (p.salt.size() > kSaltSize<W>)
        return raise(exc::ValueError, "maximum salt length is %zu bytes", kSaltSize<W>);
    if (p.person.size() > kSaltSize<W>)
        return raise(exc::ValueError, "maximum person length is %zu bytes", kSaltSize<W>);
    if (p.fanout < 0 || p.fanout > 255)
        return raise(exc::ValueError, "fanout must be between 0 and 255");
    if (p.depth <= 0 || p.depth > 255)
        return raise(exc::ValueError, "depth must be between 1 and 255");
    if (p.leaf_size > 0xffffffffu) return raise(exc::OverflowError, "leaf_size is too large");
    if constexpr (T::kNodeOffsetBytes < 8) { // BLAKE2s: 48 bits
        if (p.node_offset >> (8 * T::kNodeOffsetBytes) != 0)
            return raise(exc::OverflowError, "node_offset is too large");
    }
    if (p.node_depth < 0 || p.node_depth > 255)
        return raise(exc::ValueError, "node_depth must be between 0 and 255");
    if (p.inner_size < 0 || p.inner_size > kMaxDigest)
        return raise(exc::ValueError, "inner_size must be between 0 and is %d", kMaxDigest);
    if (p.key.size() > kMaxDigestSize<W>)
        return raise(exc::ValueError, "maximum key length is %zu bytes", kMaxDigestSize<W>);

    auto* o = gc_new<Blake2Object<W>>(type);
    if (!o) return Value();
    init_state(o->state, p);
    if (a[0]) {
        std::string_view d;
        if (!hash_data_arg(a[0], &d)) return Value();
        update(o->state, reinterpret_cast<const unsigned char*>(d.data()), d.size());
    }
    return Value(o);
}

// The methods check their arity themselves so that the messages name the
// method as CPython does ("blake2b.update() takes exactly one argument (0 given)").
template <typename W> Value h_update(Value self, const Value* args, size_t nargs, Value) {
    if (nargs != 1)
        return raise(exc::TypeError, "%s.update() takes exactly one argument (%zu given)",
                     Blake2Traits<W>::kName, nargs);
    std::string_view d;
    if (!hash_data_arg(args[0], &d)) return Value();
    update(state_of<W>(self), reinterpret_cast<const unsigned char*>(d.data()), d.size());
    return None();
}
template <typename W> Value h_digest(Value self, const Value*, size_t nargs, Value) {
    if (nargs != 0)
        return raise(exc::TypeError, "%s.digest() takes no arguments (%zu given)",
                     Blake2Traits<W>::kName, nargs);
    return make_bytes(finish(state_of<W>(self)));
}
template <typename W> Value h_hexdigest(Value self, const Value*, size_t nargs, Value) {
    if (nargs != 0)
        return raise(exc::TypeError, "%s.hexdigest() takes no arguments (%zu given)",
                     Blake2Traits<W>::kName, nargs);
    return make_str(hex_lower(finish(state_of<W>(self))));
}
template <typename W> Value h_copy(Value self, const Value*, size_t nargs, Value) {
    if (nargs != 0)
        return raise(exc::TypeError, "%s.copy() takes no arguments (%zu given)",
                     Blake2Traits<W>::kName, nargs);
    auto* o = gc_new<Blake2Object<W>>(type_of(self));
    if (!o) return Value();
    o->state = state_of<W>(self);
    return Value(o);
}
template <typename W> Value h_name(Value) {
    return make_str(Blake2Traits<W>::kName);
}
template <typename W> Value h_digest_size(Value self) {
    return Value::small_int(state_of<W>(self).digest_size);
}
template <typename W> Value h_block_size(Value) {
    return Value::small_int(static_cast<int64_t>(kBlockSize<W>));
}

template <typename W> struct Blake2Tables {
    static constexpr NativeMethodDef methods[] = {
        {"update", h_update<W>, 0, nullptr},
        {"digest", h_digest<W>, 0, nullptr},
        {"hexdigest", h_hexdigest<W>, 0, nullptr},
        {"copy", h_copy<W>, 0, nullptr},
        {nullptr, nullptr, 0, nullptr},
    };
    static constexpr GetSetDef getsets[] = {
        {"name", h_name<W>, nullptr, nullptr},
        {"digest_size", h_digest_size<W>, nullptr, nullptr},
        {"block_size", h_block_size<W>, nullptr, nullptr},
        {nullptr, nullptr, nullptr, nullptr},
    };
};

// Readies one of the two types, with its size constants as class attributes.
template <typename W> void init_type(Type* t, const char* name) {
    t->tp_new = blake2_new<W>;
    init_static_type(t, name, &ObjectType, sizeof(Blake2Object<W>), 0);
    add_methods(t, Blake2Tables<W>::methods);
    add_getsets(t, Blake2Tables<W>::getsets);
    add_slot_wrappers(t);
    dict_set_cstr(t->dict, "MAX_DIGEST_SIZE", Value::small_int(kMaxDigestSize<W>));
    dict_set_cstr(t->dict, "MAX_KEY_SIZE", Value::small_int(kMaxDigestSize<W>));
    dict_set_cstr(t->dict, "SALT_SIZE", Value::small_int(kSaltSize<W>));
    dict_set_cstr(t->dict, "PERSON_SIZE", Value::small_int(kSaltSize<W>));
}

void init_types() {
    static bool done = false;
    if (done) return;
    done = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while the types are made.
    bool was = gc_is_enabled();
    gc_set_enabled(false);
    init_type<uint64_t>(&Blake2bType, "_blake2.blake2b");
    init_type<uint32_t>(&Blake2sType, "_blake2.blake2s");
    gc_set_enabled(was);
}

} // namespace

Value init_blake2_module() {
    init_types();
    ModuleObject* m = make_module("_blake2");
    if (!m) return Value();
    if (!dict_set_cstr(m->dict, "blake2b", Value(&Blake2bType)) ||
        !dict_set_cstr(m->dict, "blake2s", Value(&Blake2sType)))
        return Value();
    const struct {
        const char* name;
        size_t value;
    } constants[] = {
        {"BLAKE2B_MAX_DIGEST_SIZE", kMaxDigestSize<uint64_t>},
        {"BLAKE2B_MAX_KEY_SIZE", kMaxDigestSize<uint64_t>},
        {"BLAKE2B_PERSON_SIZE", kSaltSize<uint64_t>},
        {"BLAKE2B_SALT_SIZE", kSaltSize<uint64_t>},
        {"BLAKE2S_MAX_DIGEST_SIZE", kMaxDigestSize<uint32_t>},
        {"BLAKE2S_MAX_KEY_SIZE", kMaxDigestSize<uint32_t>},
        {"BLAKE2S_PERSON_SIZE", kSaltSize<uint32_t>},
        {"BLAKE2S_SALT_SIZE", kSaltSize<uint32_t>},
    };
    for (const auto& c : constants)
        if (!dict_set_cstr(m->dict, c.name, Value::small_int(static_cast<int64_t>(c.value))))
            return Value();
    return Value(m);
}

} // namespace uopy
