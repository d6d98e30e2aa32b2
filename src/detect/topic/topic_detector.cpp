#include "detect/topic/topic_detector.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>
#include <limits>

#include <fmt/format.h>

#include "detect/topic/topic_terms.h"

namespace rauch::detect {
namespace {

constexpr double kMaxScale = 18446744073709551616.0;  // 2^64: renormalise above
// Past this many half-lives a decayed state is negligible and simply cleared.
constexpr double kForgetHalfLives = 60;
constexpr double kSpreadFloor = 0.1;  // keeps the ranking score finite for tiny expectations
constexpr double kAdmitLiftFraction = 0.5;
constexpr std::int64_t kNoMinute = std::numeric_limits<std::int64_t>::min();

// Kullback-Leibler divergence of Bernoulli(q) from Bernoulli(p), in nats.
double kl(double q, double p) {
  auto term = [](double a, double b) { return a <= 0 ? 0.0 : a * std::log(a / b); };
  return term(q, p) + term(1 - q, 1 - p);
}

std::int64_t minute_of(Timestamp t) {
  const std::int64_t m = t.ms / kMillisPerMinute;
  return (t.ms % kMillisPerMinute < 0) ? m - 1 : m;
}

}  // namespace

Result<NewTopicDetector> NewTopicDetector::create(const TopicOptions& o) {
  auto bad = [](std::string_view field, std::string_view range) {
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("new-topic option {} must be {}", field, range));
  };
  if (!(o.recent_half_life_minutes >= 0.5)) return bad("recent_half_life_minutes", ">= 0.5");
  if (!(o.history_half_life_days > 0)) return bad("history_half_life_days", "> 0");
  if (o.sketch_width < 16 || o.sketch_width > (std::size_t{1} << 24))
    return bad("sketch_width", "16 to 16777216");
  if (o.sketch_depth < 1 || o.sketch_depth > CountMinSketch::kMaxDepth)
    return bad("sketch_depth", "1 to 8");
  if (o.candidates < 1 || o.candidates > 16000) return bad("candidates", "1 to 16000");
  if (!(o.min_posts >= 1)) return bad("min_posts", ">= 1");
  if (!(o.min_authors >= 1 && o.min_authors <= 1000)) return bad("min_authors", "1 to 1000");
  if (!(o.min_lift >= 1)) return bad("min_lift", ">= 1");
  if (!(o.alert_bits > 0)) return bad("alert_bits", "> 0");
  if (!(o.warmup_posts >= 0)) return bad("warmup_posts", ">= 0");
  if (!(o.hold_minutes >= 0)) return bad("hold_minutes", ">= 0");
  if (o.max_terms < 1) return bad("max_terms", ">= 1");
  if (!(o.unseen_share > 0 && o.unseen_share < 1)) return bad("unseen_share", "in (0, 1)");
  if (o.min_word_chars < 1) return bad("min_word_chars", ">= 1");
  if (!(o.candidate_min_posts >= 0)) return bad("candidate_min_posts", ">= 0");
  if (!(o.learn_delay_minutes >= 1)) return bad("learn_delay_minutes", ">= 1");
  if (!(o.max_posts_per_minute >= 0)) return bad("max_posts_per_minute", ">= 0");
  if (o.max_terms_per_post < 1 || o.max_terms_per_post > 4096)
    return bad("max_terms_per_post", "1 to 4096");
  return NewTopicDetector(o);
}

NewTopicDetector::NewTopicDetector(const TopicOptions& o)
    : options_(o),
      recent_(o.sketch_width, o.sketch_depth),
      history_(o.sketch_width, o.sketch_depth),
      candidates_(o.candidates),
      open_minute_(kNoMinute) {
  seen_.assign(std::bit_ceil(o.max_terms_per_post * 2), Seen{});
  above_.reserve(o.candidates);
}

std::size_t NewTopicDetector::memory_bytes() const {
  return sizeof(*this) + recent_.memory_bytes() + history_.memory_bytes() +
         candidates_.memory_bytes() + seen_.capacity() * sizeof(Seen) +
         above_.capacity() * sizeof(above_[0]);
}

Result<void> NewTopicDetector::add_post(Timestamp at, const text::TokenizedText& tokens,
                                        const TopicPostRef& ref) {
  const std::int64_t m = minute_of(at);
  if (started_ && m < last_closed_)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("new-topic detector: post at {} before the last closed minute",
                                  format_rfc3339(at)));
  // The first post of an empty open minute may move it forward (skipped minutes are empty).
  if (minute_all_ == 0 && m > open_minute_) {
    if (open_minute_ != kNoMinute)
      advance(m - open_minute_);
    open_minute_ = m;
  }
  seen_posts_ += 1;
  recent_all_ += recent_scale_;
  minute_all_ += 1;
  if (!sampled(ref.post_key))
    return {};
  minute_posts_ += 1;
  recent_posts_ += recent_scale_;
  history_posts_ += history_scale_;
  if (++stamp_ == 0) {  // wrapped after 2^32 posts: old stamps would look current
    std::fill(seen_.begin(), seen_.end(), Seen{});
    stamp_ = 1;
  }
  post_terms_ = 0;
  const TermRules rules{options_.min_word_chars, options_.bigrams};
  for_each_term(tokens, rules, [&](const TermRef& t) {
    if (post_terms_ >= options_.max_terms_per_post || !first_in_post(t.hash))
      return;
    ++post_terms_;
    add_term(tokens, t.hash, t.first_token, t.last_token, ref);
  });
  return {};
}

bool NewTopicDetector::sampled(std::string_view post_key) const {
  if (options_.max_posts_per_minute <= 0)
    return true;
  // Posts a minute: the decayed recent count over its mean age (half-life / ln 2), or the
  // last minute's and this one's so far when higher (a burst the decay has not caught up
  // with yet).
  const double decayed_rate =
      recent_all_ / recent_scale_ * std::log(2.0) / options_.recent_half_life_minutes;
  const double last_minute = open_minute_ == last_closed_ + 1 ? last_minute_all_ : 0.0;
  const double rate = std::max({decayed_rate, last_minute, minute_all_});
  if (rate <= options_.max_posts_per_minute)
    return true;
  const double keep = options_.max_posts_per_minute / rate;
  const std::uint64_t h = detail::mix64(std::hash<std::string_view>{}(post_key));
  return static_cast<double>(h >> 11) * 0x1p-53 < keep;
}

double NewTopicDetector::sample_factor() const {
  return recent_posts_ > 0 ? std::max(1.0, recent_all_ / recent_posts_) : 1.0;
}

bool NewTopicDetector::first_in_post(std::uint64_t hash) {
  const std::size_t mask = seen_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    Seen& s = seen_[i];
    if (s.stamp != stamp_) {
      s = Seen{hash, stamp_};
      return true;
    }
    if (s.hash == hash)
      return false;
  }
}

void NewTopicDetector::add_term(const text::TokenizedText& tokens, std::uint64_t hash,
                                std::uint32_t first, std::uint32_t last,
                                const TopicPostRef& ref) {
  const CountMinSketch::Cells cells = recent_.cells(hash);  // same shape: same cells
  const double recent = recent_.add(cells, static_cast<float>(recent_scale_)) + recent_scale_;
  const std::ptrdiff_t slot = candidates_.find(hash);
  if (slot >= 0) {
    TopicCandidate& c = candidates_[static_cast<std::size_t>(slot)];
    c.recent += recent_scale_;
    c.touched = true;
    if (c.hot) {
      c.withheld += history_scale_;
    } else {
      (void)history_.add(cells, static_cast<float>(history_scale_));
      c.minute_learned += 1;
    }
    c.add_author(ref.author_key);
    if (ref.source < 64)
      c.source_bits |= std::uint64_t{1} << ref.source;
    if (c.samples < TopicCandidate::kSamples)
      c.sample_posts[c.samples++].assign(ref.post_key);
    return;
  }
  const double usual = history_.add(cells, static_cast<float>(history_scale_)) / history_scale_;
  if (candidates_.full() && recent / recent_scale_ < options_.candidate_min_posts)
    return;
  const double history_posts = history_posts_ / history_scale_;
  const double share = std::max(options_.unseen_share,
                                history_posts > 0 ? usual / history_posts : 0.0);
  admit(tokens, hash, first, last, ref, recent, std::min(share, 1.0));
}

double NewTopicDetector::score(const TopicCandidate& c) const {
  return (c.recent - c.usual_share * recent_posts_) * c.score_scale;
}

void NewTopicDetector::find_floor() {
  // The weakest candidate not above the bar and not on hold (their state must survive);
  // if every one is, the weakest of all.
  double best = std::numeric_limits<double>::infinity(), best_any = best;
  std::size_t slot = 0, slot_any = 0;
  for (std::size_t i = 0; i < candidates_.size(); ++i) {
    const TopicCandidate& c = candidates_[i];
    const double s = score(c);
    if (s < best_any) {
      best_any = s;
      slot_any = i;
    }
    if (s < best && !c.hot && c.hold_until <= open_minute_) {
      best = s;
      slot = i;
    }
  }
  const bool none = best == std::numeric_limits<double>::infinity();
  floor_slot_ = none ? slot_any : slot;
  floor_score_ = none ? best_any : best;
  floor_dirty_ = false;
}

void NewTopicDetector::admit(const text::TokenizedText& tokens, std::uint64_t hash,
                             std::uint32_t first, std::uint32_t last, const TopicPostRef& ref,
                             double recent, double usual_share) {
  const double expected = usual_share * recent_posts_ / recent_scale_;
  // A usual word that fluctuates upwards is no candidate: entry needs half the lift the
  // bar needs. Keeps the list (and this function) quiet for the common words.
  if (recent / recent_scale_ < kAdmitLiftFraction * options_.min_lift * expected)
    return;
  const double score_scale = 1 / std::sqrt(expected + kSpreadFloor);
  std::size_t victim = 0;
  if (candidates_.full()) {
    if (floor_dirty_)
      find_floor();
    // One unit of score above the weakest: terms of similar standing do not swap places
    // post after post.
    const double s = (recent - usual_share * recent_posts_) * score_scale;
    if (s <= floor_score_ + recent_scale_)
      return;
    victim = floor_slot_;
    release_withheld(candidates_[victim]);
    floor_dirty_ = true;
  }
  TopicCandidate& c = candidates_[candidates_.admit(hash, victim)];
  c.recent = recent;
  c.usual_share = usual_share;
  c.score_scale = score_scale;
  c.minute_learned = 1;
  c.touched = true;
  c.add_author(ref.author_key);
  if (ref.source < 64)
    c.source_bits |= std::uint64_t{1} << ref.source;
  c.sample_posts[0].assign(ref.post_key);
  c.samples = 1;
  c.display.assign(tokens.cased_token(first));
  if (last != first)
    c.display.append_word(tokens.cased_token(last));
}

void NewTopicDetector::release_withheld(TopicCandidate& c) {
  if (c.withheld > 0)
    (void)history_.add(history_.cells(c.hash), static_cast<float>(c.withheld));
  c.withheld = 0;
}

void NewTopicDetector::advance(std::int64_t minutes) {
  if (minutes <= 0)
    return;
  const double recent_log2 = static_cast<double>(minutes) / options_.recent_half_life_minutes;
  const double history_log2 =
      static_cast<double>(minutes) / (options_.history_half_life_days * 24 * 60);
  // Recent state.
  if (recent_log2 > kForgetHalfLives || recent_scale_ * std::exp2(recent_log2) > kMaxScale) {
    const double keep = recent_log2 > kForgetHalfLives ? 0.0 : 1 / recent_scale_;
    recent_.scale(static_cast<float>(keep));
    for (std::size_t i = 0; i < candidates_.size(); ++i)
      candidates_[i].recent *= keep;
    recent_posts_ *= keep;
    recent_all_ *= keep;
    recent_scale_ = 1;
  }
  if (recent_log2 <= kForgetHalfLives)
    recent_scale_ *= std::exp2(recent_log2);
  // History.
  if (history_log2 > kForgetHalfLives || history_scale_ * std::exp2(history_log2) > kMaxScale) {
    const double keep = history_log2 > kForgetHalfLives ? 0.0 : 1 / history_scale_;
    history_.scale(static_cast<float>(keep));
    for (std::size_t i = 0; i < candidates_.size(); ++i)
      candidates_[i].withheld *= keep;
    history_posts_ *= keep;
    history_scale_ = 1;
  }
  if (history_log2 <= kForgetHalfLives)
    history_scale_ *= std::exp2(history_log2);
}

TopicTerm NewTopicDetector::describe(const TopicCandidate& c, double recent_posts,
                                     double bits) const {
  TopicTerm t;
  const double factor = sample_factor();
  t.term = std::string(c.display.view());
  t.recent = c.recent / recent_scale_ * factor;
  t.expected = c.usual_share * recent_posts * factor;
  t.authors = c.authors();
  t.sources = c.sources();
  t.bits = bits;
  for (std::size_t i = 0; i < c.samples; ++i)
    t.sample_posts.emplace_back(c.sample_posts[i].view());
  return t;
}

Result<TopicReading> NewTopicDetector::close_minute(Timestamp minute) {
  const std::int64_t m = minute_of(minute);
  if (started_ && m <= last_closed_)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("new-topic detector: minute {} is not after the last closed one",
                                  format_rfc3339(minute)));
  if (minute_all_ == 0 && m > open_minute_) {
    if (open_minute_ != kNoMinute)
      advance(m - open_minute_);
    open_minute_ = m;
  }
  warm_ = seen_posts_ >= options_.warmup_posts;
  const double recent_posts = recent_posts_ / recent_scale_;
  // The history before this minute: its own posts are taken out again.
  const double history_posts = history_posts_ / history_scale_ - minute_posts_;
  const auto hold = static_cast<std::int64_t>(std::ceil(options_.hold_minutes));
  TopicReading reading;
  reading.minute = minute;
  reading.recent_posts = recent_all_ / recent_scale_;
  above_.clear();
  for (std::size_t i = 0; i < candidates_.size(); ++i) {
    TopicCandidate& c = candidates_[i];
    // Untouched terms below the bar stay below it (see the header): not tested.
    if (!c.touched && !c.hot)
      continue;
    c.touched = false;
    const double usual =
        std::max(0.0, history_.estimate(history_.cells(c.hash)) / history_scale_ -
                          c.minute_learned);
    const double p = std::min(
        1 - 1e-9,
        std::max(options_.unseen_share, history_posts > 0 ? usual / history_posts : 0.0));
    const double k = c.recent / recent_scale_;
    c.usual_share = p;
    c.score_scale = 1 / std::sqrt(p * recent_posts + kSpreadFloor);
    c.minute_learned = 0;
    double bits = 0;
    if (warm_ && recent_posts > 0 && k >= options_.min_posts &&
        k / recent_posts >= options_.min_lift * p &&
        static_cast<double>(c.authors()) >= options_.min_authors)
      bits = recent_posts * kl(std::min(k / recent_posts, 1.0), p) / std::log(2.0);
    const bool above = bits >= options_.alert_bits;
    if (above) {
      above_.emplace_back(bits, i);
      reading.alert = reading.alert || m >= c.hold_until;
      c.hold_until = m + hold;  // the episode goes on: announced again only after a pause
    }
    // Withhold the posts of a term above the bar from its history (see the header).
    if (above && !c.hot) {
      c.hot = true;
      c.hot_since = m;
    } else if (!above && c.hot) {
      release_withheld(c);
      c.hot = false;
    } else if (above && static_cast<double>(m - c.hot_since) >= options_.learn_delay_minutes) {
      release_withheld(c);
      c.hot_since = m;
    }
  }
  std::sort(above_.begin(), above_.end(), [](const auto& a, const auto& b) {
    return a.first > b.first;
  });
  for (std::size_t i = 0; i < above_.size() && i < options_.max_terms; ++i)
    reading.terms.push_back(describe(candidates_[above_[i].second], recent_posts, above_[i].first));

  started_ = true;
  last_closed_ = m;
  minute_posts_ = 0;
  last_minute_all_ = minute_all_;
  minute_all_ = 0;
  floor_dirty_ = true;
  const std::int64_t next = std::max(open_minute_, m + 1);
  advance(next - open_minute_);
  open_minute_ = next;
  return reading;
}

}  // namespace rauch::detect
