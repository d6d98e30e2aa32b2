#include "detect/engine/detection_engine.h"

#include <fmt/format.h>

namespace rauch::detect {
namespace {

// A post this far past the horizon does not move the clock.
constexpr std::int64_t kMaxClockLeadMs = 5 * kMillisPerMinute;

}  // namespace

Result<DetectionEngine> DetectionEngine::create(const DetectionOptions& options) {
  // Every detector checks its options once here, so observe() cannot fail on them later.
  auto probe = QuerySignals::create("", options);
  if (!probe) return tl::unexpected(probe.error());
  if (auto valid = HijackDetector::validate(options.hijack); !valid)
    return tl::unexpected(valid.error());
  return DetectionEngine(options, HijackDetector(options.hijack));
}

Result<void> DetectionEngine::set_query_options(const std::string& query_id,
                                                const DetectionOptions& options) {
  auto probe = QuerySignals::create(query_id, options);
  if (!probe)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("query {}: {}", query_id, probe.error().message()));
  query_options_[query_id] = options;
  return {};
}

Result<QuerySignals*> DetectionEngine::signals_of(const std::string& query_id) {
  if (auto found = by_id_.find(query_id); found != by_id_.end()) return found->second;
  const auto custom = query_options_.find(query_id);
  auto created = QuerySignals::create(
      query_id, custom != query_options_.end() ? custom->second : options_);
  if (!created) return tl::unexpected(created.error());
  queries_.push_back(std::make_unique<QuerySignals>(std::move(*created)));
  QuerySignals* signals = queries_.back().get();
  by_id_.emplace(query_id, signals);
  return signals;
}

Result<void> DetectionEngine::advance_to(Timestamp minute, std::vector<DetectionAlert>& out) {
  if (clock_ && minute <= *clock_) return {};
  clock_ = minute;
  for (auto& signals : queries_) {
    if (auto done = signals->advance(minute, out); !done) return done;
  }
  return {};
}

void DetectionEngine::hijack_alert(const HijackAlert& h, std::vector<DetectionAlert>& out) const {
  DetectionAlert alert;
  alert.at = h.at;
  alert.signal = "hijack";
  alert.title = h.title;
  store::IncidentRecord& r = alert.incident;
  // An own account sending phishing links is a crisis by itself: critical.
  r.key = "hijack:" + h.account;
  r.kind = "hijack";
  r.severity = store::Severity::kCritical;
  r.title = h.title;
  r.explanation = h.explanation;
  r.details_json = h.details_json;
  r.started_at = r.updated_at = h.at;
  out.push_back(std::move(alert));
}

Result<void> DetectionEngine::observe(const Post& post, const PostAnalysis* analysis,
                                      std::span<const std::string> query_ids,
                                      const text::TokenizedText& tokens,
                                      std::vector<DetectionAlert>& out) {
  const Timestamp minute = minute_start(post.created_at);
  const bool credible = !horizon_ || post.created_at.ms <= horizon_->ms + kMaxClockLeadMs;
  if (credible) {
    if (auto moved = advance_to(minute, out); !moved) return moved;
  }
  if (!clock_) clock_ = minute;  // The very first post is beyond the horizon: start there.
  for (const std::string& id : query_ids) {
    auto signals = signals_of(id);
    if (!signals) return tl::unexpected(signals.error());
    if (auto added = (*signals)->add(*clock_, post, analysis, tokens); !added) return added;
  }
  if (post.own) {
    const ReplyTarget target = ReplyTarget::of(post);
    for (auto& signals : queries_) signals->own_post(post, target);
    if (analysis) {
      if (auto alert = hijack_.add(post, *analysis)) hijack_alert(*alert, out);
    }
  }
  return {};
}

Result<void> DetectionEngine::flush(std::vector<DetectionAlert>& out) {
  if (!clock_) return {};
  return advance_to(Timestamp{clock_->ms + kMillisPerMinute}, out);
}

std::size_t DetectionEngine::memory_bytes() const {
  std::size_t bytes = sizeof(*this);
  for (const auto& signals : queries_) bytes += signals->memory_bytes();
  return bytes;
}

}  // namespace rauch::detect
