#include "app/query_file.h"

#include <fstream>
#include <set>

#include <fmt/format.h>

#include "query/syntax/parser.h"

namespace rauch::app {

Result<std::vector<query::QuerySpec>> read_query_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return make_error(ErrorCode::kUnavailable, fmt::format("cannot open {}", path));
  std::vector<query::QuerySpec> specs;
  std::set<std::string, std::less<>> ids;
  std::string problems;
  std::string line;
  for (std::int64_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos || line[0] == '#')
      continue;
    const std::size_t tab = line.find('\t');
    std::string reason;
    if (tab == std::string::npos) {
      reason = "expected ID<TAB>QUERY";
    } else if (tab == 0) {
      reason = "empty query id";
    } else if (!ids.insert(line.substr(0, tab)).second) {
      reason = fmt::format("query id '{}' used twice", line.substr(0, tab));
    } else if (auto root = query::parse(std::string_view(line).substr(tab + 1)); !root) {
      reason = root.error().message();
    } else {
      specs.push_back({line.substr(0, tab), std::move(*root)});
      continue;
    }
    problems += fmt::format("{}{}:{}: {}", problems.empty() ? "" : "\n", path, number, reason);
  }
  if (in.bad())
    return make_error(ErrorCode::kUnavailable, fmt::format("cannot read {}", path));
  if (!problems.empty())
    return make_error(ErrorCode::kInvalidArgument, std::move(problems));
  return specs;
}

}  // namespace rauch::app
