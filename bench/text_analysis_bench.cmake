# `rauch_text_analysis_bench`: PII, link and language analysis throughput (posts/s) on
# short German and English posts (docs/text-analysis.md).
add_executable(rauch_text_analysis_bench text_analysis_bench.cpp)
target_link_libraries(rauch_text_analysis_bench PRIVATE
  rauch_text_pii rauch_text_domains rauch_text_language benchmark::benchmark_main
  rauch_warnings)
