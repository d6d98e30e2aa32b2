#pragma once

// A query's preview over the stored posts, saving nothing: how many posts it matches per
// day and the newest of them. What a query editor shows before the query is saved
// (POST /api/v1/queries/test); `rauchmelder queries test` instead records the matches of
// a saved query and reads them back.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "app/match_history.h"
#include "core/error.h"
#include "core/post.h"
#include "query/matcher.h"
#include "store/store.h"

namespace rauch::app {

struct QueryPreview {
  HistoryScan scan;
  std::vector<store::DayCount> days;  // Per UTC day of created_at, oldest first; no zeros.
  std::vector<Post> samples;          // The newest matches, newest first.
};

// Matches the query at `query_index` of `matcher` against the stored posts of `range` and
// keeps up to `samples` of the newest matching posts.
[[nodiscard]] Result<QueryPreview> preview_query(store::Store& store, const query::Matcher& matcher,
                                                 std::uint32_t query_index,
                                                 const HistoryRange& range, std::size_t samples);

}  // namespace rauch::app
