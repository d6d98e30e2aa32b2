#include "app/ingest_notifications.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include "app/time_arguments.h"
#include "notify/channel.h"
#include "notify/config_file.h"
#include "notify/notifier.h"
#include "notify/notifier_thread.h"
#include "store/sqlite/sqlite_store.h"

namespace rauch::app {

// Declared in this order so they are destroyed thread first, then notifier, then store.
struct IngestNotifications::Parts {
  std::unique_ptr<store::sqlite::SqliteStore> store;
  std::unique_ptr<notify::Notifier> notifier;
  std::unique_ptr<notify::NotifierThread> thread;
};

IngestNotifications::IngestNotifications(std::unique_ptr<Parts> parts) : parts_(std::move(parts)) {}

IngestNotifications::~IngestNotifications() = default;

Result<bool> has_notification_tables(const std::string& config_path) {
  try {
    const toml::table root = toml::parse_file(config_path);
    return root.contains("notify") || root.contains("oncall");
  } catch (const toml::parse_error& e) {
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("{}:{}:{}: {}", config_path, e.source().begin.line,
                                  e.source().begin.column, e.description()));
  }
}

Result<std::unique_ptr<IngestNotifications>> IngestNotifications::start(
    const std::string& db_path, const std::string& config_path) {
  auto wanted = has_notification_tables(config_path);
  if (!wanted) return tl::unexpected(wanted.error());
  if (!*wanted) return std::unique_ptr<IngestNotifications>();
  auto config = notify::load_notify_config(config_path);
  if (!config) return tl::unexpected(config.error());
  auto store = store::sqlite::SqliteStore::open(db_path);
  if (!store) return tl::unexpected(store.error());
  auto parts = std::make_unique<Parts>();
  parts->store = std::move(*store);
  parts->notifier = std::make_unique<notify::Notifier>(*parts->store, config->notify,
                                                       config->oncall,
                                                       notify::make_channels(config->notify));
  parts->thread = std::make_unique<notify::NotifierThread>(*parts->notifier, wall_clock_now,
                                                           std::chrono::seconds(5));
  return std::unique_ptr<IngestNotifications>(new IngestNotifications(std::move(parts)));
}

Result<std::int64_t> IngestNotifications::changed(const std::vector<RecordedAlert>& alerts) {
  std::int64_t rows = 0;
  for (const RecordedAlert& r : alerts) {
    if (!r.update.opened && !r.update.severity_rose) continue;
    store::IncidentRecord incident = r.alert.incident;
    incident.id = r.update.id;
    auto added = parts_->notifier->incident_changed(incident, r.update, wall_clock_now());
    if (!added) return tl::unexpected(added.error());
    rows += *added;
  }
  if (rows > 0) parts_->thread->wake();
  enqueued_ += rows;
  return rows;
}

std::int64_t IngestNotifications::finish(std::chrono::milliseconds budget) {
  if (enqueued_ > 0) {
    // Two ticks: one already running when the last rows were enqueued may have missed them.
    const std::int64_t ticks = parts_->thread->ticks();
    parts_->thread->wake();
    if (parts_->thread->wait_for_ticks(ticks + 1, budget / 2)) {
      parts_->thread->wake();
      parts_->thread->wait_for_ticks(ticks + 2, budget / 2);
    }
  }
  return enqueued_;
}

}  // namespace rauch::app
