#include "store/sqlite/author_profiles.h"

#include <utility>

#include "store/sqlite/statement.h"

namespace rauch::store::sqlite {

Result<std::optional<std::string>> find_author_id(sqlite3* db, Source source,
                                                  std::string_view id_or_handle) {
  std::string_view handle = id_or_handle;
  if (handle.starts_with('@')) {
    handle.remove_prefix(1);
  }
  // The id first (the unique index), then the handle: one query with OR would make
  // SQLite scan every author of the network. Handles are stored as the input gave them,
  // with or without '@'; +source keeps the handle index in use.
  for (const std::string_view sql :
       {"SELECT ext_id FROM authors WHERE source = ?1 AND ext_id = ?2",
        "SELECT ext_id FROM authors WHERE (handle = ?3 COLLATE NOCASE OR handle = '@' || ?3 "
        "COLLATE NOCASE) AND +source = ?1 ORDER BY last_seen DESC LIMIT 1"}) {
    auto stmt = Statement::prepare(db, sql);
    if (!stmt) {
      return fail<std::optional<std::string>>(stmt.error());
    }
    stmt->bind_text(1, source_name(source));
    stmt->bind_text(2, id_or_handle);
    stmt->bind_text(3, handle);
    auto row = stmt->step();
    if (!row) {
      return fail<std::optional<std::string>>(row.error());
    }
    if (*row) {
      return std::optional<std::string>(std::string(stmt->column_text(0)));
    }
  }
  return std::optional<std::string>();
}

Result<std::optional<AuthorProfile>> read_author_figures(sqlite3* db, AuthorRecord record) {
  // posts_by_author (author_ref, created_at) finds the author's posts; each analysis is
  // one primary-key lookup.
  auto stmt =
      Statement::prepare(db,
                         "SELECT count(*), count(a.post_rowid), avg(a.sentiment) FROM posts p "
                         "LEFT JOIN analyses a ON a.post_rowid = p.rowid WHERE p.author_ref = "
                         "(SELECT id FROM authors WHERE source = ?1 AND ext_id = ?2)");
  if (!stmt) {
    return fail<std::optional<AuthorProfile>>(stmt.error());
  }
  stmt->bind_text(1, source_name(record.source));
  stmt->bind_text(2, record.author.id);
  auto row = stmt->step();
  if (!row) {
    return fail<std::optional<AuthorProfile>>(row.error());
  }
  AuthorProfile profile;
  profile.posts = stmt->column_int64(0);
  profile.analyzed_posts = stmt->column_int64(1);
  if (!stmt->is_null(2)) {
    profile.average_sentiment = stmt->column_double(2);
  }
  profile.record = std::move(record);
  return std::optional<AuthorProfile>(std::move(profile));
}

}  // namespace rauch::store::sqlite
