// Intent and insult rules on tokenized posts: the per-post cost of the care and audit
// views. Posts are tokenized once outside the timed loop (the pipeline tokenizes each post
// once for all analyses); items are posts.
//
//   build/release/bench/rauch_intent_bench

#include <string_view>
#include <vector>

#include <benchmark/benchmark.h>

#include "text/insult/insult.h"
#include "text/intent/intent.h"
#include "text/tokens.h"

namespace rauch::text {
namespace {

constexpr std::string_view kPosts[] = {
    "Seit 40 Minuten hängt der ICE in Fulda fest. Keine Durchsage, nichts. Wie soll man da "
    "noch pünktlich zur Arbeit kommen? #BahnChaos @DB_Bahn",
    "@Velora_Hilfe my order #48213 still hasn't shipped after 9 days. What's going on?",
    "Die neue Velora App ist echt gut geworden 👍🏽 endlich Dark Mode!",
    "Wer hat auch seit heute früh Störungen beim Login? Bei mir geht gar nichts mehr :(",
    "Kundenservice nach 45 Min in der Warteschleife aufgelegt. Danke für nichts 🙄 #Velora",
    "You charged me twice and the refund never arrived. Worst service ever @VeloraShop",
    "Wäre schön, wenn ihr PayPal als Zahlungsart einführen würdet",
    "GIVEAWAY 🔥 follow back + RT to win! #crypto #free #win #giveaway https://x.example",
    "Du bist echt so ein Vollidiot, halt die Klappe",
    "So ein Scheiß, die App stürzt schon wieder ab. Warum funktioniert das nicht?",
    "Can I return an item I bought online in one of your stores?",
    "you're so stupid, shut up and fix your shit app",
};

std::vector<TokenizedText> tokenized_posts() {
  std::vector<TokenizedText> out(std::size(kPosts));
  for (std::size_t i = 0; i < out.size(); ++i) tokenize(kPosts[i], out[i]);
  return out;
}

void BM_ClassifyIntent(benchmark::State& state) {
  const std::vector<TokenizedText> tokens = tokenized_posts();
  const IntentClassifier classifier;
  std::size_t i = 0;
  for (auto _ : state) {
    const std::size_t k = i++ % tokens.size();
    benchmark::DoNotOptimize(classifier.classify(kPosts[k], tokens[k], "de"));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ClassifyIntent);

void BM_DetectInsults(benchmark::State& state) {
  const std::vector<TokenizedText> tokens = tokenized_posts();
  const InsultDetector detector;
  std::size_t i = 0;
  for (auto _ : state) {
    const std::size_t k = i++ % tokens.size();
    benchmark::DoNotOptimize(detector.detect(kPosts[k], tokens[k], "de"));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DetectInsults);

// The free functions, as the pipeline calls them (one immutable instance each).
void BM_IntentAndInsultsFree(benchmark::State& state) {
  const std::vector<TokenizedText> tokens = tokenized_posts();
  std::size_t i = 0;
  for (auto _ : state) {
    const std::size_t k = i++ % tokens.size();
    benchmark::DoNotOptimize(classify_intent(kPosts[k], tokens[k], ""));
    benchmark::DoNotOptimize(detect_insults(kPosts[k], tokens[k], ""));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_IntentAndInsultsFree);

// The same with the language known (the sentiment rules of the intent tone run once, not
// for both languages).
void BM_IntentAndInsultsFreeEnglish(benchmark::State& state) {
  const std::vector<TokenizedText> tokens = tokenized_posts();
  std::size_t i = 0;
  for (auto _ : state) {
    const std::size_t k = i++ % tokens.size();
    benchmark::DoNotOptimize(classify_intent(kPosts[k], tokens[k], "en"));
    benchmark::DoNotOptimize(detect_insults(kPosts[k], tokens[k], "en"));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_IntentAndInsultsFreeEnglish);

}  // namespace
}  // namespace rauch::text
