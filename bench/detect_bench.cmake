# `rauch_detect_bench`: the volume-burst detector's cost per bucket (items = buckets).
add_executable(rauch_detect_bench detect_bench.cpp)
target_link_libraries(rauch_detect_bench PRIVATE
  rauch_detect_volume benchmark::benchmark_main rauch_warnings)
