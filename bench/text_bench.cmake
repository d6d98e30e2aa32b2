# `rauch_text_bench`: tokenization throughput (posts/s, MB/s) on German and English
# social posts and on pure ASCII.
add_executable(rauch_text_bench text_bench.cpp)
target_link_libraries(rauch_text_bench PRIVATE rauch_text benchmark::benchmark_main rauch_warnings)
