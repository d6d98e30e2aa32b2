#pragma once

// Backfill: runs one saved query over the posts already stored and records its matches,
// so a new query shows its past at once (and later stages can count it per day).

#include <cstdint>
#include <optional>

#include "core/error.h"
#include "query/matcher.h"
#include "store/store.h"

namespace rauch::app {

struct BackfillResult {
  std::int64_t posts_scanned = 0;
  std::int64_t matched = 0;      // Posts the query matches.
  std::int64_t new_matches = 0;  // Of those, matches the store did not have yet.
};

// Matches the query at `query_index` of `matcher` against every stored post created in
// [since, until) and stores the matches under `query_id`. Reads the store in pages of
// newest-first posts, so memory stays bounded however large the history.
[[nodiscard]] Result<BackfillResult> backfill(store::Store& store, const query::Matcher& matcher,
                                              std::uint32_t query_index, std::string_view query_id,
                                              std::optional<Timestamp> since = std::nullopt,
                                              std::optional<Timestamp> until = std::nullopt);

// Compiles the saved query `record` alone and backfills it over [since, until).
// kInvalidArgument when its text does not compile.
[[nodiscard]] Result<BackfillResult> backfill_query(store::Store& store,
                                                    const store::QueryRecord& record,
                                                    std::optional<Timestamp> since = std::nullopt,
                                                    std::optional<Timestamp> until = std::nullopt);

}  // namespace rauch::app
