#pragma once

// UTF-8 decoding for the tokenizer's hot loop. Inline because it runs once per non-ASCII
// code point of every post.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace rauch::text::detail {

inline constexpr char32_t kReplacementChar = 0xFFFD;

struct Decoded {
  char32_t cp = 0;           // kReplacementChar when !valid.
  std::uint32_t length = 1;  // Bytes consumed: 1..4; an invalid byte consumes 1.
  bool valid = true;
};

inline bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Decodes the code point at text[pos] (pos < text.size()). Overlong forms, surrogates,
// values above U+10FFFF and truncated sequences are invalid; the caller then skips one
// byte, so every byte of a malformed sequence is reported on its own.
inline Decoded decode(std::string_view text, std::size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  const std::size_t left = text.size() - pos;
  const unsigned char b0 = p[0];
  if (b0 < 0x80)
    return {b0, 1, true};
  const Decoded invalid{kReplacementChar, 1, false};
  if (b0 < 0xC2)
    return invalid;  // Continuation byte or overlong 2-byte lead.
  if (b0 < 0xE0) {
    if (left < 2 || !is_continuation(p[1]))
      return invalid;
    return {(char32_t{b0} & 0x1F) << 6 | (char32_t{p[1]} & 0x3F), 2, true};
  }
  if (b0 < 0xF0) {
    if (left < 3 || !is_continuation(p[1]) || !is_continuation(p[2]))
      return invalid;
    if (b0 == 0xE0 && p[1] < 0xA0)
      return invalid;  // Overlong.
    if (b0 == 0xED && p[1] >= 0xA0)
      return invalid;  // Surrogate.
    return {(char32_t{b0} & 0x0F) << 12 | (char32_t{p[1]} & 0x3F) << 6 | (char32_t{p[2]} & 0x3F), 3,
            true};
  }
  if (b0 < 0xF5) {
    if (left < 4 || !is_continuation(p[1]) || !is_continuation(p[2]) || !is_continuation(p[3])) {
      return invalid;
    }
    if (b0 == 0xF0 && p[1] < 0x90)
      return invalid;  // Overlong.
    if (b0 == 0xF4 && p[1] >= 0x90)
      return invalid;  // Above U+10FFFF.
    return {(char32_t{b0} & 0x07) << 18 | (char32_t{p[1]} & 0x3F) << 12 |
                (char32_t{p[2]} & 0x3F) << 6 | (char32_t{p[3]} & 0x3F),
            4, true};
  }
  return invalid;
}

// Appends the UTF-8 encoding of a valid scalar value.
inline void append_utf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    const char bytes[] = {static_cast<char>(0xC0 | (cp >> 6)),
                          static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(bytes, 2);
  } else if (cp < 0x10000) {
    const char bytes[] = {static_cast<char>(0xE0 | (cp >> 12)),
                          static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                          static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(bytes, 3);
  } else {
    const char bytes[] = {
        static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
        static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(bytes, 4);
  }
}

inline bool is_ascii(std::string_view text) {
  unsigned char any = 0;
  for (char c : text)
    any |= static_cast<unsigned char>(c);
  return any < 0x80;
}

}  // namespace rauch::text::detail
