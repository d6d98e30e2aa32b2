#pragma once

// An incident as the store keeps it: what detection raised (docs/detection.md), with its
// lifecycle open → acknowledged (by whom, when) → resolved. Detection records an incident
// under a key; while one with that key is not resolved, recording again updates it
// instead of opening a second one (deduplication while it lasts).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/timestamp.h"

namespace rauch::store {

enum class Severity : std::uint8_t { kInfo, kWarning, kCritical };
enum class IncidentStatus : std::uint8_t { kOpen, kAcknowledged, kResolved };

// "info", "warning", "critical"; "open", "acknowledged", "resolved"; and the inverses
// (nullopt for unknown names).
std::string_view severity_name(Severity severity);
std::optional<Severity> severity_from_name(std::string_view name);
std::string_view incident_status_name(IncidentStatus status);
std::optional<IncidentStatus> incident_status_from_name(std::string_view name);

struct IncidentRecord {
  std::int64_t id = 0;  // Assigned by the store.
  // One unresolved incident per key, e.g. "volume:velora" (signal kind and query).
  std::string key;
  std::string query_id;  // The query it is about; "" for the brand as a whole.
  std::string kind;      // The signal(s): "volume", "negative_share", "hijack", ...
  Severity severity = Severity::kInfo;
  IncidentStatus status = IncidentStatus::kOpen;
  std::string title;        // One line: "Velora: 412 posts in 15 min, 9x the usual".
  std::string explanation;  // What a person needs in ten seconds, plain text.
  std::string details_json;  // The numbers and top posts: a JSON object, or empty.
  Timestamp started_at;  // Event time of the first signal.
  Timestamp updated_at;  // Event time of the latest signal.
  // Human actions, wall clock.
  std::optional<Timestamp> acknowledged_at;
  std::string acknowledged_by;
  std::optional<Timestamp> resolved_at;
  std::string resolved_by;

  friend bool operator==(const IncidentRecord&, const IncidentRecord&) = default;
};

// What record_incident did.
struct IncidentUpdate {
  std::int64_t id = 0;
  bool opened = false;         // A new incident (no unresolved one had the key).
  bool severity_rose = false;  // An existing one got a higher severity: notify again.
};

struct IncidentFilter {
  // Empty: open and acknowledged ones (what needs attention).
  std::vector<IncidentStatus> statuses;
  std::int64_t limit = 100;  // 1..kMaxListLimit
};

// Limits the store enforces so a row stays small.
inline constexpr std::size_t kMaxIncidentKeyBytes = 256;
inline constexpr std::size_t kMaxIncidentTextBytes = 64 * 1024;

}  // namespace rauch::store
