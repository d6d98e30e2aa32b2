#pragma once

// The negative-share signal (docs/detection.md#negative-share-burst): the share of
// negative posts among a query's matches jumps against its usual share, even when the
// volume does not. Fed per minute (event time, in order) how many matched posts there were
// and how many of them were negative; over each window (15 and 60 minutes) it tests the
// window's negative count against the baseline share with the binomial Chernoff bound
// N·KL(observed share ‖ usual share), i.e. -ln of an upper bound on the tail probability.
//
// The usual share is a decayed average over posts (half-life in posts) that learns only
// from minutes whose window is not itself surprising, so a crisis does not become the
// new normal. O(window minutes) per minute, fixed memory (a ring of the longest window). Not thread-safe: one
// instance per query.

#include <array>
#include <cstdint>
#include <vector>

#include "core/error.h"
#include "core/timestamp.h"

namespace rauch::detect {

struct NegativeShareOptions {
  std::array<std::int64_t, 2> window_minutes = {15, 60};
  // The usual share: prior (before any data) and how fast it follows (half-life in posts).
  double prior_share = 0.2;
  double half_life_posts = 2000;
  // Posts seen before any alert: the usual share must be known first.
  double warmup_posts = 300;
  // Guards: a window needs at least min_posts posts, and its share must exceed the usual
  // one by min_lift (absolute), so a quiet query or a small wobble never alerts.
  double min_posts = 20;
  double min_lift = 0.15;
  // Alert when N·KL ≥ alert_bits·ln 2, i.e. the tail probability is below 2^-alert_bits
  // (20 bits: about one in a million).
  double alert_bits = 20;
  // After an alert the same episode is not announced again for this long.
  double hold_minutes = 12 * 60.0;
};

struct NegativeShareReading {
  Timestamp minute;
  double usual_share = 0;
  // The window with the strongest evidence.
  std::int64_t window_minutes = 0;
  double posts = 0;
  double negative = 0;
  double bits = 0;  // -log2 of the tail bound; 0 under the guards
  bool alert = false;
};

class NegativeShareDetector {
 public:
  // kInvalidArgument for options out of range (named).
  [[nodiscard]] static Result<NegativeShareDetector> create(const NegativeShareOptions& options);

  // The minute starting at `minute` had `posts` matched posts, `negative` of them negative.
  // Minutes must come in order; skipped minutes count as empty. kInvalidArgument for a
  // minute not after the previous one or negative > posts.
  [[nodiscard]] Result<NegativeShareReading> add(Timestamp minute, std::int64_t posts,
                                                 std::int64_t negative);

 private:
  explicit NegativeShareDetector(const NegativeShareOptions& options);
  void push(std::int64_t posts, std::int64_t negative);

  NegativeShareOptions options_;
  std::vector<std::int64_t> ring_posts_, ring_negative_;  // Last minutes, by minute.
  std::size_t ring_pos_ = 0;
  std::array<std::int64_t, 2> window_posts_{}, window_negative_{};
  double share_ = 0;
  double seen_posts_ = 0;
  bool started_ = false;
  Timestamp last_;
  Timestamp hold_until_;
};

}  // namespace rauch::detect
