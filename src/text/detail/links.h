#pragma once

// URLs in post text. They are reported as links instead of being tokenized, so that
// "https://velora.de/hilfe" neither matches the query `hilfe` nor splits into noise.

#include <cstddef>
#include <string_view>

namespace rauch::text::detail {

// A cheap test before url_end(): "ht" or "ww" in any case.
inline bool may_start_url(std::string_view text, std::size_t pos) {
  if (pos + 1 >= text.size())
    return false;
  const char first = static_cast<char>(text[pos] | 0x20);
  const char second = static_cast<char>(text[pos + 1] | 0x20);
  return (first == 'h' && second == 't') || (first == 'w' && second == 'w');
}

// If a URL starts at text[pos] ("http://", "https://" or "www.", any case, followed by
// at least one more character), returns the byte position where it ends, else 0. A URL
// runs to the next white space, control character or invalid UTF-8, minus trailing
// punctuation and quotes (.,;:!?'"> and » « “ ” „ ‘ ’ ‚ › ‹ …); a trailing ')', ']' or '}'
// stays when the URL has more opening than closing ones of its kind
// ("https://de.wikipedia.org/wiki/Rauch_(Begriff)").
std::size_t url_end(std::string_view text, std::size_t pos);

}  // namespace rauch::text::detail
