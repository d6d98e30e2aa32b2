#pragma once

// The SQL behind Store::match_series: matched posts counted per time bucket, with their
// sentiment and reach, in one aggregate query.

#include <sqlite3.h>

#include <vector>

#include "store/store.h"

namespace rauch::store::sqlite {

[[nodiscard]] Result<std::vector<SeriesBucket>> match_series(sqlite3* db,
                                                             const SeriesRequest& request);

}  // namespace rauch::store::sqlite
