#include "store/sqlite/match_series.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "store/sqlite/statement.h"

namespace rauch::store::sqlite {

Result<std::vector<SeriesBucket>> match_series(sqlite3* db, const SeriesRequest& request) {
  if (request.bucket_ms < 1) {
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("series bucket of {} ms: must be at least 1", request.bucket_ms));
  }
  if (request.until < request.since) {
    return make_error(ErrorCode::kInvalidArgument, "series range ends before it starts");
  }
  if (request.query_ids.empty()) {
    return std::vector<SeriesBucket>();
  }
  // The matches index (query_id, created_at) gives the posts in range; IN makes a post
  // matched by several of the queries count once. Each post then costs one rowid lookup
  // in posts (followers) and one in analyses (sentiment). Floor division, as SQLite's '/'
  // truncates towards zero.
  auto stmt = Statement::prepare(
      db,
      "SELECT p.created_at - ((p.created_at % ?4) + ?4) % ?4 AS start, count(*), "
      "sum(a.sentiment_label = 'negative'), sum(a.sentiment_label = 'positive'), "
      "sum(coalesce(p.author_followers, 0)) FROM posts p "
      "LEFT JOIN analyses a ON a.post_rowid = p.rowid WHERE p.rowid IN (SELECT post_rowid "
      "FROM matches WHERE query_id IN (SELECT value FROM json_each(?3)) AND created_at >= ?1 "
      "AND created_at < ?2) GROUP BY start ORDER BY start");
  if (!stmt) {
    return fail<std::vector<SeriesBucket>>(stmt.error());
  }
  const std::string ids = nlohmann::json(request.query_ids).dump();
  stmt->bind_int64(1, request.since.ms);
  stmt->bind_int64(2, request.until.ms);
  stmt->bind_text(3, ids);
  stmt->bind_int64(4, request.bucket_ms);
  std::vector<SeriesBucket> buckets;
  while (true) {
    auto row = stmt->step();
    if (!row) {
      return fail<std::vector<SeriesBucket>>(row.error());
    }
    if (!*row) {
      return buckets;
    }
    buckets.push_back(SeriesBucket{Timestamp{stmt->column_int64(0)}, stmt->column_int64(1),
                                   stmt->column_int64_or_null(2).value_or(0),
                                   stmt->column_int64_or_null(3).value_or(0),
                                   stmt->column_int64_or_null(4).value_or(0)});
  }
}

}  // namespace rauch::store::sqlite
