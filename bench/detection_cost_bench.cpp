// What detection costs next to matching, per post, on the same stream (issue: "Detection
// keeps pace with ingestion: its cost per post is below 10% of the matching cost"). The
// demo stream (all scenarios, 28 days, seed 1) is generated and analyzed once with the
// real Analyzer; then each iteration times, over the whole stream in time order:
//   (a) matching as ingest does it (app::BatchMatcher: Document::assign with the
//       analysis labels, Matcher::match, the matched ids), in batches of 256;
//   (b) detection: a fresh DetectionEngine fed every post with its analysis, the ids
//       matched in (a) and the Document's tokens, then flush().
// Args: queries, the number of saved queries: the 5 demo queries (src/app/demo_queries),
// or those plus brand-style queries (bench/brand_queries) up to 100 and 1,000; speedup:
// event times squeezed that many times for (b), as a stream at that multiple of the demo's
// rate (about 1.2 posts a minute). Counters:
// match_ns/post, detect_ns/post, detect/match (the bound is 0.10),
// tokenize_ns/post (ingest's detection feeder tokenizes matched posts once more; not in
// (b)), memory_bytes (DetectionEngine::memory_bytes() after the stream), queries_seen
// (queries that matched a post and so have signals), matches/post, alerts.
//
//   build/h/bench/rauch_detection_cost_bench

#include <time.h>

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "app/demo_queries.h"
#include "app/query_matching.h"
#include "brand_queries.h"
#include "core/assert.h"
#include "detect/engine/detection_engine.h"
#include "generate/generator.h"
#include "query/document.h"
#include "query/syntax/parser.h"
#include "text/analysis/analyzer.h"
#include "text/tokens.h"

namespace rauch {
namespace {

// Thread CPU time: the figures hold on a shared, busy machine too.
struct Clock {
  using time_point = double;
  static double now() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
  }
};
constexpr std::size_t kBatch = 256;  // Posts per ingest batch.

struct Stream {
  std::vector<Post> posts;
  std::vector<PostAnalysis> analyses;
};

const Stream& demo_stream() {
  static const Stream stream = [] {
    Stream s;
    generate::GenerateOptions options;
    options.scenarios = {"all"};
    options.seed = 1;
    options.days = 28;
    auto generated = generate::generate(options, [&](const Post& post) { s.posts.push_back(post); });
    RAUCH_ASSERT(generated.has_value(), "demo stream");
    text::AnalyzerOptions analyzer_options;
    analyzer_options.brand_domains = {"velora.de"};
    auto analyzer = text::Analyzer::create(analyzer_options);
    RAUCH_ASSERT(analyzer.has_value(), "analyzer");
    text::AnalysisScratch scratch;
    s.analyses.resize(s.posts.size());
    for (std::size_t i = 0; i < s.posts.size(); ++i)
      (*analyzer)->analyze(s.posts[i], "", scratch, s.analyses[i]);
    return s;
  }();
  return stream;
}

// A saved query set, its matcher, and what (a) gives detection: the ids each post matched
// and the tokens of the matched posts (the Document's: title, boundary, text).
struct QuerySet {
  std::shared_ptr<const query::Matcher> matcher;
  std::vector<std::vector<std::string>> ids;
  std::vector<text::TokenizedText> tokens;
  double matches = 0;
};

std::shared_ptr<const query::Matcher> compile(std::size_t count, const Stream& stream) {
  std::vector<query::QuerySpec> specs;
  for (const app::DemoQuery& demo : app::demo_queries()) {
    auto root = query::parse(demo.text);
    RAUCH_ASSERT(root.has_value(), "demo query");
    specs.push_back({demo.id, std::move(*root)});
  }
  if (count > specs.size()) {
    for (query::QuerySpec& spec : bench::brand_queries(count - specs.size()))
      specs.push_back(std::move(spec));
  }
  // As ingest: word frequencies sampled from (up to 20,000) posts.
  query::TokenFrequencies frequencies;
  query::Document document;
  for (std::size_t i = 0; i < std::min<std::size_t>(stream.posts.size(), 20'000); ++i) {
    document.assign(stream.posts[i]);
    frequencies.add(document.tokens());
  }
  frequencies.finish();
  query::CompileOptions options;
  options.frequencies = &frequencies;
  auto matcher = query::Matcher::compile(specs, options);
  RAUCH_ASSERT(matcher.has_value(), "query set");
  return std::move(*matcher);
}

const QuerySet& query_set(std::size_t count) {
  static std::map<std::size_t, QuerySet> sets;
  if (auto found = sets.find(count); found != sets.end()) return found->second;
  const Stream& stream = demo_stream();
  QuerySet set;
  set.matcher = compile(count, stream);
  app::BatchMatcher matcher(set.matcher);
  matcher.match(stream.posts, stream.analyses, set.ids);
  set.tokens.resize(stream.posts.size());
  for (std::size_t i = 0; i < stream.posts.size(); ++i) {
    set.matches += static_cast<double>(set.ids[i].size());
    if (set.ids[i].empty()) continue;
    text::tokenize(stream.posts[i].title, set.tokens[i]);
    text::append_boundary(set.tokens[i]);
    text::tokenize(stream.posts[i].text, set.tokens[i]);
  }
  return sets.emplace(count, std::move(set)).first->second;
}

// The stream with its event times squeezed `speedup` times (same posts, same order):
// detection's per-minute work (closing each query's minute) then spreads over `speedup`
// times as many posts, as at a higher ingest rate.
const std::vector<Post>& timed_posts(std::int64_t speedup) {
  static std::map<std::int64_t, std::vector<Post>> streams;
  const Stream& stream = demo_stream();
  if (speedup == 1) return stream.posts;
  if (auto found = streams.find(speedup); found != streams.end()) return found->second;
  std::vector<Post> posts = stream.posts;
  const std::int64_t start = posts.front().created_at.ms;
  for (Post& post : posts) post.created_at.ms = start + (post.created_at.ms - start) / speedup;
  return streams.emplace(speedup, std::move(posts)).first->second;
}

double seconds(double from, double to) { return to - from; }

void BM_DetectionVsMatching(benchmark::State& state) {
  const Stream& stream = demo_stream();
  const QuerySet& set = query_set(static_cast<std::size_t>(state.range(0)));
  const std::vector<Post>& timed = timed_posts(state.range(1));
  const std::size_t n = stream.posts.size();
  const std::span<const Post> posts(stream.posts);
  const std::span<const PostAnalysis> analyses(stream.analyses);
  app::BatchMatcher matcher(set.matcher);
  std::vector<std::vector<std::string>> batch_ids;
  std::vector<detect::DetectionAlert> alerts;
  text::TokenizedText tokens;
  double match_s = 0, detect_s = 0, tokenize_s = 0;
  std::size_t memory = 0, queries_seen = 0, alert_count = 0;
  for (auto _ : state) {
    // (a) Matching.
    const auto a0 = Clock::now();
    for (std::size_t i = 0; i < n; i += kBatch) {
      const std::size_t len = std::min(kBatch, n - i);
      matcher.match(posts.subspan(i, len), analyses.subspan(i, len), batch_ids);
      benchmark::DoNotOptimize(batch_ids.data());
    }
    const auto a1 = Clock::now();
    // (b) Detection, a fresh engine over the whole stream.
    auto engine = detect::DetectionEngine::create({});
    RAUCH_ASSERT(engine.has_value(), "engine");
    alert_count = 0;
    const auto b0 = Clock::now();
    for (std::size_t i = 0; i < n; ++i) {
      auto observed = engine->observe(timed[i], &stream.analyses[i], set.ids[i],
                                      set.tokens[i], alerts);
      RAUCH_ASSERT(observed.has_value(), "observe");
      alert_count += alerts.size();
      alerts.clear();
    }
    RAUCH_ASSERT(engine->flush(alerts).has_value(), "flush");
    const auto b1 = Clock::now();
    alert_count += alerts.size();
    alerts.clear();
    // What ingest's detection feeder adds on top: the matched posts tokenized again.
    const auto c0 = Clock::now();
    for (std::size_t i = 0; i < n; ++i) {
      if (set.ids[i].empty()) continue;
      tokens.clear();
      text::tokenize(stream.posts[i].title, tokens);
      text::append_boundary(tokens);
      text::tokenize(stream.posts[i].text, tokens);
      benchmark::DoNotOptimize(tokens.tokens.data());
    }
    const auto c1 = Clock::now();
    match_s += seconds(a0, a1);
    detect_s += seconds(b0, b1);
    tokenize_s += seconds(c0, c1);
    memory = engine->memory_bytes();
    queries_seen = engine->query_count();
    state.SetIterationTime(seconds(a0, a1) + seconds(b0, b1));
  }
  const double posts_run = static_cast<double>(n) * static_cast<double>(state.iterations());
  state.counters["match_ns/post"] = match_s / posts_run * 1e9;
  state.counters["detect_ns/post"] = detect_s / posts_run * 1e9;
  state.counters["detect/match"] = detect_s / match_s;
  state.counters["tokenize_ns/post"] = tokenize_s / posts_run * 1e9;
  state.counters["memory_bytes"] =
      benchmark::Counter(static_cast<double>(memory), benchmark::Counter::kDefaults,
                         benchmark::Counter::kIs1024);
  state.counters["queries_seen"] = static_cast<double>(queries_seen);
  state.counters["matches/post"] = set.matches / static_cast<double>(n);
  state.counters["alerts"] = static_cast<double>(alert_count);
  state.counters["posts"] = static_cast<double>(n);
  state.SetItemsProcessed(static_cast<std::int64_t>(posts_run));
}
BENCHMARK(BM_DetectionVsMatching)
    ->ArgNames({"queries", "speedup"})
    ->Args({5, 1})
    ->Args({100, 1})
    ->Args({1000, 1})
    ->Args({5, 10})
    ->Args({5, 100})
    ->Args({5, 1000})
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace rauch
