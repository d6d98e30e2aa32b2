#pragma once

// Runs one compiled query over the posts already stored, newest first and page by page,
// so memory stays bounded however large the history: what backfill records and what a
// query test (POST /api/v1/queries/test) previews without saving anything.

#include <cstdint>
#include <functional>
#include <optional>
#include <span>

#include "core/error.h"
#include "core/post.h"
#include "query/matcher.h"
#include "store/store.h"

namespace rauch::app {

struct HistoryRange {
  std::optional<Timestamp> since;  // Event time (created_at), inclusive.
  std::optional<Timestamp> until;  // Exclusive.
  // Stop after the page that reaches this many posts (0: no limit). A page holds up to
  // 20,000 posts, so up to that many more may be scanned.
  std::int64_t max_posts = 0;
};

struct HistoryScan {
  std::int64_t posts_scanned = 0;
  std::int64_t matched = 0;
  // max_posts stopped the scan before the oldest posts of the range; oldest_scanned is
  // where it stopped (posts older than it were not read).
  bool truncated = false;
  std::optional<Timestamp> oldest_scanned;
};

// Called with the matching posts of each page, newest first; an error stops the scan and
// is passed on.
using MatchedPosts = std::function<Result<void>(std::span<const Post* const> matched)>;

// Matches the query at `query_index` of `matcher` against the stored posts of `range`,
// with their stored analyses (for sentiment:, intent: and lang:).
[[nodiscard]] Result<HistoryScan> match_history(store::Store& store, const query::Matcher& matcher,
                                                std::uint32_t query_index,
                                                const HistoryRange& range,
                                                const MatchedPosts& on_matches);

}  // namespace rauch::app
