#include "query/syntax/detail/utf8.h"

#include <cstdint>

namespace rauch::query::detail {
namespace {

std::uint32_t byte_at(std::string_view text, std::size_t i) {
  return static_cast<std::uint8_t>(text[i]);
}

bool in_range(std::string_view text, std::size_t i, std::uint32_t lo, std::uint32_t hi) {
  if (i >= text.size()) {
    return false;
  }
  const std::uint32_t b = byte_at(text, i);
  return b >= lo && b <= hi;
}

// The length of the well-formed sequence at `i` (Unicode table 3-7), or 0.
std::size_t sequence_length(std::string_view text, std::size_t i) {
  const std::uint32_t b = byte_at(text, i);
  if (b < 0x80) {
    return 1;
  }
  std::uint32_t second_lo = 0x80;
  std::uint32_t second_hi = 0xBF;
  std::size_t length = 0;
  if (b >= 0xC2 && b <= 0xDF) {
    length = 2;
  } else if (b >= 0xE0 && b <= 0xEF) {
    length = 3;
    if (b == 0xE0) {
      second_lo = 0xA0;  // Overlong.
    } else if (b == 0xED) {
      second_hi = 0x9F;  // Surrogates.
    }
  } else if (b >= 0xF0 && b <= 0xF4) {
    length = 4;
    if (b == 0xF0) {
      second_lo = 0x90;  // Overlong.
    } else if (b == 0xF4) {
      second_hi = 0x8F;  // Past U+10FFFF.
    }
  } else {
    return 0;
  }
  if (!in_range(text, i + 1, second_lo, second_hi)) {
    return 0;
  }
  for (std::size_t k = 2; k < length; ++k) {
    if (!in_range(text, i + k, 0x80, 0xBF)) {
      return 0;
    }
  }
  return length;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t length = sequence_length(text, i);
    if (length == 0) {
      return i;
    }
    i += length;
  }
  return std::nullopt;
}

CodePoint decode_utf8(std::string_view text, std::size_t offset) {
  const std::uint32_t b = byte_at(text, offset);
  if (b < 0x80) {
    return {static_cast<char32_t>(b), 1};
  }
  std::size_t length = 4;
  std::uint32_t value = b & 0x07U;
  if (b < 0xE0) {
    length = 2;
    value = b & 0x1FU;
  } else if (b < 0xF0) {
    length = 3;
    value = b & 0x0FU;
  }
  for (std::size_t k = 1; k < length && offset + k < text.size(); ++k) {
    value = (value << 6U) | (byte_at(text, offset + k) & 0x3FU);
  }
  return {static_cast<char32_t>(value), length};
}

std::size_t column_at(std::string_view text, std::size_t offset) {
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if ((byte_at(text, i) & 0xC0U) != 0x80U) {
      ++column;
    }
  }
  return column;
}

bool is_space(char32_t c) {
  switch (c) {
    case U'\t':
    case U'\n':
    case U'\v':
    case U'\f':
    case U'\r':
    case U' ':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

bool is_control(char32_t c) {
  if (is_space(c)) {
    return false;
  }
  return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

}  // namespace rauch::query::detail
