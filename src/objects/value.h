// Value: the one-word representation of every Python value in uopy.
// Everything above the object layer (VM stacks, locals, containers, the
// optimizer's traces) holds Values. CPython counterpart: PyObject* plus the
// tagged _PyStackRef of 3.14.
//
// Representation (64 bits):
//
//   ...............................................1   small int: value << 1 | 1
//   ..............................................000  pointer to a heap Object
//   0000000000000000000000000000000000000000000000000  null: "no value"
//
// A null Value is never a Python object: functions return it to say "an
// exception is set" (or, for iterators, "exhausted" with no exception set).
// Small ints cover [-2^62, 2^62); anything wider is a heap BigInt. The
// invariant "a BigInt never holds a value that fits a small int" makes
// int equality on two tagged words a single compare.
// Floats are heap objects: unboxing them inside traces is the optimizer's job.
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
    explicit constexpr Value(Object* o) : bits_(reinterpret_cast<uint64_t>(o)) {}

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
    constexpr bool is_ptr() const { return bits_ != 0 && (bits_ & 1) == 0; }
    constexpr int64_t as_int() const { return static_cast<int64_t>(bits_) >> 1; }
    Object* as_ptr() const { return reinterpret_cast<Object*>(bits_); }
    constexpr uint64_t raw() const { return bits_; }

    explicit constexpr operator bool() const { return bits_ != 0; }
    // Identity (Python's `is`), not equality.
    constexpr bool operator==(const Value& o) const { return bits_ == o.bits_; }
    constexpr bool operator!=(const Value& o) const { return bits_ != o.bits_; }

  private:
    uint64_t bits_;
};

static_assert(sizeof(Value) == 8, "a Value is one machine word");

} // namespace uopy
