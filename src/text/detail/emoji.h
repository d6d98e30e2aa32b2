#pragma once

// Emoji are grapheme clusters (UAX #29): a pictograph with its skin tone, variation
// selector, ZWJ-joined partners and tags, a pair of regional indicators (a flag), or a
// keycap. Each cluster is one token.

#include <cstddef>
#include <string_view>

namespace rauch::text::detail {

// The end of the grapheme cluster that starts at text[pos] (a kEmoji character).
std::size_t emoji_end(std::string_view text, std::size_t pos);

// A cheap test before keycap_end(): whether the byte after text[pos] can start U+FE0F,
// U+FE0E (0xEF ...) or U+20E3 (0xE2 ...).
inline bool may_be_keycap(std::string_view text, std::size_t pos) {
  return pos + 1 < text.size() && (text[pos + 1] == '\xEF' || text[pos + 1] == '\xE2');
}

// If text[pos] is '0'..'9', '#' or '*' followed by an optional U+FE0F/U+FE0E and U+20E3
// COMBINING ENCLOSING KEYCAP, the end of that keycap sequence, else 0.
std::size_t keycap_end(std::string_view text, std::size_t pos);

}  // namespace rauch::text::detail
