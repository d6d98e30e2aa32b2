#include "query/syntax/detail/words.h"

#include "query/syntax/detail/utf8.h"

namespace rauch::query::detail {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Text that has no stop character, no "<<<" and no control character, so the lexer
// reads it as one run.
bool is_one_run(std::string_view text) {
  if (text.empty()) {
    return false;
  }
  std::size_t pos = 0;
  while (pos < text.size()) {
    const CodePoint cp = decode_utf8(text, pos);
    if (is_word_stop(cp.value) || is_control(cp.value) || starts_comment(text, pos)) {
      return false;
    }
    pos += cp.length;
  }
  return true;
}

}  // namespace

bool is_typographic_quote(char32_t c) { return c == 0x201E || c == 0x201C || c == 0x201D; }

bool is_quote(char32_t c) { return c == U'"' || is_typographic_quote(c); }

bool is_word_stop(char32_t c) {
  return is_space(c) || c == U'(' || c == U')' || c == U'{' || c == U'}' || is_quote(c);
}

bool starts_comment(std::string_view text, std::size_t pos) { return text.substr(pos, 3) == "<<<"; }

std::size_t word_end(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const CodePoint cp = decode_utf8(text, pos);
    if (is_word_stop(cp.value) || starts_comment(text, pos)) {
      break;
    }
    pos += cp.length;
  }
  return pos;
}

std::size_t field_name_length(std::string_view word) {
  if (word.empty() || !is_ascii_letter(word[0])) {
    return 0;
  }
  for (std::size_t i = 1; i < word.size(); ++i) {
    const char c = word[i];
    if (c == ':') {
      return i;
    }
    if (!is_ascii_letter(c) && !is_ascii_digit(c) && c != '_') {
      return 0;
    }
  }
  return 0;
}

WordClass classify_word(std::string_view word) {
  if (word == "AND") {
    return WordClass::kAnd;
  }
  if (word == "OR") {
    return WordClass::kOr;
  }
  if (word == "NOT") {
    return WordClass::kNot;
  }
  if (word == "NEAR" || word == "ONEAR" || word.starts_with("NEAR/") ||
      word.starts_with("ONEAR/")) {
    return WordClass::kNear;
  }
  if (field_name_length(word) > 0) {
    return WordClass::kField;
  }
  return WordClass::kTerm;
}

bool is_plain_term(std::string_view text) {
  return is_one_run(text) && text[0] != '-' && classify_word(text) == WordClass::kTerm;
}

bool is_braced_term(std::string_view text) { return is_one_run(text); }

bool is_bare_value(std::string_view text) { return is_one_run(text); }

bool has_visible_text(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const CodePoint cp = decode_utf8(text, pos);
    if (!is_space(cp.value)) {
      return true;
    }
    pos += cp.length;
  }
  return false;
}

Wildcard find_wildcard(std::string_view term) {
  Wildcard wildcard;
  std::size_t pos = 0;
  if (!term.empty() && (term[0] == '#' || term[0] == '@')) {
    pos = 1;
  }
  while (pos < term.size()) {
    if (term[pos] == '*' || term[pos] == '?') {
      wildcard.found = true;
      wildcard.symbol = term[pos];
      return wildcard;
    }
    pos += decode_utf8(term, pos).length;
    ++wildcard.leading;
  }
  return wildcard;
}

}  // namespace rauch::query::detail
