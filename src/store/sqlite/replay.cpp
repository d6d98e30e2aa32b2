#include "store/sqlite/replay.h"

#include <limits>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "store/sqlite/analyses.h"
#include "store/sqlite/post_rows.h"
#include "store/sqlite/statement.h"

namespace rauch::store::sqlite {
namespace {

// Posts are read in chunks, each a fresh statement continuing after the last (created_at,
// rowid): no read transaction stays open while `visit` runs (it may record incidents), and
// memory holds one chunk.
constexpr std::int64_t kChunk = 2000;


std::string chunk_sql() {
  return fmt::format(R"sql(
SELECT {}, {}, a.post_rowid IS NOT NULL,
       (SELECT json_group_array(m.query_id) FROM
          (SELECT query_id FROM matches WHERE post_rowid = p.rowid ORDER BY query_id) m),
       p.rowid
  FROM posts p LEFT JOIN analyses a ON a.post_rowid = p.rowid
 WHERE (p.created_at > ?1 OR (p.created_at = ?1 AND p.rowid > ?2)) AND p.created_at < ?3
   AND (p.own = 1 OR EXISTS (SELECT 1 FROM matches WHERE post_rowid = p.rowid))
 ORDER BY p.created_at, p.rowid
 LIMIT ?4)sql",
                     kPostColumns, kAnalysisColumns);
}

// The query ids come as a JSON array: ids may contain any character.
void split_ids(std::string_view json, std::vector<std::string>& out) {
  out.clear();
  const nlohmann::json ids = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!ids.is_array()) return;
  for (const auto& id : ids)
    if (id.is_string()) out.push_back(id.get<std::string>());
}

}  // namespace

Result<std::int64_t> replay_posts(sqlite3* db, const ReplayRange& range,
                                  const std::function<Result<void>(const ReplayedPost&)>& visit) {
  auto select = Statement::prepare(db, chunk_sql());
  if (!select) return tl::unexpected(select.error());
  constexpr int kAnalysisFirst = 22;  // kPostColumns has 22 columns.
  std::int64_t after_time = range.since ? range.since->ms - 1 : std::numeric_limits<std::int64_t>::min();
  std::int64_t after_rowid = std::numeric_limits<std::int64_t>::max();
  if (range.after && range.after->at.ms >= after_time) {
    after_time = range.after->at.ms;
    after_rowid = range.after->position;
  }
  const std::int64_t before = range.until ? range.until->ms : std::numeric_limits<std::int64_t>::max();
  std::int64_t visited = 0;
  std::vector<ReplayedPost> chunk;
  for (;;) {
    chunk.clear();
    select->reset();
    select->bind_int64(1, after_time);
    select->bind_int64(2, after_rowid);
    select->bind_int64(3, before);
    select->bind_int64(4, kChunk);
    for (;;) {
      auto row = select->step();
      if (!row) return tl::unexpected(row.error());
      if (!*row) break;
      ReplayedPost& replayed = chunk.emplace_back();
      replayed.post = read_post(*select);
      if (select->column_int64(kAnalysisFirst + 8) != 0)
        replayed.analysis = read_analysis_columns(*select, kAnalysisFirst);
      split_ids(select->column_text(kAnalysisFirst + 9), replayed.query_ids);
      after_time = replayed.post.created_at.ms;
      after_rowid = select->column_int64(kAnalysisFirst + 10);
      replayed.cursor = {replayed.post.created_at, after_rowid};
    }
    select->reset();
    for (const ReplayedPost& replayed : chunk) {
      if (auto done = visit(replayed); !done) return tl::unexpected(done.error());
      ++visited;
    }
    if (static_cast<std::int64_t>(chunk.size()) < kChunk) return visited;
  }
}

Result<std::optional<ReplayCursor>> read_detection_cursor(sqlite3* db) {
  auto select = Statement::prepare(db, "SELECT created_at, post_rowid FROM detection_cursor");
  if (!select) return tl::unexpected(select.error());
  auto row = select->step();
  if (!row) return tl::unexpected(row.error());
  if (!*row) return std::optional<ReplayCursor>();
  return std::optional<ReplayCursor>(
      ReplayCursor{Timestamp{select->column_int64(0)}, select->column_int64(1)});
}

Result<void> write_detection_cursor(sqlite3* db, const ReplayCursor& cursor) {
  auto upsert = Statement::prepare(
      db, "INSERT OR REPLACE INTO detection_cursor (id, created_at, post_rowid) VALUES (1, ?1, ?2)");
  if (!upsert) return tl::unexpected(upsert.error());
  upsert->bind_int64(1, cursor.at.ms);
  upsert->bind_int64(2, cursor.position);
  return upsert->run();
}

}  // namespace rauch::store::sqlite
