#include "detect/hijack/dm_rhythm.h"

#include <algorithm>
#include <cmath>

namespace rauch::detect {
namespace {

// Rescale once the newest weight would pass 2^kMaxExponent: far from overflow (2^1023)
// even summed over millions of DMs, and rare (every 32 half-lives), so O(1) amortised.
constexpr double kMaxExponent = 32;

}  // namespace

DmRhythm::DmRhythm(double half_life_days) : half_life_ms_(half_life_days * kMillisPerDay) {}

void DmRhythm::learn(Timestamp at, int slot) {
  if (learnt_ == 0) {
    first_ = at;
    scale_origin_ms_ = at.ms;
  }
  double exponent = static_cast<double>(at.ms - scale_origin_ms_) / half_life_ms_;
  if (exponent > kMaxExponent) {
    const double down = std::exp2(-exponent);
    for (double& w : weight_) w *= down;
    total_ *= down;
    scale_origin_ms_ = at.ms;
    exponent = 0;
  }
  const double w = std::exp2(exponent);
  weight_[static_cast<std::size_t>(slot)] += w;
  total_ += w;
  ++learnt_;
}

double DmRhythm::share(int slot) const {
  return weight_[static_cast<std::size_t>((slot + kHoursPerWeek) % kHoursPerWeek)] / total_;
}

double DmRhythm::usual_share(int slot) const {
  if (total_ <= 0) return 0;
  const double around = (share(slot - 1) + share(slot) + share(slot + 1)) / 3;
  return std::max(share(slot), around);
}

}  // namespace rauch::detect
