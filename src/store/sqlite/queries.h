#pragma once

// The SQL behind the Store's saved queries and their matches, apart from the matches that
// put_batch writes with the posts (sqlite_store.cpp). SqliteStore forwards to these.

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "store/sqlite/transaction.h"
#include "store/store.h"

namespace rauch::store::sqlite {

[[nodiscard]] Result<void> put_query(sqlite3* db, const QueryRecord& record);
[[nodiscard]] Result<std::vector<QueryRecord>> list_queries(sqlite3* db);
[[nodiscard]] Result<std::optional<QueryRecord>> find_query(sqlite3* db, std::string_view id);
[[nodiscard]] Result<bool> remove_query(sqlite3* db, Transactions& transactions,
                                        std::string_view id);

[[nodiscard]] Result<std::int64_t> put_matches(sqlite3* db, Transactions& transactions,
                                               std::string_view query_id,
                                               std::span<const PostKey> posts);
[[nodiscard]] Result<std::int64_t> count_matches(sqlite3* db, std::string_view query_id,
                                                 std::optional<Timestamp> since,
                                                 std::optional<Timestamp> until);
[[nodiscard]] Result<std::vector<MinuteCount>> match_counts_by_minute(
    sqlite3* db, std::string_view query_id, std::optional<Timestamp> since,
    std::optional<Timestamp> until);
[[nodiscard]] Result<std::vector<DayCount>> match_counts_by_day(sqlite3* db,
                                                                std::string_view query_id,
                                                                std::optional<Timestamp> since,
                                                                std::optional<Timestamp> until);

// Appends " AND <column> >= ?1" and " AND <column> < ?2" for the bounds that are set;
// bind_time_range binds them. Shared with list_posts, which uses the same numbering.
void append_time_range(std::string& sql, std::string_view column,
                       const std::optional<Timestamp>& since,
                       const std::optional<Timestamp>& until);
void bind_time_range(Statement& stmt, const std::optional<Timestamp>& since,
                     const std::optional<Timestamp>& until);

}  // namespace rauch::store::sqlite
