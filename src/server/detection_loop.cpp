#include "server/detection_loop.h"

#include <spdlog/spdlog.h>

#include "app/time_arguments.h"

namespace rauch::server {
Result<std::unique_ptr<DetectionLoop>> DetectionLoop::start(
    SharedStore& store, const app::IngestDetectionOptions& options,
    std::chrono::milliseconds interval, DetectionListeners listeners) {
  auto detection = store.with([&](store::Store& s) {
    return app::IngestDetection::start(s, options, app::wall_clock_now());
  });
  if (!detection)
    return tl::unexpected(detection.error());
  return std::unique_ptr<DetectionLoop>(
      new DetectionLoop(store, std::move(*detection), interval, std::move(listeners)));
}

DetectionLoop::DetectionLoop(SharedStore& store, std::unique_ptr<app::IngestDetection> detection,
                             std::chrono::milliseconds interval, DetectionListeners listeners)
    : store_(store),
      detection_(std::move(detection)),
      interval_(interval),
      listeners_(std::move(listeners)),
      thread_([this] { run(); }) {}

DetectionLoop::~DetectionLoop() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void DetectionLoop::run() {
  std::unique_lock lock(mutex_);
  while (!wake_.wait_for(lock, interval_, [this] { return stop_; })) {
    lock.unlock();
    const auto started = std::chrono::steady_clock::now();
    auto alerts = store_.with(
        [&](store::Store& s) { return detection_->catch_up(s, app::wall_clock_now(), false); });
    if (listeners_.on_run)
      listeners_.on_run(
          std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    if (!alerts) {
      // The next run tries again from the same cursor: nothing is skipped.
      spdlog::error("serve: detection: {}", alerts.error().message());
    } else {
      for (const app::RecordedAlert& r : *alerts)
        report(r);
      if (listeners_.on_alerts && !alerts->empty())
        listeners_.on_alerts(*alerts);
    }
    lock.lock();
  }
}

void DetectionLoop::report(const app::RecordedAlert& r) {
  if (!r.update.opened && !r.update.severity_rose)
    return;
  spdlog::warn("serve: incident {} {}: {} {}", r.update.id, r.update.opened ? "opened" : "rose to",
               store::severity_name(r.alert.incident.severity), r.alert.incident.title);
  if (!listeners_.on_incident)
    return;
  // The incident as stored (status, acknowledgement, the higher severity), not the alert.
  auto stored = store_.with([&](store::Store& s) { return s.find_incident(r.update.id); });
  if (!stored) {
    spdlog::error("serve: incident {}: {}", r.update.id, stored.error().message());
    return;
  }
  if (*stored)
    listeners_.on_incident(**stored, r.update.opened);
}

}  // namespace rauch::server
