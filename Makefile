# The front door: `make demo` and `make test` are the two commands of README.md.
# CMake + Ninja do the building; this file only names the jobs.

BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= 2
CMAKE_FLAGS ?=

.PHONY: all build demo test test-unit test-python test-generator test-asan check-generated \
        regen regen-unicode format clean deps bench profile fuzz fuzz-build reliability reliability-smoke

all: build

deps:
	@tools/install-deps

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD) -j $(JOBS)

# Builds Release and runs the bundled example.
demo: build
	$(BUILD)/uopy examples/demo.py

# The whole suite: generator, unit tests, Python programs (every tier).
test: build check-generated test-generator test-unit test-python

test-generator:
	python3 -m unittest discover -s tests/generator -q

test-unit: build
	@if [ -x $(BUILD)/uopy_unit_tests ]; then $(BUILD)/uopy_unit_tests --gtest_brief=1; fi

test-python: build
	python3 tests/run_python_tests.py --uopy $(BUILD)/uopy --known-failures tests/known_failures.txt

# The same suite on an ASan+UBSan build (debug info, optimized), with tier 2
# in its stress mode (every loop traced at its first back-edge; `make test`
# runs the usual tier-2 threshold), then the GC-stress subset. Any
# undefined behaviour aborts the program, so the runner reports it as a crash.
# The collector scans stacks conservatively, so ASan's fake stacks stay off.
ASAN_ENV = ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=0:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# The same suite on an ASan+UBSan build (debug info, optimized).
$(ASAN_BUILD)/build.ninja:
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DUOPY_SANITIZE=ON

test-asan: deps $(ASAN_BUILD)/build.ninja
	ninja -C $(ASAN_BUILD) -j $(JOBS)
	@if [ -x $(ASAN_BUILD)/uopy_unit_tests ]; then $(ASAN_ENV) $(ASAN_BUILD)/uopy_unit_tests --gtest_brief=1; fi
	$(ASAN_ENV) UOPY_ASAN=1 python3 tests/run_python_tests.py --uopy $(ASAN_BUILD)/uopy --known-failures tests/known_failures.txt --tiers tier1,tier2-stress
	$(ASAN_ENV) UOPY_ASAN=1 python3 tests/run_python_tests.py --uopy $(ASAN_BUILD)/uopy --known-failures tests/known_failures.txt --gc-stress

# libFuzzer targets (fuzz/; clang, ASan+UBSan): make fuzz TARGET=exec SECONDS=60.
# TARGET: tokenizer, parser, compiler, code_cache, exec, exec_tier2 or all.
# Findings go to build-fuzz/artifacts/TARGET/; the corpus grows in
# build-fuzz/corpus/TARGET.
FUZZ_BUILD ?= build-fuzz
TARGET     ?= exec
SECONDS    ?= 60
FUZZ_TARGETS = $(if $(filter all,$(TARGET)),fuzz_tokenizer fuzz_parser fuzz_compiler fuzz_code_cache fuzz_exec fuzz_exec_tier2,fuzz_$(TARGET))

$(FUZZ_BUILD)/build.ninja:
	CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DUOPY_FUZZ=ON -DUOPY_BUILD_TESTS=OFF

fuzz-build: $(FUZZ_BUILD)/build.ninja
	@tools/install-deps fuzz
	ninja -C $(FUZZ_BUILD) -j $(JOBS) $(FUZZ_TARGETS)

fuzz: fuzz-build
	python3 tools/fuzz --target $(TARGET) --seconds $(SECONDS)

# Generated programs across tiers (tools/progen) and every fuzz target, in
# one time budget: make reliability BUDGET=1800. Ends with the summary line.
BUDGET ?= 120
reliability: build
	$(MAKE) fuzz-build TARGET=all
	python3 tools/reliability --budget $(BUDGET)

# CI's two-minute smoke of it: progen, then the frontend fuzzers (they build
# in seconds; the whole-program ones need the runtime built with clang).
# progen starts at seed 0 here so that CI is reproducible (seeds 0-2199 are
# clean); new divergences are for the long runs, which start from the clock.
reliability-smoke: build
	$(MAKE) fuzz-build TARGET=tokenizer
	$(MAKE) fuzz-build TARGET=parser
	$(MAKE) fuzz-build TARGET=compiler
	$(MAKE) fuzz-build TARGET=code_cache
	python3 tools/reliability --budget 120 --progen-share 0.5 --start-seed 0 --targets tokenizer,parser,compiler,code_cache --seed-limit 400

# uopy (each tier) vs CPython 3.11 vs PyPy, interleaved: bench/results/latest.{md,svg,png}.
# QUICK=1 for the everyday few-minute run; ONLY="nbody fib" for a subset.
bench: build
	@tools/install-deps bench
	python3 tools/bench $(if $(QUICK),--quick) $(ONLY)

# perf (or callgrind) profile of one benchmark: make profile BENCH=nbody
profile: build
	python3 tools/profile $(BENCH)

# Fails when regenerating from src/vm/bytecodes.def would change a checked-in file.
check-generated:
	python3 tools/cases/generate_all.py --check

regen:
	python3 tools/cases/generate_all.py

# The Unicode tables come from the behaviour of Debian's CPython 3.11
# (Unicode 14.0); only needed when moving to another Unicode version.
regen-unicode:
	/usr/bin/python3.11 tools/gen_unicode_db.py > src/objects/unicode_db.inc
	/usr/bin/python3.11 tools/gen_unicode_ucd.py > src/objects/unicode_ucd.inc
	/usr/bin/python3.11 tools/gen_unicode_names.py > src/objects/unicode_names.inc

format:
	clang-format -i $$(find src tests/unit -name '*.cpp' -o -name '*.h' | grep -v /generated/)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
