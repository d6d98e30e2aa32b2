#include "query/syntax/detail/parser_impl.h"

#include <utility>

#include <fmt/format.h>

#include "query/syntax/detail/field_values.h"
#include "query/syntax/detail/lexer.h"
#include "query/syntax/detail/range_value.h"
#include "query/syntax/detail/tree_build.h"
#include "query/syntax/detail/utf8.h"
#include "query/syntax/detail/words.h"

namespace rauch::query::detail {
namespace {

constexpr const char* kExpectedOperand = "expected a term, a phrase, '(' or a field";

bool starts_operand(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
    case TokenKind::kPhrase:
    case TokenKind::kCaseTerm:
    case TokenKind::kCasePhrase:
    case TokenKind::kLeftParen:
    case TokenKind::kNot:
    case TokenKind::kMinus:
    case TokenKind::kField:
      return true;
    default:
      return false;
  }
}

}  // namespace

tl::expected<Node, SyntaxError> Parser::parse() {
  if (query_.size() > limits_.max_query_bytes) {
    return tl::unexpected(
        SyntaxError{1, fmt::format("query is longer than {} bytes", limits_.max_query_bytes)});
  }
  if (auto encoding = check_encoding(); !encoding) {
    return tl::unexpected(std::move(encoding.error()));
  }
  auto first = lexer_.peek();
  if (!first) {
    return tl::unexpected(std::move(first.error()));
  }
  if (first->kind == TokenKind::kEnd) {
    return tl::unexpected(SyntaxError{1, "query is empty"});
  }
  auto root = parse_or();
  if (!root) {
    return tl::unexpected(std::move(root.error()));
  }
  auto last = lexer_.next();
  if (!last) {
    return tl::unexpected(std::move(last.error()));
  }
  if (last->kind == TokenKind::kRightParen) {
    return tl::unexpected(error_at(last->offset, "unexpected ')' without a matching '('"));
  }
  if (last->kind != TokenKind::kEnd) {
    return tl::unexpected(unexpected(*last));
  }
  if (root->negative == Negative::kOnlyNot) {
    return tl::unexpected(
        error_at(root->offset, "query matches nothing but NOT terms: add a positive term"));
  }
  if (root->negative == Negative::kOrAlternative) {
    return tl::unexpected(error_at(root->negative_offset,
                                   "this OR alternative has nothing but NOT terms, so the query "
                                   "matches almost every post: add a positive term to it"));
  }
  return std::move(root->node);
}

Parser::Check Parser::check_encoding() const {
  if (auto invalid = find_invalid_utf8(query_)) {
    return tl::unexpected(
        error_at(*invalid, fmt::format("invalid UTF-8 at byte {}", *invalid + 1)));
  }
  std::size_t pos = 0;
  while (pos < query_.size()) {
    const CodePoint cp = decode_utf8(query_, pos);
    if (is_control(cp.value)) {
      return tl::unexpected(error_at(pos, fmt::format("control character U+{:04X} is not allowed",
                                                      static_cast<std::uint32_t>(cp.value))));
    }
    pos += cp.length;
  }
  return {};
}

Parser::Step Parser::parse_or() {
  auto first = parse_and();
  if (!first) {
    return first;
  }
  auto next = lexer_.peek();
  if (!next) {
    return tl::unexpected(std::move(next.error()));
  }
  if (next->kind != TokenKind::kOr) {
    return first;
  }
  const std::size_t or_offset = next->offset;
  bool mixed = first->bare_and;
  std::vector<Operand> operands;
  operands.push_back(std::move(*first));
  while (next->kind == TokenKind::kOr) {
    (void)lexer_.next();
    auto operand = parse_and();
    if (!operand) {
      return operand;
    }
    mixed = mixed || operand->bare_and;
    operands.push_back(std::move(*operand));
    next = lexer_.peek();
    if (!next) {
      return tl::unexpected(std::move(next.error()));
    }
  }
  if (mixed) {
    warn(or_offset,
         "AND and OR are mixed without brackets: AND binds tighter, so 'a b OR c' means "
         "'(a AND b) OR c'; add brackets to say what you mean");
  }
  Operand result = combine(NodeKind::kOr, std::move(operands));
  if (auto depth = check_depth(result); !depth) {
    return tl::unexpected(std::move(depth.error()));
  }
  return result;
}

Parser::Step Parser::parse_and() {
  std::vector<Operand> operands;
  while (true) {
    if (!operands.empty()) {
      auto next = lexer_.peek();
      if (!next) {
        return tl::unexpected(std::move(next.error()));
      }
      if (next->kind == TokenKind::kAnd) {
        (void)lexer_.next();
      } else if (!starts_operand(next->kind)) {
        break;
      }
    }
    auto operand = parse_unary();
    if (!operand) {
      return operand;
    }
    operands.push_back(std::move(*operand));
  }
  if (operands.size() == 1) {
    return std::move(operands.front());
  }
  Operand result = combine(NodeKind::kAnd, std::move(operands));
  if (auto depth = check_depth(result); !depth) {
    return tl::unexpected(std::move(depth.error()));
  }
  result.bare_and = true;
  return result;
}

Parser::Step Parser::parse_unary() {
  auto next = lexer_.peek();
  if (!next) {
    return tl::unexpected(std::move(next.error()));
  }
  if (next->kind != TokenKind::kNot && next->kind != TokenKind::kMinus) {
    return parse_near();
  }
  const std::size_t offset = next->offset;
  (void)lexer_.next();
  const Nesting nesting(nesting_);
  if (auto deep = check_nesting(offset); !deep) {
    return tl::unexpected(std::move(deep.error()));
  }
  auto operand = parse_unary();
  if (!operand) {
    return operand;
  }
  Operand result = negate(std::move(*operand), offset);
  if (auto depth = check_depth(result); !depth) {
    return tl::unexpected(std::move(depth.error()));
  }
  return result;
}

Parser::Step Parser::parse_near() {
  auto left = parse_primary();
  while (left) {
    auto op = lexer_.peek();
    if (!op) {
      return tl::unexpected(std::move(op.error()));
    }
    if (op->kind != TokenKind::kNear) {
      break;
    }
    (void)lexer_.next();
    const std::string needs =
        fmt::format("{} needs a term, a phrase or an OR of those on each side", lexer_.source(*op));
    if (auto bad = bad_near_operand(left->node)) {
      return tl::unexpected(error_at(left->offset, fmt::format("{}, not {}", needs, *bad)));
    }
    auto distance = check_distance(op->distance, op->offset);
    if (!distance) {
      return tl::unexpected(std::move(distance.error()));
    }
    auto next = lexer_.peek();
    if (!next) {
      return tl::unexpected(std::move(next.error()));
    }
    if (next->kind == TokenKind::kNot || next->kind == TokenKind::kMinus) {
      return tl::unexpected(error_at(next->offset, fmt::format("{}, not a NOT", needs)));
    }
    auto right = parse_primary();
    if (!right) {
      return right;
    }
    if (auto bad = bad_near_operand(right->node)) {
      return tl::unexpected(error_at(right->offset, fmt::format("{}, not {}", needs, *bad)));
    }
    left = make_near(std::move(*left), std::move(*right), *distance, op->ordered);
    if (auto depth = check_depth(*left); !depth) {
      return tl::unexpected(std::move(depth.error()));
    }
  }
  return left;
}

Parser::Step Parser::parse_primary() {
  auto token = lexer_.next();
  if (!token) {
    return tl::unexpected(std::move(token.error()));
  }
  switch (token->kind) {
    case TokenKind::kWord:
    case TokenKind::kCaseTerm:
      return parse_term(*token);
    case TokenKind::kPhrase:
    case TokenKind::kCasePhrase:
      return parse_phrase(*token);
    case TokenKind::kLeftParen:
      return parse_group(*token);
    case TokenKind::kField:
      return parse_field(*token);
    case TokenKind::kEnd:
      return tl::unexpected(
          error_at(token->offset, fmt::format("unexpected end of query: {}", kExpectedOperand)));
    default:
      return tl::unexpected(unexpected(*token));
  }
}

Parser::Step Parser::parse_group(const Token& open) {
  const Nesting nesting(nesting_);
  if (auto deep = check_nesting(open.offset); !deep) {
    return tl::unexpected(std::move(deep.error()));
  }
  auto next = lexer_.peek();
  if (!next) {
    return tl::unexpected(std::move(next.error()));
  }
  if (next->kind == TokenKind::kRightParen) {
    return tl::unexpected(
        error_at(next->offset, fmt::format("empty brackets: {} before ')'", kExpectedOperand)));
  }
  auto inner = parse_or();
  if (!inner) {
    return inner;
  }
  auto close = lexer_.next();
  if (!close) {
    return tl::unexpected(std::move(close.error()));
  }
  if (close->kind != TokenKind::kRightParen) {
    return tl::unexpected(error_at(close->offset, fmt::format("expected ')' to close '(' at col {}",
                                                              lexer_.column(open.offset))));
  }
  inner->offset = open.offset;
  inner->bare_and = false;
  return inner;
}

SyntaxError Parser::unexpected(const Token& token) const {
  return error_at(token.offset,
                  fmt::format("unexpected '{}': {}", lexer_.source(token), kExpectedOperand));
}

Parser::Check Parser::check_depth(const Operand& operand) const {
  if (operand.depth > limits_.max_depth) {
    return tl::unexpected(error_at(
        operand.offset, fmt::format("query nests deeper than {} levels", limits_.max_depth)));
  }
  return {};
}

Parser::Check Parser::check_nesting(std::size_t offset) const {
  if (nesting_ > limits_.max_depth) {
    return tl::unexpected(
        error_at(offset, fmt::format("query nests deeper than {} levels", limits_.max_depth)));
  }
  return {};
}

ParseOutcome run_parser(std::string_view query, const Limits& limits) {
  Parser parser(query, limits);
  auto root = parser.parse();
  return ParseOutcome{std::move(root), parser.take_warnings()};
}

}  // namespace rauch::query::detail
