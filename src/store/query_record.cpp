#include "store/query_record.h"

#include <array>

#include <fmt/format.h>

namespace rauch::store {
namespace {

// Indexed by the enum's value; the order must match QueryCategory.
constexpr std::array<std::string_view, 3> kCategoryNames = {"brand", "competitor", "topic"};

Result<void> check_length(std::string_view field, std::string_view value, std::size_t min,
                          std::size_t max) {
  if (value.size() < min || value.size() > max) {
    return make_error(
        ErrorCode::kInvalidArgument,
        fmt::format("query {} must be {} to {} bytes long, not {}", field, min, max, value.size()));
  }
  return {};
}

}  // namespace

std::string_view query_category_name(QueryCategory category) {
  return kCategoryNames.at(static_cast<std::size_t>(category));
}

std::optional<QueryCategory> query_category_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kCategoryNames.size(); ++i) {
    if (kCategoryNames[i] == name) {
      return static_cast<QueryCategory>(i);
    }
  }
  return std::nullopt;
}

Result<void> validate_query_record(const QueryRecord& record) {
  for (auto checked : {check_length("id", record.id, 1, kMaxQueryIdBytes),
                       check_length("text", record.text, 1, kMaxQueryTextBytes),
                       check_length("name", record.name, 0, kMaxQueryNameBytes),
                       check_length("owner", record.owner, 0, kMaxQueryNameBytes)}) {
    if (!checked) {
      return checked;
    }
  }
  if (static_cast<std::size_t>(record.category) >= kCategoryNames.size()) {
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("query category {} is not one of brand, competitor, topic",
                                  static_cast<int>(record.category)));
  }
  return {};
}

}  // namespace rauch::store
