// Unit tests for the collector: reachability through locals (conservative
// stack scan), through containers (precise tracing), cycles, and bounded
// heap growth under churn.
#include "objects/list.h"
#include "objects/tuple.h"
#include "runtime/gc.h"
#include "runtime/interp.h"
#include "runtime/startup.h"

#include "test_support.h"

#include <gtest/gtest.h>

using namespace uopy;

namespace {

using uopy::testing::ensure_runtime;

// Builds a list in a separate frame so no stale copy of it stays in this one.
__attribute__((noinline)) void churn(int n) {
    for (int i = 0; i < n; i++) {
        Value l = make_list(0);
        list_append(l, make_list(0));
    }
}

} // namespace

TEST(Gc, LocalsSurviveCollection) {
    ensure_runtime();
    Value list = make_list(0);
    for (int i = 0; i < 1000; i++)
        ASSERT_TRUE(list_append(list, Value::small_int(i)));
    gc_collect();
    ASSERT_EQ(list_size(list), 1000u);
    for (int i = 0; i < 1000; i++)
        ASSERT_EQ(list_get(list, i).as_int(), i);
}

TEST(Gc, ContainersKeepChildrenAlive) {
    ensure_runtime();
    Value outer = make_list(0);
    for (int i = 0; i < 100; i++) {
        Value inner = tuple_pack({Value::small_int(i), make_list(0)});
        ASSERT_TRUE(list_append(outer, inner));
    }
    gc_collect();
    gc_collect();
    for (int i = 0; i < 100; i++) {
        Value t = list_get(outer, i);
        ASSERT_EQ(tuple_get(t, 0).as_int(), i);
        ASSERT_TRUE(is_list(tuple_get(t, 1)));
    }
}

TEST(Gc, CyclesAreCollected) {
    ensure_runtime();
    gc_collect();
    size_t before = gc_stats().heap_bytes;
    for (int round = 0; round < 20; round++)
        churn(20000);
    gc_collect();
    // Churn allocates megabytes; the heap must not have kept them.
    EXPECT_LT(gc_stats().heap_bytes, before + 16 * 1024 * 1024);
}

TEST(Gc, ValueVecIsARoot) {
    ensure_runtime();
    ValueVec v;
    for (int i = 0; i < 100; i++)
        v.push_back(make_list(0));
    gc_collect();
    for (int i = 0; i < 100; i++)
        EXPECT_TRUE(is_list(v[i]));
}
