#include "app/incident_json.h"

#include <nlohmann/json.hpp>

#include "core/timestamp.h"

namespace rauch::app {

nlohmann::json incident_json(const store::IncidentRecord& r) {
  auto optional_time = [](const std::optional<Timestamp>& t) -> nlohmann::json {
    return t ? nlohmann::json(format_rfc3339(*t)) : nlohmann::json(nullptr);
  };
  nlohmann::json details = nlohmann::json::object();
  if (!r.details_json.empty())
    details = nlohmann::json::parse(r.details_json, nullptr, /*allow_exceptions=*/false);
  return {{"id", r.id},
          {"key", r.key},
          {"query_id", r.query_id},
          {"kind", r.kind},
          {"severity", store::severity_name(r.severity)},
          {"status", store::incident_status_name(r.status)},
          {"title", r.title},
          {"explanation", r.explanation},
          {"details", details},
          {"started_at", format_rfc3339(r.started_at)},
          {"updated_at", format_rfc3339(r.updated_at)},
          {"acknowledged_at", optional_time(r.acknowledged_at)},
          {"acknowledged_by", r.acknowledged_by},
          {"resolved_at", optional_time(r.resolved_at)},
          {"resolved_by", r.resolved_by}};
}

}  // namespace rauch::app
