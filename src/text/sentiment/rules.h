#pragma once

// Rule-based sentiment in the manner of VADER (Hutto & Gilbert 2014), for English (a
// faithful port of vaderSentiment's rules over its lexicon) and German (the same rules
// over the project's German lexicon and German function words). Rules, in order:
//   - each word found in the lexicon contributes its valence (-4..4); emoji and
//     emoticons contribute theirs;
//   - a word missing from the lexicon with runs of 3+ equal letters is looked up with the
//     runs shortened ("goooood"; not in VADER);
//   - German: a word missing from the lexicon takes the valence of its longest lexicon
//     suffix of 5+ characters after a first part of 3+ bytes not ending in "un"
//     (compounds: "Verkehrschaos", "stocksauer"; not in VADER);
//   - English: VADER's special-case idioms ("the shit", "yeah right", "kiss of death") and
//     the two-word dampeners ("kind of", "sort of", "just enough"), with VADER's quirks;
//   - a word in ALL CAPS among mixed-case words is stronger (+-0.733);
//   - up to three preceding intensifiers or dampeners ("very", "sehr", "kaum") add
//     +-0.293 (less with distance);
//   - a negator among the three preceding words ("not", "n't", "nicht", "kein", "nie")
//     flips and dampens the valence (x -0.74); in German also a "nicht" right after the
//     word in the same clause ("gefällt mir nicht");
//   - after the first contrast word ("but", "aber", "jedoch", clause-initial "doch") words
//     count 1.5x, before it 0.5x;
//   - '!' (up to 4) and repeated '?' push the sum away from zero;
//   - compound = sum / sqrt(sum^2 + 15), in [-1, 1].

#include <cstdint>
#include <string_view>

#include "text/sentiment/valence_table.h"
#include "text/tokens.h"

namespace rauch::text::sentiment {

// The lexicons and function words of one language. Keys are the token forms looked up:
// folded forms for English; lower-case forms with umlauts for German (folding would merge
// "schön" with "schon").
struct RuleSet {
  ValenceTable valence;   // word -> valence
  ValenceTable boosters;  // intensifier (+0.293) or dampener (-0.293)
  ValenceTable negators;
  ValenceTable contrast;
  ValenceTable symbols;  // emoji (folded) and emoticons -> valence
  bool german = false;
};

struct RuleScore {
  float compound = 0;  // [-1, 1]
  float positive = 0;  // sum of the positive word valences after all rules
  float negative = 0;  // sum of the negative ones (<= 0)
  std::uint32_t hits = 0;  // words, emoji and emoticons with a valence
  std::uint32_t negations = 0;        // negators among the words
  std::uint32_t positive_symbols = 0;  // emoji and emoticons with a positive valence
  std::uint32_t negative_symbols = 0;  // ... with a negative one
  std::uint32_t questions = 0;        // '?' in the text
  std::uint32_t exclamations = 0;     // '!' in the text
};

// `tokens` is the tokenization of `text`. Does not allocate; thread-safe.
RuleScore score_rules(const RuleSet& rules, std::string_view text, const TokenizedText& tokens);

}  // namespace rauch::text::sentiment
