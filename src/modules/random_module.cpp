// The `_random` module: _random.Random, the Mersenne Twister (MT19937)
// generator that random.Random subclasses. random.py builds everything
// else (randint, choice, shuffle, gauss, ...) in Python on top of
// random() and getrandbits(), so matching CPython's sequences only needs
// this core to match: the generator, how seed() turns a value into the
// initial state, how random() makes a float from two words, and how
// getrandbits() assembles an int. CPython counterpart: Modules/_randommodule.c.
//
// The generator follows Matsumoto and Nishimura's published MT19937
// (1998) with its 2002 initialization: init_genrand seeds from one word,
// init_by_array from a key of words. The state (624 words and the position
// in them) lives inline in the object, so the type has nothing to trace.
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/slots.h"
#include "runtime/type.h"

#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <vector>

namespace uopy {

// Everything but the module's init function is private to this file.
namespace {

static Type RandomType;

// -- MT19937 ----------------------------------------------------------------------------------

constexpr int kN = 624; // words of state
constexpr int kM = 397; // the middle word each new word mixes in
constexpr uint32_t kMatrixA = 0x9908b0dfu;
constexpr uint32_t kUpperMask = 0x80000000u; // the top bit of a word
constexpr uint32_t kLowerMask = 0x7fffffffu; // the other 31

struct RandomObject : Object {
    int index; // the next word of [state] to hand out; kN: generate a new block first
    uint32_t state[kN];
};

static RandomObject* R(Value v) {
    return static_cast<RandomObject*>(v.as_ptr());
}

// The twist: the next word from the upper bit of [a], the lower 31 bits
// of [b], and the word kM further on ([m]).
static inline uint32_t twist(uint32_t m, uint32_t a, uint32_t b) {
    uint32_t y = (a & kUpperMask) | (b & kLowerMask);
    return m ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
}

// The next 32 random bits.
static uint32_t genrand_uint32(RandomObject* r) {
    uint32_t* mt = r->state;
    if (r->index >= kN) {
        // Replace the whole block of kN words at once.
        int k = 0;
        for (; k < kN - kM; k++)
            mt[k] = twist(mt[k + kM], mt[k], mt[k + 1]);
        for (; k < kN - 1; k++)
            mt[k] = twist(mt[k + kM - kN], mt[k], mt[k + 1]);
        mt[kN - 1] = twist(mt[kM - 1], mt[kN - 1], mt[0]);
        r->index = 0;
    }
    // Tempering spreads the state's bits over the output word.
    uint32_t y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

// The state from a single word (a linear congruential fill).
static void init_genrand(RandomObject* r, uint32_t seed) {
    uint32_t* mt = r->state;
    mt[0] = seed;
    for (int i = 1; i < kN; i++)
        mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
    r->index = kN;
}

// The state from a key of [len] words (len >= 1): every word of the key
// affects every word of the state.
static void init_by_array(RandomObject* r, const uint32_t* key, size_t len) {
    uint32_t* mt = r->state;
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = kN > len ? kN : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] +
                static_cast<uint32_t>(j);
        i++;
        j++;
        if (i >= static_cast<size_t>(kN)) {
            mt[0] = mt[kN - 1];
            i = 1;
        }
        if (j >= len) j = 0;
    }
    for (size_t k = kN - 1; k; k--) {
        mt[i] =
            (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
        i++;
        if (i >= static_cast<size_t>(kN)) {
            mt[0] = mt[kN - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u; // the most significant bit is set: the state is never all zero
}

// -- Seeding ----------------------------------------------------------------------------------

// Fills [n] bytes from the kernel's generator; false if it cannot.
static bool os_random_bytes(void* buf, size_t n) {
    char* p = static_cast<char*>(buf);
    size_t got = 0;
    while (got < n) {
        ssize_t r = ::getrandom(p + got, n - got, GRND_NONBLOCK);
        if (r < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        got += static_cast<size_t>(r);
    }
    return true;
}

// seed(None): a full state's worth of system entropy, or failing that the
// time and the process id.
static void seed_from_entropy(RandomObject* r) {
    uint32_t key[kN];
    if (os_random_bytes(key, sizeof key)) {
        init_by_array(r, key, kN);
        return;
    }
    timespec now, mono;
    clock_gettime(CLOCK_REALTIME, &now);
    clock_gettime(CLOCK_MONOTONIC, &mono);
    uint64_t t =
        static_cast<uint64_t>(now.tv_sec) * 1000000000u + static_cast<uint64_t>(now.tv_nsec);
    uint64_t m =
        static_cast<uint64_t>(mono.tv_sec) * 1000000000u + static_cast<uint64_t>(mono.tv_nsec);
    uint32_t fallback[5] = {static_cast<uint32_t>(t), static_cast<uint32_t>(t >> 32),
                            static_cast<uint32_t>(::getpid()), static_cast<uint32_t>(m),
                            static_cast<uint32_t>(m >> 32)};
    init_by_array(r, fallback, 5);
}

// The key for an unsigned 64-bit seed: its 32-bit words, least
// significant first, as many as it needs (at least one).
static void key_from_u64(uint64_t u, std::vector<uint32_t>& key) {
    key.push_back(static_cast<uint32_t>(u));
    if (u >> 32) key.push_back(static_cast<uint32_t>(u >> 32));
}

// Random.seed(n): None draws from the system; an int (of any size) uses
// its absolute value; anything else its hash (as an unsigned word). The
// number's 32-bit words, least significant first, are the key. (random.py
// turns str, bytes and bytearray seeds into ints itself.)
static bool random_seed(RandomObject* r, Value arg) {
    if (!arg || is_none(arg)) {
        seed_from_entropy(r);
        return true;
    }
    std::vector<uint32_t> key;
    if (is_int(arg)) {
        int64_t x;
        if (int_fits_int64(arg, &x)) {
            key_from_u64(x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x), key);
        } else {
            mpz_t z;
            mpz_init(z);
            int_to_mpz(arg, z);
            mpz_abs(z, z);
            key.assign((mpz_sizeinbase(z, 2) + 31) / 32, 0u);
            size_t count = 0;
            mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, z);
            mpz_clear(z);
            if (key.empty()) key.push_back(0u);
        }
    } else {
        int64_t h = hash_of(arg);
        if (h == -1 && err_occurred()) return false;
        key_from_u64(static_cast<uint64_t>(h), key);
    }
    init_by_array(r, key.data(), key.size());
    return true;
}

// -- The Random type --------------------------------------------------------------------------

// Random.__new__: an unseeded generator (its __init__ seeds it). Any
// arguments are left to __init__, as PyType_GenericNew does.
static Value random_new(Type* type, const Value*, size_t, Value) {
    auto* r = gc_new<RandomObject>(type, type->basic_size);
    if (!r) return Value();
    r->index = kN;
    return Value(r);
}

// Random.__init__(x=None): seeds from x. Keywords are refused unless a
// subclass has its own __init__.
static int random_init(Value self, const Value* args, size_t nargs, Value kwnames) {
    Type* t = type_of(self);
    if ((t == &RandomType || t->init == random_init) && kwnames && tuple_size(kwnames) > 0) {
        raise(exc::TypeError, "Random() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        raise(exc::TypeError, "Random() requires 0 or 1 argument");
        return -1;
    }
    return random_seed(R(self), nargs == 1 ? args[0] : Value()) ? 0 : -1;
}

// seed(n=None, /)
static Value random_seed_method(Value self, const Value* args, size_t nargs, Value) {
    if (!check_nargs_expected("seed", nargs, 0, 1)) return Value();
    if (!random_seed(R(self), nargs == 1 ? args[0] : Value())) return Value();
    return None();
}

// random(): a float in [0.0, 1.0) with 53 random bits: 27 from one word
// and 26 from the next.
static Value random_random(Value self, const Value*, size_t, Value) {
    RandomObject* r = R(self);
    uint32_t a = genrand_uint32(r) >> 5;
    uint32_t b = genrand_uint32(r) >> 6;
    return make_float((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

// getrandbits(k, /): an int of k random bits. Above 32 bits, one word per
// 32 bits, least significant first; the last word keeps its top bits.
static Value random_getrandbits(Value self, const Value* args, size_t, Value) {
    Value iv = number_index(args[0]);
    if (!iv) return iv;
    int64_t k64;
    if (!int_fits_int64(iv, &k64) || k64 > INT32_MAX || k64 < INT32_MIN)
        return raise(exc::OverflowError, "Python int too large to convert to C int");
    int k = static_cast<int>(k64);
    if (k < 0) return raise(exc::ValueError, "number of bits must be non-negative");
    if (k == 0) return Value::small_int(0);
    RandomObject* r = R(self);
    if (k <= 32) return make_int(genrand_uint32(r) >> (32 - k));
    size_t words = static_cast<size_t>(k - 1) / 32 + 1;
    std::vector<uint32_t> w(words);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t word = genrand_uint32(r);
        if (k < 32) word >>= 32 - k; // drop the least significant bits
        w[i] = word;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w.data());
    return make_int_steal_mpz(z);
}

// getstate(): the 624 state words and the position, as a tuple of 625 ints.
static Value random_getstate(Value self, const Value*, size_t, Value) {
    RandomObject* r = R(self);
    Value t = make_tuple(kN + 1);
    if (!t) return t;
    for (int i = 0; i < kN; i++)
        tuple_items(t)[i] = make_int(r->state[i]);
    tuple_items(t)[kN] = make_int(r->index);
    return t;
}

// A state word as PyLong_AsUnsignedLong reads it, cut to 32 bits.
static bool state_word(Value v, uint32_t* out) {
    if (!is_int(v)) {
        raise(exc::TypeError, "an integer is required");
        return false;
    }
    if (int_sign(v) < 0) {
        raise(exc::OverflowError, "can't convert negative value to unsigned int");
        return false;
    }
    int64_t x;
    if (int_fits_int64(v, &x)) {
        *out = static_cast<uint32_t>(x);
        return true;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    bool fits = mpz_sizeinbase(z, 2) <= 64;
    uint32_t low = static_cast<uint32_t>(mpz_get_ui(z));
    mpz_clear(z);
    if (!fits) {
        raise(exc::OverflowError, "Python int too large to convert to C unsigned long");
        return false;
    }
    *out = low;
    return true;
}

// setstate(state, /): a tuple as getstate() makes; nothing changes unless
// all of it is valid.
static Value random_setstate(Value self, const Value* args, size_t, Value) {
    Value st = args[0];
    if (!is_tuple(st)) return raise(exc::TypeError, "state vector must be a tuple");
    if (tuple_size(st) != static_cast<size_t>(kN + 1))
        return raise(exc::ValueError, "state vector is the wrong size");
    uint32_t words[kN];
    for (int i = 0; i < kN; i++)
        if (!state_word(tuple_get(st, i), &words[i])) return Value();
    Value iv = number_index(tuple_get(st, kN));
    if (!iv) return iv;
    int64_t index;
    if (!int_fits_int64(iv, &index))
        return raise(exc::OverflowError, "Python int too large to convert to C long");
    if (index < 0 || index > kN) return raise(exc::ValueError, "invalid state");
    RandomObject* r = R(self);
    for (int i = 0; i < kN; i++)
        r->state[i] = words[i];
    r->index = static_cast<int>(index);
    return None();
}

static const NativeMethodDef random_methods[] = {
    {"seed", random_seed_method, 0,
     "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the "
     "current time and the process identifier."},
    {"random", random_random, NATIVE_NOARGS, "random() -> x in the interval [0, 1)."},
    {"getstate", random_getstate, NATIVE_NOARGS,
     "getstate() -> tuple containing the current state."},
    {"setstate", random_setstate, NATIVE_O, "setstate(state) -> None.  Restores generator state."},
    {"getrandbits", random_getrandbits, NATIVE_O,
     "getrandbits(k) -> x.  Generates an int with k random bits."},
    {nullptr, nullptr, 0, nullptr},
};

static void init_random_type() {
    static bool ready = false;
    if (ready) return;
    ready = true;
    // A static type's fields become roots only once init_static_type has
    // registered it, so no collection may run while it is made.
    bool was_enabled = gc_is_enabled();
    gc_set_enabled(false);
    RandomType.tp_new = random_new;
    RandomType.init = random_init;
    init_static_type(&RandomType, "_random.Random", &ObjectType, sizeof(RandomObject),
                     TYPE_BASETYPE);
    add_methods(&RandomType, random_methods);
    add_slot_wrappers(&RandomType);
    add_builtin_new_wrapper(&RandomType);
    dict_set_cstr(RandomType.dict, "__doc__",
                  make_str("Random() -> create a random number generator with its own "
                           "internal state."));
    gc_set_enabled(was_enabled);
}

} // namespace

Value init_random_module() {
    init_random_type();
    ModuleObject* m = make_module("_random");
    if (!m) return Value();
    if (!dict_set_cstr(m->dict, "Random", Value(&RandomType))) return Value();
    return Value(m);
}

} // namespace uopy
