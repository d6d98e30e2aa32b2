#pragma once

// Building the RuleSets of rules.h from lexicon files (cold path, allocates):
//   - English: the VADER lexicon (data/lexicons/vader_lexicon.txt, MIT) with VADER's
//     boosters and negators, emoji scored by the words of their VADER description;
//   - German: the project's lexicon (data/lexicons/de_sentiment.tsv, written for this
//     project, Apache-2.0) with German intensifiers, dampeners, negators and contrast
//     words, and the same emoji and emoticons.
// File formats: VADER "token<TAB>mean<TAB>sd<TAB>ratings"; VADER emoji "emoji<TAB>
// description"; German and the hand-written emoji list (data/lexicons/emoji_valence.tsv,
// Apache-2.0, whose entries replace the emoji valences derived from descriptions)
// "key<TAB>valence", '#' starts a comment line. `emoji_valence` may be empty.

#include <string_view>

#include "core/error.h"
#include "text/sentiment/rules.h"

namespace rauch::text::sentiment {

// Errors: kInvalidArgument naming the line of a malformed entry.
Result<RuleSet> make_english_rules(std::string_view vader_lexicon, std::string_view vader_emoji,
                                   std::string_view emoji_valence = {});
Result<RuleSet> make_german_rules(std::string_view german_lexicon, std::string_view vader_lexicon,
                                  std::string_view vader_emoji,
                                  std::string_view emoji_valence = {});

// The same over the files embedded in the binary.
Result<RuleSet> embedded_english_rules();
Result<RuleSet> embedded_german_rules();

}  // namespace rauch::text::sentiment
