# `rauch_intent_bench`: intent classification and insult detection (posts/s) on tokenized
# German and English posts.
add_executable(rauch_intent_bench intent_bench.cpp)
target_link_libraries(rauch_intent_bench PRIVATE
  rauch_text_intent rauch_text_insult benchmark::benchmark_main rauch_warnings)
