# `rauch_analysis_bench`: the full text analysis per post, with the node vader-sentiment
# baseline (make bench-analysis).
add_executable(rauch_analysis_bench analysis_bench.cpp bench_support.cpp)
target_link_libraries(rauch_analysis_bench PRIVATE
  rauch_text_analysis rauch_generate nlohmann_json::nlohmann_json fmt::fmt rauch_warnings)
target_compile_definitions(rauch_analysis_bench PRIVATE RAUCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
