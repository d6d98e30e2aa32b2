#pragma once

// Notifications from ingest (docs/notifications.md): when the config file has [notify]
// and [oncall] tables, every incident that detection opens or raises in severity goes
// into the outbox for whoever is on call (a fast local insert on the ingest thread), and a
// background NotifierThread delivers them, so a slow or dead channel never blocks
// ingestion. At the end ingest waits a bounded time for deliveries; what is still pending
// stays in the outbox for `rauchmelder notify deliver`, `serve` or the next ingest.

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "app/ingest_detection.h"
#include "core/error.h"

namespace rauch::app {

class IngestNotifications {
 public:
  // nullptr when the file has no [notify]/[oncall] tables. Opens its own connection to
  // the database (the notifier delivers on another thread). Errors: the config's, the
  // store's.
  [[nodiscard]] static Result<std::unique_ptr<IngestNotifications>> start(
      const std::string& db_path, const std::string& config_path);
  ~IngestNotifications();

  // After detection recorded these alerts: enqueues the incidents that opened or rose.
  [[nodiscard]] Result<std::int64_t> changed(const std::vector<RecordedAlert>& alerts);
  // Gives the deliveries up to `budget` to finish; returns how many rows were enqueued.
  std::int64_t finish(std::chrono::milliseconds budget);

 private:
  struct Parts;
  explicit IngestNotifications(std::unique_ptr<Parts> parts);
  std::unique_ptr<Parts> parts_;
  std::int64_t enqueued_ = 0;
};

// Whether a TOML file has a top-level [notify] or [oncall] table (cheap check before
// reading it as a notification config).
[[nodiscard]] Result<bool> has_notification_tables(const std::string& config_path);

}  // namespace rauch::app
