#include "detect/volume/seasonal_baseline.h"

#include <algorithm>
#include <cmath>

namespace rauch::detect {
namespace {

constexpr std::int64_t kMsPerMinute = 60'000;
constexpr std::int64_t kMinutesPerDay = 24 * 60;
// Mean absolute deviation to standard deviation for a normal distribution: sqrt(pi/2).
constexpr double kMadToSigma = 1.2533;
// Before this many buckets the residual scale is unknown: nothing is winsorised.
constexpr std::int64_t kUnclippedUpdates = 30;
constexpr double kMinSigma = 0.05;

// Per-update EWMA weight for a half-life of `half_life` updates.
double alpha_for(double half_life_updates) {
  return 1.0 - std::pow(0.5, 1.0 / std::max(half_life_updates, 1e-9));
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  const std::int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

}  // namespace

WeekSlot week_slot(std::int64_t epoch_ms, std::int64_t utc_offset_minutes) {
  const std::int64_t minutes = floor_div(epoch_ms, kMsPerMinute) + utc_offset_minutes;
  const std::int64_t day = floor_div(minutes, kMinutesPerDay);
  const auto hour = static_cast<int>((minutes - day * kMinutesPerDay) / 60);
  // 1970-01-01 was a Thursday: Monday-based weekday 3.
  const auto weekday = static_cast<int>(((day + 3) % 7 + 7) % 7);
  return {hour, weekday * 24 + hour};
}

SeasonalBaseline::SeasonalBaseline(const VolumeOptions& o) {
  const double bucket = static_cast<double>(o.bucket_minutes);
  // How often one slot is updated: every bucket that falls in its hour.
  const double per_slot_hour = std::max(1.0, 60.0 / bucket);
  alpha_level_ = alpha_for(o.level_half_life_minutes / bucket);
  alpha_day_ = alpha_for(o.hour_of_day_half_life_days * per_slot_hour);
  alpha_week_ = alpha_for(o.hour_of_week_half_life_days / 7.0 * per_slot_hour);
  alpha_sigma_ = alpha_for(o.dispersion_half_life_days * kMinutesPerDay / bucket);
  winsor_ = o.winsor_sigmas;
  ramp_updates_ = o.hour_of_week_ramp_weeks * per_slot_hour;
}

double SeasonalBaseline::hour_of_week_weight(int slot) const {
  const auto n = static_cast<double>(week_n_[static_cast<std::size_t>(slot)]);
  return ramp_updates_ <= 0 ? 1.0 : std::min(1.0, n / ramp_updates_);
}

double SeasonalBaseline::predict_log(WeekSlot s) const {
  return level_ + day_[static_cast<std::size_t>(s.hour_of_day)] +
         hour_of_week_weight(s.hour_of_week) * week_[static_cast<std::size_t>(s.hour_of_week)];
}

double SeasonalBaseline::residual_sigma() const {
  return std::max(kMinSigma, kMadToSigma * abs_dev_);
}

void SeasonalBaseline::update(WeekSlot s, double x) {
  const auto d = static_cast<std::size_t>(s.hour_of_day);
  const auto w = static_cast<std::size_t>(s.hour_of_week);
  if (updates_ == 0) {
    level_ = x;
    ++updates_;
    return;
  }
  const double limit = updates_ < kUnclippedUpdates ? 1e9 : winsor_ * residual_sigma();
  auto clip = [limit](double r) { return std::clamp(r, -limit, limit); };
  // Early on, plain running means (1/n) so the profiles are usable within a day or two.
  auto rate = [](double alpha, std::int32_t n) {
    return std::max(alpha, 1.0 / (static_cast<double>(n) + 1.0));
  };
  const double ww = hour_of_week_weight(s.hour_of_week);
  const double residual = x - predict_log(s);
  abs_dev_ += rate(alpha_sigma_, static_cast<std::int32_t>(std::min<std::int64_t>(
                                     updates_, 1 << 30))) *
              (std::abs(clip(residual)) - abs_dev_);
  level_ += alpha_level_ * clip(x - day_[d] - ww * week_[w] - level_);
  day_[d] += rate(alpha_day_, day_n_[d]) * clip(x - level_ - ww * week_[w] - day_[d]);
  week_[w] += rate(alpha_week_, week_n_[w]) * clip(x - level_ - day_[d] - week_[w]);
  if (day_n_[d] < (1 << 30))
    ++day_n_[d];
  if (week_n_[w] < (1 << 30))
    ++week_n_[w];
  ++updates_;
}

}  // namespace rauch::detect
