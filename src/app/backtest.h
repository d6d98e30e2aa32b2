#pragma once

// Replays the stored history through detection (docs/detection.md, "Backtest"): every
// stored post that matched a saved query, or is own, in event-time order through the
// same DetectionEngine that ingest runs. The same history always gives the same alerts.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/timestamp.h"
#include "detect/engine/detection_alert.h"
#include "detect/engine/detection_options.h"
#include "store/store.h"

namespace rauch::app {

struct BacktestOptions {
  std::optional<Timestamp> since;  // Inclusive; the detectors still warm up from here.
  std::optional<Timestamp> until;  // Exclusive.
  std::vector<std::string> query_ids;  // Empty: every saved query.
  detect::DetectionOptions detection;
  std::map<std::string, detect::DetectionOptions> per_query;  // From the config file.
};

// Alerts of the queries and of the own accounts, by time. Errors: the store's, or
// kInvalidArgument for an unknown query id or bad detection options.
[[nodiscard]] Result<std::vector<detect::DetectionAlert>> run_backtest(
    store::Store& store, const BacktestOptions& options);

}  // namespace rauch::app
