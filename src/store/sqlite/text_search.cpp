#include "store/sqlite/text_search.h"

#include <fmt/format.h>

#include "store/sqlite/statement.h"
#include "store/store.h"

namespace rauch::store::sqlite {
namespace {

// Measured on 1M posts (docs/api.md#full-text-search): reading and sorting 5,000 posts
// costs about what scanning the time index for a page does.
constexpr int kManyMatches = 5000;

// ASCII whitespace, and NUL, which would end the query early for FTS5's parser (an
// unterminated phrase). Other separators (NBSP, ...) are split by the FTS5 tokenizer
// inside the phrase, so their parts must appear next to each other.
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == '\0';
}

}  // namespace

Result<std::string> fts_query_of(std::string_view words) {
  std::string query;
  std::size_t count = 0;
  std::size_t at = 0;
  while (at < words.size()) {
    while (at < words.size() && is_space(words[at])) {
      ++at;
    }
    const std::size_t start = at;
    while (at < words.size() && !is_space(words[at])) {
      ++at;
    }
    if (start == at) {
      break;
    }
    if (++count > kMaxSearchWords) {
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("full-text search takes at most {} words", kMaxSearchWords));
    }
    if (!query.empty()) {
      query += ' ';
    }
    // Implicit AND between phrases. A phrase with no token in it (only punctuation) is
    // ignored by FTS5, so "*" alone finds nothing instead of failing.
    query += '"';
    for (const char c : words.substr(start, at - start)) {
      if (c == '"') {
        query += '"';
      }
      query += c;
    }
    query += '"';
  }
  return query;
}

Result<bool> matches_many_posts(sqlite3* db, const std::string& fts_query) {
  auto stmt = Statement::prepare(
      db, "SELECT count(*) FROM (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?1 LIMIT ?2)");
  if (!stmt) {
    return fail<bool>(stmt.error());
  }
  stmt->bind_text(1, fts_query);
  stmt->bind_int64(2, kManyMatches);
  auto row = stmt->step();
  if (!row) {
    return fail<bool>(row.error());
  }
  return stmt->column_int64(0) >= kManyMatches;
}

}  // namespace rauch::store::sqlite
