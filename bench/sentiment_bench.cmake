# `rauch_sentiment_bench`: sentiment (rules + learned model) on tokenized German and
# English posts, posts/s on one core.
add_executable(rauch_sentiment_bench sentiment_bench.cpp)
target_link_libraries(rauch_sentiment_bench PRIVATE
  rauch_text_sentiment rauch_text benchmark::benchmark_main rauch_warnings)
