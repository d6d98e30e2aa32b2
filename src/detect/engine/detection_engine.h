#pragma once

// Detection over a stream of posts (docs/detection.md#detection-in-ingest): each post with
// its analysis and the saved queries it matched goes to those queries' signals; own posts
// also go to the hijack signal and count as answers. Runs on event time: the clock is the
// minute of the latest post, and a minute is closed (its counts tested) once a post of a
// later minute arrives or flush() is called. A post older than the clock counts in the
// current minute (nothing is lost; ingest is close to time order). A post more than
// `max_clock_jump_minutes` ahead of the credible horizon (set_horizon: the wall clock in
// ingest) does not move the clock, so one post dated 2099 cannot close every minute.
//
// The same posts always give the same alerts: ingest and `rauchmelder backtest` run this
// one class. Not thread-safe: one thread feeds it.

#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/post.h"
#include "core/post_analysis.h"
#include "detect/engine/detection_alert.h"
#include "detect/engine/detection_options.h"
#include "detect/engine/query_signals.h"
#include "text/tokens.h"

namespace rauch::detect {

class DetectionEngine {
 public:
  // kInvalidArgument for options a detector refuses.
  [[nodiscard]] static Result<DetectionEngine> create(const DetectionOptions& options);

  // Options for one query instead of the defaults (per-query settings of the config);
  // kInvalidArgument for options a detector refuses. Takes effect for a query not seen yet.
  [[nodiscard]] Result<void> set_query_options(const std::string& query_id,
                                               const DetectionOptions& options);
  // Posts dated after this are not trusted to move the clock (clock skew, bad input).
  void set_horizon(std::optional<Timestamp> horizon) { horizon_ = horizon; }

  // One post. `query_ids`: the saved queries it matched; `tokens`: its title and text
  // tokenized (title, boundary, text), needed only when it matched. Appends the alerts
  // of the minutes it closes.
  [[nodiscard]] Result<void> observe(const Post& post, const PostAnalysis* analysis,
                                     std::span<const std::string> query_ids,
                                     const text::TokenizedText& tokens,
                                     std::vector<DetectionAlert>& out);
  // Closes every open minute (end of a backtest or an ingest run).
  [[nodiscard]] Result<void> flush(std::vector<DetectionAlert>& out);

  std::optional<Timestamp> clock() const { return clock_; }
  std::size_t query_count() const { return queries_.size(); }
  std::size_t memory_bytes() const;

 private:
  explicit DetectionEngine(const DetectionOptions& options, HijackDetector hijack)
      : options_(options), hijack_(std::move(hijack)) {}
  [[nodiscard]] Result<QuerySignals*> signals_of(const std::string& query_id);
  [[nodiscard]] Result<void> advance_to(Timestamp minute, std::vector<DetectionAlert>& out);
  void hijack_alert(const HijackAlert& alert, std::vector<DetectionAlert>& out) const;

  DetectionOptions options_;
  std::map<std::string, DetectionOptions, std::less<>> query_options_;
  HijackDetector hijack_;
  std::vector<std::unique_ptr<QuerySignals>> queries_;
  std::map<std::string, QuerySignals*, std::less<>> by_id_;
  std::optional<Timestamp> clock_;  // Start of the current minute.
  std::optional<Timestamp> horizon_;
};

}  // namespace rauch::detect
