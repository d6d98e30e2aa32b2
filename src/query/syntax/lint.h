#pragma once

// Lints: what a query editor shows while a user types. Errors are the parser's (a query
// with an error cannot be saved); warnings point at queries that parse but probably do
// not mean what the user thinks:
//   - a wildcard with fewer than 3 characters before it ("ba*"),
//   - a NEAR distance over 10 words,
//   - AND and OR mixed without brackets ("a b OR c" reads as "(a AND b) OR c"),
//   - lower-case and/or/not/near/n, which are searched as words, not operators.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "query/ast.h"

namespace rauch::query {

enum class Severity : std::uint8_t { kError, kWarning };

struct Lint {
  Severity severity = Severity::kWarning;
  std::size_t column = 0;  // 1-based, in code points, as in SyntaxError.
  std::string message;

  friend bool operator==(const Lint&, const Lint&) = default;
};

// Every warning of `query` and its first error (a parse stops there), ordered by column.
std::vector<Lint> lint(std::string_view query, const Limits& limits = {});

// "warning: col 3: ..." / "error: col 1: ...".
std::string format_lint(const Lint& lint);

}  // namespace rauch::query
