#include "store/sqlite/incidents.h"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace rauch::store::sqlite {
namespace {

constexpr std::string_view kColumns =
    "SELECT id, key, query_id, kind, severity, status, title, explanation, details, "
    "started_at, updated_at, acknowledged_at, acknowledged_by, resolved_at, resolved_by "
    "FROM incidents";

IncidentRecord read_row(const Statement& s) {
  IncidentRecord r;
  r.id = s.column_int64(0);
  r.key = s.column_text(1);
  r.query_id = s.column_text(2);
  r.kind = s.column_text(3);
  r.severity = severity_from_name(s.column_text(4)).value_or(Severity::kInfo);
  r.status = incident_status_from_name(s.column_text(5)).value_or(IncidentStatus::kOpen);
  r.title = s.column_text(6);
  r.explanation = s.column_text(7);
  r.details_json = s.column_text(8);
  r.started_at = Timestamp{s.column_int64(9)};
  r.updated_at = Timestamp{s.column_int64(10)};
  if (auto at = s.column_int64_or_null(11)) r.acknowledged_at = Timestamp{*at};
  r.acknowledged_by = s.column_text(12);
  if (auto at = s.column_int64_or_null(13)) r.resolved_at = Timestamp{*at};
  r.resolved_by = s.column_text(14);
  return r;
}

Result<void> validate(const IncidentRecord& incident) {
  if (incident.key.empty() || incident.key.size() > kMaxIncidentKeyBytes)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("incident key must have 1 to {} bytes", kMaxIncidentKeyBytes));
  for (const std::string* text : {&incident.title, &incident.explanation, &incident.details_json})
    if (text->size() > kMaxIncidentTextBytes)
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("incident text longer than {} bytes", kMaxIncidentTextBytes));
  if (incident.updated_at < incident.started_at)
    return make_error(ErrorCode::kInvalidArgument, "incident updated before it started");
  if (!incident.details_json.empty() &&
      !nlohmann::json::parse(incident.details_json, nullptr, /*allow_exceptions=*/false)
           .is_object())
    return make_error(ErrorCode::kInvalidArgument, "incident details must be a JSON object");
  return {};
}

// The stored incident, or kNotFound.
Result<IncidentRecord> existing(sqlite3* db, std::int64_t id) {
  auto found = find_incident(db, id);
  if (!found) return fail<IncidentRecord>(found.error());
  if (!*found)
    return make_error(ErrorCode::kNotFound, fmt::format("no incident with id {}", id));
  return std::move(**found);
}

// open → acknowledged, or open/acknowledged → resolved, by `by` at `at`; kConflict names
// who already did it.
Result<IncidentRecord> transition(sqlite3* db, Transactions& transactions, std::int64_t id,
                                  std::string_view by, Timestamp at, IncidentStatus to) {
  const bool resolve = to == IncidentStatus::kResolved;
  auto update = Statement::prepare(
      db, resolve ? "UPDATE incidents SET status = 'resolved', resolved_by = ?2, "
                    "resolved_at = ?3 WHERE id = ?1"
                  : "UPDATE incidents SET status = 'acknowledged', acknowledged_by = ?2, "
                    "acknowledged_at = ?3 WHERE id = ?1");
  if (!update) return fail<IncidentRecord>(update.error());
  return transactions.run([&]() -> Result<IncidentRecord> {
    auto incident = existing(db, id);
    if (!incident) return incident;
    if (incident->status == IncidentStatus::kResolved)
      return make_error(ErrorCode::kConflict, fmt::format("incident {} was already resolved by {}",
                                                          id, incident->resolved_by));
    if (!resolve && incident->status == IncidentStatus::kAcknowledged)
      return make_error(ErrorCode::kConflict,
                        fmt::format("incident {} was already acknowledged by {}", id,
                                    incident->acknowledged_by));
    update->bind_int64(1, id);
    update->bind_text(2, by);
    update->bind_int64(3, at.ms);
    if (auto ran = update->run(); !ran) return fail<IncidentRecord>(ran.error());
    return existing(db, id);
  });
}

}  // namespace

Result<IncidentUpdate> record_incident(sqlite3* db, Transactions& transactions,
                                       const IncidentRecord& incident) {
  if (auto valid = validate(incident); !valid) return fail<IncidentUpdate>(valid.error());
  auto select = Statement::prepare(
      db, "SELECT id, severity FROM incidents WHERE key = ?1 AND status <> 'resolved'");
  auto insert = Statement::prepare(
      db,
      "INSERT INTO incidents (key, query_id, kind, severity, status, title, explanation, "
      "details, started_at, updated_at) VALUES (?1, ?2, ?3, ?4, 'open', ?5, ?6, ?7, ?8, ?9)");
  // The severity an incident reached stays while it lasts; the rest is the latest view.
  auto update = Statement::prepare(
      db,
      "UPDATE incidents SET kind = ?2, severity = ?3, title = ?4, explanation = ?5, "
      "details = ?6, updated_at = max(updated_at, ?7) WHERE id = ?1");
  for (auto* stmt : {&select, &insert, &update})
    if (!*stmt) return fail<IncidentUpdate>(stmt->error());
  return transactions.run([&]() -> Result<IncidentUpdate> {
    select->bind_text(1, incident.key);
    auto row = select->step();
    if (!row) return fail<IncidentUpdate>(row.error());
    IncidentUpdate out;
    if (!*row) {
      insert->bind_text(1, incident.key);
      insert->bind_text(2, incident.query_id);
      insert->bind_text(3, incident.kind);
      insert->bind_text(4, severity_name(incident.severity));
      insert->bind_text(5, incident.title);
      insert->bind_text(6, incident.explanation);
      insert->bind_text_or_null(7, incident.details_json);
      insert->bind_int64(8, incident.started_at.ms);
      insert->bind_int64(9, incident.updated_at.ms);
      if (auto ran = insert->run(); !ran) return fail<IncidentUpdate>(ran.error());
      out.id = sqlite3_last_insert_rowid(db);
      out.opened = true;
      return out;
    }
    out.id = select->column_int64(0);
    const Severity stored =
        severity_from_name(select->column_text(1)).value_or(Severity::kInfo);
    out.severity_rose = incident.severity > stored;
    update->bind_int64(1, out.id);
    update->bind_text(2, incident.kind);
    update->bind_text(3, severity_name(std::max(stored, incident.severity)));
    update->bind_text(4, incident.title);
    update->bind_text(5, incident.explanation);
    update->bind_text_or_null(6, incident.details_json);
    update->bind_int64(7, incident.updated_at.ms);
    if (auto ran = update->run(); !ran) return fail<IncidentUpdate>(ran.error());
    return out;
  });
}

Result<std::vector<IncidentRecord>> list_incidents(sqlite3* db, const IncidentFilter& filter) {
  if (filter.limit < 1 || filter.limit > kMaxListLimit)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("limit must be between 1 and {}", kMaxListLimit));
  std::vector<IncidentStatus> statuses = filter.statuses;
  if (statuses.empty()) statuses = {IncidentStatus::kOpen, IncidentStatus::kAcknowledged};
  std::string sql = fmt::format("{} WHERE status IN (", kColumns);
  for (std::size_t i = 0; i < statuses.size(); ++i)
    sql += fmt::format("{}'{}'", i > 0 ? ", " : "", incident_status_name(statuses[i]));
  sql += ") ORDER BY updated_at DESC, id DESC LIMIT ?1";
  auto stmt = Statement::prepare(db, sql);
  if (!stmt) return fail<std::vector<IncidentRecord>>(stmt.error());
  stmt->bind_int64(1, filter.limit);
  std::vector<IncidentRecord> out;
  while (true) {
    auto row = stmt->step();
    if (!row) return fail<std::vector<IncidentRecord>>(row.error());
    if (!*row) break;
    out.push_back(read_row(*stmt));
  }
  return out;
}

Result<std::optional<IncidentRecord>> find_incident(sqlite3* db, std::int64_t id) {
  auto stmt = Statement::prepare(db, fmt::format("{} WHERE id = ?1", kColumns));
  if (!stmt) return fail<std::optional<IncidentRecord>>(stmt.error());
  stmt->bind_int64(1, id);
  auto row = stmt->step();
  if (!row) return fail<std::optional<IncidentRecord>>(row.error());
  if (!*row) return std::optional<IncidentRecord>();
  return std::optional<IncidentRecord>(read_row(*stmt));
}

Result<IncidentRecord> acknowledge_incident(sqlite3* db, Transactions& transactions,
                                            std::int64_t id, std::string_view by, Timestamp at) {
  return transition(db, transactions, id, by, at, IncidentStatus::kAcknowledged);
}

Result<IncidentRecord> resolve_incident(sqlite3* db, Transactions& transactions, std::int64_t id,
                                        std::string_view by, Timestamp at) {
  return transition(db, transactions, id, by, at, IncidentStatus::kResolved);
}

}  // namespace rauch::store::sqlite
