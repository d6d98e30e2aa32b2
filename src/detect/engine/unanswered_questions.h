#pragma once

// The unanswered-questions signal (docs/detection.md#unanswered-questions): questions and
// complaints among a query's matches that no own account answered within a grace period.
// Their count and age are kept, and the new-topic test runs on their stream, so that a
// pile-up about one thing ("38 questions about the Nova in 6 hours, none answered") stands
// out from the everyday share of questions a care team never gets to.
//
// An own post answers a question when it replies to it (in_reply_to on the same network)
// or continues the conversation the question started. Memory is bounded by max_pending
// entries (texts cut to kKeptTextBytes). Not thread-safe: one instance per query.

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/error.h"
#include "core/post.h"
#include "core/timestamp.h"
#include "detect/engine/detection_options.h"
#include "detect/engine/reply_target.h"
#include "detect/topic/topic_detector.h"
#include "text/tokens.h"

namespace rauch::detect {

struct UnansweredReading {
  Timestamp minute;
  TopicReading topic;        // The pile-up test on the unanswered stream.
  std::int64_t open = 0;     // Unanswered (past grace) within keep_hours.
  double oldest_minutes = 0; // Age of the oldest of them.
};

class UnansweredQuestions {
 public:
  [[nodiscard]] static Result<UnansweredQuestions> create(const UnansweredOptions& options);
  // Movable (a deque's elements keep their addresses when it moves), not copyable: the
  // index points into the queues.
  UnansweredQuestions(UnansweredQuestions&&) = default;
  UnansweredQuestions& operator=(UnansweredQuestions&&) = default;
  UnansweredQuestions(const UnansweredQuestions&) = delete;
  UnansweredQuestions& operator=(const UnansweredQuestions&) = delete;

  // A matched post whose analysis says question or complaint (not own).
  void add_question(const Post& post);
  // Any own post: answers the questions it replies to (a hash lookup).
  void own_post(const ReplyTarget& target);
  // Matures the questions whose grace ended before `now`; those still unanswered go to
  // the pile-up test. A reading when any matured (its topic.alert says whether they pile up).
  [[nodiscard]] Result<std::optional<UnansweredReading>> advance(Timestamp now);

  std::size_t memory_bytes() const;

 private:
  struct Question {
    Timestamp at;
    std::string key;   // "source:id": what own replies name
    std::uint64_t key_hash = 0;  // std::hash of key: own replies compare it first
    std::string text;  // title, '\n', text; cut to kKeptTextBytes
    std::uint64_t author_key = 0;
    std::uint8_t source = 0;
    bool answered = false;
    bool matured = false;  // in unanswered_ (past grace)
  };
  static constexpr std::size_t kKeptTextBytes = 1000;

  UnansweredQuestions(const UnansweredOptions& options, NewTopicDetector topic)
      : options_(options), topic_(std::move(topic)) {}
  void drop_old(Timestamp now);
  void unindex(const Question& q);

  UnansweredOptions options_;
  NewTopicDetector topic_;
  std::deque<Question> pending_;     // In grace, by time.
  // Past grace, by time (text dropped); answered later ones stay as tombstones until they
  // reach the front, so the queues only ever grow at the back and shrink at the front and
  // the index's pointers stay valid.
  std::deque<Question> unanswered_;
  std::int64_t open_ = 0;  // Entries of unanswered_ not answered.
  text::TokenizedText tokens_;       // Scratch.
  std::string author_;               // Scratch of add_question.
  // Every kept question (pending_ and unanswered_) by the hash of its key: an own post
  // finds what it answers without a scan.
  std::unordered_multimap<std::uint64_t, Question*> by_key_;
};

}  // namespace rauch::detect
