#pragma once

// Store::replay_posts for SQLite: the posts detection replays, in event-time order, and
// where detection inside ingest got to.

#include <functional>
#include <optional>

#include <sqlite3.h>

#include "core/error.h"
#include "core/timestamp.h"
#include "store/store.h"

namespace rauch::store::sqlite {

[[nodiscard]] Result<std::int64_t> replay_posts(
    sqlite3* db, const ReplayRange& range,
    const std::function<Result<void>(const ReplayedPost&)>& visit);

// The one-row detection_cursor table.
[[nodiscard]] Result<std::optional<ReplayCursor>> read_detection_cursor(sqlite3* db);
[[nodiscard]] Result<void> write_detection_cursor(sqlite3* db, const ReplayCursor& cursor);

}  // namespace rauch::store::sqlite
