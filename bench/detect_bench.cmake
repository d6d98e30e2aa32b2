# `rauch_detect_bench`: the volume-burst detector's cost per bucket (items = buckets), the
# new-topic and reach detectors' cost per post (items = posts).
add_executable(rauch_detect_bench detect_bench.cpp topic_reach_bench.cpp)
target_link_libraries(rauch_detect_bench PRIVATE
  rauch_detect_volume rauch_detect_topic rauch_detect_reach rauch_text
  benchmark::benchmark_main rauch_warnings)
# `rauch_detection_cost_bench`: detection (DetectionEngine) against matching per post on the
# analyzed demo stream, with 5, 100 and 1,000 saved queries (docs/detection.md, "Cost and
# memory").
add_executable(rauch_detection_cost_bench detection_cost_bench.cpp brand_queries.cpp)
target_link_libraries(rauch_detection_cost_bench PRIVATE
  rauch_app rauch_detect_engine rauch_query rauch_text_analysis rauch_generate fmt::fmt
  benchmark::benchmark_main rauch_warnings)
