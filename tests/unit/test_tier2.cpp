// Tier 2's building blocks on their own: the dependency bloom filter and the
// remove_unneeded_uops pass on hand-made traces. (Projection, executors and
// invalidation are tested end to end by tests/python/tier2/.)
#include "optimizer/executor.h"
#include "optimizer/trace.h"
#include "vm/generated/uop_ids.h"
#include "vm/generated/uop_metadata.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace uopy;
using namespace uopy::vm;

namespace {

TEST(Tier2Bloom, HoldsWhatWasAdded) {
    BloomFilter bloom{};
    std::vector<uint64_t> keys;
    for (uint64_t v = 1; v <= 10; v++)
        keys.push_back(dependency_key(DependencyKind::TypeVersion, v));
    for (uint64_t k : keys)
        bloom_add(&bloom, k);
    for (uint64_t k : keys)
        EXPECT_TRUE(bloom_may_contain(&bloom, k));
}

TEST(Tier2Bloom, FewFalsePositives) {
    // Ten dependencies, as a typical trace has: CPython quotes a false
    // positive rate of about 1.6e-4 for its identical filter.
    BloomFilter bloom{};
    for (uint64_t v = 1; v <= 10; v++)
        bloom_add(&bloom, dependency_key(DependencyKind::FunctionVersion, v));
    int hits = 0;
    for (uint64_t v = 1000; v < 101000; v++)
        hits += bloom_may_contain(&bloom, dependency_key(DependencyKind::FunctionVersion, v));
    EXPECT_LT(hits, 200); // 100000 probes
}

TEST(Tier2Bloom, KindsDoNotCollide) {
    // The same number as a type version and as a function version are
    // different dependencies.
    EXPECT_NE(dependency_key(DependencyKind::TypeVersion, 7),
              dependency_key(DependencyKind::FunctionVersion, 7));
    EXPECT_NE(dependency_key(DependencyKind::DictKeysVersion, 7),
              dependency_key(DependencyKind::TypeVersion, 7));
    BloomFilter bloom{};
    bloom_add(&bloom, dependency_key(DependencyKind::TypeVersion, 7));
    EXPECT_FALSE(bloom_may_contain(&bloom, dependency_key(DependencyKind::FunctionVersion, 7)) &&
                 bloom_may_contain(&bloom, dependency_key(DependencyKind::DictKeysVersion, 7)));
}

std::vector<std::string> names(const TraceBuffer& t) {
    std::vector<std::string> out;
    for (const UopInstruction& u : t.uops)
        out.push_back(uop_names[u.opcode]);
    return out;
}

// The per-instruction prologue the projector writes.
void instruction(TraceBuffer& t, uint32_t target, std::initializer_list<uint16_t> uops) {
    t.emit(_CHECK_VALIDITY, 0, 0, target);
    t.emit(_SET_IP, 0, 0x1000 + target, target);
    for (uint16_t u : uops)
        t.emit(u, 0, 0, target);
}

TEST(Tier2Passes, DropsSetIpAndValidityWhereNothingEscapes) {
    ASSERT_FALSE(uop_flags[_LOAD_FAST] & HAS_ESCAPES_FLAG);
    ASSERT_FALSE(uop_flags[_BINARY_OP_ADD_INT] & HAS_ESCAPES_FLAG);
    TraceBuffer t;
    t.emit(_START_EXECUTOR, 0, 0, 0);
    instruction(t, 2, {_LOAD_FAST});
    instruction(t, 3, {_LOAD_FAST});
    instruction(t, 4, {_GUARD_TOS_INT, _GUARD_NOS_INT, _BINARY_OP_ADD_INT});
    instruction(t, 10, {_STORE_FAST});
    t.emit(_JUMP_TO_TOP, 0, 0, 10);
    remove_unneeded_uops(t);
    EXPECT_EQ(names(t),
              (std::vector<std::string>{"_START_EXECUTOR", "_LOAD_FAST", "_LOAD_FAST",
                                        "_GUARD_TOS_INT", "_GUARD_NOS_INT", "_BINARY_OP_ADD_INT",
                                        "_STORE_FAST", "_JUMP_TO_TOP"}));
}

TEST(Tier2Passes, KeepsSetIpBeforeEscapesAndValidityAfter) {
    ASSERT_TRUE(uop_flags[_BINARY_OP] & HAS_ESCAPES_FLAG);
    TraceBuffer t;
    t.emit(_START_EXECUTOR, 0, 0, 0);
    instruction(t, 2, {_LOAD_FAST});
    instruction(t, 3, {_LOAD_FAST});
    instruction(t, 4, {_BINARY_OP}); // may run __add__: needs the IP
    instruction(t, 10, {_STORE_FAST});
    t.emit(_JUMP_TO_TOP, 0, 0, 10);
    remove_unneeded_uops(t);
    EXPECT_EQ(names(t), (std::vector<std::string>{"_START_EXECUTOR", "_LOAD_FAST", "_LOAD_FAST",
                                                  "_SET_IP", "_BINARY_OP", "_CHECK_VALIDITY",
                                                  "_STORE_FAST", "_JUMP_TO_TOP"}));
    // The _SET_IP kept is the escaping instruction's own.
    EXPECT_EQ(t.uops[3].operand0, 0x1000u + 4);
}

TEST(Tier2Passes, KeepsSetIpBeforePushFrame) {
    TraceBuffer t;
    t.emit(_START_EXECUTOR, 0, 0, 0);
    instruction(t, 5, {_CHECK_FUNCTION_VERSION, _SAVE_RETURN_OFFSET, _PUSH_FRAME});
    instruction(t, 0, {_LOAD_FAST});
    t.emit(_EXIT_TRACE, 0, 0, 1);
    remove_unneeded_uops(t);
    EXPECT_EQ(names(t), (std::vector<std::string>{"_START_EXECUTOR", "_SET_IP",
                                                  "_CHECK_FUNCTION_VERSION", "_SAVE_RETURN_OFFSET",
                                                  "_PUSH_FRAME", "_LOAD_FAST", "_EXIT_TRACE"}));
}

TEST(Tier2Passes, CancelsAPushThatIsPopped) {
    TraceBuffer t;
    t.emit(_START_EXECUTOR, 0, 0, 0);
    instruction(t, 2, {_LOAD_FAST});
    instruction(t, 3, {_POP_TOP});
    instruction(t, 4, {_LOAD_SMALL_INT});
    t.emit(_EXIT_TRACE, 0, 0, 5);
    remove_unneeded_uops(t);
    EXPECT_EQ(names(t),
              (std::vector<std::string>{"_START_EXECUTOR", "_LOAD_SMALL_INT", "_EXIT_TRACE"}));
}

TEST(Tier2Passes, StopsAtTheTerminator) {
    // Whatever follows the body's terminator is left alone.
    TraceBuffer t;
    t.emit(_START_EXECUTOR, 0, 0, 0);
    instruction(t, 2, {_LOAD_FAST});
    t.emit(_EXIT_TRACE, 0, 0, 3);
    t.emit(_SET_IP, 0, 0x1003, 3);
    remove_unneeded_uops(t);
    EXPECT_EQ(names(t).back(), "_SET_IP");
}

} // namespace
