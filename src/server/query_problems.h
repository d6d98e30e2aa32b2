#pragma once

// A query text checked as the API saves or tests it, with its problems where a query
// editor shows them: a line and a column (1-based, in code points, counted within the
// line) and a message. Syntax errors and the limits of docs/query-language.md#limits
// (length, nesting, number of terms, NEAR distance) come from the parser with their
// column; errors found while compiling the query alone (a wildcard term that is not one
// word) concern the whole query and point at line 1, column 1.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>
#include <tl/expected.hpp>

#include "query/matcher.h"

namespace httplib {
struct Response;
}  // namespace httplib

namespace rauch::server {

struct QueryProblem {
  std::size_t line = 1;
  std::size_t column = 1;
  std::string message;
};

struct CheckedQuery {
  std::shared_ptr<const query::Matcher> matcher;  // The query alone, as index 0.
  std::string canonical;                          // query/syntax/printer.h
  std::vector<QueryProblem> warnings;             // Lints that do not stop saving.
};

// Parses and compiles `text` as the query `id`; the errors when it cannot be saved.
[[nodiscard]] tl::expected<CheckedQuery, std::vector<QueryProblem>> check_query_text(
    std::string_view id, std::string_view text);

// [{"line", "column", "message"}, ...]
nlohmann::json problems_json(const std::vector<QueryProblem>& problems);

// 400 {"error": {"status": 400, "message": "text: line L, col C: ...", "errors": [...]}}.
void send_query_errors(httplib::Response& res, const std::vector<QueryProblem>& errors);

}  // namespace rauch::server
