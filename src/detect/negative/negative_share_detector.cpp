#include "detect/negative/negative_share_detector.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace rauch::detect {
namespace {

constexpr std::int64_t kMsPerMinute = 60'000;

// Kullback-Leibler divergence of Bernoulli(q) from Bernoulli(p), in nats.
double kl(double q, double p) {
  auto term = [](double a, double b) { return a <= 0 ? 0.0 : a * std::log(a / b); };
  return term(q, p) + term(1 - q, 1 - p);
}

}  // namespace

Result<NegativeShareDetector> NegativeShareDetector::create(const NegativeShareOptions& o) {
  auto bad = [](std::string_view field, std::string_view range) {
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("negative-share option {} must be {}", field, range));
  };
  for (std::int64_t w : o.window_minutes)
    if (w < 1 || w > 24 * 60) return bad("window_minutes", "1 to 1440");
  if (!(o.prior_share > 0 && o.prior_share < 1)) return bad("prior_share", "in (0, 1)");
  if (!(o.half_life_posts >= 1)) return bad("half_life_posts", ">= 1");
  if (!(o.warmup_posts >= 0)) return bad("warmup_posts", ">= 0");
  if (!(o.min_posts >= 1)) return bad("min_posts", ">= 1");
  if (!(o.min_lift >= 0 && o.min_lift < 1)) return bad("min_lift", "in [0, 1)");
  if (!(o.alert_bits > 0)) return bad("alert_bits", "> 0");
  if (!(o.hold_minutes >= 0)) return bad("hold_minutes", ">= 0");
  return NegativeShareDetector(o);
}

NegativeShareDetector::NegativeShareDetector(const NegativeShareOptions& o)
    : options_(o), share_(o.prior_share) {
  const auto longest = *std::max_element(o.window_minutes.begin(), o.window_minutes.end());
  ring_posts_.assign(static_cast<std::size_t>(longest), 0);
  ring_negative_.assign(static_cast<std::size_t>(longest), 0);
}

void NegativeShareDetector::push(std::int64_t posts, std::int64_t negative) {
  const std::size_t size = ring_posts_.size();
  ring_pos_ = (ring_pos_ + 1) % size;
  ring_posts_[ring_pos_] = posts;
  ring_negative_[ring_pos_] = negative;
  // Sums straight from the ring (at most an hour of minutes): simple and free of drift.
  for (std::size_t w = 0; w < window_posts_.size(); ++w) {
    std::int64_t p = 0, n = 0;
    for (std::int64_t k = 0; k < options_.window_minutes[w]; ++k) {
      const std::size_t at = (ring_pos_ + size - static_cast<std::size_t>(k)) % size;
      p += ring_posts_[at];
      n += ring_negative_[at];
    }
    window_posts_[w] = p;
    window_negative_[w] = n;
  }
}

Result<NegativeShareReading> NegativeShareDetector::add(Timestamp minute, std::int64_t posts,
                                                        std::int64_t negative) {
  if (posts < 0 || negative < 0 || negative > posts)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("negative-share detector: {} negative of {} posts", negative,
                                  posts));
  if (started_ && minute.ms - last_.ms < kMsPerMinute)
    return make_error(ErrorCode::kInvalidArgument,
                      "negative-share detector: minutes must come in order");
  if (started_) {
    // Empty minutes in between, at most a window's worth (older ones leave every window).
    const std::int64_t gap = (minute.ms - last_.ms) / kMsPerMinute - 1;
    const std::int64_t fill = std::min<std::int64_t>(gap, static_cast<std::int64_t>(ring_posts_.size()));
    for (std::int64_t i = 0; i < fill; ++i) push(0, 0);
  }
  started_ = true;
  last_ = minute;
  push(posts, negative);

  NegativeShareReading r;
  r.minute = minute;
  r.usual_share = share_;
  for (std::size_t w = 0; w < window_posts_.size(); ++w) {
    const double n = static_cast<double>(window_posts_[w]);
    const double k = static_cast<double>(window_negative_[w]);
    double bits = 0;
    if (n >= options_.min_posts && k / n >= share_ + options_.min_lift)
      bits = n * kl(k / n, share_) / std::log(2.0);
    if (w == 0 || bits > r.bits) {
      r.window_minutes = options_.window_minutes[w];
      r.posts = n;
      r.negative = k;
      r.bits = bits;
    }
  }
  const bool surprising = r.bits >= options_.alert_bits;
  if (surprising && seen_posts_ >= options_.warmup_posts && minute >= hold_until_) {
    r.alert = true;
    hold_until_ = Timestamp{minute.ms + static_cast<std::int64_t>(options_.hold_minutes * kMsPerMinute)};
  }
  // Learn the usual share from unsurprising minutes only (a crisis is not the new normal).
  if (!surprising && posts > 0) {
    const double keep = std::pow(0.5, static_cast<double>(posts) / options_.half_life_posts);
    share_ = keep * share_ + (1 - keep) * (static_cast<double>(negative) / static_cast<double>(posts));
    share_ = std::clamp(share_, 0.001, 0.999);
  }
  seen_posts_ += static_cast<double>(posts);
  return r;
}

}  // namespace rauch::detect
