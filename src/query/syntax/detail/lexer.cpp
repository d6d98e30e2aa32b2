#include "query/syntax/detail/lexer.h"

#include <utility>

#include <fmt/format.h>

#include "query/syntax/detail/utf8.h"
#include "query/syntax/detail/words.h"

namespace rauch::query::detail {
namespace {

constexpr std::uint64_t kDistanceCap = 1'000'000'000'000;

bool all_digits(std::string_view text) {
  if (text.empty()) {
    return false;
  }
  for (const char c : text) {
    if (c < '0' || c > '9') {
      return false;
    }
  }
  return true;
}

// Saturates, so that NEAR/99999999999999999999 is "over the limit", not a wrapped number.
std::uint64_t parse_distance(std::string_view digits) {
  std::uint64_t value = 0;
  for (const char c : digits) {
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
    if (value > kDistanceCap) {
      return kDistanceCap;
    }
  }
  return value;
}

std::string_view closing_quote_for(std::string_view opener) {
  if (opener == "\"") {
    return "\"";
  }
  if (opener == "\u201E") {
    return "\u201C";  // „…“
  }
  return "\u201D";  // “…” and ”…”
}

}  // namespace

SyntaxError Lexer::error_at(std::size_t offset, std::string message) const {
  return SyntaxError{column(offset), std::move(message)};
}

std::size_t Lexer::column(std::size_t offset) const { return column_at(text_, offset); }

std::string_view Lexer::source(const Token& token) const {
  return text_.substr(token.offset, token.end - token.offset);
}

bool Lexer::at_separator() const {
  return pos_ >= text_.size() || is_space(decode_utf8(text_, pos_).value) ||
         starts_comment(text_, pos_);
}

tl::expected<Token, SyntaxError> Lexer::next() {
  if (peeked_) {
    Token token = std::move(*peeked_);
    peeked_.reset();
    return token;
  }
  return scan();
}

tl::expected<Token, SyntaxError> Lexer::peek() {
  if (!peeked_) {
    auto token = scan();
    if (!token) {
      return token;
    }
    peeked_ = std::move(*token);
  }
  return *peeked_;
}

tl::expected<void, SyntaxError> Lexer::skip_space_and_comments() {
  while (pos_ < text_.size()) {
    if (starts_comment(text_, pos_)) {
      const std::size_t close = text_.find(">>>", pos_ + 3);
      if (close == std::string_view::npos) {
        return tl::unexpected(
            error_at(text_.size(), fmt::format("unterminated comment: expected '>>>' to close "
                                               "'<<<' at col {}",
                                               column(pos_))));
      }
      pos_ = close + 3;
      continue;
    }
    const CodePoint cp = decode_utf8(text_, pos_);
    if (!is_space(cp.value)) {
      break;
    }
    pos_ += cp.length;
  }
  return {};
}

tl::expected<Token, SyntaxError> Lexer::scan() {
  if (auto skipped = skip_space_and_comments(); !skipped) {
    return tl::unexpected(std::move(skipped.error()));
  }
  Token token;
  token.offset = pos_;
  if (pos_ >= text_.size()) {
    token.end = pos_;
    return token;
  }
  const char c = text_[pos_];
  if (c == '(' || c == ')') {
    token.kind = c == '(' ? TokenKind::kLeftParen : TokenKind::kRightParen;
    token.end = ++pos_;
    return token;
  }
  if (c == '{') {
    return scan_braced();
  }
  if (c == '}') {
    return tl::unexpected(error_at(pos_, "unexpected '}' without a matching '{'"));
  }
  if (c == '-') {
    return scan_minus();
  }
  if (is_quote(decode_utf8(text_, pos_).value)) {
    auto phrase = scan_phrase(pos_);
    if (!phrase) {
      return phrase;
    }
    if (auto proximity = scan_proximity(*phrase); !proximity) {
      return tl::unexpected(std::move(proximity.error()));
    }
    return phrase;
  }
  return scan_word();
}

tl::expected<Token, SyntaxError> Lexer::scan_phrase(std::size_t offset) {
  const std::size_t opener_length = decode_utf8(text_, offset).length;
  const std::string_view opener = text_.substr(offset, opener_length);
  const std::size_t text_begin = offset + opener_length;
  std::size_t close = text_begin;
  std::size_t closer_length = 0;
  while (close < text_.size()) {
    const CodePoint cp = decode_utf8(text_, close);
    const bool closes =
        opener == "\"" ? cp.value == U'"' : (cp.value == 0x201C || cp.value == 0x201D);
    if (closes) {
      closer_length = cp.length;
      break;
    }
    close += cp.length;
  }
  if (closer_length == 0) {
    return tl::unexpected(error_at(
        text_.size(), fmt::format("unterminated phrase: expected '{}' to close '{}' at col {}",
                                  closing_quote_for(opener), opener, column(offset))));
  }
  Token token;
  token.kind = TokenKind::kPhrase;
  token.offset = offset;
  token.text = std::string(text_.substr(text_begin, close - text_begin));
  token.text_offset = text_begin;
  token.end = close + closer_length;
  pos_ = token.end;
  return token;
}

tl::expected<void, SyntaxError> Lexer::scan_proximity(Token& token) {
  if (pos_ >= text_.size() || text_[pos_] != '~') {
    return {};
  }
  const std::size_t tilde = pos_;
  const std::size_t end = word_end(text_, tilde + 1);
  const std::string_view digits = text_.substr(tilde + 1, end - tilde - 1);
  if (!all_digits(digits)) {
    return tl::unexpected(
        error_at(tilde + 1, "expected a number of words after '~', e.g. \"a b\"~5"));
  }
  token.proximity = true;
  token.proximity_offset = tilde;
  token.distance = parse_distance(digits);
  token.end = end;
  pos_ = end;
  return {};
}

tl::expected<Token, SyntaxError> Lexer::scan_braced() {
  const std::size_t open = pos_++;
  const std::string close_message =
      fmt::format("expected '}}' to close '{{' at col {}", column(open));
  if (pos_ < text_.size() && is_quote(decode_utf8(text_, pos_).value)) {
    auto phrase = scan_phrase(pos_);
    if (!phrase) {
      return phrase;
    }
    if (pos_ >= text_.size() || text_[pos_] != '}') {
      return tl::unexpected(error_at(pos_, close_message));
    }
    phrase->kind = TokenKind::kCasePhrase;
    phrase->offset = open;
    phrase->end = ++pos_;
    if (auto proximity = scan_proximity(*phrase); !proximity) {
      return tl::unexpected(std::move(proximity.error()));
    }
    return phrase;
  }
  const std::size_t end = word_end(text_, pos_);
  if (end == pos_) {
    if (pos_ < text_.size() && text_[pos_] == '}') {
      return tl::unexpected(
          error_at(open, "empty braces: expected a term or a phrase inside '{...}'"));
    }
    return tl::unexpected(error_at(pos_, "expected a term or a phrase after '{'"));
  }
  if (end >= text_.size() || text_[end] != '}') {
    if (end < text_.size() && is_space(decode_utf8(text_, end).value)) {
      return tl::unexpected(error_at(
          end, close_message + "; a case-sensitive term has no spaces, write {\"...\"} for a "
                               "phrase"));
    }
    return tl::unexpected(error_at(end, close_message));
  }
  Token token;
  token.kind = TokenKind::kCaseTerm;
  token.offset = open;
  token.text = std::string(text_.substr(pos_, end - pos_));
  token.text_offset = pos_;
  token.end = end + 1;
  pos_ = token.end;
  return token;
}

tl::expected<Token, SyntaxError> Lexer::scan_minus() {
  const std::size_t next = pos_ + 1;
  if (next >= text_.size() || is_space(decode_utf8(text_, next).value) || text_[next] == ')' ||
      starts_comment(text_, next)) {
    return tl::unexpected(error_at(pos_,
                                   "'-' must be directly followed by what it excludes: a term, "
                                   "a phrase, '(' or a field"));
  }
  Token token;
  token.kind = TokenKind::kMinus;
  token.offset = pos_;
  token.end = next;
  pos_ = next;
  return token;
}

tl::expected<Token, SyntaxError> Lexer::scan_word() {
  Token token;
  token.offset = pos_;
  token.end = word_end(text_, pos_);
  token.text_offset = pos_;
  const std::string_view word = text_.substr(pos_, token.end - pos_);
  pos_ = token.end;
  switch (classify_word(word)) {
    case WordClass::kAnd:
      token.kind = TokenKind::kAnd;
      return token;
    case WordClass::kOr:
      token.kind = TokenKind::kOr;
      return token;
    case WordClass::kNot:
      token.kind = TokenKind::kNot;
      return token;
    case WordClass::kNear:
      token.text = std::string(word);
      return near_token(std::move(token));
    case WordClass::kField: {
      const std::size_t name_length = field_name_length(word);
      token.kind = TokenKind::kField;
      token.text = std::string(word.substr(0, name_length));
      token.end = token.offset + name_length + 1;
      pos_ = token.end;
      return token;
    }
    case WordClass::kTerm:
      break;
  }
  token.kind = TokenKind::kWord;
  token.text = std::string(word);
  return token;
}

tl::expected<Token, SyntaxError> Lexer::near_token(Token token) const {
  const std::string_view word = token.text;
  const bool onear = word.starts_with("ONEAR");
  const std::string_view name = onear ? "ONEAR" : "NEAR";
  if (word == name) {
    return tl::unexpected(
        error_at(token.offset, fmt::format("'{}' needs a distance, e.g. {}/3", name, name)));
  }
  const std::string_view rest = word.substr(name.size() + 1);
  std::size_t digits = 0;
  while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') {
    ++digits;
  }
  const std::string_view suffix = rest.substr(digits);
  if (digits == 0 || (!suffix.empty() && (onear || suffix != "f"))) {
    return tl::unexpected(error_at(
        token.offset, onear ? "expected a distance after 'ONEAR/', e.g. ONEAR/3"
                            : "expected a distance after 'NEAR/', e.g. NEAR/3 or NEAR/3f"));
  }
  token.kind = TokenKind::kNear;
  token.distance = parse_distance(rest.substr(0, digits));
  token.ordered = onear || suffix == "f";
  return token;
}

tl::expected<RawValue, SyntaxError> Lexer::scan_value() {
  RawValue value;
  value.offset = pos_;
  if (pos_ < text_.size() && is_quote(decode_utf8(text_, pos_).value)) {
    auto quoted = scan_phrase(pos_);  // Moves pos_ past the closing quote.
    if (!quoted) {
      return tl::unexpected(std::move(quoted.error()));
    }
    value.text = std::move(quoted->text);
    value.offset = quoted->text_offset;
    value.quoted = true;
    return value;
  }
  const std::size_t end = word_end(text_, pos_);
  value.text = std::string(text_.substr(pos_, end - pos_));
  pos_ = end;
  return value;
}

}  // namespace rauch::query::detail
