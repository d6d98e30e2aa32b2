#pragma once

// The volume-burst signal of one query (docs/detection.md#volume-burst). Fed the count of
// each bucket in event-time order, it returns for that bucket a surprise score in [0, 1]
// built only from buckets up to and including it (a true streaming detector: replaying a
// stream gives the same scores), and what a person needs to judge it: observed against
// expected counts over the 5-, 15- and 60-minute windows.
//
// The score: for each window, z = how many standard deviations log((observed + c) /
// (expected + c)) lies above its usual value, the standard deviation being that of a
// negative-binomial count: sqrt(overdispersion + Poisson variance of the window);
// windows under the minimum-count guards give z = 0; score = z^2 / (z^2 + bar^2) of the
// largest z, where the bar is alert_z or, for a habitually bursty query, the z it exceeded
// only rare_minutes_per_day in the recent past. `alert` marks the first bucket of a burst; while the burst's incident is open
// (hold_minutes) later buckets are capped under alert_score unless z escalates, and an
// aftershock (excess posts over the longest window under peak_fraction of the recent peak
// excess) is capped the same way without opening an incident.
//
// Cost: O(windows) per bucket, no allocation after construction; memory is fixed (the
// baseline's 192 slots, an 80-bin z histogram, one ring of 60 minutes of buckets and the
// running peak excess). Not thread-safe: one instance per query, used by one thread at a
// time.

#include <array>
#include <cstdint>
#include <vector>

#include "core/timestamp.h"
#include "detect/volume/seasonal_baseline.h"
#include "detect/volume/volume_options.h"

namespace rauch::detect {

// One comparison window ending at the current bucket.
struct WindowReading {
  std::int64_t minutes = 0;  // window length
  double observed = 0;       // posts in the window
  double expected = 0;       // what the baseline expected for the same buckets
  double z = 0;              // NB-scaled z of the log ratio; 0 under the count guards
};

struct VolumeReading {
  Timestamp bucket_start;
  double count = 0;
  double expected = 0;  // expected count of this bucket
  double surprise = 0;  // [0, 1] before incident deduplication
  double score = 0;     // [0, 1] after it: what alerting and NAB threshold
  bool alert = false;   // score >= alert_score: a new burst starts here
  bool warming_up = false;
  std::array<WindowReading, 3> windows{};
};

class VolumeDetector {
 public:
  // Errors: kInvalidArgument for options validate() refuses.
  [[nodiscard]] static Result<VolumeDetector> create(const VolumeOptions& options);

  // Adds the bucket starting at `bucket_start` with `count` posts (count >= 0). Buckets
  // must come in order, at least bucket_minutes apart; missing buckets in between count as
  // zero (see max_gap_fill_minutes). Errors: kInvalidArgument for a bucket that is not
  // after the previous one or a negative count; the detector is unchanged then.
  [[nodiscard]] Result<VolumeReading> add(Timestamp bucket_start, double count);

  const VolumeOptions& options() const { return options_; }
  // Bytes held by this detector; fixed at construction (does not grow with the stream).
  std::size_t memory_bytes() const;

 private:
  struct WindowState {
    std::int64_t buckets = 1;
    double mean = 0;     // running mean of the log ratio
    // Running overdispersion phi of the log ratio: its variance beyond Poisson noise (may
    // dip below 0 by chance; the scale floors it at min_scale^2).
    double excess_var = 0;
    std::int64_t n = 0;
  };

  explicit VolumeDetector(const VolumeOptions& options);
  VolumeReading step(Timestamp bucket_start, double count);
  double window_z(WindowState& w, double observed, double expected, bool learn);
  double apply_hold(double surprise, double max_z, Timestamp t, bool& alert);
  // Whether a surprising reading is an aftershock: its longest window's excess posts are
  // under peak_fraction of the recent peak excess. Then learns that peak from the reading.
  bool is_aftershock(const VolumeReading& reading);

  VolumeOptions options_;
  SeasonalBaseline baseline_;
  std::array<WindowState, 3> windows_{};
  // Ring of the last ring_.size() buckets' counts and expectations.
  std::vector<double> ring_count_, ring_expected_;
  std::size_t ring_pos_ = 0;
  std::int64_t buckets_seen_ = 0;
  std::int64_t warmup_buckets_ = 0;
  std::int64_t max_gap_buckets_ = 0;
  double alpha_dispersion_ = 0;
  // Decayed histogram of past max z: bin i holds z in [i, i+1) * kZBin; the last bin is
  // everything above.
  static constexpr int kZBins = 80;
  static constexpr double kZBin = 0.25;
  std::array<double, kZBins> z_hist_{};
  double z_mass_ = 0;
  double z_weight_ = 1;  // weight of the next entry (lazy exponential decay)
  double rare_decay_ = 1;
  double rare_fraction_ = 0;
  double rare_bar() const;
  // Running maximum of the longest window's excess posts, decayed by peak_decay_ per bucket.
  std::size_t longest_window_ = 0;
  double peak_excess_ = 0;
  double peak_decay_ = 1;
  bool started_ = false;
  Timestamp last_;
  // The open incident: when it was raised and its z then.
  bool holding_ = false;
  Timestamp hold_until_;
  double hold_z_ = 0;
};

}  // namespace rauch::detect
