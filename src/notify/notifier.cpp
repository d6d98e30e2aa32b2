#include "notify/notifier.h"

#include <algorithm>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

namespace rauch::notify {
namespace {

template <typename T>
Result<T> fail(Error error) {
  return tl::unexpected(std::move(error));
}

}  // namespace

Notifier::Notifier(store::Store& store, NotifyConfig config, OnCallSchedule schedule,
                   ChannelSet channels)
    : store_(store),
      config_(std::move(config)),
      schedule_(std::move(schedule)),
      channels_(std::move(channels)) {}

Result<std::int64_t> Notifier::incident_changed(const store::IncidentRecord& incident,
                                                const store::IncidentUpdate& update,
                                                Timestamp now) {
  if (!update.opened && !update.severity_rose) return 0;
  if (incident.severity < config_.min_severity) return 0;
  store::IncidentRecord current = incident;
  current.id = update.id;
  std::lock_guard lock(mutex_);
  return enqueue_for_level(current, update.opened ? Event::kOpened : Event::kSeverityRose, 1, now);
}

Result<std::int64_t> Notifier::enqueue_for_level(const store::IncidentRecord& incident,
                                                 Event event, int level, Timestamp now) {
  std::optional<OnCall> on_call;
  for (; level <= schedule_.levels() && !on_call; ++level) on_call = schedule_.who_is_on_call(now, level);
  if (!on_call) {
    spdlog::error("notify_nobody_on_call incident={} event={}", incident.id, event_name(event));
    return 0;
  }
  const std::string body =
      webhook_json(Message{event, incident, Recipient{on_call->person.name, on_call->level}, now});
  std::int64_t enqueued = 0;
  for (const auto& [channel, address] : on_call->person.channels()) {
    store::NotificationRecord row;
    row.incident_id = incident.id;
    row.event = event_name(event);
    row.channel = channel;
    row.recipient = on_call->person.name;
    row.address = address;
    row.level = on_call->level;
    row.body = body;
    row.next_attempt_at = now;
    row.created_at = now;
    auto id = store_.enqueue_notification(row);
    if (!id) return fail<std::int64_t>(id.error());
    ++enqueued;
  }
  spdlog::info("notify_enqueued incident={} event={} recipient={} level={} channels={}",
               incident.id, event_name(event), on_call->person.name, on_call->level, enqueued);
  return enqueued;
}

Result<std::int64_t> Notifier::escalate(Timestamp now) {
  std::lock_guard lock(mutex_);
  auto open = store_.list_incidents({.statuses = {store::IncidentStatus::kOpen}, .limit = 1000});
  if (!open) return fail<std::int64_t>(open.error());
  std::int64_t escalated = 0;
  for (const store::IncidentRecord& incident : *open) {
    auto rows = store_.list_notifications({.incident_id = incident.id});
    if (!rows) return fail<std::int64_t>(rows.error());
    if (rows->empty()) continue;  // Never notified (below min_severity, or older).
    int highest = 0;
    Timestamp latest;
    for (const store::NotificationRecord& row : *rows) {
      highest = std::max(highest, row.level);
      latest = std::max(latest, row.created_at);
    }
    if (highest >= schedule_.levels()) continue;
    if (now.ms - latest.ms < schedule_.escalate_after_ms(highest)) continue;
    auto added = enqueue_for_level(incident, Event::kEscalated, highest + 1, now);
    if (!added) return added;
    escalated += *added;
  }
  return escalated;
}

Result<void> Notifier::record_outcome(const store::NotificationRecord& row,
                                      const Result<void>& sent, Timestamp now,
                                      DeliveryCounts& counts) {
  std::lock_guard lock(mutex_);
  if (sent) {
    ++counts.sent;
    spdlog::info("notify_sent id={} incident={} channel={} recipient={} attempt={}", row.id,
                 row.incident_id, row.channel, row.recipient, row.attempts + 1);
    return store_.mark_notification_sent(row.id, now);
  }
  const int failures = row.attempts + 1;
  if (failures >= config_.retry.max_attempts) {
    ++counts.failed;
    spdlog::error("notify_gave_up id={} incident={} channel={} recipient={} attempts={} error={}",
                  row.id, row.incident_id, row.channel, row.recipient, failures,
                  sent.error().message());
    return store_.mark_notification_failed(row.id, sent.error().message(), std::nullopt);
  }
  ++counts.retrying;
  const Timestamp next{now.ms + retry_delay_ms(config_.retry, failures)};
  spdlog::warn("notify_retry id={} incident={} channel={} recipient={} attempt={} next={} error={}",
               row.id, row.incident_id, row.channel, row.recipient, failures,
               format_rfc3339(next), sent.error().message());
  return store_.mark_notification_failed(row.id, sent.error().message(), next);
}

Result<DeliveryCounts> Notifier::deliver(Timestamp now, std::int64_t limit) {
  std::lock_guard tick_lock(tick_mutex_);
  Result<std::vector<store::NotificationRecord>> due = [&] {
    std::lock_guard lock(mutex_);
    return store_.due_notifications(now, limit);
  }();
  if (!due) return fail<DeliveryCounts>(due.error());
  DeliveryCounts counts;
  for (const store::NotificationRecord& row : *due) {
    // Sent without the store lock: a dead endpoint costs up to the timeouts, here only.
    Result<void> sent = make_error(ErrorCode::kInvalidArgument,
                                   fmt::format("no channel named '{}' is configured", row.channel));
    if (auto channel = channels_.find(row.channel); channel != channels_.end()) {
      auto message = message_from_webhook_json(row.body);
      if (message) {
        message->sent_at = now;
        sent = channel->second->send(*message, row.address);
      } else {
        sent = tl::unexpected(message.error());
      }
    }
    if (auto recorded = record_outcome(row, sent, now, counts); !recorded)
      return fail<DeliveryCounts>(recorded.error());
  }
  return counts;
}

Result<TickCounts> Notifier::tick(Timestamp now) {
  TickCounts counts;
  auto escalated = escalate(now);
  if (!escalated) return fail<TickCounts>(escalated.error());
  counts.escalated = *escalated;
  auto delivered = deliver(now);
  if (!delivered) return fail<TickCounts>(delivered.error());
  counts.delivery = *delivered;
  return counts;
}

}  // namespace rauch::notify
