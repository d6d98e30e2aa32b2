#pragma once

// What a notification says: an incident (store/incident_record.h), why it is sent now
// (the event), to whom, and when. The generic webhook JSON body (docs/notifications.md) is
// its one serialized form: the outbox stores it, and the other channels render their text
// from the Message parsed back.

#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/timestamp.h"
#include "store/incident_record.h"

namespace rauch::notify {

// Why a message is sent. Names: "opened", "severity_rose", "escalated", "reminder", "test".
enum class Event { kOpened, kSeverityRose, kEscalated, kReminder, kTest };
std::string_view event_name(Event event);
std::optional<Event> event_from_name(std::string_view name);

struct Recipient {
  std::string name;  // The person's name in the on-call schedule.
  int level = 1;     // The escalation level they were on call at.
};

struct Message {
  Event event = Event::kOpened;
  store::IncidentRecord incident;  // Only the fields listed in webhook_json are carried.
  Recipient recipient;
  Timestamp sent_at;  // Wall clock; channels set it to the delivery time.
};

// The documented body: {"event", "incident": {"id", "key", "kind", "severity", "status",
// "query_id", "title", "explanation", "started_at", "updated_at", "details"},
// "recipient": {"name", "level"}, "sent_at"}. Times are RFC 3339 UTC; details is the
// incident's details JSON object ({} when it has none), embedded, not quoted.
std::string webhook_json(const Message& message);

// The inverse of webhook_json; kInvalidArgument naming the missing or bad key.
[[nodiscard]] Result<Message> message_from_webhook_json(std::string_view json);

}  // namespace rauch::notify
