#include "query/syntax/parser.h"

#include <fmt/format.h>

#include "query/syntax/detail/parser_impl.h"

namespace rauch::query {

std::string format_syntax_error(const SyntaxError& error) {
  return fmt::format("col {}: {}", error.column, error.message);
}

tl::expected<Node, SyntaxError> parse_syntax(std::string_view query, const Limits& limits) {
  return detail::run_parser(query, limits).root;
}

Result<Node> parse(std::string_view query, const Limits& limits) {
  auto root = parse_syntax(query, limits);
  if (!root) {
    return make_error(ErrorCode::kInvalidArgument, format_syntax_error(root.error()));
  }
  return std::move(*root);
}

}  // namespace rauch::query
