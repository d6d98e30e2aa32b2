#include "detect/engine/query_signals.h"

#include <functional>
#include <string_view>

namespace rauch::detect {
namespace {

// "source:part" into `buffer` (reused, so the per-post path does not allocate).
std::string_view join(std::string& buffer, Source source, std::string_view part) {
  assign_source_key(source, part, buffer);
  return buffer;
}

// The hash of "source:author id" (the handle when there is no id); std::hash of a
// string_view equals that of the same std::string, so keys are those of a formatted string.
std::uint64_t author_key(const Post& post, std::string& buffer) {
  return std::hash<std::string_view>{}(
      join(buffer, post.source, post.author.id.empty() ? post.author.handle : post.author.id));
}

// Pile-up alerts within this long of the first one are the same incident growing.
constexpr double kUnansweredQuietMs = 24.0 * kMillisPerHour;

bool needs_an_answer(const PostAnalysis& analysis) {
  return analysis.intent == "question" || analysis.intent == "complaint";
}

}  // namespace

Result<QuerySignals> QuerySignals::create(std::string query_id, const DetectionOptions& options) {
  auto volume = VolumeDetector::create(options.volume);
  if (!volume) return tl::unexpected(volume.error());
  auto negative = NegativeShareDetector::create(options.negative);
  if (!negative) return tl::unexpected(negative.error());
  auto topic = NewTopicDetector::create(options.topic);
  if (!topic) return tl::unexpected(topic.error());
  auto reach = ReachDetector::create(options.reach);
  if (!reach) return tl::unexpected(reach.error());
  auto unanswered = UnansweredQuestions::create(options.unanswered);
  if (!unanswered) return tl::unexpected(unanswered.error());
  return QuerySignals(std::move(query_id), std::move(*volume), std::move(*negative),
                      std::move(*topic), std::move(*reach), std::move(*unanswered),
                      options.crisis);
}

QuerySignals::QuerySignals(std::string query_id, VolumeDetector volume,
                           NegativeShareDetector negative, NewTopicDetector topic,
                           ReachDetector reach, UnansweredQuestions unanswered,
                           const CrisisOptions& crisis)
    : query_id_(std::move(query_id)),
      volume_(std::move(volume)),
      negative_(std::move(negative)),
      topic_(std::move(topic)),
      reach_(std::move(reach)),
      unanswered_(std::move(unanswered)),
      episode_(query_id_, crisis) {}

Result<void> QuerySignals::add(Timestamp minute, const Post& post, const PostAnalysis* analysis,
                               const text::TokenizedText& tokens) {
  if (has_open_ && minute != open_minute_) {
    return make_error(ErrorCode::kInternal, "detection: a post for a minute that is not open");
  }
  if (!has_open_) {
    has_open_ = true;
    open_minute_ = minute;
  }
  const bool negative = analysis && analysis->sentiment_label == "negative";
  ++posts_;
  if (negative) ++negative_posts_;
  const std::uint64_t author = author_key(post, display_);
  const std::string_view key = join(key_, post.source, post.id);
  const Timestamp at{std::max(post.created_at.ms, minute.ms)};
  if (auto added = topic_.add_post(at, tokens, {author, static_cast<std::uint8_t>(post.source), key});
      !added)
    return tl::unexpected(added.error());
  const std::string& handle = post.author.handle.empty() ? post.author.id : post.author.handle;
  std::string_view display = key;
  if (!handle.empty()) {
    display_.assign(1, '@');
    display_ += handle;
    display = display_;
  }
  if (auto added = reach_.add_post(at, author, display, post.author.followers.value_or(-1),
                                   negative, key);
      !added)
    return tl::unexpected(added.error());
  episode_.add_post(post, key, tokens);
  if (analysis && needs_an_answer(*analysis) && !post.own) unanswered_.add_question(post);
  return {};
}

void QuerySignals::own_post(const Post& post, const ReplyTarget& target) {
  episode_.own_post(post, target);
  unanswered_.own_post(target);
}

Result<void> QuerySignals::close_open_minute(std::vector<DetectionAlert>& out) {
  auto volume = volume_.add(open_minute_, static_cast<double>(posts_));
  if (!volume) return tl::unexpected(volume.error());
  auto negative = negative_.add(open_minute_, posts_, negative_posts_);
  if (!negative) return tl::unexpected(negative.error());
  auto topic = topic_.close_minute(open_minute_);
  if (!topic) return tl::unexpected(topic.error());
  auto reach = reach_.close_minute(open_minute_);
  if (!reach) return tl::unexpected(reach.error());
  episode_.update({open_minute_, &*volume, &*negative, &*topic, &*reach}, out);
  has_open_ = false;
  posts_ = negative_posts_ = 0;
  return {};
}

void QuerySignals::unanswered_alert(const UnansweredReading& reading,
                                    std::vector<DetectionAlert>& out) {
  if (!reading.topic.alert) return;
  const bool known = unanswered_since_ && reading.minute.ms - unanswered_since_->ms <
                                              static_cast<std::int64_t>(kUnansweredQuietMs);
  if (!known) unanswered_since_ = reading.minute;
  const SignalText text = unanswered_text(query_id_, reading);
  DetectionAlert alert;
  alert.at = reading.minute;
  alert.signal = "unanswered";
  alert.title = text.title;
  store::IncidentRecord& r = alert.incident;
  r.key = "unanswered:" + query_id_;
  r.query_id = query_id_;
  r.kind = "unanswered";
  r.severity = store::Severity::kWarning;
  r.title = text.title;
  r.explanation = text.line;
  r.details_json = text.details_json;
  r.started_at = r.updated_at = reading.minute;
  alert.update_only = known;
  out.push_back(std::move(alert));
}

Result<void> QuerySignals::advance(Timestamp now, std::vector<DetectionAlert>& out) {
  if (has_open_ && open_minute_ < now) {
    if (auto closed = close_open_minute(out); !closed) return closed;
  }
  auto unanswered = unanswered_.advance(now);
  if (!unanswered) return tl::unexpected(unanswered.error());
  if (*unanswered) unanswered_alert(**unanswered, out);
  return {};
}

std::size_t QuerySignals::memory_bytes() const {
  return sizeof(*this) + volume_.memory_bytes() + topic_.memory_bytes() + reach_.memory_bytes() +
         unanswered_.memory_bytes() + episode_.memory_bytes();
}

}  // namespace rauch::detect
