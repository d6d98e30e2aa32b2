#pragma once

// The notification outbox (docs/notifications.md): one row per message to send through one
// channel to one person. Enqueueing is a local insert, so detection never waits for a
// network; the notifier (src/notify) delivers due rows separately and records each
// attempt, so pending messages survive a restart.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/timestamp.h"

namespace rauch::store {

enum class NotificationStatus : std::uint8_t { kPending, kSent, kFailed };

// "pending", "sent", "failed", and the inverse (nullopt for unknown names).
std::string_view notification_status_name(NotificationStatus status);
std::optional<NotificationStatus> notification_status_from_name(std::string_view name);

struct NotificationRecord {
  std::int64_t id = 0;           // Assigned by the store.
  std::int64_t incident_id = 0;  // incidents.id; not checked (the row outlives nothing).
  std::string event;             // "opened", "severity_rose", "escalated", "reminder", "test".
  std::string channel;           // "webhook", "slack", "smtp", "log".
  std::string recipient;         // The person's name from the on-call schedule.
  std::string address;           // Where the channel sends it: URL, e-mail address, "".
  int level = 1;                 // Escalation level the recipient was on call at.
  std::string body;              // The generic webhook JSON body (docs/notifications.md).
  NotificationStatus status = NotificationStatus::kPending;
  int attempts = 0;              // Delivery attempts so far.
  Timestamp next_attempt_at;     // Wall clock; due when <= now.
  std::string last_error;        // Of the latest failed attempt; "" when none failed.
  Timestamp created_at;          // Wall clock of the enqueue.
  std::optional<Timestamp> sent_at;

  friend bool operator==(const NotificationRecord&, const NotificationRecord&) = default;
};

// What list_notifications returns; conditions are ANDed. Oldest first (created_at, id).
struct NotificationFilter {
  std::optional<std::int64_t> incident_id;
  std::optional<NotificationStatus> status;
  std::int64_t limit = 1000;  // 1..kMaxListLimit
};

// Limits the store enforces so a row stays small.
inline constexpr std::size_t kMaxNotificationBodyBytes = 256 * 1024;
inline constexpr std::size_t kMaxNotificationErrorBytes = 1024;  // Longer errors are cut.

}  // namespace rauch::store
