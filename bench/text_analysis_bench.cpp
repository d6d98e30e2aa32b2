// Per-post cost of the text analysis: PII search, link analysis with the lookalike check,
// language identification. Items are posts.
//
//   build/release/bench/rauch_text_analysis_bench

#include <string>
#include <string_view>
#include <vector>

#include <benchmark/benchmark.h>

#include "text/domains/link_info.h"
#include "text/domains/lookalike.h"
#include "text/language/language.h"
#include "text/pii/pii.h"
#include "text/tokens.h"

namespace rauch::text {
namespace {

constexpr std::string_view kPosts[] = {
    "Seit 40 Minuten hängt der ICE in Fulda fest. Keine Durchsage, nichts. #BahnChaos @DB_Bahn",
    "@Velora_Hilfe my order #48213 still hasn't shipped after 9 days. What's going on?",
    "Meine Kundennummer ist 12345678, bitte ruft mich unter 0171 2345678 zurück!",
    "Refund to DE89 3704 0044 0532 0130 00 please, mail me at jane.doe@example.com",
    "Gewinnspiel!!! Jetzt Daten bestätigen: https://ve1ora-login.de/verify 🎁",
    "Price went up from 19,99 to 24,99 overnight?? Not cool @Velora https://velora.de/preise",
    "Support says call +41 44 668 18 00 or check https://bit.ly/3xYzAb",
    "lol the update broke my alarm xD thanks velora https://support.velora.de/kb/123",
    "Danke!! 👍",
    "Kundenservice nach 45 Min in der Warteschleife aufgelegt. Danke für nichts 🙄 #Velora",
};

void BM_FindPii(benchmark::State& state) {
  std::size_t found = 0;
  for (auto _ : state) {
    for (std::string_view post : kPosts)
      found += find_pii(post).size();
  }
  benchmark::DoNotOptimize(found);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(std::size(kPosts)));
}
BENCHMARK(BM_FindPii);

// Tokenizes (the pipeline does that anyway, so it is part of the cost of reaching the
// links), then analyzes and checks every link.
void BM_LinksAndLookalikes(benchmark::State& state) {
  const LinkAnalyzer analyzer = LinkAnalyzer::create().value();
  const LookalikeDetector detector =
      LookalikeDetector::create({"velora.de", "velora.com", "paypal.com"}).value();
  TokenizedText tokens;
  LinkInfo info;
  std::size_t flagged = 0;
  for (auto _ : state) {
    for (std::string_view post : kPosts) {
      tokens.clear();
      tokenize(post, tokens);
      for (const Link& link : tokens.links) {
        analyzer.analyze(post.substr(link.source_begin, link.source_end - link.source_begin),
                         info);
        flagged += detector.check(info.host).has_value() ? 1u : 0u;
      }
    }
  }
  benchmark::DoNotOptimize(flagged);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(std::size(kPosts)));
}
BENCHMARK(BM_LinksAndLookalikes);

void BM_DetectLanguage(benchmark::State& state) {
  std::string scratch;
  std::size_t german = 0;
  for (auto _ : state) {
    for (std::string_view post : kPosts)
      german += detect_language(post, "en", "de", scratch).code == "de" ? 1u : 0u;
  }
  benchmark::DoNotOptimize(german);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(std::size(kPosts)));
}
BENCHMARK(BM_DetectLanguage);

}  // namespace
}  // namespace rauch::text
