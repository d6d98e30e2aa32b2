#pragma once

// The property the query parser fuzzer checks, shared with the regression test that
// replays the corpus and the saved crashes: parsing never crashes; an error names a
// column inside the query (or one past its end); a parsed tree prints as text that
// parses back to the same tree and prints the same again; lint agrees with parse.

#include <cstddef>
#include <string>
#include <string_view>

#include "query/syntax/lint.h"
#include "query/syntax/parser.h"
#include "query/syntax/printer.h"

namespace rauch::query::fuzz {

// An empty string when the property holds, else what broke.
inline std::string check_query_roundtrip(std::string_view input) {
  const auto first = parse_syntax(input);
  const auto lints = lint(input);
  bool lint_error = false;
  for (const Lint& item : lints) {
    lint_error = lint_error || item.severity == Severity::kError;
  }
  if (lint_error == first.has_value()) {
    return "lint and parse disagree on whether the query has an error";
  }
  if (!first) {
    // Columns count code points; one past the end points at "unexpected end".
    if (first.error().column == 0 || first.error().column > input.size() + 1) {
      return "error column out of range: " + format_syntax_error(first.error());
    }
    return {};
  }
  const std::string text = print(*first);
  const auto second = parse_syntax(text);
  if (!second) {
    return "printed text does not parse: '" + text + "': " + format_syntax_error(second.error());
  }
  if (!(*second == *first)) {
    return "parse(print(tree)) differs from tree for '" + text + "'";
  }
  if (print(*second) != text) {
    return "print is not stable: '" + text + "' then '" + print(*second) + "'";
  }
  return {};
}

}  // namespace rauch::query::fuzz
