#include "detect/reach/follower_histogram.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace rauch::detect {

namespace {
constexpr double kMaxScale = 1e30;
}

FollowerHistogram::FollowerHistogram(double half_life_minutes)
    : half_life_minutes_(half_life_minutes) {}

void FollowerHistogram::add(std::int64_t followers) {
  const auto v = static_cast<std::uint64_t>(std::max<std::int64_t>(followers, 0)) + 1;
  const int bin = std::min(kBins - 1, static_cast<int>(std::bit_width(v)) - 1);
  bins_[static_cast<std::size_t>(bin)] += scale_;
  mass_ += scale_;
}

void FollowerHistogram::advance(double minutes) {
  scale_ *= std::exp2(minutes / half_life_minutes_);
  if (scale_ > kMaxScale || !std::isfinite(scale_)) {
    // Renormalise; after a very long gap the old mass is simply gone.
    const double keep = std::isfinite(scale_) ? 1 / scale_ : 0.0;
    for (double& b : bins_)
      b *= keep;
    mass_ *= keep;
    scale_ = 1;
  }
}

double FollowerHistogram::quantile(double q) const {
  if (mass_ <= 0)
    return 0;
  const double target = q * mass_;
  double below = 0;
  for (int b = 0; b < kBins; ++b) {
    const double in = bins_[static_cast<std::size_t>(b)];
    if (in > 0 && below + in >= target) {
      const double frac = std::clamp((target - below) / in, 0.0, 1.0);
      return std::exp2(b + frac) - 1;
    }
    below += in;
  }
  return std::exp2(kBins) - 1;
}

}  // namespace rauch::detect
