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

Result<void> replay(store::Store& store, const BacktestOptions& options, const std::string& id,
                    std::vector<BacktestAlert>& out) {
  auto minutes = store.match_counts_by_minute(id, options.since, options.until);
  if (!minutes) return tl::unexpected(minutes.error());
  auto detector = detect::VolumeDetector::create(options.volume);
  if (!detector) return tl::unexpected(detector.error());
  // Every minute from the first match to the last is a bucket; the detector counts the
  // minutes in between as zero.
  for (const store::MinuteCount& minute : *minutes) {
    auto reading = detector->add(minute.minute, static_cast<double>(minute.count));
    if (!reading) return tl::unexpected(reading.error());
    if (reading->alert) out.push_back({id, *reading});
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
  std::stable_sort(alerts.begin(), alerts.end(), [](const BacktestAlert& a, const BacktestAlert& b) {
    return a.reading.bucket_start < b.reading.bucket_start;
  });
  return alerts;
}

store::IncidentRecord incident_of(const BacktestAlert& alert) {
  store::IncidentRecord r;
  r.key = "volume:" + alert.query_id;
  r.query_id = alert.query_id;
  r.kind = "volume";
  r.severity = store::Severity::kWarning;
  r.title = detect::volume_title(alert.query_id, alert.reading);
  r.explanation = detect::volume_explanation(alert.reading);
  r.details_json = detect::volume_details_json(alert.reading);
  r.started_at = r.updated_at = alert.reading.bucket_start;
  return r;
}

}  // namespace rauch::app
