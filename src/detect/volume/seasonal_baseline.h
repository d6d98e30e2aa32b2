#pragma once

// The expected count of a bucket: a Holt-Winters-like decomposition of log(count + c)
// into a slowly moving level, an hour-of-day profile (24 slots, learnt within days) and an
// hour-of-week correction on top (168 slots, phased in over the first weeks). Every
// update is winsorised at VolumeOptions::winsor_sigmas robust standard deviations, so a
// burst moves the baseline by a bounded step per bucket and a second burst a day later is
// still measured against the normal level. Fixed size (about 3 KB) whatever the stream
// length. Not thread-safe; one instance per query.

#include <array>
#include <cstdint>

#include "detect/volume/volume_options.h"

namespace rauch::detect {

// Where a bucket falls in the week: hour 0..23 of the day and slot 0..167 of the week
// (Monday 00:00 = 0), in local time (utc_offset_minutes).
struct WeekSlot {
  int hour_of_day = 0;
  int hour_of_week = 0;
};
WeekSlot week_slot(std::int64_t epoch_ms, std::int64_t utc_offset_minutes);

class SeasonalBaseline {
 public:
  explicit SeasonalBaseline(const VolumeOptions& options);

  // The expected log(count + c) of a bucket in `slot`; 0 before the first update.
  double predict_log(WeekSlot slot) const;
  // The robust standard deviation of a single bucket's log residual.
  double residual_sigma() const;
  // Learns one bucket: `log_count` = log(count + c).
  void update(WeekSlot slot, double log_count);
  std::int64_t updates() const { return updates_; }

 private:
  double hour_of_week_weight(int slot) const;

  double alpha_level_, alpha_day_, alpha_week_, alpha_sigma_;
  double winsor_, ramp_updates_;
  double level_ = 0;
  double abs_dev_ = 0;  // EWMA of |residual|
  std::int64_t updates_ = 0;
  std::array<double, 24> day_{};
  std::array<std::int32_t, 24> day_n_{};
  std::array<double, 168> week_{};
  std::array<std::int32_t, 168> week_n_{};
};

}  // namespace rauch::detect
