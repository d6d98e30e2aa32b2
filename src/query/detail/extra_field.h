#pragma once

#include <string>
#include <string_view>

namespace rauch::query::detail {

// Sets `out` to the string value of the top-level `key` of the JSON object `json` (the
// post's unknown fields). Leaves `out` unchanged when the key is absent, not a string, or
// the JSON is not an object. Cheap when the key does not occur in the text at all.
void extract_top_level_string(std::string_view json, std::string_view key, std::string& out);

}  // namespace rauch::query::detail
