#pragma once

// Parses the query language (docs/query-language.md) into the AST of query/ast.h.
//
// Precedence, tightest first: NEAR/n ONEAR/n ("a b"~n), then NOT and '-', then AND
// (written or implicit between adjacent operands), then OR. AND and OR are n-ary and
// flattened: "a AND (b AND c)" gives one kAnd with three children, so every tree has a
// single canonical text (printer.h). A group with one element is that element.
//
// Every query is checked against Limits (length, nesting depth, number of terms, NEAR
// distance); errors name the 1-based column, counted in Unicode code points, and what
// was expected: "col 17: expected ')' to close '(' at col 1".
//
// Thread safety: the functions are pure; call them from any thread.

#include <cstddef>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

#include "core/error.h"
#include "query/ast.h"

namespace rauch::query {

// Where a query is malformed, for editors and the CLI that draw a caret under it.
struct SyntaxError {
  std::size_t column = 0;  // 1-based, in code points; one past the end for "unexpected end".
  std::string message;     // Without the column: "expected ')' to close '(' at col 1".

  friend bool operator==(const SyntaxError&, const SyntaxError&) = default;
};

// "col 17: expected ')' to close '(' at col 1".
std::string format_syntax_error(const SyntaxError& error);

// Parses `query`, reporting the first problem with its column.
[[nodiscard]] tl::expected<Node, SyntaxError> parse_syntax(std::string_view query,
                                                           const Limits& limits = {});

// Parses `query`; errors are kInvalidArgument with format_syntax_error's text.
[[nodiscard]] Result<Node> parse(std::string_view query, const Limits& limits = {});

}  // namespace rauch::query
