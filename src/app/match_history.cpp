#include "app/match_history.h"

#include <algorithm>
#include <vector>

#include "app/query_matching.h"
#include "query/document.h"

namespace rauch::app {
namespace {

constexpr std::int64_t kPageSize = 20'000;

}  // namespace

Result<HistoryScan> match_history(store::Store& store, const query::Matcher& matcher,
                                  std::uint32_t query_index, const HistoryRange& range,
                                  const MatchedPosts& on_matches) {
  HistoryScan result;
  query::MatchScratch scratch;
  query::Document document;
  std::vector<std::uint32_t> hits;
  std::vector<const Post*> matched;
  store::PostFilter filter;
  filter.since = range.since;
  filter.until = range.until;
  filter.limit = kPageSize;
  while (true) {
    auto page = store.list_posts(filter);
    if (!page)
      return tl::unexpected(page.error());
    std::size_t usable = page->size();
    const bool full = static_cast<std::int64_t>(page->size()) == kPageSize;
    if (full) {
      // Pages are cut by created_at (until is exclusive). Posts sharing the last page's
      // oldest millisecond may continue on the next page, so they are left for it,
      // unless the whole page is that one millisecond.
      const Timestamp oldest = page->back().created_at;
      while (usable > 0 && (*page)[usable - 1].created_at == oldest)
        --usable;
      if (usable == 0)
        usable = page->size();
      filter.until = Timestamp{usable == page->size() ? oldest.ms : oldest.ms + 1};
    }
    matched.clear();
    for (std::size_t i = 0; i < usable; ++i) {
      const Post& post = (*page)[i];
      auto analysis = store.find_analysis(post.source, post.id);
      if (!analysis)
        return tl::unexpected(analysis.error());
      document.assign(post, *analysis ? labels_of(**analysis) : query::AnalysisLabels{});
      hits.clear();
      matcher.match(document, scratch, hits);
      if (std::find(hits.begin(), hits.end(), query_index) != hits.end())
        matched.push_back(&post);
    }
    result.posts_scanned += static_cast<std::int64_t>(usable);
    result.matched += static_cast<std::int64_t>(matched.size());
    if (usable > 0)
      result.oldest_scanned = (*page)[usable - 1].created_at;
    if (auto handled = on_matches(matched); !handled)
      return tl::unexpected(handled.error());
    if (!full)
      break;
    if (range.max_posts > 0 && result.posts_scanned >= range.max_posts) {
      result.truncated = true;
      break;
    }
  }
  return result;
}

}  // namespace rauch::app
