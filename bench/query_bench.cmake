# `rauch_match_bench`: the matcher table of docs/query-language.md ("Speed").
add_executable(rauch_match_bench match_bench.cpp brand_queries.cpp bench_support.cpp)
target_link_libraries(rauch_match_bench PRIVATE
  rauch_query rauch_query_reference rauch_generate fmt::fmt rauch_warnings)
