#pragma once

// Store::matches_after and Store::last_post_position for SQLite: the matches of newly
// stored posts, read in storage order (posts.rowid), for the server's live events.

#include <sqlite3.h>

#include <cstdint>
#include <vector>

#include "core/error.h"
#include "store/store.h"

namespace rauch::store::sqlite {

[[nodiscard]] Result<std::vector<StoredMatch>> matches_after(sqlite3* db, std::int64_t after,
                                                             std::int64_t limit);
[[nodiscard]] Result<std::int64_t> last_post_position(sqlite3* db);

}  // namespace rauch::store::sqlite
