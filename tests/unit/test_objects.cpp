// Unit tests for the object layer: the small-int/GMP boundary and dicts.
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/startup.h"

#include "test_support.h"

#include <gtest/gtest.h>

using namespace uopy;

namespace {
using uopy::testing::ensure_runtime;
std::string text(Value v) {
    return std::string(str_view(repr(v)));
}
} // namespace

TEST(Int, SmallToBigAndBack) {
    ensure_runtime();
    Value max = Value::small_int(Value::kSmallMax);
    Value one = Value::small_int(1);
    Value big = int_add(max, one);
    ASSERT_FALSE(big.is_int()); // crossed into GMP
    EXPECT_EQ(text(big), "4611686018427387904");
    Value back = int_sub(big, one);
    EXPECT_TRUE(back.is_int()); // normalized to the inline form
    EXPECT_EQ(back.as_int(), Value::kSmallMax);
}

TEST(Int, FloorSemanticsOnNegatives) {
    ensure_runtime();
    EXPECT_EQ(int_floordiv(make_int(-7), make_int(2)).as_int(), -4);
    EXPECT_EQ(int_mod(make_int(-7), make_int(2)).as_int(), 1);
    EXPECT_EQ(int_mod(make_int(7), make_int(-2)).as_int(), -1);
    // Expected values from CPython: (-(2**63-1)**2)//10
    Value huge = int_mul(make_int(INT64_MAX), make_int(INT64_MAX));
    EXPECT_EQ(text(int_floordiv(int_neg(huge), make_int(10))),
              "-8507059173023461584739690778423250125");
}

TEST(Int, HashMatchesCPython) {
    ensure_runtime();
    EXPECT_EQ(int_hash(make_int(-1)), -2);
    EXPECT_EQ(int_hash(make_int(12345)), 12345);
    // 2**61 - 1 hashes to 0; 2**64 to 8 (2**64 mod (2**61 - 1)).
    Value p = int_sub(int_mul(make_int(int64_t(1) << 31), make_int(int64_t(1) << 30)), make_int(1));
    EXPECT_EQ(int_hash(p), 0);
    Value two64 = int_mul(make_int(int64_t(1) << 32), make_int(int64_t(1) << 32));
    EXPECT_EQ(int_hash(two64), 8);
}

TEST(Dict, InsertionOrderDeleteAndReinsert) {
    ensure_runtime();
    Dict* d = make_dict();
    for (int i = 0; i < 100; i++)
        ASSERT_TRUE(dict_set(d, make_int(i), make_int(i * i)));
    for (int i = 0; i < 100; i += 2)
        ASSERT_EQ(dict_del(d, make_int(i)), 1);
    ASSERT_TRUE(dict_set(d, make_int(0), make_int(-1)));
    EXPECT_EQ(dict_size(d), 51u);
    size_t pos = 0;
    Value k, v;
    ASSERT_TRUE(dict_next(d, &pos, &k, &v));
    EXPECT_EQ(k.as_int(), 1); // oldest surviving key first
    Value last;
    while (dict_next(d, &pos, &k, &v))
        last = k;
    EXPECT_EQ(last.as_int(), 0); // the re-inserted key comes last
    EXPECT_EQ(dict_get(d, make_int(99)).as_int(), 99 * 99);
    EXPECT_TRUE(dict_get(d, make_int(98)).is_null());
}

TEST(Dict, KeysVersionChangesWithKeys) {
    ensure_runtime();
    Dict* d = make_dict();
    dict_set(d, intern("a"), make_int(1));
    uint32_t v1 = dict_keys_version(d);
    dict_set(d, intern("a"), make_int(2)); // same keys: same version
    EXPECT_EQ(dict_keys_version(d), v1);
    dict_set(d, intern("b"), make_int(3));
    EXPECT_NE(dict_keys_version(d), v1);
    EXPECT_EQ(dict_get_str(d, intern("a")).as_int(), 2);
}
