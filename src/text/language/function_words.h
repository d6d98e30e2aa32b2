#pragma once

// A quick look at a post before CLD2: German and English function words that the other
// languages a monitored stream carries (Dutch, the Scandinavian and Romance languages,
// Polish, ...) do not use. A post that has several distinct ones of one language and
// none of the other is that language; everything else goes to CLD2
// (docs/text-analysis.md, "Language"). Most German and English posts end here, at a
// fraction of CLD2's cost.

#include <cstddef>
#include <string_view>

#include "text/tokens.h"

namespace rauch::text {

struct FunctionWordVote {
  std::size_t german = 0;   // Distinct German-only function words in the post.
  std::size_t english = 0;  // Distinct English-only function words.
  std::size_t letters = 0;  // Bytes of word tokens, the cheap "long enough" measure.
};

FunctionWordVote count_function_words(const TokenizedText& tokens);

// "de", "en", or "" when the vote does not decide (then CLD2 must). `stated` is the
// primary subtag of the post's stated language ("de", "en", or anything else): one
// function word suffices when it agrees with the stated language, two distinct ones
// otherwise; never with a function word of the other language.
std::string_view decided_by_function_words(const FunctionWordVote& vote, std::string_view stated);

}  // namespace rauch::text
