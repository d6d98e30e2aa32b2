#include "store/sqlite/match_feed.h"

#include <fmt/format.h>

#include "store/sqlite/post_rows.h"
#include "store/sqlite/statement.h"

namespace rauch::store::sqlite {
namespace {
constexpr int kPostColumnCount = 22;  // kPostColumns
}  // namespace

Result<std::vector<StoredMatch>> matches_after(sqlite3* db, std::int64_t after,
                                               std::int64_t limit) {
  if (limit < 1 || limit > kMaxListLimit)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("limit must be between 1 and {}", kMaxListLimit));
  // matches_by_post (post_rowid, and the key's query_id) gives the rows in the order
  // wanted, so only the new matches are read.
  auto stmt = Statement::prepare(
      db, fmt::format("SELECT {}, m.post_rowid, m.query_id FROM matches m "
                      "JOIN posts p ON p.rowid = m.post_rowid "
                      "WHERE m.post_rowid > ?1 ORDER BY m.post_rowid, m.query_id LIMIT ?2",
                      kPostColumns));
  if (!stmt)
    return fail<std::vector<StoredMatch>>(stmt.error());
  stmt->bind_int64(1, after);
  stmt->bind_int64(2, limit);
  std::vector<StoredMatch> out;
  while (true) {
    auto row = stmt->step();
    if (!row)
      return fail<std::vector<StoredMatch>>(row.error());
    if (!*row)
      return out;
    StoredMatch match;
    // read_post reads the post's columns first; the match's two follow them.
    match.post = read_post(*stmt);
    match.position = stmt->column_int64(kPostColumnCount);
    match.query_id = std::string(stmt->column_text(kPostColumnCount + 1));
    out.push_back(std::move(match));
  }
}

Result<std::int64_t> last_post_position(sqlite3* db) {
  auto stmt = Statement::prepare(db, "SELECT coalesce(max(rowid), 0) FROM posts");
  if (!stmt)
    return fail<std::int64_t>(stmt.error());
  auto row = stmt->step();
  if (!row)
    return fail<std::int64_t>(row.error());
  return stmt->column_int64(0);
}

}  // namespace rauch::store::sqlite
