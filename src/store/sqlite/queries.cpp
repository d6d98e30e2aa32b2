#include "store/sqlite/queries.h"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

namespace rauch::store::sqlite {
namespace {

constexpr std::string_view kUpsertQuery = R"sql(
INSERT INTO queries (id, text, name, category, owner, created_at, updated_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
ON CONFLICT (id) DO UPDATE SET text = excluded.text, name = excluded.name,
  category = excluded.category, owner = excluded.owner, updated_at = excluded.updated_at)sql";

constexpr std::string_view kQueryColumns =
    "SELECT id, text, name, category, owner, created_at, updated_at FROM queries";

// Resolves the post through UNIQUE (source, ext_id); a post that is not stored selects
// no row and so inserts nothing.
constexpr std::string_view kBackfillMatch = R"sql(
INSERT OR IGNORE INTO matches (query_id, post_rowid, created_at)
SELECT ?1, rowid, created_at FROM posts WHERE source = ?2 AND ext_id = ?3)sql";

// A backfill commits after this many posts, so an ingest in another process waits at
// most a few milliseconds for the write lock (its busy timeout is seconds).
constexpr std::size_t kBackfillChunk = 10'000;

// SQL's integer division truncates towards zero; days before 1970 need the floor.
constexpr std::string_view kDayOfCreatedAt =
    "CASE WHEN created_at >= 0 THEN created_at / 86400000 "
    "ELSE (created_at + 1) / 86400000 - 1 END";

QueryRecord read_query(const Statement& s) {
  QueryRecord record;
  record.id = s.column_text(0);
  record.text = s.column_text(1);
  record.name = s.column_text(2);
  // A category this binary does not know (written by a newer release) reads as a topic
  // rather than making every query unreadable.
  record.category = query_category_from_name(s.column_text(3)).value_or(QueryCategory::kTopic);
  record.owner = s.column_text(4);
  record.created_at = Timestamp{s.column_int64(5)};
  record.updated_at = Timestamp{s.column_int64(6)};
  return record;
}

std::string format_day(std::int64_t day) {
  const CivilTime t = to_civil(Timestamp{day * kMillisPerDay});
  return fmt::format("{:04}-{:02}-{:02}", t.year, t.month, t.day);
}

Result<bool> query_exists(sqlite3* db, std::string_view id) {
  auto stmt = Statement::prepare(db, "SELECT 1 FROM queries WHERE id = ?1");
  if (!stmt) {
    return fail<bool>(stmt.error());
  }
  stmt->bind_text(1, id);
  return stmt->step();
}

}  // namespace

void append_time_range(std::string& sql, std::string_view column,
                       const std::optional<Timestamp>& since,
                       const std::optional<Timestamp>& until) {
  if (since) {
    sql += fmt::format(" AND {} >= ?1", column);
  }
  if (until) {
    sql += fmt::format(" AND {} < ?2", column);
  }
}

void bind_time_range(Statement& stmt, const std::optional<Timestamp>& since,
                     const std::optional<Timestamp>& until) {
  if (since) {
    stmt.bind_int64(1, since->ms);
  }
  if (until) {
    stmt.bind_int64(2, until->ms);
  }
}

Result<void> put_query(sqlite3* db, const QueryRecord& record) {
  if (auto valid = validate_query_record(record); !valid) {
    return valid;
  }
  auto stmt = Statement::prepare(db, kUpsertQuery);
  if (!stmt) {
    return fail<void>(stmt.error());
  }
  stmt->bind_text(1, record.id);
  stmt->bind_text(2, record.text);
  stmt->bind_text(3, record.name);
  stmt->bind_text(4, query_category_name(record.category));
  stmt->bind_text(5, record.owner);
  stmt->bind_int64(6, record.created_at.ms);
  stmt->bind_int64(7, record.updated_at.ms);
  return stmt->run();
}

Result<std::vector<QueryRecord>> list_queries(sqlite3* db) {
  auto stmt = Statement::prepare(db, fmt::format("{} ORDER BY id", kQueryColumns));
  if (!stmt) {
    return fail<std::vector<QueryRecord>>(stmt.error());
  }
  std::vector<QueryRecord> records;
  while (true) {
    auto row = stmt->step();
    if (!row) {
      return fail<std::vector<QueryRecord>>(row.error());
    }
    if (!*row) {
      return records;
    }
    records.push_back(read_query(*stmt));
  }
}

Result<std::optional<QueryRecord>> find_query(sqlite3* db, std::string_view id) {
  auto stmt = Statement::prepare(db, fmt::format("{} WHERE id = ?1", kQueryColumns));
  if (!stmt) {
    return fail<std::optional<QueryRecord>>(stmt.error());
  }
  stmt->bind_text(1, id);
  auto row = stmt->step();
  if (!row) {
    return fail<std::optional<QueryRecord>>(row.error());
  }
  if (!*row) {
    return std::optional<QueryRecord>();
  }
  return std::optional<QueryRecord>(read_query(*stmt));
}

Result<bool> remove_query(sqlite3* db, Transactions& transactions, std::string_view id) {
  auto remove_matches = Statement::prepare(db, "DELETE FROM matches WHERE query_id = ?1");
  auto remove = Statement::prepare(db, "DELETE FROM queries WHERE id = ?1");
  for (auto* stmt : {&remove_matches, &remove}) {
    if (!*stmt) {
      return fail<bool>(stmt->error());
    }
    (*stmt)->bind_text(1, id);
  }
  return transactions.run([&]() -> Result<bool> {
    if (auto ran = remove_matches->run(); !ran) {
      return fail<bool>(ran.error());
    }
    if (auto ran = remove->run(); !ran) {
      return fail<bool>(ran.error());
    }
    return sqlite3_changes(db) > 0;
  });
}

Result<std::int64_t> put_matches(sqlite3* db, Transactions& transactions, std::string_view query_id,
                                 std::span<const PostKey> posts) {
  auto insert = Statement::prepare(db, kBackfillMatch);
  if (!insert) {
    return fail<std::int64_t>(insert.error());
  }
  std::int64_t added = 0;
  std::size_t done = 0;
  do {
    const auto chunk = posts.subspan(done, std::min(kBackfillChunk, posts.size() - done));
    auto written = transactions.run([&]() -> Result<std::int64_t> {
      // Checked inside the transaction, so a query removed meanwhile by another process
      // cannot be left with matches.
      auto exists = query_exists(db, query_id);
      if (!exists) {
        return fail<std::int64_t>(exists.error());
      }
      if (!*exists) {
        return make_error(ErrorCode::kNotFound, fmt::format("no saved query with id {}", query_id));
      }
      std::int64_t new_rows = 0;
      for (const PostKey& key : chunk) {
        insert->reset();
        insert->bind_text(1, query_id);
        insert->bind_text(2, source_name(key.source));
        insert->bind_text(3, key.id);
        if (auto ran = insert->run(); !ran) {
          return fail<std::int64_t>(ran.error());
        }
        new_rows += sqlite3_changes(db);
      }
      return new_rows;
    });
    if (!written) {
      return written;
    }
    added += *written;
    done += chunk.size();
  } while (done < posts.size());
  return added;
}

Result<std::int64_t> count_matches(sqlite3* db, std::string_view query_id,
                                   std::optional<Timestamp> since, std::optional<Timestamp> until) {
  std::string sql = "SELECT count(*) FROM matches WHERE query_id = ?3";
  append_time_range(sql, "created_at", since, until);
  auto stmt = Statement::prepare(db, sql);
  if (!stmt) {
    return fail<std::int64_t>(stmt.error());
  }
  bind_time_range(*stmt, since, until);
  stmt->bind_text(3, query_id);
  auto row = stmt->step();
  if (!row) {
    return fail<std::int64_t>(row.error());
  }
  return stmt->column_int64(0);
}

Result<std::vector<DayCount>> match_counts_by_day(sqlite3* db, std::string_view query_id,
                                                  std::optional<Timestamp> since,
                                                  std::optional<Timestamp> until) {
  std::string sql =
      fmt::format("SELECT {} AS day, count(*) FROM matches WHERE query_id = ?3", kDayOfCreatedAt);
  append_time_range(sql, "created_at", since, until);
  sql += " GROUP BY day ORDER BY day";
  auto stmt = Statement::prepare(db, sql);
  if (!stmt) {
    return fail<std::vector<DayCount>>(stmt.error());
  }
  bind_time_range(*stmt, since, until);
  stmt->bind_text(3, query_id);
  std::vector<DayCount> days;
  while (true) {
    auto row = stmt->step();
    if (!row) {
      return fail<std::vector<DayCount>>(row.error());
    }
    if (!*row) {
      return days;
    }
    days.push_back(DayCount{format_day(stmt->column_int64(0)), stmt->column_int64(1)});
  }
}

Result<std::vector<MinuteCount>> match_counts_by_minute(sqlite3* db, std::string_view query_id,
                                                        std::optional<Timestamp> since,
                                                        std::optional<Timestamp> until) {
  // The matches index (query_id, created_at) serves the range and the order.
  // Floor division: SQLite's '/' truncates towards zero, which would put the last minute
  // before 1970 into the first one after it.
  std::string sql =
      "SELECT (m.created_at - ((m.created_at % 60000) + 60000) % 60000) / 60000 AS minute, "
      "count(*), sum(a.sentiment_label = 'negative') FROM matches m "
      "LEFT JOIN analyses a ON a.post_rowid = m.post_rowid WHERE m.query_id = ?3";
  append_time_range(sql, "m.created_at", since, until);
  sql += " GROUP BY minute ORDER BY minute";
  auto stmt = Statement::prepare(db, sql);
  if (!stmt) {
    return fail<std::vector<MinuteCount>>(stmt.error());
  }
  bind_time_range(*stmt, since, until);
  stmt->bind_text(3, query_id);
  std::vector<MinuteCount> minutes;
  while (true) {
    auto row = stmt->step();
    if (!row) {
      return fail<std::vector<MinuteCount>>(row.error());
    }
    if (!*row) {
      return minutes;
    }
    minutes.push_back(MinuteCount{Timestamp{stmt->column_int64(0) * 60'000}, stmt->column_int64(1),
                                  stmt->column_int64_or_null(2).value_or(0)});
  }
}

}  // namespace rauch::store::sqlite
