#include "text/language/function_words.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "text/language/language.h"
#include "text/string_table.h"

namespace rauch::text {
namespace {

// Left out on purpose, because another language uses them as well: German "was", "die",
// "will", "also", "man", "an", "in", "so", "es", "des", "da", "um", "hat", "war", "bin",
// "der", "den", "dem", "mit" (Danish, Norwegian), "wie", "echt", "alles", "morgen" (Dutch),
// "mal" (Spanish), "über" (the brand Uber), "euer" (folds to "eur", as in "89 EUR");
// English "is", "of", "to", "no", "me", "a", "i", "on", "in", "we", "he", "be", "for", "an",
// "over", "die", "will", "was", "so", "my" (Polish), "can" (Turkish), "even", "want" (Dutch).
// Written in natural spelling; folded like post text.
constexpr std::array<std::string_view, 69> kGerman = {
    "und",   "ich",     "nicht",   "ist",      "das",     "auf",    "für",    "ein",    "eine",
    "einen", "sich",    "auch",    "wir",      "aber",    "nach",   "heute",  "schon",  "mir",
    "mich",  "dich",    "kein",    "keine",    "wird",    "werden", "sind",   "habe",   "haben",
    "nur",   "noch",    "oder",    "wenn",     "weil",    "dass",   "bei",    "vom",    "zum",
    "zur",   "mein",    "meine",   "euch",     "ihr",     "sie",    "warum",  "seit",   "immer",
    "jetzt", "leider",  "hab",     "gerade",   "beim",    "gibt",   "kann",   "muss",   "wieder",
    "sehr",  "ganz",    "mehr",    "nichts",   "diese",   "dieser", "dieses", "diesen", "unsere",
    "eure",  "nochmal", "einfach", "wirklich", "gestern", "doch"};
constexpr std::array<std::string_view, 75> kEnglish = {
    "the",    "and",   "you",    "your",   "with",  "this",  "that",    "have",   "has",
    "are",    "not",   "what",   "just",   "they",  "their", "there",   "would",  "could",
    "should", "been",  "from",   "about",  "our",   "get",   "got",     "when",   "how",
    "why",    "who",   "very",   "really", "still", "again", "because", "please", "thanks",
    "thank",  "any",   "some",   "if",     "or",    "now",   "more",    "them",   "which",
    "where",  "than",  "then",   "only",   "much",  "many",  "into",    "after",  "before",
    "ever",   "never", "always", "every",  "those", "these", "since",   "while",  "being",
    "doing",  "make",  "know",   "think",  "need",  "going", "gonna",   "today",  "yesterday",
    "it's",   "i'm",   "don't"};

// Word -> 1 + its index in kGerman, or 1 + kGerman.size() + its index in kEnglish.
StringTable<std::uint8_t> function_word_table() {
  std::vector<std::pair<std::string, std::uint8_t>> entries;
  for (std::string_view word : kGerman)
    entries.emplace_back(fold(word), entries.size() + 1);
  for (std::string_view word : kEnglish)
    entries.emplace_back(fold(word), entries.size() + 1);
  return StringTable<std::uint8_t>(entries);
}

// The vote reads this many tokens: enough to decide, and a long post is CLD2's job anyway.
constexpr std::size_t kMaxTokens = 64;

}  // namespace

FunctionWordVote count_function_words(const TokenizedText& tokens) {
  static const StringTable<std::uint8_t> table = function_word_table();
  std::array<bool, kGerman.size() + kEnglish.size() + 1> seen{};
  FunctionWordVote vote;
  const std::size_t n = std::min(tokens.tokens.size(), kMaxTokens);
  for (std::size_t i = 0; i < n; ++i) {
    if (tokens.tokens[i].kind != TokenKind::kWord)
      continue;
    const std::string_view word = tokens.folded_token(i);
    vote.letters += word.size();
    const std::uint8_t* id = table.find(word);
    if (id == nullptr || seen[*id])
      continue;
    seen[*id] = true;
    ++(*id <= kGerman.size() ? vote.german : vote.english);
  }
  return vote;
}

std::string_view decided_by_function_words(const FunctionWordVote& vote, std::string_view stated) {
  // Two distinct words: one occurs in loanwords, names and quotes ("Der Spiegel", "the
  // best"); two with none of the other language is a sentence of that language. One
  // is enough when the source says so too.
  constexpr std::size_t kDistinct = 2;
  if (vote.letters < kMinLettersForDetection)
    return {};
  const std::size_t german_needed = stated == "de" ? 1 : kDistinct;
  const std::size_t english_needed = stated == "en" ? 1 : kDistinct;
  if (vote.german >= german_needed && vote.english == 0)
    return "de";
  if (vote.english >= english_needed && vote.german == 0)
    return "en";
  return {};
}

}  // namespace rauch::text
