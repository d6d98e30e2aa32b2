#pragma once

// Detection inside `serve` (docs/api.md#detection): a thread that, every interval, runs
// the same detection as `rauchmelder ingest` over the posts stored since its last run
// (app::IngestDetection: follows the store by cursor, records incidents, survives
// restarts), so posts that arrive over HTTP raise incidents within seconds. The store is
// used through SharedStore, between requests.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "app/ingest_detection.h"
#include "core/error.h"
#include "server/shared_store.h"

namespace rauch::server {

// Told of each incident a run opened (opened) or whose severity rose (!opened), as the
// store now has it; called on the loop's thread.
using IncidentListener = std::function<void(const store::IncidentRecord&, bool opened)>;
// Called on the loop's thread with all that a run recorded (serve: notifications).
using AlertsRecorded = std::function<void(const std::vector<app::RecordedAlert>&)>;

struct DetectionListeners {
  IncidentListener on_incident;
  AlertsRecorded on_alerts;
  std::function<void(double seconds)> on_run;  // After each run, with its duration.
};

class DetectionLoop {
 public:
  // Warms detection up from the store (the 28 days before its cursor) and starts the
  // thread. kInvalidArgument for bad options, the store's error otherwise.
  [[nodiscard]] static Result<std::unique_ptr<DetectionLoop>> start(
      SharedStore& store, const app::IngestDetectionOptions& options,
      std::chrono::milliseconds interval, DetectionListeners listeners = {});
  ~DetectionLoop();  // Stops the thread after a run in progress.
  DetectionLoop(const DetectionLoop&) = delete;
  DetectionLoop& operator=(const DetectionLoop&) = delete;

 private:
  DetectionLoop(SharedStore& store, std::unique_ptr<app::IngestDetection> detection,
                std::chrono::milliseconds interval, DetectionListeners listeners);
  void run();
  void report(const app::RecordedAlert& recorded);

  SharedStore& store_;
  std::unique_ptr<app::IngestDetection> detection_;
  std::chrono::milliseconds interval_;
  DetectionListeners listeners_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace rauch::server
