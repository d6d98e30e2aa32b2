#include "store/notification_record.h"

#include <array>
#include <utility>

namespace rauch::store {
namespace {

constexpr std::array<std::pair<NotificationStatus, std::string_view>, 3> kStatuses = {
    {{NotificationStatus::kPending, "pending"},
     {NotificationStatus::kSent, "sent"},
     {NotificationStatus::kFailed, "failed"}}};

}  // namespace

std::string_view notification_status_name(NotificationStatus status) {
  for (const auto& [value, name] : kStatuses)
    if (value == status) return name;
  return kStatuses[0].second;
}

std::optional<NotificationStatus> notification_status_from_name(std::string_view name) {
  for (const auto& [value, wanted] : kStatuses)
    if (wanted == name) return value;
  return std::nullopt;
}

}  // namespace rauch::store
