#pragma once

// An incident as JSON, the same object for `rauchmelder incidents --json` and the API
// (docs/api.md#incidents): id, key, query_id, kind, severity, status, title, explanation,
// details (an object), started_at, updated_at, acknowledged_at/by, resolved_at/by.

#include <nlohmann/json_fwd.hpp>

#include "store/incident_record.h"

namespace rauch::app {

nlohmann::json incident_json(const store::IncidentRecord& incident);

}  // namespace rauch::app
