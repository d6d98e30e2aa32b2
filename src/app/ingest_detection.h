#pragma once

// Detection inside ingest (docs/detection.md#detection-in-ingest). It follows the store:
// after batches are committed it replays the posts stored since it last looked, in
// event-time order, through the DetectionEngine, records the incidents they raise and
// saves where it got to (Store::save_detection_cursor). A new process (after a restart
// or a kill) first rebuilds the detectors' state by replaying the stored history before
// that cursor without alerting (warm-up), then goes on from the cursor: detection state
// survives restarts because it is a function of the stored posts. Posts stored later
// with an event time before the cursor are not seen live (backtest sees them).

#include <map>
#include <memory>
#include <vector>

#include "core/error.h"
#include "core/timestamp.h"
#include "detect/engine/detection_alert.h"
#include "detect/engine/detection_engine.h"
#include "store/incident_record.h"
#include "store/store.h"

namespace rauch::app {

struct IngestDetectionOptions {
  detect::DetectionOptions detection;
  std::map<std::string, detect::DetectionOptions> per_query;  // From the config file.
  // How much stored history before the cursor rebuilds the state. The volume baseline
  // learns weekly rhythms, so four weeks.
  double warmup_days = 28;
};

// An alert and what recording it did (opened, severity rose: notify).
struct RecordedAlert {
  detect::DetectionAlert alert;
  store::IncidentUpdate update;
};

class IngestDetection {
 public:
  [[nodiscard]] static Result<std::unique_ptr<IngestDetection>> start(
      store::Store& store, const IngestDetectionOptions& options, Timestamp wall_now);

  // Detection over the posts stored since the last call; records their incidents and
  // saves the cursor. `final`: also close the last open minute (end of the input).
  [[nodiscard]] Result<std::vector<RecordedAlert>> catch_up(store::Store& store,
                                                            Timestamp wall_now, bool final);

  std::int64_t posts_seen() const { return posts_seen_; }
  std::size_t memory_bytes() const { return engine_.memory_bytes(); }

 private:
  IngestDetection(detect::DetectionEngine engine, std::optional<store::ReplayCursor> cursor)
      : engine_(std::move(engine)), cursor_(cursor) {}

  detect::DetectionEngine engine_;
  std::optional<store::ReplayCursor> cursor_;
  std::int64_t posts_seen_ = 0;
};

}  // namespace rauch::app
