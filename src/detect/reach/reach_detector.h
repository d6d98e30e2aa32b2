#pragma once

// The reach signal of one query (docs/detection.md#reach). Two things a volume count
// misses: how many people a window's posts reach, and one negative post by an account far
// bigger than the query's usual authors.
//
// Reach of a window (15 and 60 minutes) = the sum of followers over its distinct authors
// (author_minutes.h: exact up to max_authors_per_minute distinct authors a minute, an
// unbiased priority sample above that which always keeps the big accounts). It is "broad"
// at broad_factor times its usual level and at least min_broad_reach followers; the usual
// level is a decayed geometric mean of the window's reach (log1p, half-life
// half_life_days, each update clipped to a factor of broad_factor around it), learnt only
// from minutes that are not broad.
//
// High reach: a negative post whose author has at least min_followers followers and more
// than the high_reach_quantile of the query's usual follower counts (a decayed log2
// histogram of every post's author, follower_histogram.h) is reported on the minute it is
// closed in; further ones within hold_minutes belong to the same alert.
//
// Fixed memory (the ring of minutes, its scratch set, the histogram), O(1) per post while a
// minute has room (O(cap) above it), O(authors in the last hour) per minute. Not
// thread-safe: one instance per query.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/timestamp.h"
#include "detect/reach/author_minutes.h"
#include "detect/reach/follower_histogram.h"

namespace rauch::detect {

struct ReachOptions {
  // The windows whose reach is summed (at most 24 hours).
  std::array<std::int64_t, 2> window_minutes = {15, 60};
  // Memory of the usual follower distribution and of the usual reach.
  double half_life_days = 14;
  // A negative post is "high reach" above this quantile of the query's authors' followers...
  double high_reach_quantile = 0.999;
  // ...and with at least this many followers.
  double min_followers = 10000;
  // Posts seen before any alert or broad reading.
  double warmup_posts = 500;
  // A window's reach is "broad" at >= broad_factor times its usual reach...
  double broad_factor = 3;
  // ...and at least this many followers.
  double min_broad_reach = 20000;
  // High-reach posts of one query within this long are one alert.
  double hold_minutes = 6 * 60;
  // Distinct authors kept exactly per minute; above, a priority sample (author_minutes.h).
  std::size_t max_authors_per_minute = 64;
};

struct ReachWindow {
  std::int64_t minutes = 0;
  std::int64_t authors = 0;  // distinct authors (estimate above the per-minute cap)
  double reach = 0;          // sum of their followers
  double usual_reach = 0;    // the window's usual reach
};

struct HighReachPost {
  Timestamp at;
  std::string post_key;
  std::string author;
  std::int64_t followers = 0;
  double usual_quantile = 0;  // the high_reach_quantile of the usual follower counts then
};

struct ReachReading {
  Timestamp minute;
  std::array<ReachWindow, 2> windows;
  bool broad = false;                       // some window's reach is broad
  std::optional<HighReachPost> high_reach;  // set on the minute of an alert (not again within hold)
};

class ReachDetector {
 public:
  // kInvalidArgument names the first option out of range.
  [[nodiscard]] static Result<ReachDetector> create(const ReachOptions& options);

  // One matched post. followers < 0: unknown (an author with reach 0). `at` must not be
  // before the last closed minute (kInvalidArgument, the detector unchanged); the post
  // counts for the next close_minute. Copies author_display and post_key only for a
  // high-reach post.
  [[nodiscard]] Result<void> add_post(Timestamp at, std::uint64_t author_key,
                                      std::string_view author_display, std::int64_t followers,
                                      bool negative, std::string_view post_key);

  // All posts of the minute starting at `minute` have been added. Minutes must increase
  // (kInvalidArgument otherwise).
  [[nodiscard]] Result<ReachReading> close_minute(Timestamp minute);

  const ReachOptions& options() const { return options_; }
  // Bytes held (the pending high-reach post's strings aside); fixed at construction.
  std::size_t memory_bytes() const;

 private:
  explicit ReachDetector(const ReachOptions& options);
  double usual(std::size_t window) const;
  void learn(std::size_t window, double reach);

  ReachOptions options_;
  AuthorMinutes minutes_;
  FollowerHistogram followers_;
  // Per window: decayed sums of weight and of weight * log1p(reach).
  std::array<double, 2> usual_weight_{}, usual_sum_{};
  double keep_per_minute_ = 1;
  double seen_posts_ = 0;
  std::optional<HighReachPost> pending_;  // the biggest high-reach post of the open minute
  bool started_ = false;
  std::int64_t last_closed_ = 0;
  std::int64_t hold_until_ = 0;  // minute index
};

}  // namespace rauch::detect
