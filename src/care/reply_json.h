#pragma once

// The reply audit's findings as JSON, the contract of `rauchmelder replies check --json`
// and POST /api/v1/replies/check: {"findings": [{"kind", "span": [begin, end], "why"}]}.

#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "care/reply_audit.h"

namespace rauch::care {

nlohmann::json findings_json(const std::vector<ReplyFinding>& findings);

}  // namespace rauch::care
