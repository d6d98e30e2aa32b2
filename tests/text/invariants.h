#pragma once

// Helpers for the text tests: short views of a tokenization, and a checker for every
// guarantee tokens.h gives.

#include <string>
#include <string_view>

#include "text/tokens.h"

namespace rauch::text::testing {

// The folded / cased string of a text, e.g. " db storung ".
std::string folded_of(std::string_view text);
std::string cased_of(std::string_view text);

// The kinds of the tokens, e.g. "word number hashtag".
std::string kinds_of(std::string_view text);

// The links of a text, separated by " | ".
std::string links_of(std::string_view text);

// An empty string if `tokens` (the result of tokenizing `sources`, with a boundary
// between each) keeps every guarantee of tokens.h, else what is wrong.
std::string check_invariants(const TokenizedText& tokens,
                             const std::vector<std::string_view>& sources);

}  // namespace rauch::text::testing
