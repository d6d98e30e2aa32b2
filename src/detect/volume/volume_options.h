#pragma once

// The parameters of the volume-burst detector (docs/detection.md#parameters lists each
// with its default and why). All durations are in minutes of event time; all rates are
// half-lives, so the same options work for 1-minute buckets (the product) and 5-minute
// buckets (NAB) alike.

#include <array>
#include <cstdint>

#include "core/error.h"

namespace rauch::detect {

struct VolumeOptions {
  // Width of one count bucket. 1 in the product, 5 for NAB's Twitter files.
  std::int64_t bucket_minutes = 1;

  // The windows over which observed and expected counts are compared (sums of the last
  // window/bucket buckets; a window shorter than a bucket is one bucket).
  std::array<std::int64_t, 3> window_minutes = {5, 15, 60};

  // Counts are modelled as log(count + pseudo_count): keeps zeros finite and damps the
  // noise of very small counts.
  double pseudo_count = 1.0;

  // Baseline (seasonal_baseline.h). Half-lives in event time.
  double level_half_life_minutes = 3 * 60.0;  // the non-seasonal level
  double hour_of_day_half_life_days = 4.0;    // 24 slots, learnt first (warm-up)
  double hour_of_week_half_life_days = 21.0;  // 168 slots, on top of hour of day
  // Weeks of data before an hour-of-week slot counts fully (linear ramp from 0).
  double hour_of_week_ramp_weeks = 2.0;
  // Residuals are winsorised at this many robust standard deviations before they update
  // level, profiles or dispersions, so a burst cannot drag the baseline up.
  double winsor_sigmas = 2.0;

  // Surprise. Per window, r = log((observed + c) / (expected + c)) minus its running mean
  // is divided by a negative-binomial scale sqrt(phi + 1 / (expected + c)): phi, the
  // window's overdispersion, is a running winsorised mean square of r less its Poisson
  // part (half-life below), never under min_scale^2; 1 / (expected + c) is the Poisson
  // variance of this very window, so quiet hours are judged by their own noise.
  double dispersion_half_life_days = 3.0;
  double min_scale = 0.05;
  // Minimum-count guards for quiet queries: a window only counts as a burst when it holds
  // at least min_count posts and min_excess more than expected.
  double min_count = 10.0;
  double min_excess = 5.0;

  // score = z^2 / (z^2 + bar^2) for z > 0, bar = max(alert_z, the rare-z bar below): 0.5
  // exactly when z reaches the bar.
  double alert_z = 7.0;
  // Habitually bursty queries: the bar is also at least the z this query exceeded for only
  // rare_minutes_per_day on average in the recent past (a decayed histogram of its z,
  // half-life rare_half_life_days). 0 turns it off.
  double rare_minutes_per_day = 10.0;
  double rare_half_life_days = 30.0;
  // A score >= alert_score raises an alert; the NAB evaluation uses it as its threshold.
  double alert_score = 0.5;
  // After an alert the same burst is not announced again for this long (the incident is
  // still open): scores stay under alert_score unless z jumps to escalation_factor times
  // the incident's peak z so far.
  double hold_minutes = 36 * 60.0;
  double escalation_factor = 2.0;
  // Aftershocks: a burst is announced only once its excess posts over the longest window
  // (observed - expected) reach peak_fraction of the largest such excess of the recent
  // past (a running maximum that halves every peak_half_life_days). Until then its score
  // stays under alert_score. Why: after the hold, a big story goes on for days in smaller
  // waves that are not news again; compared in posts, not z, because the z of a log ratio
  // hardly tells 500 extra posts from 5,000. 0 turns it off.
  double peak_fraction = 0.5;
  double peak_half_life_days = 6.0;

  // Buckets before any score is given (the baseline learns; scores are 0).
  double warmup_minutes = 24 * 60.0;

  // A gap in the stream is filled with zero-count buckets up to this long; after a longer
  // gap the baseline is kept but the windows start empty.
  double max_gap_fill_minutes = 24 * 60.0;

  // Offset of local time from UTC for the hour-of-day/week slots (fixed, no DST).
  std::int64_t utc_offset_minutes = 0;
};

// Checks the options; kInvalidArgument names the first bad field and its allowed range.
[[nodiscard]] Result<VolumeOptions> validate(const VolumeOptions& options);

}  // namespace rauch::detect
