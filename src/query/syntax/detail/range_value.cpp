#include "query/syntax/detail/range_value.h"

#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

#include <fmt/format.h>

#include "query/syntax/detail/field_values.h"
#include "query/syntax/detail/utf8.h"
#include "query/syntax/detail/words.h"

namespace rauch::query::detail {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr std::size_t kMaxIntegerDigits = 15;
constexpr std::size_t kMaxFractionDigits = 6;
constexpr double kTooLarge = 1e15;

std::size_t count_digits(std::string_view text, std::size_t pos) {
  std::size_t n = 0;
  while (pos + n < text.size() && text[pos + n] >= '0' && text[pos + n] <= '9') {
    ++n;
  }
  return n;
}

std::optional<double> parse_number(std::string_view word, bool whole) {
  const std::size_t integer_digits = count_digits(word, 0);
  if (integer_digits == 0 || integer_digits > kMaxIntegerDigits) {
    return std::nullopt;
  }
  if (integer_digits < word.size()) {
    const std::size_t fraction_digits = count_digits(word, integer_digits + 1);
    if (whole || word[integer_digits] != '.' || fraction_digits == 0 ||
        fraction_digits > kMaxFractionDigits ||
        integer_digits + 1 + fraction_digits != word.size()) {
      return std::nullopt;
    }
  }
  double value = 0;
  const auto [ptr, ec] = std::from_chars(word.data(), word.data() + word.size(), value);
  if (ec != std::errc() || ptr != word.data() + word.size()) {
    return std::nullopt;
  }
  return value;
}

class RangeReader {
 public:
  RangeReader(std::string_view query, std::size_t pos, Field field)
      : query_(query), start_(pos), pos_(pos), field_(field) {}

  tl::expected<RangeValue, SyntaxError> read();

 private:
  tl::expected<Range, SyntaxError> read_bracketed();
  tl::expected<Range, SyntaxError> read_compact();
  tl::expected<double, SyntaxError> number(std::string_view word, std::size_t offset,
                                           bool star_allowed) const;
  std::string_view bound_word();
  void skip_spaces();
  SyntaxError error_at(std::size_t offset, std::string message) const {
    return SyntaxError{column_at(query_, offset), std::move(message)};
  }

  std::string_view query_;
  std::size_t start_;
  std::size_t pos_;
  Field field_;
};

tl::expected<RangeValue, SyntaxError> RangeReader::read() {
  const bool bracketed = pos_ < query_.size() && (query_[pos_] == '[' || query_[pos_] == '{');
  auto range = bracketed ? read_bracketed() : read_compact();
  if (!range) {
    return tl::unexpected(std::move(range.error()));
  }
  // An open end includes nothing more by being exclusive; one spelling per range keeps
  // the printed form canonical.
  if (std::isinf(range->min)) {
    range->min_exclusive = false;
  }
  if (std::isinf(range->max)) {
    range->max_exclusive = false;
  }
  if (range->min > range->max ||
      (range->min == range->max && (range->min_exclusive || range->max_exclusive))) {
    return tl::unexpected(
        error_at(start_, fmt::format("empty range: no value lies between {} "
                                     "and {}",
                                     format_number(range->min), format_number(range->max))));
  }
  return RangeValue{*range, pos_};
}

void RangeReader::skip_spaces() {
  while (pos_ < query_.size()) {
    const CodePoint cp = decode_utf8(query_, pos_);
    if (!is_space(cp.value)) {
      break;
    }
    pos_ += cp.length;
  }
}

// A bound inside brackets ends at white space or at the closing bracket.
std::string_view RangeReader::bound_word() {
  const std::size_t begin = pos_;
  while (pos_ < query_.size() && query_[pos_] != ']' && query_[pos_] != '}') {
    const CodePoint cp = decode_utf8(query_, pos_);
    if (is_space(cp.value)) {
      break;
    }
    pos_ += cp.length;
  }
  return query_.substr(begin, pos_ - begin);
}

tl::expected<double, SyntaxError> RangeReader::number(std::string_view word, std::size_t offset,
                                                      bool star_allowed) const {
  if (star_allowed && word == "*") {
    return kInfinity;
  }
  const bool whole = field_ == Field::kFollowers;
  const auto value = count_digits(word, 0) > kMaxIntegerDigits ? std::optional<double>(kTooLarge)
                                                               : parse_number(word, whole);
  if (value && *value < kTooLarge) {
    return *value;
  }
  if (value) {
    // Also 999999999999999.99, which rounds up to 10^15 and would print with 16 digits.
    return tl::unexpected(
        error_at(offset, fmt::format("number '{}' is too large: at most 15 digits before the point",
                                     shorten(word))));
  }
  const char* expected =
      whole ? (star_allowed ? "a whole number or '*'" : "a whole number")
            : (star_allowed ? "a number like 4 or 4.5, or '*'" : "a number like 4 or 4.5");
  if (word.empty()) {
    return tl::unexpected(error_at(offset, fmt::format("expected {}", expected)));
  }
  return tl::unexpected(
      error_at(offset, fmt::format("expected {}, got '{}'", expected, shorten(word))));
}

tl::expected<Range, SyntaxError> RangeReader::read_bracketed() {
  const std::size_t open = pos_++;
  skip_spaces();
  const std::size_t lower_offset = pos_;
  const std::string_view lower = bound_word();
  skip_spaces();
  const bool to_word = query_.substr(pos_, 2) == "TO" &&
                       (pos_ + 2 >= query_.size() || query_[pos_ + 2] == ']' ||
                        query_[pos_ + 2] == '}' || is_space(decode_utf8(query_, pos_ + 2).value));
  if (!to_word) {
    return tl::unexpected(error_at(pos_, "expected 'TO' in a range like [10 TO 500]"));
  }
  pos_ += 2;
  skip_spaces();
  const std::size_t upper_offset = pos_;
  const std::string_view upper = bound_word();
  skip_spaces();
  if (pos_ >= query_.size() || (query_[pos_] != ']' && query_[pos_] != '}')) {
    return tl::unexpected(error_at(pos_, fmt::format("expected ']' or '}}' to close '{}' at col {}",
                                                     query_[open], column_at(query_, open))));
  }
  const bool max_exclusive = query_[pos_] == '}';
  ++pos_;
  auto min = number(lower, lower_offset, true);
  if (!min) {
    return tl::unexpected(std::move(min.error()));
  }
  auto max = number(upper, upper_offset, true);
  if (!max) {
    return tl::unexpected(std::move(max.error()));
  }
  return Range{.min = std::isinf(*min) ? -kInfinity : *min,
               .max = *max,
               .min_exclusive = query_[open] == '{',
               .max_exclusive = max_exclusive};
}

tl::expected<Range, SyntaxError> RangeReader::read_compact() {
  const std::size_t end = word_end(query_, pos_);
  const std::string_view word = query_.substr(pos_, end - pos_);
  pos_ = end;
  constexpr std::array<std::string_view, 4> kOperators = {">=", "<=", ">", "<"};
  for (const std::string_view op : kOperators) {
    if (word.starts_with(op)) {
      auto value = number(word.substr(op.size()), start_ + op.size(), false);
      if (!value) {
        return tl::unexpected(std::move(value.error()));
      }
      Range range;
      if (op[0] == '>') {
        range.min = *value;
        range.min_exclusive = op.size() == 1;
      } else {
        range.max = *value;
        range.max_exclusive = op.size() == 1;
      }
      return range;
    }
  }
  const std::size_t dots = word.find("..");
  const std::string_view lower = word.substr(0, dots);
  auto min = number(lower, start_, false);
  if (!min) {
    return tl::unexpected(std::move(min.error()));
  }
  if (dots == std::string_view::npos) {
    return Range{.min = *min, .max = *min};
  }
  auto max = number(word.substr(dots + 2), start_ + dots + 2, false);
  if (!max) {
    return tl::unexpected(std::move(max.error()));
  }
  return Range{.min = *min, .max = *max};
}

}  // namespace

tl::expected<RangeValue, SyntaxError> read_range(std::string_view query, std::size_t pos,
                                                 Field field) {
  return RangeReader(query, pos, field).read();
}

std::string format_number(double value) {
  if (std::isinf(value)) {
    return "*";
  }
  std::array<char, 64> buffer{};
  const auto [ptr, ec] =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed);
  if (ec != std::errc()) {
    return "*";
  }
  return std::string(buffer.data(), ptr);
}

}  // namespace rauch::query::detail
