# The two Quick start commands of README.md. Both install what is missing first
# (scripts/setup, as root on Debian 12), then build with CMake.
#   make demo   build, generate the demo scenarios and ingest them
#   make test   build and run every test (CTest), a short benchmark smoke run, and every
#               test again under AddressSanitizer + UBSan and under ThreadSanitizer
# Other targets: make build, make bench (ingest), make bench-match (the matcher table),
# make bench-analysis (full text analysis, with node's vader-sentiment for comparison),
# make bench-detect (crisis detection against matching, per post), make bench-serve (the
# HTTP API under wrk: batch ingest and the list endpoints), make soak-serve (10 minutes of
# steady ingest and reads; the server's memory every 30 s),
# make asan / make tsan (one sanitizer run), make fuzz (the query parser under libFuzzer,
# FUZZ_SECONDS=60 by default), make clean.

JOBS ?= 2
BUILD := build/release
ASAN_BUILD := build/asan
TSAN_BUILD := build/tsan
CMAKE_FLAGS := -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRAUCH_WERROR=ON

.PHONY: setup build demo test asan tsan bench bench-match bench-detect bench-serve soak-serve bench-analysis fuzz clean

FUZZ_SECONDS ?= 60

setup:
	bash scripts/setup

build: setup
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)

# The demo ends with the server running on http://127.0.0.1:8080 (Ctrl-C stops it).
demo: build
	$(BUILD)/rauchmelder demo
	$(BUILD)/rauchmelder serve --db rauchmelder-demo/rauchmelder.db

test: build
	$(BUILD)/bench/rauch_bench --benchmark_min_time=0.01
	$(BUILD)/bench/rauch_match_bench --posts 5000 --queries 100,1000
	$(MAKE) asan
	$(MAKE) tsan
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

asan: setup
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DRAUCH_WERROR=ON \
	  -DRAUCH_SANITIZE=address,undefined -DRAUCH_BUILD_BENCHMARKS=OFF
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS)

tsan: setup
	cmake -S . -B $(TSAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRAUCH_WERROR=ON \
	  -DRAUCH_SANITIZE=thread -DRAUCH_BUILD_BENCHMARKS=OFF
	cmake --build $(TSAN_BUILD) -j $(JOBS)
	cd $(TSAN_BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	$(BUILD)/rauchmelder bench ingest --posts 1000000

bench-match: build
	$(BUILD)/bench/rauch_match_bench --posts 1000000 --queries 100,1000,10000,100000

bench-detect: build
	$(BUILD)/bench/rauch_detection_cost_bench

bench-serve: build
	bench/serve/load.sh $(BUILD)/rauchmelder 20

soak-serve: build
	bench/serve/soak.sh $(BUILD)/rauchmelder 600

bench-analysis: build
	$(BUILD)/bench/rauch_analysis_bench --posts 200000

fuzz: setup
	bash tests/fuzz/build.sh run $(FUZZ_SECONDS)

clean:
	rm -rf build
