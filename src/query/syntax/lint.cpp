#include "query/syntax/lint.h"

#include <algorithm>

#include <fmt/format.h>

#include "query/syntax/detail/parser_impl.h"

namespace rauch::query {

std::vector<Lint> lint(std::string_view query, const Limits& limits) {
  detail::ParseOutcome outcome = detail::run_parser(query, limits);
  std::vector<Lint> lints = std::move(outcome.warnings);
  if (!outcome.root) {
    lints.push_back(Lint{Severity::kError, outcome.root.error().column,
                         std::move(outcome.root.error().message)});
  }
  std::stable_sort(lints.begin(), lints.end(),
                   [](const Lint& a, const Lint& b) { return a.column < b.column; });
  return lints;
}

std::string format_lint(const Lint& lint) {
  return fmt::format("{}: col {}: {}", lint.severity == Severity::kError ? "error" : "warning",
                     lint.column, lint.message);
}

}  // namespace rauch::query
