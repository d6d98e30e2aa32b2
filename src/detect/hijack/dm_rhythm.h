#pragma once

// An own account's direct-message rhythm: how its DMs spread over the 168 hours of the
// local week (local_week.h), with older weeks fading (half-life), so the hijack signal can
// tell a burst in the account's usual hours (a 24/7 care team at 03:00, an office team on
// Tuesday at 10:00) from one in hours where it is quiet (the office team at 03:00 or on a
// Sunday afternoon). docs/detection.md#own-account-hijacked.
//
// A fixed-size value (168 weights and a few counters, no allocation); learn() and
// usual_share() are O(1). Not thread-safe.

#include <array>
#include <cstdint>

#include "core/timestamp.h"
#include "detect/hijack/local_week.h"

namespace rauch::detect {

class DmRhythm {
 public:
  // `half_life_days` > 0: a DM that many days older than another weighs half as much.
  explicit DmRhythm(double half_life_days);

  // Counts a DM sent at `at` in hour-of-week `slot` (0..167). Times must not go back by
  // more than a few half-lives (the detector learns in event-time order).
  void learn(Timestamp at, int slot);

  // The share (0..1) of the learnt DMs that fall into `slot`, or that usually fall around
  // it: the larger of the slot's own share and the mean share of it and its two
  // neighbouring hours (so a shift that starts an hour early, or an hour the learnt weeks
  // happened to miss between two busy ones, is not unusual). 0 before anything is learnt.
  double usual_share(int slot) const;

  std::int64_t learnt() const { return learnt_; }  // DMs learnt, not decayed.
  Timestamp first_learnt() const { return first_; }  // Meaningful once learnt() > 0.

 private:
  double share(int slot) const;

  double half_life_ms_;
  // Weights are kept in units that grow with time, 2^((t - scale_origin_ms_) / half-life),
  // instead of decaying all 168 slots on every DM; rescaled now and then so they stay
  // finite. Only ratios (shares) are ever read.
  std::array<double, kHoursPerWeek> weight_{};
  double total_ = 0;
  std::int64_t scale_origin_ms_ = 0;
  std::int64_t learnt_ = 0;
  Timestamp first_{};
};

}  // namespace rauch::detect
