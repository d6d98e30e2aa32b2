#pragma once

// Replays the stored history through detection (docs/detection.md, "Backtest"): per saved
// query, the per-minute match counts in event-time order through the volume-burst and the
// negative-share detectors; the brand's own posts through the hijack detector. The same history always
// gives the same alerts.

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/timestamp.h"
#include "detect/hijack/hijack_detector.h"
#include "detect/negative/negative_share_detector.h"
#include "detect/volume/volume_detector.h"
#include "store/store.h"

namespace rauch::app {

struct BacktestOptions {
  std::optional<Timestamp> since;  // Inclusive; the detector still warms up from here.
  std::optional<Timestamp> until;  // Exclusive.
  std::vector<std::string> query_ids;  // Empty: every saved query.
  detect::VolumeOptions volume;
  detect::NegativeShareOptions negative;
  detect::HijackOptions hijack;
};

struct BacktestAlert {
  store::IncidentRecord incident;  // What it opens or updates; started_at is when.
  double score = 1;                // The detector's score (1 for rule signals).
};

// Alerts of every query and of the own accounts, by time. Errors: the store's, or
// kInvalidArgument for an unknown query id or bad volume options.
[[nodiscard]] Result<std::vector<BacktestAlert>> run_backtest(store::Store& store,
                                                              const BacktestOptions& options);

}  // namespace rauch::app
