// The leaves of the grammar: terms, phrases, proximity phrases and fields.

#include <array>
#include <utility>

#include <fmt/format.h>

#include "query/syntax/detail/field_values.h"
#include "query/syntax/detail/parser_impl.h"
#include "query/syntax/detail/range_value.h"
#include "query/syntax/detail/utf8.h"
#include "query/syntax/detail/words.h"

namespace rauch::query::detail {
namespace {

// Past this many words apart, NEAR matches are rarely about the same thing (a lint).
constexpr std::uint64_t kWideNearDistance = 10;
// Fewer characters before a wildcard expand to too many words (a lint; none is an error).
constexpr std::size_t kWildcardPrefix = 3;

struct Word {
  std::string_view text;
  std::size_t offset = 0;  // In the query.
};

// The words of a proximity phrase, split at white space.
std::vector<Word> split_words(std::string_view text, std::size_t base) {
  std::vector<Word> words;
  std::size_t pos = 0;
  std::size_t begin = 0;
  bool in_word = false;
  while (pos < text.size()) {
    const CodePoint cp = decode_utf8(text, pos);
    const bool space = is_space(cp.value);
    if (space && in_word) {
      words.push_back(Word{text.substr(begin, pos - begin), base + begin});
    } else if (!space && !in_word) {
      begin = pos;
    }
    in_word = !space;
    pos += cp.length;
  }
  if (in_word) {
    words.push_back(Word{text.substr(begin), base + begin});
  }
  return words;
}

}  // namespace

Parser::Step Parser::parse_term(const Token& token) {
  const bool case_sensitive = token.kind == TokenKind::kCaseTerm;
  if (auto wildcard = check_wildcard(token.text, token.text_offset); !wildcard) {
    return tl::unexpected(std::move(wildcard.error()));
  }
  if (!case_sensitive) {
    warn_operator_word(token);
  }
  if (auto counted = count_term(token.offset); !counted) {
    return tl::unexpected(std::move(counted.error()));
  }
  Node node{.kind = NodeKind::kTerm, .text = token.text, .case_sensitive = case_sensitive};
  return make_leaf(std::move(node), token.offset);
}

Parser::Step Parser::parse_phrase(const Token& token) {
  if (!has_visible_text(token.text)) {
    return tl::unexpected(error_at(token.offset, "empty phrase"));
  }
  if (token.proximity) {
    return parse_proximity(token);
  }
  if (auto counted = count_term(token.offset); !counted) {
    return tl::unexpected(std::move(counted.error()));
  }
  Node node{.kind = NodeKind::kPhrase,
            .text = token.text,
            .case_sensitive = token.kind == TokenKind::kCasePhrase};
  return make_leaf(std::move(node), token.offset);
}

// "a b c"~5 is a NEAR/5 b NEAR/5 c: each word a term, or a one-word phrase when it
// cannot be written as a bare term ("(b", "AND", "-x"), so the tree prints back.
Parser::Step Parser::parse_proximity(const Token& token) {
  auto distance = check_distance(token.distance, token.proximity_offset);
  if (!distance) {
    return tl::unexpected(std::move(distance.error()));
  }
  const bool case_sensitive = token.kind == TokenKind::kCasePhrase;
  std::optional<Operand> chain;
  for (const Word& word : split_words(token.text, token.text_offset)) {
    const bool term = case_sensitive ? is_braced_term(word.text) : is_plain_term(word.text);
    if (term) {
      if (auto wildcard = check_wildcard(word.text, word.offset); !wildcard) {
        return tl::unexpected(std::move(wildcard.error()));
      }
    }
    if (auto counted = count_term(word.offset); !counted) {
      return tl::unexpected(std::move(counted.error()));
    }
    Node node{.kind = term ? NodeKind::kTerm : NodeKind::kPhrase,
              .text = std::string(word.text),
              .case_sensitive = case_sensitive};
    Operand leaf = make_leaf(std::move(node), word.offset);
    if (!chain) {
      chain = std::move(leaf);
      continue;
    }
    chain = make_near(std::move(*chain), std::move(leaf), *distance, false);
    if (auto depth = check_depth(*chain); !depth) {
      return tl::unexpected(std::move(depth.error()));
    }
  }
  chain->offset = token.offset;
  return std::move(*chain);
}

Parser::Step Parser::parse_field(const Token& token) {
  const auto name = find_field(token.text);
  if (!name) {
    return tl::unexpected(error_at(
        token.offset, fmt::format("unknown field '{}:'; known fields are {}; put text with ':' "
                                  "in quotes",
                                  shorten(token.text), known_field_names())));
  }
  if (name->title) {
    return parse_title(token);
  }
  if (auto counted = count_term(token.offset); !counted) {
    return tl::unexpected(std::move(counted.error()));
  }
  if (!is_range_field(name->field)) {
    return parse_text_field(token, name->field);
  }
  const std::size_t pos = lexer_.position();
  if (lexer_.at_separator() ||
      (query_[pos] != '{' && is_word_stop(decode_utf8(query_, pos).value))) {
    return tl::unexpected(error_at(pos, fmt::format("expected a value after '{}:'", token.text)));
  }
  auto range = read_range(query_, pos, name->field);
  if (!range) {
    return tl::unexpected(std::move(range.error()));
  }
  lexer_.skip_to(range->end);
  Node node{.kind = NodeKind::kField, .field = name->field, .range = range->range};
  return make_leaf(std::move(node), token.offset);
}

Parser::Step Parser::parse_text_field(const Token& token, Field field) {
  auto value = lexer_.scan_value();
  if (!value) {
    return tl::unexpected(std::move(value.error()));
  }
  if (!has_visible_text(value->text)) {
    return tl::unexpected(
        error_at(value->offset, fmt::format("expected a value after '{}:'", token.text)));
  }
  const std::size_t after = lexer_.position();
  if (value->quoted && after < query_.size() && query_[after] == '~') {
    return tl::unexpected(
        error_at(after, "'~' makes a phrase a proximity search; a field value cannot have it"));
  }
  auto canonical = canonical_value(field, value->text);
  if (!canonical) {
    return tl::unexpected(error_at(value->offset, std::move(canonical.error())));
  }
  Node node{.kind = NodeKind::kField, .text = std::move(*canonical), .field = field};
  return make_leaf(std::move(node), token.offset);
}

// title: is not a field of its own: it limits the term, phrase or group after it to the
// post's title.
Parser::Step Parser::parse_title(const Token& token) {
  const std::string expected =
      fmt::format("expected a term, a phrase or '(' directly after '{}:'", token.text);
  if (lexer_.at_separator()) {
    return tl::unexpected(error_at(lexer_.position(), expected));
  }
  auto next = lexer_.next();
  if (!next) {
    return tl::unexpected(std::move(next.error()));
  }
  Step operand = tl::unexpected(error_at(next->offset, expected));
  switch (next->kind) {
    case TokenKind::kWord:
    case TokenKind::kCaseTerm:
      operand = parse_term(*next);
      break;
    case TokenKind::kPhrase:
    case TokenKind::kCasePhrase:
      operand = parse_phrase(*next);
      break;
    case TokenKind::kLeftParen:
      operand = parse_group(*next);
      break;
    default:
      break;
  }
  if (operand) {
    mark_title(operand->node);
    operand->offset = token.offset;
  }
  return operand;
}

Parser::Check Parser::count_term(std::size_t offset) {
  if (++terms_ > limits_.max_terms) {
    return tl::unexpected(error_at(
        offset,
        fmt::format("query has more than {} terms, phrases and fields", limits_.max_terms)));
  }
  return {};
}

Parser::Check Parser::check_wildcard(std::string_view text, std::size_t offset) {
  const Wildcard wildcard = find_wildcard(text);
  if (!wildcard.found) {
    return {};
  }
  if (wildcard.leading == 0) {
    return tl::unexpected(
        error_at(offset, fmt::format("a wildcard needs at least {} characters before '{}'",
                                     kWildcardPrefix, wildcard.symbol)));
  }
  if (wildcard.leading < kWildcardPrefix) {
    warn(offset, fmt::format("wildcard '{}' has fewer than {} characters before '{}' and may "
                             "match many words",
                             shorten(text), kWildcardPrefix, wildcard.symbol));
  }
  return {};
}

tl::expected<std::uint32_t, SyntaxError> Parser::check_distance(std::uint64_t distance,
                                                                std::size_t offset) {
  if (distance > limits_.max_near_distance) {
    return tl::unexpected(error_at(offset, fmt::format("NEAR distance {} is over the limit of {}",
                                                       distance, limits_.max_near_distance)));
  }
  if (distance > kWideNearDistance) {
    warn(offset, fmt::format("NEAR distance {} is over {} words; terms that far apart are "
                             "rarely about the same thing",
                             distance, kWideNearDistance));
  }
  return static_cast<std::uint32_t>(distance);
}

// Tools differ here: some read lower-case and/or as operators. We search them as words
// and say so.
void Parser::warn_operator_word(const Token& token) {
  constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kWords = {
      {{"and", "AND"}, {"or", "OR"}, {"not", "NOT"}}};
  for (const auto& [word, op] : kWords) {
    if (token.text == word) {
      warn(token.offset,
           fmt::format("'{}' is searched as a word; write {} for the operator", word, op));
      return;
    }
  }
  if (token.text.starts_with("near/") || token.text.starts_with("onear/")) {
    warn(token.offset, fmt::format("'{}' is searched as a word; operators are upper case "
                                   "(NEAR/3, ONEAR/3)",
                                   shorten(token.text)));
  }
}

}  // namespace rauch::query::detail
