#include "app/backfill.h"

#include <vector>

#include "app/match_history.h"
#include "app/query_matching.h"

namespace rauch::app {

Result<BackfillResult> backfill(store::Store& store, const query::Matcher& matcher,
                                std::uint32_t query_index, std::string_view query_id,
                                std::optional<Timestamp> since, std::optional<Timestamp> until) {
  BackfillResult result;
  std::vector<store::PostKey> keys;
  auto scanned = match_history(store, matcher, query_index, {since, until, 0},
                               [&](std::span<const Post* const> matched) -> Result<void> {
                                 keys.clear();
                                 for (const Post* post : matched)
                                   keys.push_back({post->source, post->id});
                                 auto added = store.put_matches(query_id, keys);
                                 if (!added)
                                   return tl::unexpected(added.error());
                                 result.new_matches += *added;
                                 return {};
                               });
  if (!scanned)
    return tl::unexpected(scanned.error());
  result.posts_scanned = scanned->posts_scanned;
  result.matched = scanned->matched;
  return result;
}

Result<BackfillResult> backfill_query(store::Store& store, const store::QueryRecord& record,
                                      std::optional<Timestamp> since,
                                      std::optional<Timestamp> until) {
  auto matcher = compile_queries(std::span<const store::QueryRecord>(&record, 1), nullptr);
  if (!matcher)
    return tl::unexpected(matcher.error());
  return backfill(store, **matcher, 0, record.id, since, until);
}

}  // namespace rauch::app
