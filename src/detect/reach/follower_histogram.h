#pragma once

// The usual follower counts of a query's posts: a decayed histogram over log2 bins (bin b
// holds followers + 1 in [2^b, 2^(b+1))), from which a high quantile is read with
// log-linear interpolation inside its bin (good to a few percent, all a "far above the
// usual" test needs). Decay is lazy: each post weighs more than the last (a growing scale,
// renormalised now and then). Fixed memory, O(1) per post, O(bins) per quantile.

#include <array>
#include <cstdint>

namespace rauch::detect {

class FollowerHistogram {
 public:
  // half_life_minutes > 0.
  explicit FollowerHistogram(double half_life_minutes);

  void add(std::int64_t followers);  // followers >= 0
  // Decays by `minutes` of event time.
  void advance(double minutes);
  // The follower count below which fraction q of the (decayed) posts lie; 0 when empty.
  double quantile(double q) const;

 private:
  static constexpr int kBins = 48;
  std::array<double, kBins> bins_{};
  double mass_ = 0;
  double scale_ = 1;
  double half_life_minutes_;
};

}  // namespace rauch::detect
