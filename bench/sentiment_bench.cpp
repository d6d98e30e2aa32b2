// Sentiment throughput on already tokenized posts (tokenizing is measured by
// rauch_text_bench): the per-post cost the analyze stage adds.

#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "text/sentiment/sentiment.h"

namespace {

using rauch::text::TokenizedText;
using rauch::text::sentiment::SentimentAnalyzer;

const char* const kGerman[] = {
    "Die Bahn hat schon wieder 40 Minuten Verspätung, echt eine Frechheit! #bahnchaos",
    "Super Service bei @velora_hilfe, vielen Dank für die schnelle Hilfe 😍",
    "Paket ist nicht angekommen und niemand meldet sich. Kundenservice? Fehlanzeige.",
    "Das neue Update ist gut, aber der Akku hält kaum einen Tag :(",
    "Heute Abend Konzert in Berlin, wer kommt mit?",
};
const char* const kEnglish[] = {
    "Worst customer service ever, I've been on hold for two hours!!! #fail",
    "Love the new app update, it's SO much faster now :)",
    "My order never arrived and nobody answers my emails. Not happy.",
    "The food was good but the service was terribly slow 😠",
    "Anyone know when the store opens on Sunday?",
};

template <std::size_t N>
void run(benchmark::State& state, const char* const (&posts)[N], const char* lang) {
  auto analyzer = SentimentAnalyzer::create();
  if (!analyzer) {
    state.SkipWithError(analyzer.error().message().c_str());
    return;
  }
  std::vector<TokenizedText> tokens(N);
  for (std::size_t i = 0; i < N; ++i)
    rauch::text::tokenize(posts[i], tokens[i]);
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(analyzer->analyze(posts[i], tokens[i], lang));
    i = i + 1 == N ? 0 : i + 1;
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_SentimentGerman(benchmark::State& state) { run(state, kGerman, "de"); }
void BM_SentimentEnglish(benchmark::State& state) { run(state, kEnglish, "en"); }
void BM_SentimentUnknownLanguage(benchmark::State& state) { run(state, kGerman, "und"); }

BENCHMARK(BM_SentimentGerman);
BENCHMARK(BM_SentimentEnglish);
BENCHMARK(BM_SentimentUnknownLanguage);

}  // namespace
