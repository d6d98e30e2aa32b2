#include "app/terminal_text.h"

namespace rauch::app {
namespace {

// Length of the UTF-8 sequence starting with `lead` (1 for stray continuation bytes, so
// that a bad byte can never swallow the bytes after it).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0) {
    return 4;
  }
  if (lead >= 0xE0) {
    return 3;
  }
  if (lead >= 0xC0) {
    return 2;
  }
  return 1;
}

std::uint32_t decode(std::string_view seq) {
  const auto b = [&](std::size_t i) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(seq[i]));
  };
  switch (seq.size()) {
    case 2:
      return ((b(0) & 0x1FU) << 6) | (b(1) & 0x3FU);
    case 3:
      return ((b(0) & 0x0FU) << 12) | ((b(1) & 0x3FU) << 6) | (b(2) & 0x3FU);
    case 4:
      return ((b(0) & 0x07U) << 18) | ((b(1) & 0x3FU) << 12) | ((b(2) & 0x3FU) << 6) |
             (b(3) & 0x3FU);
    default:
      return b(0);
  }
}

bool is_unsafe(std::uint32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) ||  // C0, DEL, C1 controls
         (cp >= 0x202A && cp <= 0x202E) ||                         // bidi embeddings/overrides
         (cp >= 0x2066 && cp <= 0x2069) ||                         // bidi isolates
         cp == 0x200E || cp == 0x200F || cp == 0x2028 || cp == 0x2029;
}

}  // namespace

std::string terminal_safe(std::string_view text, std::size_t max_chars) {
  std::string out;
  out.reserve(std::min(text.size(), max_chars * 4) + 3);
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t len =
        std::min(sequence_length(static_cast<unsigned char>(text[i])), text.size() - i);
    if (chars == max_chars) {
      out += "…";
      break;
    }
    const std::string_view seq = text.substr(i, len);
    out += is_unsafe(decode(seq)) ? std::string_view(" ") : seq;
    ++chars;
    i += len;
  }
  return out;
}

}  // namespace rauch::app
