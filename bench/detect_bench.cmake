# `rauch_detect_bench`: the volume-burst detector's cost per bucket (items = buckets), the
# new-topic and reach detectors' cost per post (items = posts).
add_executable(rauch_detect_bench detect_bench.cpp topic_reach_bench.cpp)
target_link_libraries(rauch_detect_bench PRIVATE
  rauch_detect_volume rauch_detect_topic rauch_detect_reach rauch_text
  benchmark::benchmark_main rauch_warnings)
