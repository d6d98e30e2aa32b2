#include "query/detail/extra_field.h"

#include <nlohmann/json.hpp>

namespace rauch::query::detail {

void extract_top_level_string(std::string_view json, std::string_view key, std::string& out) {
  // Most posts have no unknown fields, and few of those that do name this key: a
  // substring test avoids parsing in the common case.
  if (json.empty() || json.find(key) == std::string_view::npos)
    return;
  const nlohmann::json parsed = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_object())
    return;
  const auto it = parsed.find(key);
  if (it != parsed.end() && it->is_string())
    out = it->get<std::string>();
}

}  // namespace rauch::query::detail
