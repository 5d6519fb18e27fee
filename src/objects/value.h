// Value: the one-word representation of every Python value in uopy.
// Everything above the object layer (VM stacks, locals, containers, the
// optimizer's traces) holds Values. CPython counterpart: PyObject* plus the
// tagged _PyStackRef of 3.14.
//
// Representation (64 bits):
//
//   ...............................................1   small int: value << 1 | 1
//   ..............................................10   inline float (see below)
//   ..............................................000  pointer to a heap Object
//   0000000000000000000000000000000000000000000000000  null: "no value"
//
// A null Value is never a Python object: functions return it to say "an
// exception is set" (or, for iterators, "exhausted" with no exception set).
// Small ints cover [-2^62, 2^62); anything wider is a heap BigInt. The
// invariant "a BigInt never holds a value that fits a small int" makes
// int equality on two tagged words a single compare.
//
// Inline floats: a double whose binary exponent lies in [-255, 256] (its top
// three exponent bits are 011 or 100, which covers every magnitude between
// about 1.7e-77 and 2.3e77), and +0.0 and -0.0, are stored in the word
// itself, so float arithmetic allocates nothing. The word is the double's
// bits rotated left by 3 (the sign lands in bit 2, the exponent's lowest of
// those three bits in bit 63), with the two redundant exponent bits replaced
// by the tag 10. The word that would encode +-2^-255 encodes +-0.0 instead
// (those two values, and every other double, are heap FloatObjects).
// Float identity is therefore by value for inline floats, as in PyPy.
// docs/architecture.md ("Values") records why.
#pragma once

#include <cstddef>
#include <cstdint>

namespace uopy {

struct Object;

class Value {
  public:
    static constexpr int64_t kSmallMax = (int64_t(1) << 62) - 1;
    static constexpr int64_t kSmallMin = -(int64_t(1) << 62);

    constexpr Value() : bits_(0) {}
    explicit Value(Object* o) : bits_(reinterpret_cast<uint64_t>(o)) {}

    static constexpr Value from_raw(uint64_t bits) {
        Value v;
        v.bits_ = bits;
        return v;
    }
    // [i] must be within [kSmallMin, kSmallMax]; use make_int() otherwise.
    static constexpr Value small_int(int64_t i) {
        return from_raw((static_cast<uint64_t>(i) << 1) | 1);
    }
    static constexpr bool fits_small(int64_t i) { return i >= kSmallMin && i <= kSmallMax; }

    constexpr bool is_null() const { return bits_ == 0; }
    constexpr bool is_int() const { return (bits_ & 1) != 0; }
    constexpr bool is_inline_float() const { return (bits_ & 3) == 2; }
    // Not null, not an int, not an inline float: a heap object (objects are
    // at least 8-byte aligned).
    constexpr bool is_ptr() const { return bits_ != 0 && (bits_ & 3) == 0; }
    constexpr int64_t as_int() const { return static_cast<int64_t>(bits_) >> 1; }
    Object* as_ptr() const { return reinterpret_cast<Object*>(bits_); }
    constexpr uint64_t raw() const { return bits_; }

    // The inline form of [d], or null when [d] must live on the heap.
    static constexpr Value try_inline_float(double d) {
        uint64_t b = __builtin_bit_cast(uint64_t, d);
        if ((b & ~kSignBit) == 0) return from_raw(kZeroWord | ((b >> 61) & 4));
        if (((b >> 60) & 7) - 3 > 1 || (b & ~kSignBit) == kTiniestBits) return Value();
        uint64_t r = (b << 3) | (b >> 61);
        return from_raw((r & ~uint64_t(3)) | 2);
    }
    // [is_inline_float()] must hold.
    constexpr double inline_float() const {
        uint64_t r = (bits_ & ~uint64_t(3)) | (2 - (bits_ >> 63));
        uint64_t b = (r >> 3) | (r << 61);
        if ((bits_ & ~uint64_t(4)) == kZeroWord) b = (bits_ & 4) << 61;
        return __builtin_bit_cast(double, b);
    }

    explicit constexpr operator bool() const { return bits_ != 0; }
    // Identity (Python's `is`), not equality.
    constexpr bool operator==(const Value& o) const { return bits_ == o.bits_; }
    constexpr bool operator!=(const Value& o) const { return bits_ != o.bits_; }

  private:
    static constexpr uint64_t kSignBit = uint64_t(1) << 63;
    // The bits of 2^-255, whose inline word (and its negative's) stands for
    // +0.0 (-0.0): try_inline_float leaves +-2^-255 on the heap.
    static constexpr uint64_t kTiniestBits = uint64_t(0x300) << 52;
    static constexpr uint64_t kZeroWord =
        (((kTiniestBits << 3) | (kTiniestBits >> 61)) & ~uint64_t(3)) | 2;

    uint64_t bits_;
};

static_assert(sizeof(Value) == 8, "a Value is one machine word");

} // namespace uopy
