#pragma once

// Replays the stored history of the saved queries through detection (docs/detection.md,
// "Backtest"): per query, the per-minute match counts in event-time order through the
// volume-burst detector. The same history always gives the same alerts.

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/timestamp.h"
#include "detect/volume/volume_detector.h"
#include "store/store.h"

namespace rauch::app {

struct BacktestOptions {
  std::optional<Timestamp> since;  // Inclusive; the detector still warms up from here.
  std::optional<Timestamp> until;  // Exclusive.
  std::vector<std::string> query_ids;  // Empty: every saved query.
  detect::VolumeOptions volume;
};

struct BacktestAlert {
  std::string query_id;
  detect::VolumeReading reading;  // The bucket that raised it.
};

// Alerts of every query, by time (then query id). Errors: the store's, or
// kInvalidArgument for an unknown query id or bad volume options.
[[nodiscard]] Result<std::vector<BacktestAlert>> run_backtest(store::Store& store,
                                                              const BacktestOptions& options);

// The incident an alert opens or updates (key "volume:<query id>", severity warning: a
// burst alone is not yet a crisis; docs/detection.md#incidents).
store::IncidentRecord incident_of(const BacktestAlert& alert);

}  // namespace rauch::app
