// The matcher benchmark of the query issue: generated posts against 100 ... 100,000
// brand-style queries on one core, with compile time, memory, and the naive reference
// evaluator on a sample of the same posts for the speed-up ratio.
//
//   build/release/bench/rauch_match_bench [--posts N] [--queries 100,1000,10000,100000]

#include <malloc.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "brand_queries.h"
#include "bench_support.h"
#include "query/document.h"
#include "query/matcher.h"
#include "query/token_frequencies.h"
#include "reference/reference_matcher.h"

namespace rauch {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Row {
  std::size_t queries = 0;
  double compile_s = 0;
  std::size_t patterns = 0;
  double database_mib = 0;
  double program_bytes_per_query = 0;
  double rss_delta_mib = 0;
  double posts_per_s = 0;
  double mb_per_s = 0;
  double matches_per_post = 0;
  double reference_posts_per_s = 0;
};

Row run(const std::vector<Post>& posts, std::size_t query_count,
        const query::TokenFrequencies& frequencies, std::size_t reference_sample) {
  Row row;
  row.queries = query_count;
  const std::vector<query::QuerySpec> specs = bench::brand_queries(query_count);
  const double rss_before = bench::rss_mib();
  const auto compile_start = Clock::now();
  query::CompileOptions options;
  options.frequencies = &frequencies;
  auto matcher = query::Matcher::compile(specs, options);
  row.compile_s = seconds_since(compile_start);
  if (!matcher) {
    fmt::print(stderr, "compile failed: {}\n", matcher.error().message());
    std::exit(2);
  }
  // What the compiled set keeps: compiling allocates far more for a moment, which
  // malloc_trim hands back so that RSS shows what stays.
  malloc_trim(0);
  row.rss_delta_mib = bench::rss_mib() - rss_before;
  const query::MatcherStats stats = (*matcher)->stats();
  row.patterns = stats.patterns;
  row.database_mib = static_cast<double>(stats.database_bytes) / (1 << 20);
  row.program_bytes_per_query =
      static_cast<double>(stats.program_bytes) / static_cast<double>(query_count);

  query::MatchScratch scratch;
  query::Document document;
  std::vector<std::uint32_t> hits;
  std::size_t matches = 0, bytes = 0;
  const auto start = Clock::now();
  for (const Post& post : posts) {
    document.assign(post);
    hits.clear();
    (*matcher)->match(document, scratch, hits);
    matches += hits.size();
    bytes += post.text.size() + post.title.size();
  }
  const double seconds = seconds_since(start);
  row.posts_per_s = static_cast<double>(posts.size()) / seconds;
  row.mb_per_s = static_cast<double>(bytes) / seconds / 1e6;
  row.matches_per_post = static_cast<double>(matches) / static_cast<double>(posts.size());

  // The reference evaluates every query on every sampled post; it must agree.
  const std::size_t sample = std::min(reference_sample, posts.size());
  std::size_t disagreements = 0;
  const auto reference_start = Clock::now();
  for (std::size_t i = 0; i < sample; ++i) {
    const Post& post = posts[i * (posts.size() / sample)];
    std::vector<std::uint32_t> expected;
    for (std::uint32_t q = 0; q < specs.size(); ++q) {
      if (reference::matches(specs[q].root, post))
        expected.push_back(q);
    }
    document.assign(post);
    hits.clear();
    (*matcher)->match(document, scratch, hits);
    if (hits != expected)
      ++disagreements;
  }
  row.reference_posts_per_s = static_cast<double>(sample) / seconds_since(reference_start);
  if (disagreements > 0) {
    fmt::print(stderr, "ERROR: engine and reference disagree on {} of {} posts\n", disagreements,
               sample);
    std::exit(1);
  }
  return row;
}

std::vector<std::size_t> parse_counts(const char* text) {
  std::vector<std::size_t> counts;
  for (const char* p = text; *p != '\0';) {
    char* end = nullptr;
    counts.push_back(std::strtoull(p, &end, 10));
    p = *end == ',' ? end + 1 : end;
    if (end == p && *p != '\0')
      break;
  }
  return counts;
}

}  // namespace
}  // namespace rauch

int main(int argc, char** argv) {
  std::size_t post_count = 1'000'000;
  std::vector<std::size_t> query_counts = {100, 1'000, 10'000, 100'000};
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--posts") == 0)
      post_count = std::strtoull(argv[i + 1], nullptr, 10);
    if (std::strcmp(argv[i], "--queries") == 0)
      query_counts = rauch::parse_counts(argv[i + 1]);
  }
  fmt::print("generating {} posts ...\n", post_count);
  const std::vector<rauch::Post> posts = rauch::bench::generated_posts(post_count);
  rauch::query::TokenFrequencies frequencies;
  {
    rauch::query::Document document;
    for (std::size_t i = 0; i < std::min<std::size_t>(posts.size(), 20'000); ++i) {
      document.assign(posts[i]);
      frequencies.add(document.tokens());
    }
    frequencies.finish();
  }
  fmt::print("{:>8} {:>9} {:>9} {:>8} {:>10} {:>9} {:>11} {:>8} {:>9} {:>12} {:>9}\n", "queries",
             "compile_s", "patterns", "db_MiB", "bytes/query", "rss_MiB", "posts/s", "MB/s",
             "match/post", "ref_posts/s", "speedup");
  for (std::size_t count : query_counts) {
    // The reference takes about count x 5 us per post: sample enough to time it well.
    const std::size_t sample =
        std::max<std::size_t>(20, 2'000'000 / std::max<std::size_t>(count, 1));
    const rauch::Row r =
        rauch::run(posts, count, frequencies, std::min<std::size_t>(sample, 2'000));
    fmt::print(
        "{:>8} {:>9.3f} {:>9} {:>8.1f} {:>10.0f} {:>9.1f} {:>11.0f} {:>8.1f} {:>9.2f} {:>12.1f} "
        "{:>8.0f}x\n",
        r.queries, r.compile_s, r.patterns, r.database_mib, r.program_bytes_per_query,
        r.rss_delta_mib, r.posts_per_s, r.mb_per_s, r.matches_per_post, r.reference_posts_per_s,
        r.posts_per_s / r.reference_posts_per_s);
    std::fflush(stdout);
  }
  return 0;
}
