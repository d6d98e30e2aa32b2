#include "detect/engine/crisis_episode.h"

#include <algorithm>
#include <functional>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "detect/volume/volume_explanation.h"

namespace rauch::detect {
namespace {

// Posts this long before the first alert belong to the rise: the first posts of a
// scandal come minutes before any test can tell.
constexpr std::int64_t kRiseLeadMs = 60 * kMillisPerMinute;

}  // namespace

void CrisisEpisode::sign(std::string_view word, WordSignature& signature) {
  const std::uint64_t h = std::hash<std::string_view>{}(word);
  for (int k = 0; k < 3; ++k) {
    const std::uint64_t bit = (h >> (k * 8)) & 255U;
    signature[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
}

void CrisisEpisode::add_post(const Post& post, std::string_view key,
                             const text::TokenizedText& tokens) {
  forget_old_posts(post.created_at);
  if (recent_.size() >= options_.max_rise_posts) recent_.pop_front();
  RecentPost& recent = recent_.emplace_back();
  recent.at = post.created_at;
  recent.key_hash = std::hash<std::string_view>{}(key);
  for (std::size_t i = 0; i < tokens.tokens.size(); ++i) {
    const text::TokenKind kind = tokens.tokens[i].kind;
    if (kind == text::TokenKind::kWord || kind == text::TokenKind::kHashtag)
      sign(tokens.folded_token(i), recent.words);
  }
}

void CrisisEpisode::remember_topic_words() {
  topic_words_.clear();
  for (const TopicTerm& term : topic_.terms) {
    // Display forms are cased ("Werkstatt Video"); posts are signed by folded words.
    const std::string folded = text::fold(term.term);
    WordSignature needed{};
    std::string_view rest = folded;
    while (!rest.empty()) {
      const std::size_t space = rest.find(' ');
      if (space != 0) sign(rest.substr(0, space), needed);
      if (space == std::string_view::npos) break;
      rest.remove_prefix(space + 1);
    }
    topic_words_.push_back(needed);
  }
}

bool CrisisEpisode::part_of_rise(const RecentPost& post) const {
  if (topic_words_.empty()) return true;
  return std::any_of(topic_words_.begin(), topic_words_.end(), [&](const WordSignature& needed) {
    for (std::size_t i = 0; i < needed.size(); ++i)
      if ((post.words[i] & needed[i]) != needed[i]) return false;
    return true;
  });
}

void CrisisEpisode::forget_old_posts(Timestamp now) {
  const std::int64_t keep_from = active_ ? started_.ms - kRiseLeadMs : now.ms - kRiseLeadMs;
  while (!recent_.empty() && recent_.front().at.ms < keep_from) recent_.pop_front();
}

void CrisisEpisode::own_post(const Post& post, const ReplyTarget& target) {
  if (!active_ || answered_at_ || post.created_at < started_ || target.empty()) return;
  for (const RecentPost& p : recent_) {
    if (target.names_hash(p.key_hash) && part_of_rise(p)) {
      answered_at_ = post.created_at;
      return;
    }
  }
}

bool CrisisEpisode::has_signal(std::string_view kind) const {
  return active_ && std::any_of(signals_.begin(), signals_.end(),
                                [&](const Signal& s) { return s.kind == kind; });
}

bool CrisisEpisode::surge_or_topic() const {
  return std::any_of(signals_.begin(), signals_.end(), [](const Signal& s) {
    return s.kind == "volume" || s.kind == "new_topic";
  });
}

bool CrisisEpisode::broad() const {
  if (reach_was_broad_) return true;
  if (std::any_of(signals_.begin(), signals_.end(),
                  [](const Signal& s) { return s.kind == "high_reach"; }))
    return true;
  return std::any_of(topic_.terms.begin(), topic_.terms.end(), [&](const TopicTerm& t) {
    return static_cast<double>(t.authors) >= options_.broad_authors &&
           static_cast<double>(t.sources) >= options_.broad_sources;
  });
}

void CrisisEpisode::raise(std::string kind, store::Severity severity, Timestamp at,
                          SignalText text, double score, std::vector<DetectionAlert>& out) {
  if (!active_) {
    active_ = true;
    critical_ = false;
    answered_at_.reset();
    signals_.clear();
    topic_ = {};
    reach_ = {};
    reach_was_broad_ = false;
    started_ = at;
  }
  last_alert_ = at;
  auto existing = std::find_if(signals_.begin(), signals_.end(),
                               [&](const Signal& s) { return s.kind == kind; });
  if (existing == signals_.end()) {
    signals_.push_back({kind, severity, at, text});
  } else {
    existing->at = at;
    existing->text = text;
  }
  DetectionAlert alert;
  alert.at = at;
  alert.signal = std::move(kind);
  alert.title = std::move(text.title);
  alert.score = score;
  alert.incident = incident(at);
  out.push_back(std::move(alert));
}

void CrisisEpisode::update(const MinuteReadings& r, std::vector<DetectionAlert>& out) {
  const Timestamp at = r.minute;
  if (active_ && static_cast<double>(at.ms - last_alert_.ms) >
                     options_.episode_quiet_minutes * kMillisPerMinute)
    active_ = false;
  if (r.volume && r.volume->alert) {
    SignalText text{volume_title(query_id_, *r.volume),
                    "Volume: " + volume_explanation(*r.volume),
                    volume_details_json(*r.volume)};
    raise("volume", store::Severity::kWarning, at, std::move(text), r.volume->score, out);
  }
  if (r.negative && r.negative->alert)
    raise("negative_share", store::Severity::kWarning, at, negative_share_text(query_id_, *r.negative),
          1, out);
  if (r.topic && (r.topic->alert || active_) && !r.topic->terms.empty()) {
    topic_ = *r.topic;
    remember_topic_words();
  }
  if (r.topic && r.topic->alert) {
    // The same topic growing (more authors, a further term) updates the incident without
    // a new line in the timeline.
    const bool known = has_signal("new_topic");
    raise("new_topic", store::Severity::kInfo, at, new_topic_text(query_id_, *r.topic), 1, out);
    out.back().update_only = known;
  }
  if (r.reach) {
    if (active_) {
      reach_ = *r.reach;
      reach_was_broad_ = reach_was_broad_ || r.reach->broad;
    }
    if (r.reach->high_reach)
      raise("high_reach", store::Severity::kInfo, at, high_reach_text(query_id_, *r.reach->high_reach),
            1, out);
  }
  if (!active_ || critical_ || answered_at_ || !surge_or_topic() || !broad()) return;
  critical_ = true;
  SignalText text;
  text.title = crisis_title(at);
  text.line = text.title;
  text.details_json = "{}";
  raise("crisis", store::Severity::kCritical, at, std::move(text), 1, out);
}

std::string CrisisEpisode::crisis_title(Timestamp at) const {
  std::string what;
  if (!topic_.terms.empty()) {
    const TopicTerm& top = topic_.terms.front();
    what = fmt::format("new topic {} ({} authors on {} networks)", top.term, top.authors,
                       top.sources);
  } else {
    what = "surge";
  }
  return fmt::format("{}: crisis: {}, no reply from the brand since the first signal {} ago",
                     query_id_, what, minutes_text(static_cast<double>(at.ms - started_.ms) / 60'000.0));
}

store::IncidentRecord CrisisEpisode::incident(Timestamp at) const {
  store::IncidentRecord r;
  r.key = "crisis:" + query_id_;
  r.query_id = query_id_;
  store::Severity severity = store::Severity::kInfo;
  const Signal* latest = nullptr;
  for (const Signal& s : signals_) {
    if (s.kind == "crisis") continue;
    if (!r.kind.empty()) r.kind += '+';
    r.kind += s.kind;
    severity = std::max(severity, s.severity);
    if (!latest || s.severity >= latest->severity) latest = &s;
  }
  if (critical_) {
    severity = store::Severity::kCritical;
    r.kind = r.kind.empty() ? "crisis" : "crisis+" + r.kind;
  }
  r.severity = severity;
  const auto crisis = std::find_if(signals_.begin(), signals_.end(),
                                   [](const Signal& s) { return s.kind == "crisis"; });
  r.title = crisis != signals_.end() ? crisis->text.title : latest ? latest->text.title : query_id_;
  nlohmann::json details = nlohmann::json::object();
  nlohmann::json signals = nlohmann::json::object();
  for (const Signal& s : signals_) {
    if (s.kind == "crisis") continue;
    r.explanation += s.text.line;
    r.explanation += '\n';
    nlohmann::json d = nlohmann::json::parse(s.text.details_json, nullptr, false);
    signals[s.kind] = {{"at", format_rfc3339(s.at)}, {"details", d.is_discarded() ? nlohmann::json() : d}};
  }
  details["signals"] = std::move(signals);
  details["rise_started_at"] = format_rfc3339(started_);
  if (answered_at_) {
    r.explanation += fmt::format("The brand answered at {} ({} after the rise began).\n",
                                 format_rfc3339(*answered_at_),
                                 minutes_text(static_cast<double>(answered_at_->ms - started_.ms) / 60'000.0));
    details["answered_at"] = format_rfc3339(*answered_at_);
  } else {
    r.explanation += fmt::format("No own account has answered any post of the rise yet ({} since it began).\n",
                                 minutes_text(static_cast<double>(at.ms - started_.ms) / 60'000.0));
    details["answered_at"] = nullptr;
  }
  if (reach_.windows[0].minutes > 0) {
    nlohmann::json windows = nlohmann::json::array();
    for (const ReachWindow& w : reach_.windows)
      windows.push_back({{"minutes", w.minutes}, {"authors", w.authors}, {"reach", w.reach},
                         {"usual_reach", std::round(w.usual_reach)}});
    const ReachWindow& w = reach_.windows.back();
    r.explanation += fmt::format("Reach: {} authors with {} followers in {} min (usually {}).\n",
                                 w.authors, with_thousands(w.reach), w.minutes,
                                 with_thousands(w.usual_reach));
    details["reach"] = {{"broad", reach_was_broad_}, {"windows", std::move(windows)}};
  }
  if (!topic_.terms.empty()) {
    nlohmann::json posts = nlohmann::json::array();
    for (const std::string& key : topic_.terms.front().sample_posts) posts.push_back(key);
    details["top_posts"] = std::move(posts);
  }
  details["critical"] = critical_;
  r.details_json = details.dump();
  if (!r.explanation.empty() && r.explanation.back() == '\n') r.explanation.pop_back();
  r.started_at = started_;
  r.updated_at = std::max(at, started_);
  return r;
}

std::size_t CrisisEpisode::memory_bytes() const {
  std::size_t bytes = sizeof(*this);
  bytes += recent_.size() * sizeof(RecentPost);
  for (const Signal& s : signals_)
    bytes += sizeof(Signal) + s.text.title.capacity() + s.text.line.capacity() +
             s.text.details_json.capacity();
  return bytes;
}

}  // namespace rauch::detect
