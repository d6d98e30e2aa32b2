#pragma once

// The SQL behind Store::author_profile: finding an author by id or handle, and the
// figures over their stored posts.

#include <sqlite3.h>

#include <optional>
#include <string>
#include <string_view>

#include "store/store.h"

namespace rauch::store::sqlite {

// The ext_id of the author of `source` whose id is `id_or_handle`, or else whose handle
// is (with or without '@', any case; the latest seen when several share it); nullopt when
// none.
[[nodiscard]] Result<std::optional<std::string>> find_author_id(sqlite3* db, Source source,
                                                                std::string_view id_or_handle);

// The profile of `record`'s author with their post count and average sentiment.
[[nodiscard]] Result<std::optional<AuthorProfile>> read_author_figures(sqlite3* db,
                                                                       AuthorRecord record);

}  // namespace rauch::store::sqlite
