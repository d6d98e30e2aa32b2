#pragma once

// The notifier: turns incident changes into outbox rows for whoever is on call, escalates
// unacknowledged incidents, and delivers due rows through the channels with retries
// (docs/notifications.md). Time is passed in (`now`, wall clock), so tests are
// deterministic.
//
// Thread safety: incident_changed may be called from one thread (ingest) while tick runs on
// another (NotifierThread): store access is serialized by an internal mutex that is never
// held while a channel sends, so a slow channel never delays incident_changed. The Store
// given must not be used by anyone else meanwhile (give the notifier its own connection).

#include <cstdint>
#include <mutex>

#include "core/error.h"
#include "core/timestamp.h"
#include "notify/channel.h"
#include "notify/notify_config.h"
#include "notify/oncall_schedule.h"
#include "store/store.h"

namespace rauch::notify {

struct DeliveryCounts {
  std::int64_t sent = 0;
  std::int64_t retrying = 0;  // Failed, tried again later.
  std::int64_t failed = 0;    // Failed for the last time (max_attempts reached).
  friend bool operator==(const DeliveryCounts&, const DeliveryCounts&) = default;
};

struct TickCounts {
  std::int64_t escalated = 0;  // Rows enqueued for a next level.
  DeliveryCounts delivery;
};

class Notifier {
 public:
  // `store` must outlive the notifier.
  Notifier(store::Store& store, NotifyConfig config, OnCallSchedule schedule, ChannelSet channels);

  // After Store::record_incident: when the incident opened or its severity rose (and it is
  // at least config.min_severity), enqueues one row per channel of the person on call at
  // `now` on level 1 (or the next level that has someone, in a gap). A mere update
  // enqueues nothing. A fast local insert; nothing is sent here. Returns rows enqueued.
  [[nodiscard]] Result<std::int64_t> incident_changed(const store::IncidentRecord& incident,
                                                      const store::IncidentUpdate& update,
                                                      Timestamp now);

  // escalate, then deliver.
  [[nodiscard]] Result<TickCounts> tick(Timestamp now);

  // For each open (unacknowledged) incident that has been notified: when the highest level
  // notified is L and escalate_after(L) has passed since its latest notification, enqueues
  // "escalated" rows for the person on call at level L+1 (once per level, up to the last).
  [[nodiscard]] Result<std::int64_t> escalate(Timestamp now);

  // Sends due rows (at most `limit`); a failure is retried after retry_delay_ms, and after
  // config.retry.max_attempts attempts the row is marked failed and logged.
  [[nodiscard]] Result<DeliveryCounts> deliver(Timestamp now, std::int64_t limit = 100);

 private:
  // Enqueues one row per channel of whoever is on call at `level` or, if nobody, the
  // next level with someone. Call with mutex_ held.
  Result<std::int64_t> enqueue_for_level(const store::IncidentRecord& incident, Event event,
                                         int level, Timestamp now);
  Result<void> record_outcome(const store::NotificationRecord& row, const Result<void>& sent,
                              Timestamp now, DeliveryCounts& counts);

  store::Store& store_;  // Guarded by mutex_.
  std::mutex mutex_;
  std::mutex tick_mutex_;  // One tick at a time: two would send the same due rows twice.
  const NotifyConfig config_;
  const OnCallSchedule schedule_;
  ChannelSet channels_;  // Used only inside tick (under tick_mutex_).
};

}  // namespace rauch::notify
