#pragma once

// The emoticons that are tokens (kEmoticon): a fixed list, because a general pattern
// would also match times, ratios and smileys-that-are-not (":3" in "Punkte:3").

#include <cstddef>
#include <span>
#include <string_view>

namespace rauch::text::detail {

// Every emoticon, ASCII only; none contains '#', '@' or a space.
std::span<const std::string_view> emoticons();

// A cheap test before emoticon_at(): whether some emoticon starts with byte `c`.
inline bool may_start_emoticon(char c) {
  switch (c) {
    case ':':
    case ';':
    case '<':
    case '=':
    case '>':
    case '\\':
    case '^':
    case '-':
    case 'x':
    case 'X':
    case 'o':
    case 'O':
      return true;
    default:
      return false;
  }
}

// The length of the longest emoticon that text[pos...] starts with, or 0. Context
// (what stands before and after) is the tokenizer's business.
std::size_t emoticon_at(std::string_view text, std::size_t pos);

// Whether an emoticon may follow a word directly: those starting with ':' or ';'
// ("Danke:)"). The others need a non-word character before them ("a<3" is not one).
inline bool may_follow_word(char first) { return first == ':' || first == ';'; }

}  // namespace rauch::text::detail
