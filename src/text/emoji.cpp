#include "text/detail/emoji.h"

#include <utf8proc.h>

#include "text/detail/char_class.h"
#include "text/detail/utf8.h"

namespace rauch::text::detail {

std::size_t emoji_end(std::string_view text, std::size_t pos) {
  const Decoded first = decode(text, pos);
  std::size_t end = pos + first.length;
  auto previous = static_cast<utf8proc_int32_t>(first.cp);
  utf8proc_int32_t state = 0;  // Tracks regional indicator pairs and ZWJ sequences.
  while (end < text.size()) {
    const Decoded next = decode(text, end);
    if (!next.valid)
      break;
    const auto cp = static_cast<utf8proc_int32_t>(next.cp);
    if (utf8proc_grapheme_break_stateful(previous, cp, &state))
      break;
    previous = cp;
    end += next.length;
  }
  return end;
}

std::size_t keycap_end(std::string_view text, std::size_t pos) {
  const char base = text[pos];
  if (!((base >= '0' && base <= '9') || base == '#' || base == '*'))
    return 0;
  std::size_t next = pos + 1;
  if (next >= text.size())
    return 0;
  Decoded d = decode(text, next);
  if (is_emoji_variation_selector(d.cp)) {
    next += d.length;
    if (next >= text.size())
      return 0;
    d = decode(text, next);
  }
  return d.cp == kCombiningKeycap ? next + d.length : 0;
}

}  // namespace rauch::text::detail
