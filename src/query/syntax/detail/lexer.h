#pragma once

// Splits a query into tokens. Field values are not tokens: after a kField token the
// parser reads the value itself (scan_value, or range_value.h through position() and
// skip_to()), because a value follows other rules than the text around it
// (author:"Some Name", followers:[10 TO 500]).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

#include "query/syntax/parser.h"

namespace rauch::query::detail {

enum class TokenKind : std::uint8_t {
  kEnd,
  kWord,        // bahn, verspät*, #bahn
  kPhrase,      // "funktioniert nicht", „…“, “…”; with an optional ~n
  kCaseTerm,    // {DB}
  kCasePhrase,  // {"Deutsche Bahn"}; with an optional ~n
  kLeftParen,
  kRightParen,
  kAnd,
  kOr,
  kNot,
  kMinus,  // '-' directly before an operand
  kNear,   // NEAR/3, NEAR/3f, ONEAR/3
  kField,  // lang: (text = the name as written)
};

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::size_t offset = 0;       // Byte offset of the token's first character.
  std::size_t end = 0;          // Byte offset just past it.
  std::string text;             // Word, phrase text, field name.
  std::size_t text_offset = 0;  // Byte offset of `text` in the query.
  // kNear and phrases with ~n. Distances saturate instead of overflowing.
  std::uint64_t distance = 0;
  bool ordered = false;
  bool proximity = false;
  std::size_t proximity_offset = 0;  // Of the '~'.
};

// A field value as written.
struct RawValue {
  std::string text;
  std::size_t offset = 0;
  bool quoted = false;
};

class Lexer {
 public:
  // `text` must be valid UTF-8 without control characters (the parser checks first).
  explicit Lexer(std::string_view text) : text_(text) {}

  tl::expected<Token, SyntaxError> next();
  tl::expected<Token, SyntaxError> peek();

  // Reading field values; only valid right after next() returned the kField token.
  std::size_t position() const { return pos_; }
  void skip_to(std::size_t pos) { pos_ = pos; }
  bool at_separator() const;  // End of the query, white space or a comment.
  tl::expected<RawValue, SyntaxError> scan_value();

  SyntaxError error_at(std::size_t offset, std::string message) const;
  std::size_t column(std::size_t offset) const;
  std::string_view source(const Token& token) const;  // As written, for messages.
  std::size_t size() const { return text_.size(); }

 private:
  tl::expected<Token, SyntaxError> scan();
  tl::expected<void, SyntaxError> skip_space_and_comments();
  tl::expected<Token, SyntaxError> scan_phrase(std::size_t offset);
  tl::expected<Token, SyntaxError> scan_braced();
  tl::expected<Token, SyntaxError> scan_word();
  tl::expected<Token, SyntaxError> scan_minus();
  tl::expected<void, SyntaxError> scan_proximity(Token& token);
  tl::expected<Token, SyntaxError> near_token(Token token) const;

  std::string_view text_;
  std::size_t pos_ = 0;
  std::optional<Token> peeked_;
};

}  // namespace rauch::query::detail
