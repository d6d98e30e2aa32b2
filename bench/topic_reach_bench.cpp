// The new-topic and reach detectors per post (product defaults): what one matched post
// costs its query. Items are posts.
//
//   build/h/bench/rauch_detect_bench --benchmark_filter='Topic|Reach'
//
// Posts are ~20 tokens: a third stop words, the rest drawn Zipf-like from 20,000 words, a
// mention in every fourth and a hashtag in every fifth post, pre-tokenized (tokenizing is
// ingest's cost, not the detector's). BM_TopicAddPost closes a minute every 100 posts and
// BM_ReachAddPost every 10, so the per-minute work is included, amortised.

#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "detect/reach/reach_detector.h"
#include "detect/topic/topic_detector.h"
#include "text/tokens.h"

namespace rauch::detect {
namespace {

std::vector<text::TokenizedText> make_posts(std::size_t n) {
  std::mt19937 rng(11);
  const char* stop[] = {"der", "die", "und", "ist", "nicht", "the", "and", "mit", "bei", "ich"};
  std::vector<std::string> words;
  for (int i = 0; i < 20000; ++i)
    words.push_back("wort" + std::to_string(i * 7919 % 100003));
  // Zipf(1) over the words by inverse transform on a harmonic table.
  std::vector<double> cdf(words.size());
  double sum = 0;
  for (std::size_t i = 0; i < words.size(); ++i)
    cdf[i] = sum += 1.0 / static_cast<double>(i + 1);
  std::uniform_real_distribution<double> u(0, sum);
  std::vector<text::TokenizedText> posts(n);
  for (std::size_t p = 0; p < n; ++p) {
    std::string s = "Velora";
    for (int t = 0; t < 19; ++t) {
      if (t % 3 == 1) {
        s += std::string(" ") + stop[rng() % 10];
      } else {
        const auto it = std::lower_bound(cdf.begin(), cdf.end(), u(rng));
        s += " " + words[static_cast<std::size_t>(it - cdf.begin())];
      }
    }
    if (p % 4 == 0)
      s += " @someone";
    if (p % 5 == 0)
      s += " #tag" + std::to_string(rng() % 300);
    text::tokenize(s, posts[p]);
  }
  return posts;
}

void BM_TopicAddPost(benchmark::State& state) {
  const auto posts = make_posts(4096);
  auto detector = NewTopicDetector::create(TopicOptions{}).value();
  std::mt19937_64 rng(3);
  std::int64_t i = 0;
  for (auto _ : state) {
    const Timestamp at{(i / 100) * kMillisPerMinute};
    auto r = detector.add_post(at, posts[static_cast<std::size_t>(i) & 4095],
                               TopicPostRef{rng() % 5000, 1, "twitter:t-1234567"});
    benchmark::DoNotOptimize(r);
    if (i % 100 == 99) {
      auto reading = detector.close_minute(at);
      benchmark::DoNotOptimize(reading);
    }
    ++i;
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["memory_bytes"] = static_cast<double>(detector.memory_bytes());
}
BENCHMARK(BM_TopicAddPost);

// One close_minute alone (full candidate list, default options): the per-minute cost.
void BM_TopicCloseMinute(benchmark::State& state) {
  const auto posts = make_posts(4096);
  auto detector = NewTopicDetector::create(TopicOptions{}).value();
  std::int64_t minute = 0;
  for (std::size_t i = 0; i < 200'000; ++i) {
    if (i % 100 == 99)
      (void)detector.close_minute(Timestamp{minute++ * kMillisPerMinute});
    (void)detector.add_post(Timestamp{minute * kMillisPerMinute}, posts[i & 4095],
                            TopicPostRef{i % 5000, 1, "k"});
  }
  for (auto _ : state) {
    auto reading = detector.close_minute(Timestamp{minute++ * kMillisPerMinute});
    benchmark::DoNotOptimize(reading);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_TopicCloseMinute);

void BM_ReachAddPost(benchmark::State& state) {
  auto detector = ReachDetector::create(ReachOptions{}).value();
  std::mt19937_64 rng(5);
  std::lognormal_distribution<double> followers(6, 2);
  std::vector<std::int64_t> f(4096);
  for (auto& x : f)
    x = static_cast<std::int64_t>(followers(rng));
  std::int64_t i = 0;
  for (auto _ : state) {
    const Timestamp at{(i / 10) * kMillisPerMinute};
    const std::uint64_t author = rng() % 5000;
    auto r = detector.add_post(at, author, "someone", f[author & 4095], i % 4 == 0,
                               "twitter:t-1234567");
    benchmark::DoNotOptimize(r);
    if (i % 10 == 9) {
      auto reading = detector.close_minute(at);
      benchmark::DoNotOptimize(reading);
    }
    ++i;
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["memory_bytes"] = static_cast<double>(detector.memory_bytes());
}
BENCHMARK(BM_ReachAddPost);

}  // namespace
}  // namespace rauch::detect
