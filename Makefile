# The two Quick start commands of README.md. Both install what is missing first
# (scripts/setup, as root on Debian 12), then build with CMake.
#   make demo   build, generate the demo scenarios and ingest them
#   make test   build and run every test (CTest), a short benchmark smoke run, and every
#               test again under AddressSanitizer + UBSan and under ThreadSanitizer
# Other targets: make build, make bench, make asan / make tsan (one sanitizer run), make clean.

JOBS ?= 2
BUILD := build/release
ASAN_BUILD := build/asan
TSAN_BUILD := build/tsan
CMAKE_FLAGS := -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRAUCH_WERROR=ON

.PHONY: setup build demo test asan tsan bench clean

setup:
	bash scripts/setup

build: setup
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(BUILD)/rauchmelder demo

test: build
	$(BUILD)/bench/rauch_bench --benchmark_min_time=0.01
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

clean:
	rm -rf build
