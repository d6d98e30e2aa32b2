#include "detect/engine/unanswered_questions.h"

#include <algorithm>
#include <functional>

namespace rauch::detect {

Result<UnansweredQuestions> UnansweredQuestions::create(const UnansweredOptions& options) {
  if (!(options.grace_minutes >= 0) || options.max_pending < 1 || !(options.keep_hours > 0))
    return make_error(ErrorCode::kInvalidArgument,
                      "unanswered: grace_minutes must be >= 0, max_pending >= 1, keep_hours > 0");
  auto topic = NewTopicDetector::create(options.topic);
  if (!topic)
    return tl::unexpected(topic.error());
  return UnansweredQuestions(options, std::move(*topic));
}

void UnansweredQuestions::add_question(const Post& post) {
  if (pending_.size() >= options_.max_pending) {
    unindex(pending_.front());
    pending_.pop_front();
  }
  Question q;
  q.at = post.created_at;
  q.key = source_key(post.source, post.id);
  q.key_hash = std::hash<std::string_view>{}(q.key);
  q.text = post.title;
  q.text += '\n';
  q.text.append(post.text, 0, std::min(post.text.size(), kKeptTextBytes));
  // The hash of "source:author id", in a reused buffer.
  assign_source_key(post.source, post.author.id, author_);
  q.author_key = std::hash<std::string_view>{}(author_);
  q.source = static_cast<std::uint8_t>(post.source);
  // Ingest is roughly in event-time order; a late question still matures in order of
  // arrival, which keeps this a queue.
  pending_.push_back(std::move(q));
  by_key_.emplace(pending_.back().key_hash, &pending_.back());
}

void UnansweredQuestions::unindex(const Question& q) {
  auto [first, last] = by_key_.equal_range(q.key_hash);
  for (auto it = first; it != last; ++it) {
    if (it->second == &q) {
      by_key_.erase(it);
      return;
    }
  }
}

void UnansweredQuestions::own_post(const ReplyTarget& target) {
  auto answer = [&](std::uint64_t hash) {
    auto [first, last] = by_key_.equal_range(hash);
    for (auto it = first; it != last; ++it) {
      Question& q = *it->second;
      if (q.answered || !target.names(q.key_hash, q.key))
        continue;
      q.answered = true;
      if (q.matured)
        --open_;
    }
  };
  if (!target.replied.empty())
    answer(target.replied_hash);
  if (!target.conversation.empty() && target.conversation != target.replied)
    answer(target.conversation_hash);
}

void UnansweredQuestions::drop_old(Timestamp now) {
  const auto keep_ms = static_cast<std::int64_t>(options_.keep_hours * 3'600'000.0);
  // Answered ones at the front go too, so the front is the oldest still unanswered.
  while (!unanswered_.empty() &&
         (unanswered_.front().answered || unanswered_.front().at.ms < now.ms - keep_ms ||
          unanswered_.size() > options_.max_pending)) {
    if (!unanswered_.front().answered)
      --open_;
    unindex(unanswered_.front());
    unanswered_.pop_front();
  }
}

Result<std::optional<UnansweredReading>> UnansweredQuestions::advance(Timestamp now) {
  const auto grace_ms = static_cast<std::int64_t>(options_.grace_minutes * 60'000.0);
  bool matured = false;
  while (!pending_.empty() && pending_.front().at.ms + grace_ms <= now.ms) {
    unindex(pending_.front());
    Question q = std::move(pending_.front());
    pending_.pop_front();
    if (q.answered)
      continue;
    const std::size_t newline = q.text.find('\n');
    tokens_.clear();
    text::tokenize_title_and_text(std::string_view(q.text).substr(0, newline),
                                  std::string_view(q.text).substr(newline + 1), tokens_);
    // The pile-up test sees the question when it matured, which is in order.
    const Timestamp matured_at{std::max(now.ms, q.at.ms)};
    if (auto added = topic_.add_post(matured_at, tokens_, {q.author_key, q.source, q.key}); !added)
      return tl::unexpected(added.error());
    q.text.clear();
    q.text.shrink_to_fit();
    q.matured = true;
    unanswered_.push_back(std::move(q));
    by_key_.emplace(unanswered_.back().key_hash, &unanswered_.back());
    ++open_;
    matured = true;
  }
  drop_old(now);
  if (!matured)
    return std::optional<UnansweredReading>();
  auto topic = topic_.close_minute(minute_start(now));
  if (!topic)
    return tl::unexpected(topic.error());
  UnansweredReading reading;
  reading.minute = minute_start(now);
  reading.topic = std::move(*topic);
  reading.open = open_;
  if (!unanswered_.empty())
    reading.oldest_minutes = static_cast<double>(now.ms - unanswered_.front().at.ms) / 60'000.0;
  return std::optional<UnansweredReading>(std::move(reading));
}

std::size_t UnansweredQuestions::memory_bytes() const {
  // A node of the hash index: the pair, its next pointer and the cached hash, plus the
  // bucket pointer.
  std::size_t bytes = sizeof(*this) + topic_.memory_bytes() +
                      by_key_.size() * (sizeof(std::pair<std::uint64_t, Question*>) + 16) +
                      by_key_.bucket_count() * sizeof(void*);
  for (const auto* queue : {&pending_, &unanswered_})
    for (const Question& q : *queue)
      bytes += sizeof(Question) + q.key.capacity() + q.text.capacity();
  return bytes;
}

}  // namespace rauch::detect
