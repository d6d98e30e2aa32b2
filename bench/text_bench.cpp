// Tokenization of whole posts, the per-post cost every query pays once. Items are posts,
// bytes are post text; one TokenizedText is reused as in the matcher, so after the first
// post nothing allocates.
//
//   build/release/bench/rauch_text_bench --benchmark_filter=Tokenize

#include <string>
#include <string_view>
#include <vector>

#include <benchmark/benchmark.h>

#include "text/tokens.h"

namespace rauch::text {
namespace {

// Posts as they come from the monitored platforms: mostly ASCII, German and English,
// with umlauts, ß, hashtags, mentions, links, emoji with skin tones, and emoticons.
constexpr std::string_view kSocialPosts[] = {
    "Seit 40 Minuten hängt der ICE in Fulda fest. Keine Durchsage, nichts. Wie soll man da "
    "noch pünktlich zur Arbeit kommen? #BahnChaos @DB_Bahn",
    "@Velora_Hilfe my order #48213 still hasn't shipped after 9 days. What's going on? "
    "Tracking says 'label created' since last Monday.",
    "Die neue Velora App ist echt gut geworden 👍🏽 endlich Dark Mode! Nur die "
    "Benachrichtigungen kommen manchmal doppelt.",
    "Wer hat auch seit heute früh Störungen beim Login? Bei mir geht gar nichts mehr :( "
    "App neu installiert, hilft auch nicht.",
    "Just tried the Velora X2 - battery life is insane, 3.5 days with heavy use. Impressed! "
    "Camera is fine, nothing special.",
    "Kundenservice nach 45 Min in der Warteschleife aufgelegt. Danke für nichts 🙄 #Velora",
    "Price went up from 19,99 to 24,99 overnight?? Not cool @Velora "
    "https://velora.de/preise",
    "Heute 12:30 Uhr Pressekonferenz zum Rückruf der Ladegeräte. Livestream: "
    "https://www.velora.de/presse/live",
    "lol the update broke my alarm and I was late for work xD thanks velora. Next time "
    "test your stuff before you ship it.",
    "Ich find's gut, dass sie den Fehler zugeben. Trotzdem: so was darf nicht passieren, "
    "schon gar nicht bei Ladegeräten.",
    "Anyone else's Velora watch stuck on the logo screen after the 4.2.1 update? 😩😩 "
    "Holding both buttons for 10 seconds did nothing.",
    "Mega Aktion heute im Store in Köln 🔥🔥 20% auf alles! #Angebot #Köln",
    "Warum dauert die Rückerstattung bei euch eigentlich immer 3 Wochen? @Velora_Hilfe "
    "Bei anderen Shops geht das in zwei Tagen.",
    "Our family loves the new tablet 👨‍👩‍👧‍👦 the kids fight over it every "
    "evening "
    ":)",
    "RT @techblog: Velora confirms data breach affecting 1.2 million customers "
    "https://t.co/abc123",
    "Straßenbahn fällt aus, Ersatzverkehr kommt nicht. Typisch Montag -.- #ÖPNV",
    "Can't believe how bad the support is. Three calls, three different answers. "
    "Nobody knows anything and nobody calls back.",
    "Übrigens: der Akku von meinem Velora Phone hält jetzt nach dem Update deutlich "
    "länger <3",
    "Unboxing video is up! Link in bio 🎥 #tech #unboxing #velora",
    "Grüße aus München 🇩🇪 – das Wetter ist mies, aber der Kaffee ist gut ☕️",
    "Hat jemand Erfahrung mit der Garantie? Display hat nach 13 Monaten einen Riss, "
    "ohne dass das Handy runtergefallen ist.",
    "This is the third time my package got lost. I'm done with @VeloraShipping. Done. "
    "Switching to another shop for good.",
    "Boah, die Hotline ist schon wieder nicht erreichbar. Über eine Stunde!!! Wofür zahlt "
    "man eigentlich die Premium-Mitgliedschaft?",
    "Great customer service today, the lady at the Hamburg store fixed it in 5 min :D "
    "Thank you, that's how it should be.",
};

constexpr std::string_view kAsciiPosts[] = {
    "@Velora_Hilfe my order #48213 still hasn't shipped after 9 days. What's going on? "
    "Tracking says 'label created' since last Monday.",
    "Just tried the Velora X2 - battery life is insane, 3.5 days with heavy use. Impressed! "
    "Camera is fine, nothing special.",
    "lol the update broke my alarm and I was late for work xD thanks velora. Next time "
    "test your stuff before you ship it.",
    "Can't believe how bad the support is. Three calls, three different answers. "
    "Nobody knows anything and nobody calls back.",
    "This is the third time my package got lost. I'm done with @VeloraShipping. Done. "
    "Switching to another shop for good.",
    "Great customer service today, the lady at the Hamburg store fixed it in 5 min :D "
    "Thank you, that's how it should be.",
    "Price went up from 19.99 to 24.99 overnight?? Not cool @Velora https://velora.com/p",
    "Anyone else's Velora watch stuck on the logo screen after the 4.2.1 update? Ugh. "
    "Holding both buttons for 10 seconds did nothing.",
};

template <std::size_t N>
void tokenize_posts(benchmark::State& state, const std::string_view (&posts)[N]) {
  TokenizedText out;
  std::int64_t count = 0;
  std::int64_t bytes = 0;
  for (auto _ : state) {
    for (std::string_view post : posts) {
      out.clear();
      tokenize(post, out);
      benchmark::DoNotOptimize(out.folded.data());
      bytes += static_cast<std::int64_t>(post.size());
    }
    count += static_cast<std::int64_t>(N);
  }
  state.SetItemsProcessed(count);
  state.SetBytesProcessed(bytes);
  state.counters["bytes_per_post"] = static_cast<double>(bytes) / static_cast<double>(count);
}

void BM_TokenizeSocialPosts(benchmark::State& state) { tokenize_posts(state, kSocialPosts); }
BENCHMARK(BM_TokenizeSocialPosts);

void BM_TokenizeAsciiPosts(benchmark::State& state) { tokenize_posts(state, kAsciiPosts); }
BENCHMARK(BM_TokenizeAsciiPosts);

// A post as the matcher sees it: title, boundary, body.
void BM_TokenizeTitleAndBody(benchmark::State& state) {
  TokenizedText out;
  constexpr std::string_view kTitle = "Störung beim Login seit heute früh";
  std::int64_t count = 0;
  std::int64_t bytes = 0;
  for (auto _ : state) {
    for (std::string_view body : kSocialPosts) {
      out.clear();
      tokenize(kTitle, out);
      append_boundary(out);
      tokenize(body, out);
      benchmark::DoNotOptimize(out.folded.data());
      bytes += static_cast<std::int64_t>(kTitle.size() + body.size());
      ++count;
    }
  }
  state.SetItemsProcessed(count);
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_TokenizeTitleAndBody);

// Query words (the cold path, for scale).
void BM_FoldQueryWord(benchmark::State& state) {
  constexpr std::string_view kWords[] = {"Störung", "ueber", "Velora", "ＡＣＭＥ", "Straße"};
  std::int64_t count = 0;
  for (auto _ : state) {
    for (std::string_view word : kWords)
      benchmark::DoNotOptimize(fold(word));
    count += static_cast<std::int64_t>(std::size(kWords));
  }
  state.SetItemsProcessed(count);
}
BENCHMARK(BM_FoldQueryWord);

}  // namespace
}  // namespace rauch::text
