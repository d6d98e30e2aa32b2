#pragma once

// Full-text search over posts (PostFilter::text) with SQLite's FTS5: the index is
// posts_fts (migration 10), kept up to date by triggers on posts.

#include <sqlite3.h>

#include <string>
#include <string_view>

#include "core/error.h"

namespace rauch::store::sqlite {

// The FTS5 query that finds the posts containing every word of `words`: each
// whitespace-separated word becomes a quoted phrase ("a""b" for a"b), so operators
// (AND, NEAR, *, -, parentheses) and quotes in user text are plain characters and can
// never make a syntax error. kInvalidArgument for more than kMaxSearchWords words.
[[nodiscard]] Result<std::string> fts_query_of(std::string_view words);

// Whether a non-empty fts_query matches so many posts (thousands) that a page of them is
// found faster by reading posts in time order and checking each against the matches,
// than by reading every match and sorting them by time. Costs at most a few thousand
// index entries.
[[nodiscard]] Result<bool> matches_many_posts(sqlite3* db, const std::string& fts_query);

}  // namespace rauch::store::sqlite
