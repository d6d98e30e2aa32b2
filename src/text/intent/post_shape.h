#pragma once

// Counts of the shape of a post that word lists do not see: question marks (the tokenizer
// drops punctuation), shouting in capitals, piles of hashtags, mentions and links. Used by
// the intent rules (questions, spam) and the insult rules (shouting).

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/tokens.h"

namespace rauch::text {

struct PostShape {
  std::uint32_t question_marks = 0;  // Outside links.
  std::uint32_t exclamation_marks = 0;
  std::uint32_t words = 0;       // kWord tokens.
  std::uint32_t caps_words = 0;  // Words of at least 3 letters, all of them capitals.
  std::uint32_t hashtags = 0;
  std::uint32_t mentions = 0;
  std::uint32_t links = 0;
};

// `tokens` is the tokenization of `text`. Does not allocate.
PostShape post_shape(std::string_view text, const TokenizedText& tokens);

// Whether token `i` starts a clause: it is the first token of its field, follows a
// mention ("@velora_hilfe wie ..."), or follows '.', '!', '?', ':', ';' or a line break.
bool starts_clause(std::string_view text, const TokenizedText& tokens, std::size_t i);

}  // namespace rauch::text
