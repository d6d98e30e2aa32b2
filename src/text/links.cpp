#include "text/detail/links.h"

#include <array>

#include "text/detail/char_class.h"
#include "text/detail/utf8.h"

namespace rauch::text::detail {
namespace {

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size())
    return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c | 0x20);
    if (c != prefix[i])
      return false;
  }
  return true;
}

std::size_t prefix_length(std::string_view rest) {
  for (std::string_view prefix : {"http://", "https://", "www."}) {
    if (starts_with_ignoring_case(rest, prefix))
      return prefix.size();
  }
  return 0;
}

bool is_trailing_punctuation(char32_t cp) {
  switch (cp) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case '\'':
    case '"':
    case '>':
    case 0x00AB:  // «
    case 0x00BB:  // »
    case 0x2018:  // ‘
    case 0x2019:  // ’
    case 0x201A:  // ‚
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x201E:  // „
    case 0x2039:  // ‹
    case 0x203A:  // ›
    case 0x2026:  // …
      return true;
    default:
      return false;
  }
}

// How many more opening than closing brackets of each kind the URL has.
struct Brackets {
  std::array<int, 3> open_minus_close{};
  static int index(char c) {
    switch (c) {
      case '(':
      case ')':
        return 0;
      case '[':
      case ']':
        return 1;
      case '{':
      case '}':
        return 2;
      default:
        return -1;
    }
  }
  void count(char c) {
    const int i = index(c);
    if (i < 0)
      return;
    open_minus_close[static_cast<std::size_t>(i)] += (c == '(' || c == '[' || c == '{') ? 1 : -1;
  }
};

// Start of the code point that ends just before `end` (text[begin, end) is valid UTF-8).
std::size_t previous_char(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t p = end - 1;
  while (p > begin && is_continuation(static_cast<unsigned char>(text[p])))
    --p;
  return p;
}

}  // namespace

std::size_t url_end(std::string_view text, std::size_t pos) {
  const std::size_t prefix = prefix_length(text.substr(pos));
  if (prefix == 0)
    return 0;
  Brackets brackets;
  std::size_t end = pos;
  while (end < text.size()) {
    const auto byte = static_cast<unsigned char>(text[end]);
    if (byte < 0x80) {
      if (classify_ascii(byte) == CharClass::kSpace)
        break;
      brackets.count(text[end]);
      ++end;
      continue;
    }
    const Decoded d = decode(text, end);
    if (!d.valid || classify(d.cp) == CharClass::kSpace)
      break;
    end += d.length;
  }
  const std::size_t min_end = pos + prefix;
  while (end > min_end) {
    const std::size_t last = previous_char(text, min_end, end);
    const char32_t cp = decode(text, last).cp;
    const int bracket = cp < 0x80 ? Brackets::index(static_cast<char>(cp)) : -1;
    const bool closer = cp == ')' || cp == ']' || cp == '}';
    if (closer && brackets.open_minus_close[static_cast<std::size_t>(bracket)] < 0) {
      ++brackets.open_minus_close[static_cast<std::size_t>(bracket)];  // One closer fewer.
    } else if (!is_trailing_punctuation(cp)) {
      break;
    }
    end = last;
  }
  return end > min_end ? end : 0;
}

}  // namespace rauch::text::detail
