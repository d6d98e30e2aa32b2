#pragma once

// Optimal string alignment distance (Levenshtein plus adjacent swaps) over bytes,
// bounded: returns max + 1 as soon as the distance must exceed `max`. Labels are short
// (at most 63 bytes in ASCII, their skeletons a few times that), so it works on the stack.

#include <cstdint>
#include <string_view>

namespace rauch::text::detail {

std::uint32_t bounded_edit_distance(std::string_view a, std::string_view b, std::uint32_t max);

}  // namespace rauch::text::detail
