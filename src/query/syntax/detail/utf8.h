#pragma once

// UTF-8 for the query parser: strict validation up front, so every later step may decode
// without checks, and columns counted in code points (what a user sees as characters,
// near enough; grapheme clusters would need ICU for no gain in an error message).

#include <cstddef>
#include <optional>
#include <string_view>

namespace rauch::query::detail {

struct CodePoint {
  char32_t value = 0;
  std::size_t length = 0;  // Bytes.
};

// The byte offset of the first ill-formed sequence (overlong forms, surrogates and code
// points past U+10FFFF included), or nullopt when `text` is valid UTF-8.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Decodes the code point at `offset` of text that find_invalid_utf8 accepted.
CodePoint decode_utf8(std::string_view text, std::size_t offset);

// The 1-based column of byte `offset`: one more than the code points before it.
std::size_t column_at(std::string_view text, std::size_t offset);

// Separators between words: ASCII and Unicode white space (no-break space included, as
// queries pasted from web pages and office documents carry them), and the BOM.
bool is_space(char32_t c);

// C0 and C1 control characters other than tab, line feed, vertical tab, form feed,
// carriage return and NEL (which are spaces). Queries may not contain them.
bool is_control(char32_t c);

}  // namespace rauch::query::detail
