#pragma once

// Numeric values of followers: and rating:, in every spelling the tools users come from
// accept: >n >=n <n <=n, n..m, n (exactly n), and Lucene's [a TO b] with '{' '}' for
// exclusive ends and '*' for an open end.

#include <cstddef>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

#include "query/ast.h"
#include "query/syntax/parser.h"

namespace rauch::query::detail {

struct RangeValue {
  Range range;
  std::size_t end = 0;  // Byte offset just past the value.
};

// Reads the value at byte `pos` of `query`, right after "followers:" or "rating:".
// Followers take whole numbers, ratings decimals (up to 6 places); both have at most 15
// digits before the point, so every value is exact in a double and prints back the same.
// An open end is never exclusive in the result (there is nothing to exclude), and a range
// that holds no number is an error.
tl::expected<RangeValue, SyntaxError> read_range(std::string_view query, std::size_t pos,
                                                 Field field);

// The shortest decimal that reads back as `value` ("1000", "4.5"); "*" for infinities.
std::string format_number(double value);

}  // namespace rauch::query::detail
