// What CLD2 should not see. A URL's path is mostly English-looking slugs ("/help/order-
// status"), a mention is a handle, and "#bahnchaos" reads as one unknown word until the
// '#' is gone.

#include "text/detail/links.h"
#include "text/detail/utf8.h"
#include "text/language/language.h"

namespace rauch::text {
namespace {

bool is_handle_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '.';
}

bool at_word_start(std::string_view text, std::size_t pos) {
  return pos == 0 || !is_handle_byte(text[pos - 1]);
}

// Letters for the "too short" rule: ASCII letters and non-ASCII code points (umlauts,
// ß, other scripts). Digits, punctuation and emoji-free ASCII symbols do not count;
// emoji count, which errs towards trying CLD2.
bool counts_as_letter(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp != 0xD7 &&
                                                                   cp != 0xF7);
}

}  // namespace

std::size_t strip_for_language(std::string_view text, std::string& out) {
  std::size_t letters = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (detail::may_start_url(text, i) && at_word_start(text, i)) {
      const std::size_t end = detail::url_end(text, i);
      if (end > i) {
        out.push_back(' ');
        i = end;
        continue;
      }
    }
    if (text[i] == '@' && at_word_start(text, i)) {
      ++i;
      while (i < text.size() && is_handle_byte(text[i]))
        ++i;
      out.push_back(' ');
      continue;
    }
    if (text[i] == '#' && at_word_start(text, i)) {
      ++i;
      continue;
    }
    const detail::Decoded d = detail::decode(text, i);
    if (!d.valid) {
      out.push_back(' ');
    } else {
      out.append(text.substr(i, d.length));
      if (counts_as_letter(d.cp))
        ++letters;
    }
    i += d.length;
  }
  return letters;
}

}  // namespace rauch::text
