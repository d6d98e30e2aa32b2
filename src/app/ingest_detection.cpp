#include "app/ingest_detection.h"

#include "app/incident_posts.h"
#include "text/tokens.h"

namespace rauch::app {
namespace {

bool after(const store::ReplayCursor& a, const store::ReplayCursor& b) {
  return a.at > b.at || (a.at == b.at && a.position > b.position);
}

// Feeds replayed posts to the engine, tokenizing those that matched a query.
class Feeder {
 public:
  explicit Feeder(detect::DetectionEngine& engine) : engine_(engine) {}
  Result<void> feed(const store::ReplayedPost& r, std::vector<detect::DetectionAlert>& out) {
    tokens_.clear();
    if (!r.query_ids.empty()) {
      text::tokenize_title_and_text(r.post.title, r.post.text, tokens_);
    }
    return engine_.observe(r.post, r.analysis ? &*r.analysis : nullptr, r.query_ids, tokens_, out);
  }

 private:
  detect::DetectionEngine& engine_;
  text::TokenizedText tokens_;
};

}  // namespace

Result<std::unique_ptr<IngestDetection>> IngestDetection::start(
    store::Store& store, const IngestDetectionOptions& options, Timestamp wall_now) {
  auto engine = detect::DetectionEngine::create(options.detection);
  if (!engine) return tl::unexpected(engine.error());
  engine->set_horizon(wall_now);
  for (const auto& [id, query_options] : options.per_query)
    if (auto set = engine->set_query_options(id, query_options); !set) return tl::unexpected(set.error());
  auto cursor = store.detection_cursor();
  if (!cursor) return tl::unexpected(cursor.error());
  std::unique_ptr<IngestDetection> detection(new IngestDetection(std::move(*engine), *cursor));
  if (*cursor) {
    // Warm-up: the state the previous run had at the cursor; its alerts were recorded then.
    const store::ReplayCursor until = **cursor;
    const Timestamp since{until.at.ms -
                          static_cast<std::int64_t>(options.warmup_days * kMillisPerDay)};
    Feeder feeder(detection->engine_);
    std::vector<detect::DetectionAlert> discarded;
    auto replayed = store.replay_posts(
        {since, Timestamp{until.at.ms + 1}, std::nullopt},
        [&](const store::ReplayedPost& r) -> Result<void> {
          if (after(r.cursor, until)) return {};
          discarded.clear();
          return feeder.feed(r, discarded);
        });
    if (!replayed) return tl::unexpected(replayed.error());
  }
  return detection;
}

Result<std::vector<RecordedAlert>> IngestDetection::catch_up(store::Store& store,
                                                             Timestamp wall_now, bool final) {
  engine_.set_horizon(wall_now);
  std::vector<detect::DetectionAlert> alerts;
  Feeder feeder(engine_);
  auto replayed = store.replay_posts({std::nullopt, std::nullopt, cursor_},
                                     [&](const store::ReplayedPost& r) -> Result<void> {
                                       cursor_ = r.cursor;
                                       ++posts_seen_;
                                       return feeder.feed(r, alerts);
                                     });
  if (!replayed) return tl::unexpected(replayed.error());
  if (final) {
    if (auto flushed = engine_.flush(alerts); !flushed) return tl::unexpected(flushed.error());
  }
  std::vector<RecordedAlert> recorded;
  for (detect::DetectionAlert& alert : alerts) {
    if (auto linked = link_top_posts(store, alert.incident); !linked)
      return tl::unexpected(linked.error());
    auto update = store.record_incident(alert.incident);
    if (!update) return tl::unexpected(update.error());
    recorded.push_back({std::move(alert), *update});
  }
  if (cursor_) {
    if (auto saved = store.save_detection_cursor(*cursor_); !saved) return tl::unexpected(saved.error());
  }
  return recorded;
}

}  // namespace rauch::app
