// The text analysis benchmark of the analysis issue: the full Analyzer (tokens, language,
// sentiment, intent, insults, PII, links) on generated posts on one core, the memory of
// all models and lexicons, and the npm package vader-sentiment under node on the same
// English posts for comparison (tools/vader-node, installed by scripts/setup).
//
//   build/release/bench/rauch_analysis_bench [--posts N] [--no-node]
// (--no-node skips the node baseline, e.g. when profiling.)

#include <malloc.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "bench_support.h"
#include "text/analysis/analyzer.h"

namespace rauch {
namespace {

using Clock = std::chrono::steady_clock;

double thread_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// Runs the node baseline on `texts`; 0 when node or the package is not installed.
double node_vader_posts_per_second(const std::vector<std::string>& texts) {
  const std::string dir = RAUCH_SOURCE_DIR "/tools/vader-node";
  std::ifstream installed(dir + "/node_modules/vader-sentiment/package.json");
  if (!installed) {
    fmt::print("node vader-sentiment: not installed (run scripts/setup)\n");
    return 0;
  }
  const std::string file = "/tmp/rauch-analysis-bench-en.txt";
  {
    std::ofstream out(file, std::ios::binary);
    for (const std::string& text : texts) {
      std::string line = text;
      for (char& c : line) {
        if (c == '\n' || c == '\r') c = ' ';
      }
      out << line << '\n';
    }
  }
  const std::string command = "node " + dir + "/bench.js " + file;
  std::FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return 0;
  std::string output;
  char buffer[4096];
  while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) output += buffer;
  pclose(pipe);
  std::remove(file.c_str());
  const auto json = nlohmann::json::parse(output, nullptr, false);
  if (!json.is_object()) {
    fmt::print("node vader-sentiment: unexpected output: {}\n", output);
    return 0;
  }
  return json.value("posts_per_second", 0.0);
}

}  // namespace
}  // namespace rauch

int main(int argc, char** argv) {
  std::size_t post_count = 200'000;
  bool run_node = true;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--posts") == 0 && i + 1 < argc) {
      post_count = std::strtoull(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--no-node") == 0) {
      run_node = false;
    } else {
      fmt::print(stderr, "usage: rauch_analysis_bench [--posts N] [--no-node]\n");
      return 2;
    }
  }
  const std::vector<rauch::Post> posts = rauch::bench::generated_posts(post_count);
  malloc_trim(0);
  const double rss_before = rauch::bench::rss_mib();
  auto analyzer = rauch::text::Analyzer::create({.brand_domains = {"velora.de"}});
  if (!analyzer) {
    fmt::print(stderr, "analyzer: {}\n", analyzer.error().message());
    return 2;
  }
  const double model_mib = rauch::bench::rss_mib() - rss_before;

  rauch::text::AnalysisScratch scratch;
  rauch::PostAnalysis analysis;
  std::size_t bytes = 0, complaints = 0;
  std::vector<std::string> english;
  const auto start = rauch::Clock::now();
  const double cpu_start = rauch::thread_cpu_seconds();
  for (const rauch::Post& post : posts) {
    (*analyzer)->analyze(post, {}, scratch, analysis);
    bytes += post.text.size() + post.title.size();
    if (analysis.intent == "complaint") ++complaints;
  }
  const double seconds = std::chrono::duration<double>(rauch::Clock::now() - start).count();
  const double cpu_seconds = rauch::thread_cpu_seconds() - cpu_start;
  const double ours = static_cast<double>(posts.size()) / seconds;
  fmt::print("full analysis: {} posts in {:.2f} s = {:.0f} posts/s ({:.1f} MB/s) on one core; "
             "{} complaints\n",
             posts.size(), seconds, ours, static_cast<double>(bytes) / seconds / 1e6, complaints);
  // On a busy machine the wall clock includes waiting for the core; CPU time does not.
  fmt::print("  by CPU time: {:.0f} posts/s ({:.2f} s of CPU)\n",
             static_cast<double>(posts.size()) / cpu_seconds, cpu_seconds);
  fmt::print("memory of models and lexicons: {:.1f} MiB (RSS growth when the analyzer is built)\n",
             model_mib);

  // The English posts, sentiment only, against node's vader-sentiment.
  std::size_t english_count = 0;
  for (const rauch::Post& post : posts) {
    if (post.lang == "en") english.push_back(post.text);
  }
  english_count = english.size();
  const auto en_start = rauch::Clock::now();
  for (const rauch::Post& post : posts) {
    if (post.lang != "en") continue;
    (*analyzer)->analyze(post, {}, scratch, analysis);
  }
  const double en_seconds = std::chrono::duration<double>(rauch::Clock::now() - en_start).count();
  const double en_ours = static_cast<double>(english_count) / en_seconds;
  const double node = run_node ? rauch::node_vader_posts_per_second(english) : 0;
  fmt::print("English posts: {} — full analysis {:.0f} posts/s", english_count, en_ours);
  if (node > 0) {
    fmt::print("; node vader-sentiment (sentiment only) {:.0f} posts/s; ratio {:.1f}x\n", node,
               en_ours / node);
  } else {
    fmt::print("\n");
  }
  return 0;
}
