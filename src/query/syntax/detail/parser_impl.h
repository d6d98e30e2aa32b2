#pragma once

// The recursive-descent parser behind parse_syntax() and lint(): one pass that returns the
// tree or the first error, and the warnings it met on the way.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <tl/expected.hpp>

#include "query/ast.h"
#include "query/syntax/detail/lexer.h"
#include "query/syntax/detail/tree_build.h"
#include "query/syntax/lint.h"
#include "query/syntax/parser.h"

namespace rauch::query::detail {

struct ParseOutcome {
  tl::expected<Node, SyntaxError> root;
  std::vector<Lint> warnings;  // Severity kWarning, in the order met.
};

ParseOutcome run_parser(std::string_view query, const Limits& limits);

// Counts the brackets and NOTs the parser is inside, so deep input fails before the
// recursion can exhaust the stack.
class Nesting {
 public:
  explicit Nesting(std::size_t& level) : level_(level) { ++level_; }
  ~Nesting() { --level_; }
  Nesting(const Nesting&) = delete;
  Nesting& operator=(const Nesting&) = delete;

 private:
  std::size_t& level_;
};

// Operators live in parser_impl.cpp, terms, phrases and fields in parser_leaves.cpp.
class Parser {
 public:
  Parser(std::string_view query, const Limits& limits)
      : query_(query), limits_(limits), lexer_(query) {}

  tl::expected<Node, SyntaxError> parse();
  std::vector<Lint> take_warnings() { return std::move(warnings_); }

 private:
  using Step = tl::expected<Operand, SyntaxError>;
  using Check = tl::expected<void, SyntaxError>;

  Check check_encoding() const;
  Step parse_or();
  Step parse_and();
  Step parse_unary();
  Step parse_near();
  Step parse_primary();
  Step parse_group(const Token& open);
  Step parse_term(const Token& token);
  Step parse_phrase(const Token& token);
  Step parse_proximity(const Token& token);
  Step parse_field(const Token& token);
  Step parse_text_field(const Token& token, Field field);
  Step parse_title(const Token& token);

  Check count_term(std::size_t offset);
  Check check_depth(const Operand& operand) const;
  Check check_nesting(std::size_t offset) const;
  Check check_wildcard(std::string_view text, std::size_t offset);
  tl::expected<std::uint32_t, SyntaxError> check_distance(std::uint64_t distance,
                                                          std::size_t offset);
  void warn_operator_word(const Token& token);
  SyntaxError error_at(std::size_t offset, std::string message) const {
    return lexer_.error_at(offset, std::move(message));
  }
  SyntaxError unexpected(const Token& token) const;
  void warn(std::size_t offset, std::string message) {
    warnings_.push_back(Lint{Severity::kWarning, lexer_.column(offset), std::move(message)});
  }

  std::string_view query_;
  const Limits& limits_;
  Lexer lexer_;
  std::vector<Lint> warnings_;
  std::size_t terms_ = 0;
  std::size_t nesting_ = 0;
};

}  // namespace rauch::query::detail
