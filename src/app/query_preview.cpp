#include "app/query_preview.h"

#include <map>
#include <string>

namespace rauch::app {

Result<QueryPreview> preview_query(store::Store& store, const query::Matcher& matcher,
                                   std::uint32_t query_index, const HistoryRange& range,
                                   std::size_t samples) {
  QueryPreview preview;
  std::map<std::string, std::int64_t> per_day;  // "2026-11-24" sorts as the days do.
  auto scanned = match_history(store, matcher, query_index, range,
                               [&](std::span<const Post* const> matched) -> Result<void> {
                                 for (const Post* post : matched) {
                                   ++per_day[format_rfc3339(post->created_at).substr(0, 10)];
                                   // Pages come newest first, so the first ones are newest.
                                   if (preview.samples.size() < samples)
                                     preview.samples.push_back(*post);
                                 }
                                 return {};
                               });
  if (!scanned)
    return tl::unexpected(scanned.error());
  preview.scan = *scanned;
  for (auto& [day, count] : per_day)
    preview.days.push_back({day, count});
  return preview;
}

}  // namespace rauch::app
