#pragma once

// Reads a query file for `rauchmelder match --queries FILE`: one query per line as
// ID<TAB>QUERY; blank lines and lines starting with '#' are skipped.

#include <string>
#include <vector>

#include "core/error.h"
#include "query/matcher.h"

namespace rauch::app {

// kInvalidArgument listing every bad line as "FILE:LINE: reason" (a missing tab, an
// empty or repeated id, a query syntax error with its column); kUnavailable when the
// file cannot be read.
[[nodiscard]] Result<std::vector<query::QuerySpec>> read_query_file(const std::string& path);

}  // namespace rauch::app
