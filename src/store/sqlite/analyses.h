#pragma once

// The analyses table: what text analysis found in each stored post (core/post_analysis.h),
// one row per post, written in the post's own transaction.

#include <optional>
#include <string_view>

#include <sqlite3.h>

#include "core/error.h"
#include "core/post.h"
#include "core/post_analysis.h"
#include "store/sqlite/statement.h"

namespace rauch::store::sqlite {

inline constexpr std::string_view kInsertAnalysis = R"sql(
INSERT OR REPLACE INTO analyses
  (post_rowid, language, sentiment, sentiment_label, intent, offensive, text_offset, details,
   language_source)
  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))sql";

// Runs `insert` (prepared from kInsertAnalysis) for the post stored at `post_rowid`.
[[nodiscard]] Result<void> insert_analysis(Statement& insert, std::int64_t post_rowid,
                                           const PostAnalysis& analysis);

// The columns read_analysis_columns reads, in its order, from analyses joined as `a`.
inline constexpr std::string_view kAnalysisColumns =
    "a.language, a.sentiment, a.sentiment_label, a.intent, a.offensive, a.text_offset, "
    "a.details, a.language_source";

// Reads the kAnalysisColumns of a row, starting at column `first`.
PostAnalysis read_analysis_columns(const Statement& stmt, int first);

// The analysis of the post with this source and id; nullopt when the post is not stored
// or was stored without analysis.
[[nodiscard]] Result<std::optional<PostAnalysis>> read_analysis(sqlite3* db, Source source,
                                                                std::string_view post_id);

}  // namespace rauch::store::sqlite
