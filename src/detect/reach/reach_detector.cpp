#include "detect/reach/reach_detector.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace rauch::detect {
namespace {

std::int64_t minute_of(Timestamp t) {
  const std::int64_t m = t.ms / kMillisPerMinute;
  return (t.ms % kMillisPerMinute < 0) ? m - 1 : m;
}

}  // namespace

Result<ReachDetector> ReachDetector::create(const ReachOptions& o) {
  auto bad = [](std::string_view field, std::string_view range) {
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("reach option {} must be {}", field, range));
  };
  for (std::int64_t w : o.window_minutes)
    if (w < 1 || w > 24 * 60) return bad("window_minutes", "1 to 1440");
  if (!(o.half_life_days > 0)) return bad("half_life_days", "> 0");
  if (!(o.high_reach_quantile > 0 && o.high_reach_quantile < 1))
    return bad("high_reach_quantile", "in (0, 1)");
  if (!(o.min_followers >= 0)) return bad("min_followers", ">= 0");
  if (!(o.warmup_posts >= 0)) return bad("warmup_posts", ">= 0");
  if (!(o.broad_factor > 1)) return bad("broad_factor", "> 1");
  if (!(o.min_broad_reach >= 0)) return bad("min_broad_reach", ">= 0");
  if (!(o.hold_minutes >= 0)) return bad("hold_minutes", ">= 0");
  if (o.max_authors_per_minute < 1 || o.max_authors_per_minute > 100000)
    return bad("max_authors_per_minute", "1 to 100000");
  return ReachDetector(o);
}

ReachDetector::ReachDetector(const ReachOptions& o)
    : options_(o),
      minutes_(static_cast<std::size_t>(
                   *std::max_element(o.window_minutes.begin(), o.window_minutes.end())),
               o.max_authors_per_minute),
      followers_(o.half_life_days * 24 * 60),
      keep_per_minute_(std::exp2(-1 / (o.half_life_days * 24 * 60))) {}

std::size_t ReachDetector::memory_bytes() const {
  return sizeof(*this) + minutes_.memory_bytes();
}

Result<void> ReachDetector::add_post(Timestamp at, std::uint64_t author_key,
                                     std::string_view author_display, std::int64_t followers,
                                     bool negative, std::string_view post_key) {
  if (started_ && minute_of(at) < last_closed_)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("reach detector: post at {} before the last closed minute",
                                  format_rfc3339(at)));
  // Tested against the distribution before this post, so it does not raise its own bar.
  if (negative && seen_posts_ >= options_.warmup_posts &&
      static_cast<double>(followers) >= options_.min_followers &&
      (!pending_ || followers > pending_->followers)) {
    const double bar = followers_.quantile(options_.high_reach_quantile);
    if (static_cast<double>(followers) > bar)
      pending_ = HighReachPost{at, std::string(post_key), std::string(author_display), followers,
                               bar};
  }
  seen_posts_ += 1;
  if (followers >= 0)
    followers_.add(followers);
  minutes_.add(author_key, followers);
  return {};
}

double ReachDetector::usual(std::size_t w) const {
  return usual_weight_[w] > 0 ? std::expm1(usual_sum_[w] / usual_weight_[w]) : 0.0;
}

void ReachDetector::learn(std::size_t w, double reach) {
  double x = std::log1p(reach);
  // Once the level is known, one minute moves it by at most a factor of broad_factor's
  // worth (winsorised), so a slow build-up cannot drag it along.
  if (seen_posts_ >= options_.warmup_posts && usual_weight_[w] > 0) {
    const double level = usual_sum_[w] / usual_weight_[w];
    const double band = std::log(options_.broad_factor);
    x = std::clamp(x, level - band, level + band);
  }
  usual_weight_[w] = usual_weight_[w] * keep_per_minute_ + 1;
  usual_sum_[w] = usual_sum_[w] * keep_per_minute_ + x;
}

Result<ReachReading> ReachDetector::close_minute(Timestamp minute) {
  const std::int64_t m = minute_of(minute);
  if (started_ && m <= last_closed_)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("reach detector: minute {} is not after the last closed one",
                                  format_rfc3339(minute)));
  const std::int64_t gap = started_ ? m - last_closed_ : 1;
  started_ = true;
  last_closed_ = m;
  followers_.advance(static_cast<double>(gap));
  if (gap > 1) {  // the skipped minutes taught nothing; the level ages all the same
    const double keep = std::pow(keep_per_minute_, static_cast<double>(gap - 1));
    for (std::size_t w = 0; w < 2; ++w) {
      usual_weight_[w] *= keep;
      usual_sum_[w] *= keep;
    }
  }

  std::array<WindowSum, 2> sums{};
  minutes_.close(m, options_.window_minutes.data(), sums.data(), sums.size());
  ReachReading r;
  r.minute = minute;
  const bool warm = seen_posts_ >= options_.warmup_posts;
  for (std::size_t w = 0; w < 2; ++w) {
    ReachWindow& out = r.windows[w];
    out.minutes = options_.window_minutes[w];
    out.authors = std::llround(sums[w].authors);
    out.reach = sums[w].reach;
    out.usual_reach = usual(w);
    const bool broad = warm && out.reach >= options_.broad_factor * out.usual_reach &&
                       out.reach >= options_.min_broad_reach;
    r.broad = r.broad || broad;
    if (!broad)
      learn(w, out.reach);
  }
  if (pending_ && m >= hold_until_) {
    r.high_reach = std::move(pending_);
    hold_until_ = m + static_cast<std::int64_t>(std::ceil(options_.hold_minutes));
  }
  pending_.reset();
  return r;
}

}  // namespace rauch::detect
