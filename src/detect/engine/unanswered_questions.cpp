#include "detect/engine/unanswered_questions.h"

#include <algorithm>
#include <functional>

namespace rauch::detect {

Result<UnansweredQuestions> UnansweredQuestions::create(const UnansweredOptions& options) {
  if (!(options.grace_minutes >= 0) || options.max_pending < 1 || !(options.keep_hours > 0))
    return make_error(ErrorCode::kInvalidArgument,
                      "unanswered: grace_minutes must be >= 0, max_pending >= 1, keep_hours > 0");
  auto topic = NewTopicDetector::create(options.topic);
  if (!topic) return tl::unexpected(topic.error());
  return UnansweredQuestions(options, std::move(*topic));
}

void UnansweredQuestions::add_question(const Post& post) {
  if (pending_.size() >= options_.max_pending) pending_.pop_front();
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
}

void UnansweredQuestions::own_post(const Post& post) {
  const std::string replied = post.in_reply_to.empty() ? std::string() : source_key(post.source, post.in_reply_to);
  const std::string conversation =
      post.conversation_id.empty() ? std::string() : source_key(post.source, post.conversation_id);
  if (replied.empty() && conversation.empty()) return;
  // Hashes first: an own post is compared with every kept question of the query.
  const std::uint64_t replied_hash = std::hash<std::string_view>{}(replied);
  const std::uint64_t conversation_hash = std::hash<std::string_view>{}(conversation);
  auto answers = [&](const Question& q) {
    return (!replied.empty() && q.key_hash == replied_hash && q.key == replied) ||
           (!conversation.empty() && q.key_hash == conversation_hash && q.key == conversation);
  };
  for (Question& q : pending_)
    if (answers(q)) q.answered = true;
  std::erase_if(unanswered_, answers);
}

void UnansweredQuestions::drop_old(Timestamp now) {
  const auto keep_ms = static_cast<std::int64_t>(options_.keep_hours * 3'600'000.0);
  while (!unanswered_.empty() && (unanswered_.front().at.ms < now.ms - keep_ms ||
                                  unanswered_.size() > options_.max_pending))
    unanswered_.pop_front();
}

Result<std::optional<UnansweredReading>> UnansweredQuestions::advance(Timestamp now) {
  const auto grace_ms = static_cast<std::int64_t>(options_.grace_minutes * 60'000.0);
  bool matured = false;
  while (!pending_.empty() && pending_.front().at.ms + grace_ms <= now.ms) {
    Question q = std::move(pending_.front());
    pending_.pop_front();
    if (q.answered) continue;
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
    unanswered_.push_back(std::move(q));
    matured = true;
  }
  drop_old(now);
  if (!matured) return std::optional<UnansweredReading>();
  auto topic = topic_.close_minute(minute_start(now));
  if (!topic) return tl::unexpected(topic.error());
  UnansweredReading reading;
  reading.minute = minute_start(now);
  reading.topic = std::move(*topic);
  reading.open = static_cast<std::int64_t>(unanswered_.size());
  if (!unanswered_.empty())
    reading.oldest_minutes = static_cast<double>(now.ms - unanswered_.front().at.ms) / 60'000.0;
  return std::optional<UnansweredReading>(std::move(reading));
}

std::size_t UnansweredQuestions::memory_bytes() const {
  std::size_t bytes = sizeof(*this) + topic_.memory_bytes();
  for (const auto* queue : {&pending_, &unanswered_})
    for (const Question& q : *queue) bytes += sizeof(Question) + q.key.capacity() + q.text.capacity();
  return bytes;
}

}  // namespace rauch::detect
