#include "app/backtest.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "detect/engine/detection_engine.h"
#include "text/tokens.h"

namespace rauch::app {
namespace {

Result<void> check_queries(store::Store& store, const BacktestOptions& options) {
  for (const std::string& id : options.query_ids) {
    auto found = store.find_query(id);
    if (!found) return tl::unexpected(found.error());
    if (!*found) return make_error(ErrorCode::kInvalidArgument, fmt::format("no saved query '{}'", id));
  }
  return {};
}

}  // namespace

Result<std::vector<detect::DetectionAlert>> run_backtest(store::Store& store,
                                                         const BacktestOptions& options) {
  if (auto checked = check_queries(store, options); !checked) return tl::unexpected(checked.error());
  auto engine = detect::DetectionEngine::create(options.detection);
  if (!engine) return tl::unexpected(engine.error());
  for (const auto& [id, query_options] : options.per_query)
    if (auto set = engine->set_query_options(id, query_options); !set) return tl::unexpected(set.error());
  const std::set<std::string, std::less<>> wanted(options.query_ids.begin(), options.query_ids.end());
  std::vector<detect::DetectionAlert> alerts;
  text::TokenizedText tokens;
  std::vector<std::string> ids;
  auto replayed = store.replay_posts(
      {options.since, options.until, std::nullopt}, [&](const store::ReplayedPost& r) -> Result<void> {
        ids.clear();
        for (const std::string& id : r.query_ids)
          if (wanted.empty() || wanted.contains(id)) ids.push_back(id);
        tokens.clear();
        if (!ids.empty()) {
          text::tokenize_title_and_text(r.post.title, r.post.text, tokens);
        }
        return engine->observe(r.post, r.analysis ? &*r.analysis : nullptr, ids, tokens, alerts);
      });
  if (!replayed) return tl::unexpected(replayed.error());
  if (auto flushed = engine->flush(alerts); !flushed) return tl::unexpected(flushed.error());
  std::stable_sort(alerts.begin(), alerts.end(),
                   [](const detect::DetectionAlert& a, const detect::DetectionAlert& b) {
                     return a.at < b.at;
                   });
  return alerts;
}

}  // namespace rauch::app
