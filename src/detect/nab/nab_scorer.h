#pragma once

// NAB's scorer, reimplemented from nab/sweeper.py (NAB v1.1, commit ea702d7) and checked
// by tests against hand-computed cases (tests/detect/nab_scorer_test.cpp):
// - the first min(floor(0.15 n), 750) rows are probationary: not scored, and a window
//   with no row after them does not count;
// - a row is a detection when its anomaly score >= threshold;
// - inside a window only the best (= earliest) detection counts, worth
//   tp * S(-(right - i + 1) / width) / S(-1), with S(y) = 2 / (1 + e^{5y}) - 1;
//   a window without a detection costs -fn;
// - a detection outside windows costs fp * S((i - right_prev) / (width_prev - 1)) after a
//   window (S(y) = -1 for y > 3) and -fp before the first window;
// - normalised score = 100 (raw - null) / (perfect - null), null = -fn * windows,
//   perfect = tp * windows.

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/timestamp.h"
#include "detect/nab/nab_data.h"

namespace rauch::detect::nab {

struct Profile {
  std::string_view name;  // NAB's name: standard, reward_low_FP_rate, reward_low_FN_rate
  double tp = 1, fp = 0.11, fn = 1;
};

// standard, low_fp, low_fn (or NAB's own names); nullopt for anything else.
std::optional<Profile> profile_named(std::string_view name);

struct FileScore {
  double raw = 0;
  std::size_t windows = 0;        // windows with at least one scored row
  std::size_t detected = 0;       // windows with a detection
  std::size_t false_positives = 0;  // detections outside windows (after probation)
  double null_score() const;
  double perfect_score() const;
  double tp_weight = 1, fn_weight = 1;
  // 100 (raw - null) / (perfect - null); 0 for a file without windows.
  double normalized() const;
};

// NAB's probationary length for a file of `rows` rows.
std::size_t probationary_rows(std::size_t rows);

// Scores one file. `times` and `scores` have one entry per row. Errors: kInvalidArgument
// when their sizes differ or a window limit is not a row's timestamp (NAB requires it).
[[nodiscard]] Result<FileScore> score_file(std::span<const Timestamp> times,
                                           std::span<const double> scores,
                                           std::span<const Window> windows,
                                           const Profile& profile, double threshold);

// Sums file scores and normalises the sum as NAB does for a corpus.
double normalized_total(std::span<const FileScore> files);

}  // namespace rauch::detect::nab
