#pragma once

// How a query's signals combine into one incident (docs/detection.md#incidents). An
// episode starts with a query's first alert (volume burst, negative share, new topic,
// high-reach post) and ends after episode_quiet_minutes without one; its incident
// ("crisis:QUERY") gathers every signal's latest numbers. Its severity is the highest of
// its signals' (burst and negative share: warning; new topic and high reach: info) and
// becomes critical when the seed texts' three conditions add up:
//   1. the company does not know: no own account has answered any post of the rise;
//   2. a sudden accumulation (volume burst) or a new topic;
//   3. a broad mass: the reach signal says broad, a high-reach author joined in, or the
//      new topic is carried by broad_authors distinct authors on broad_sources networks.
// Not thread-safe: one per query.

#include <array>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "core/post.h"
#include "detect/engine/detection_alert.h"
#include "detect/engine/detection_options.h"
#include "detect/engine/reply_target.h"
#include "detect/engine/signal_text.h"
#include "detect/volume/volume_detector.h"
#include "text/tokens.h"

namespace rauch::detect {

// What one closed minute of a query produced.
struct MinuteReadings {
  Timestamp minute;
  const VolumeReading* volume = nullptr;
  const NegativeShareReading* negative = nullptr;
  const TopicReading* topic = nullptr;
  const ReachReading* reach = nullptr;
};

class CrisisEpisode {
 public:
  CrisisEpisode(std::string query_id, const CrisisOptions& options)
      : query_id_(std::move(query_id)), options_(options) {}

  // A matched post (`key`: its "source:id"; `tokens`: its title and text): remembered for
  // a while, to see whether the brand answers a post of the rise.
  void add_post(const Post& post, std::string_view key, const text::TokenizedText& tokens);
  // An own post: the brand answered the rise when it replies to one of its posts.
  void own_post(const Post& post, const ReplyTarget& target);
  // The readings of a closed minute; appends the alerts they raise.
  void update(const MinuteReadings& readings, std::vector<DetectionAlert>& out);

  std::size_t memory_bytes() const;

 private:
  struct Signal {
    std::string kind;
    store::Severity severity = store::Severity::kInfo;
    Timestamp at;
    SignalText text;
  };
  // Which words a post has, as a 256-bit Bloom filter of its folded word hashes: enough
  // to tell whether it carries a topic term, in 32 bytes instead of its text.
  using WordSignature = std::array<std::uint64_t, 4>;
  // No key text: a kept post is named by the hash of its "source:id" alone (two post keys
  // of the last hour sharing a 64-bit hash is negligible), so keeping one never allocates.
  struct RecentPost {
    Timestamp at;
    std::uint64_t key_hash = 0;  // std::hash of "source:id"
    WordSignature words{};
  };
  static void sign(std::string_view word, WordSignature& signature);
  // Whether a post belongs to the rise: it carries one of the new topic's terms (all its
  // words), or there is no topic (a burst of the query as a whole).
  bool part_of_rise(const RecentPost& post) const;
  void remember_topic_words();

  void raise(std::string kind, store::Severity severity, Timestamp at, SignalText text,
             double score, std::vector<DetectionAlert>& out);
  bool broad() const;
  bool has_signal(std::string_view kind) const;
  bool surge_or_topic() const;
  store::IncidentRecord incident(Timestamp at) const;
  std::string crisis_title(Timestamp at) const;
  void forget_old_posts(Timestamp now);

  std::string query_id_;
  CrisisOptions options_;
  bool active_ = false;
  bool critical_ = false;
  Timestamp started_;
  Timestamp last_alert_;
  std::optional<Timestamp> answered_at_;
  std::vector<Signal> signals_;  // Latest per kind, in the order they first came.
  TopicReading topic_;           // Latest during the episode.
  ReachReading reach_;           // Latest during the episode.
  bool reach_was_broad_ = false;
  std::deque<RecentPost> recent_;  // Matched posts of the last hour, or since the rise began.
  std::vector<WordSignature> topic_words_;  // One per topic term: the words it needs.
};

}  // namespace rauch::detect
