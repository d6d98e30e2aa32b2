#include "server/query_problems.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/query_matching.h"
#include "query/syntax/lint.h"
#include "query/syntax/parser.h"
#include "query/syntax/printer.h"
#include "server/http_json.h"

namespace rauch::server {
namespace {

// The parser counts columns in code points over the whole text; an editor wants them per
// line. Continuation bytes (10xxxxxx) do not start a code point.
QueryProblem at_column(std::string_view text, std::size_t column, std::string message) {
  QueryProblem problem{1, 1, std::move(message)};
  std::size_t code_point = 1;
  for (std::size_t i = 0; i < text.size() && code_point < column; ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) == 0x80)
      continue;
    ++code_point;
    if (byte == '\n') {
      ++problem.line;
      problem.column = 1;
    } else {
      ++problem.column;
    }
  }
  problem.column += column > code_point ? column - code_point : 0;  // One past the end.
  return problem;
}

}  // namespace

tl::expected<CheckedQuery, std::vector<QueryProblem>> check_query_text(std::string_view id,
                                                                       std::string_view text) {
  auto root = query::parse_syntax(text);
  if (!root)
    return tl::unexpected(
        std::vector<QueryProblem>{at_column(text, root.error().column, root.error().message)});
  CheckedQuery checked;
  checked.canonical = query::print(*root);
  store::QueryRecord record;
  record.id = std::string(id);
  record.text = std::string(text);
  auto matcher = app::compile_queries(std::span<const store::QueryRecord>(&record, 1), nullptr);
  if (!matcher)
    return tl::unexpected(std::vector<QueryProblem>{{1, 1, matcher.error().message()}});
  checked.matcher = std::move(*matcher);
  for (query::Lint& lint : query::lint(text))
    if (lint.severity == query::Severity::kWarning)
      checked.warnings.push_back(at_column(text, lint.column, std::move(lint.message)));
  return checked;
}

nlohmann::json problems_json(const std::vector<QueryProblem>& problems) {
  nlohmann::json out = nlohmann::json::array();
  for (const QueryProblem& p : problems)
    out.push_back({{"line", p.line}, {"column", p.column}, {"message", p.message}});
  return out;
}

void send_query_errors(httplib::Response& res, const std::vector<QueryProblem>& errors) {
  const QueryProblem& first = errors.front();
  const std::string message =
      fmt::format("text: line {}, col {}: {}", first.line, first.column, first.message);
  send_json(res,
            {{"error", {{"status", 400}, {"message", message}, {"errors", problems_json(errors)}}}},
            400);
}

}  // namespace rauch::server
