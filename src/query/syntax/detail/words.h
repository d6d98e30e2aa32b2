#pragma once

// How the language spells a word. One place for these rules, because three parts must
// agree on them: the lexer (what it reads as one word), the parser (which words of a
// proximity phrase can be terms) and the printer (which texts need quotes or braces).

#include <cstddef>
#include <string_view>

namespace rauch::query::detail {

// Characters that end a bare word: white space, brackets, braces and quotes. "<<<" (a
// comment) ends one too; see word_end.
bool is_word_stop(char32_t c);

// The typographic quotes accepted around phrases besides '"': „…“ (German), “…”
// (English) and ”…” (Nordic). A phrase opened by one of them closes at the next “ or ”.
bool is_typographic_quote(char32_t c);
bool is_quote(char32_t c);  // '"' or a typographic quote.

// The end of the bare word starting at `pos`: the first stop character or "<<<".
std::size_t word_end(std::string_view text, std::size_t pos);
bool starts_comment(std::string_view text, std::size_t pos);

// What the lexer makes of a whole bare word.
enum class WordClass {
  kTerm,
  kAnd,
  kOr,
  kNot,
  kNear,   // NEAR, ONEAR, NEAR/..., ONEAR/... (valid or not: the lexer reports which).
  kField,  // name:..., name = an ASCII letter, then letters, digits or '_'.
};
WordClass classify_word(std::string_view word);

// The length of "name" when `word` starts with "name:", else 0.
std::size_t field_name_length(std::string_view word);

// Whether `text` reads back as exactly one term with this text when written bare
// (bahn, e-bike, #bahn, verspät*), or inside braces ({DB}).
bool is_plain_term(std::string_view text);
bool is_braced_term(std::string_view text);

// Whether a field value can be written without quotes (author:velora_hilfe).
bool is_bare_value(std::string_view text);

// Whether `text` has a character that is not white space.
bool has_visible_text(std::string_view text);

// The first wildcard ('*' or '?') of a term, and how many code points come before it,
// not counting a leading '#' or '@' (so "#ba*" has 2).
struct Wildcard {
  bool found = false;
  char symbol = '*';
  std::size_t leading = 0;
};
Wildcard find_wildcard(std::string_view term);

}  // namespace rauch::query::detail
