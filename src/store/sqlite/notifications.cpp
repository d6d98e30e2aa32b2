#include "store/sqlite/notifications.h"

#include <fmt/format.h>

#include "store/sqlite/statement.h"

namespace rauch::store::sqlite {
namespace {

constexpr std::string_view kColumns =
    "SELECT id, incident_id, event, channel, recipient, address, level, body, status, "
    "attempts, next_attempt_at, last_error, created_at, sent_at FROM notifications";

NotificationRecord read_row(const Statement& s) {
  NotificationRecord r;
  r.id = s.column_int64(0);
  r.incident_id = s.column_int64(1);
  r.event = s.column_text(2);
  r.channel = s.column_text(3);
  r.recipient = s.column_text(4);
  r.address = s.column_text(5);
  r.level = static_cast<int>(s.column_int64(6));
  r.body = s.column_text(7);
  r.status =
      notification_status_from_name(s.column_text(8)).value_or(NotificationStatus::kPending);
  r.attempts = static_cast<int>(s.column_int64(9));
  r.next_attempt_at = Timestamp{s.column_int64(10)};
  r.last_error = s.column_text(11);
  r.created_at = Timestamp{s.column_int64(12)};
  if (auto at = s.column_int64_or_null(13)) r.sent_at = Timestamp{*at};
  return r;
}

Result<std::vector<NotificationRecord>> read_all(Statement& stmt) {
  std::vector<NotificationRecord> out;
  while (true) {
    auto row = stmt.step();
    if (!row) return fail<std::vector<NotificationRecord>>(row.error());
    if (!*row) return out;
    out.push_back(read_row(stmt));
  }
}

Result<void> check_limit(std::int64_t limit) {
  if (limit < 1 || limit > kMaxListLimit)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("limit must be between 1 and {}", kMaxListLimit));
  return {};
}

// Cuts at a UTF-8 character boundary so the stored text stays valid.
std::string_view cut_utf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

// Runs an UPDATE of one pending row; tells an unknown id from a row no longer pending.
Result<void> update_pending(sqlite3* db, Statement& update, std::int64_t id) {
  if (auto ran = update.run(); !ran) return ran;
  if (sqlite3_changes(db) == 1) return {};
  auto status = Statement::prepare(db, "SELECT status FROM notifications WHERE id = ?1");
  if (!status) return fail<void>(status.error());
  status->bind_int64(1, id);
  auto row = status->step();
  if (!row) return fail<void>(row.error());
  if (!*row) return make_error(ErrorCode::kNotFound, fmt::format("no notification with id {}", id));
  return make_error(ErrorCode::kConflict, fmt::format("notification {} is already {}", id,
                                                      status->column_text(0)));
}

}  // namespace

Result<std::int64_t> enqueue_notification(sqlite3* db, const NotificationRecord& record) {
  if (record.channel.empty() || record.event.empty())
    return make_error(ErrorCode::kInvalidArgument, "a notification needs a channel and an event");
  if (record.body.size() > kMaxNotificationBodyBytes)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("notification body longer than {} bytes",
                                  kMaxNotificationBodyBytes));
  auto insert = Statement::prepare(
      db,
      "INSERT INTO notifications (incident_id, event, channel, recipient, address, level, body, "
      "status, attempts, next_attempt_at, created_at) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'pending', 0, ?8, ?9)");
  if (!insert) return fail<std::int64_t>(insert.error());
  insert->bind_int64(1, record.incident_id);
  insert->bind_text(2, record.event);
  insert->bind_text(3, record.channel);
  insert->bind_text(4, record.recipient);
  insert->bind_text(5, record.address);
  insert->bind_int64(6, record.level);
  insert->bind_text(7, record.body);
  insert->bind_int64(8, record.next_attempt_at.ms);
  insert->bind_int64(9, record.created_at.ms);
  if (auto ran = insert->run(); !ran) return fail<std::int64_t>(ran.error());
  return sqlite3_last_insert_rowid(db);
}

Result<std::vector<NotificationRecord>> due_notifications(sqlite3* db, Timestamp now,
                                                          std::int64_t limit) {
  if (auto ok = check_limit(limit); !ok) return fail<std::vector<NotificationRecord>>(ok.error());
  auto stmt = Statement::prepare(
      db, fmt::format("{} WHERE status = 'pending' AND next_attempt_at <= ?1 "
                      "ORDER BY next_attempt_at, id LIMIT ?2",
                      kColumns));
  if (!stmt) return fail<std::vector<NotificationRecord>>(stmt.error());
  stmt->bind_int64(1, now.ms);
  stmt->bind_int64(2, limit);
  return read_all(*stmt);
}

Result<std::vector<NotificationRecord>> list_notifications(sqlite3* db,
                                                           const NotificationFilter& filter) {
  if (auto ok = check_limit(filter.limit); !ok)
    return fail<std::vector<NotificationRecord>>(ok.error());
  auto stmt = Statement::prepare(
      db, fmt::format("{} WHERE (?1 IS NULL OR incident_id = ?1) AND (?2 IS NULL OR status = ?2) "
                      "ORDER BY created_at, id LIMIT ?3",
                      kColumns));
  if (!stmt) return fail<std::vector<NotificationRecord>>(stmt.error());
  stmt->bind_int64(1, filter.incident_id);
  if (filter.status) {
    stmt->bind_text(2, notification_status_name(*filter.status));
  } else {
    stmt->bind_null(2);
  }
  stmt->bind_int64(3, filter.limit);
  return read_all(*stmt);
}

Result<void> mark_notification_sent(sqlite3* db, std::int64_t id, Timestamp at) {
  auto update = Statement::prepare(
      db,
      "UPDATE notifications SET status = 'sent', attempts = attempts + 1, sent_at = ?2 "
      "WHERE id = ?1 AND status = 'pending'");
  if (!update) return fail<void>(update.error());
  update->bind_int64(1, id);
  update->bind_int64(2, at.ms);
  return update_pending(db, *update, id);
}

Result<void> mark_notification_failed(sqlite3* db, std::int64_t id, std::string_view error,
                                      std::optional<Timestamp> next_attempt_at) {
  auto update = Statement::prepare(
      db,
      "UPDATE notifications SET attempts = attempts + 1, last_error = ?2, "
      "status = CASE WHEN ?3 IS NULL THEN 'failed' ELSE 'pending' END, "
      "next_attempt_at = coalesce(?3, next_attempt_at) WHERE id = ?1 AND status = 'pending'");
  if (!update) return fail<void>(update.error());
  update->bind_int64(1, id);
  update->bind_text(2, cut_utf8(error, kMaxNotificationErrorBytes));
  if (next_attempt_at) {
    update->bind_int64(3, next_attempt_at->ms);
  } else {
    update->bind_null(3);
  }
  return update_pending(db, *update, id);
}

}  // namespace rauch::store::sqlite
