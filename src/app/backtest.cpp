#include "app/backtest.h"

#include <algorithm>

#include <fmt/format.h>

#include "detect/volume/volume_explanation.h"

namespace rauch::app {
namespace {

Result<std::vector<std::string>> queries_of(store::Store& store, const BacktestOptions& options) {
  if (options.query_ids.empty()) {
    auto all = store.list_queries();
    if (!all) return tl::unexpected(all.error());
    std::vector<std::string> ids;
    for (const auto& record : *all) ids.push_back(record.id);
    return ids;
  }
  for (const std::string& id : options.query_ids) {
    auto found = store.find_query(id);
    if (!found) return tl::unexpected(found.error());
    if (!*found) return make_error(ErrorCode::kInvalidArgument, fmt::format("no saved query '{}'", id));
  }
  return options.query_ids;
}

// A burst alone is not yet a crisis: warning (docs/detection.md#incidents).
store::IncidentRecord volume_incident(const std::string& query_id,
                                      const detect::VolumeReading& reading) {
  store::IncidentRecord r;
  r.key = "volume:" + query_id;
  r.query_id = query_id;
  r.kind = "volume";
  r.severity = store::Severity::kWarning;
  r.title = detect::volume_title(query_id, reading);
  r.explanation = detect::volume_explanation(reading);
  r.details_json = detect::volume_details_json(reading);
  r.started_at = r.updated_at = reading.bucket_start;
  return r;
}

// More negative posts than usual: warning, like a burst.
store::IncidentRecord negative_incident(const std::string& query_id,
                                        const detect::NegativeShareReading& r) {
  store::IncidentRecord incident;
  incident.key = "negative_share:" + query_id;
  incident.query_id = query_id;
  incident.kind = "negative_share";
  incident.severity = store::Severity::kWarning;
  const double share = r.posts > 0 ? r.negative / r.posts : 0;
  incident.title = fmt::format("{}: {:.0f}% negative in {} min ({:.0f} of {:.0f} posts), usually {:.0f}%",
                               query_id, 100 * share, r.window_minutes, r.negative, r.posts,
                               100 * r.usual_share);
  incident.explanation = fmt::format(
      "The share of negative posts jumped: {:.0f} of {:.0f} posts in the last {} minutes are "
      "negative, against a usual {:.0f}% (tail probability below 2^-{:.0f}).",
      r.negative, r.posts, r.window_minutes, 100 * r.usual_share, r.bits);
  incident.details_json = fmt::format(
      R"({{"minute":"{}","window_minutes":{},"posts":{:.0f},"negative":{:.0f},"usual_share":{:.4f},"bits":{:.1f}}})",
      format_rfc3339(r.minute), r.window_minutes, r.posts, r.negative, r.usual_share, r.bits);
  incident.started_at = incident.updated_at = r.minute;
  return incident;
}

// An own account sending phishing links is a crisis by itself: critical.
store::IncidentRecord hijack_incident(const detect::HijackAlert& alert) {
  store::IncidentRecord r;
  r.key = "hijack:" + alert.account;
  r.kind = "hijack";
  r.severity = store::Severity::kCritical;
  r.title = alert.title;
  r.explanation = alert.explanation;
  r.details_json = alert.details_json;
  r.started_at = r.updated_at = alert.at;
  return r;
}

Result<void> replay_own_posts(store::Store& store, const BacktestOptions& options,
                              std::vector<BacktestAlert>& out) {
  store::PostFilter filter;
  filter.since = options.since;
  filter.until = options.until;
  filter.own = true;
  filter.limit = store::kMaxListLimit;
  auto posts = store.list_posts(filter);
  if (!posts) return tl::unexpected(posts.error());
  detect::HijackDetector detector(options.hijack);
  // list_posts gives the newest first; detection reads in event time.
  for (auto post = posts->rbegin(); post != posts->rend(); ++post) {
    auto analysis = store.find_analysis(post->source, post->id);
    if (!analysis) return tl::unexpected(analysis.error());
    if (!*analysis) continue;  // Stored without analysis: no links known.
    if (auto alert = detector.add(*post, **analysis)) out.push_back({hijack_incident(*alert), 1});
  }
  return {};
}

Result<void> replay(store::Store& store, const BacktestOptions& options, const std::string& id,
                    std::vector<BacktestAlert>& out) {
  auto minutes = store.match_counts_by_minute(id, options.since, options.until);
  if (!minutes) return tl::unexpected(minutes.error());
  auto volume = detect::VolumeDetector::create(options.volume);
  if (!volume) return tl::unexpected(volume.error());
  auto negative = detect::NegativeShareDetector::create(options.negative);
  if (!negative) return tl::unexpected(negative.error());
  // Every minute from the first match to the last is a bucket; the detectors count the
  // minutes in between as empty.
  for (const store::MinuteCount& minute : *minutes) {
    auto reading = volume->add(minute.minute, static_cast<double>(minute.count));
    if (!reading) return tl::unexpected(reading.error());
    if (reading->alert) out.push_back({volume_incident(id, *reading), reading->score});
    auto share = negative->add(minute.minute, minute.count, minute.negative);
    if (!share) return tl::unexpected(share.error());
    if (share->alert) out.push_back({negative_incident(id, *share), 1});
  }
  return {};
}

}  // namespace

Result<std::vector<BacktestAlert>> run_backtest(store::Store& store,
                                                const BacktestOptions& options) {
  auto ids = queries_of(store, options);
  if (!ids) return tl::unexpected(ids.error());
  std::vector<BacktestAlert> alerts;
  for (const std::string& id : *ids) {
    if (auto done = replay(store, options, id, alerts); !done) return tl::unexpected(done.error());
  }
  if (auto done = replay_own_posts(store, options, alerts); !done)
    return tl::unexpected(done.error());
  std::stable_sort(alerts.begin(), alerts.end(), [](const BacktestAlert& a, const BacktestAlert& b) {
    return a.incident.started_at < b.incident.started_at;
  });
  return alerts;
}

}  // namespace rauch::app
