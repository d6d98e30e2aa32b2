#pragma once

// The signals of one saved query: per-minute counts into the volume and negative-share
// detectors, its matched posts into the new-topic and reach detectors and the episode
// that combines them, its questions into the unanswered-questions signal. Fixed memory
// per query whatever the length of the stream (each part is bounded). Not thread-safe.

#include <string>
#include <vector>

#include "core/error.h"
#include "core/post.h"
#include "core/post_analysis.h"
#include "detect/engine/crisis_episode.h"
#include "detect/engine/detection_alert.h"
#include "detect/engine/detection_options.h"
#include "detect/engine/unanswered_questions.h"
#include "text/tokens.h"

namespace rauch::detect {

class QuerySignals {
 public:
  [[nodiscard]] static Result<QuerySignals> create(std::string query_id,
                                                   const DetectionOptions& options);

  const std::string& query_id() const { return query_id_; }

  // A post the query matched, counted in `minute` (the engine's current minute; a late
  // post counts in it too). `tokens`: its title and text from the shared tokenizer.
  [[nodiscard]] Result<void> add(Timestamp minute, const Post& post, const PostAnalysis* analysis,
                                 const text::TokenizedText& tokens);
  // Any own post: answers for the episode and the unanswered questions.
  void own_post(const Post& post, const ReplyTarget& target);
  // The engine's clock moved to `now` (a minute start): closes the open minute if it is
  // older and matures questions; appends the alerts.
  [[nodiscard]] Result<void> advance(Timestamp now, std::vector<DetectionAlert>& out);

  std::size_t memory_bytes() const;

 private:
  QuerySignals(std::string query_id, VolumeDetector volume, NegativeShareDetector negative,
               NewTopicDetector topic, ReachDetector reach, UnansweredQuestions unanswered,
               const CrisisOptions& crisis);
  [[nodiscard]] Result<void> close_open_minute(std::vector<DetectionAlert>& out);
  void unanswered_alert(const UnansweredReading& reading, std::vector<DetectionAlert>& out);

  std::string query_id_;
  VolumeDetector volume_;
  NegativeShareDetector negative_;
  NewTopicDetector topic_;
  ReachDetector reach_;
  UnansweredQuestions unanswered_;
  CrisisEpisode episode_;
  bool has_open_ = false;
  Timestamp open_minute_;
  std::int64_t posts_ = 0;
  std::int64_t negative_posts_ = 0;
  std::optional<Timestamp> unanswered_since_;  // First pile-up alert of the current incident.
  // Scratch of add(): the post's "source:id" key and the author's display name.
  std::string key_, display_;
};

}  // namespace rauch::detect
