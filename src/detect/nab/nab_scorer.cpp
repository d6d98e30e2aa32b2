#include "detect/nab/nab_scorer.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace rauch::detect::nab {
namespace {

double scaled_sigmoid(double y) {
  if (y > 3.0)
    return -1.0;
  return 2.0 / (1.0 + std::exp(5.0 * y)) - 1.0;
}

// Row index of `t`, or -1.
std::ptrdiff_t index_of(std::span<const Timestamp> times, Timestamp t) {
  const auto it = std::lower_bound(times.begin(), times.end(), t);
  return it != times.end() && *it == t ? it - times.begin() : -1;
}

}  // namespace

std::optional<Profile> profile_named(std::string_view name) {
  if (name == "standard")
    return Profile{"standard", 1.0, 0.11, 1.0};
  if (name == "low_fp" || name == "reward_low_FP_rate")
    return Profile{"reward_low_FP_rate", 1.0, 0.22, 1.0};
  if (name == "low_fn" || name == "reward_low_FN_rate")
    return Profile{"reward_low_FN_rate", 1.0, 0.11, 2.0};
  return std::nullopt;
}

std::size_t probationary_rows(std::size_t rows) {
  // min(floor(0.15 n), 0.15 * 5000) as in sweeper.py.
  return std::min(rows * 15 / 100, std::size_t{750});
}

double FileScore::null_score() const { return -fn_weight * static_cast<double>(windows); }
double FileScore::perfect_score() const { return tp_weight * static_cast<double>(windows); }

double FileScore::normalized() const {
  const double span = perfect_score() - null_score();
  return span > 0 ? 100.0 * (raw - null_score()) / span : 0.0;
}

Result<FileScore> score_file(std::span<const Timestamp> times, std::span<const double> scores,
                             std::span<const Window> windows, const Profile& p,
                             double threshold) {
  if (times.size() != scores.size())
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("nab: {} timestamps but {} scores", times.size(), scores.size()));
  const std::size_t probation = probationary_rows(times.size());
  const double max_tp = scaled_sigmoid(-1.0);
  FileScore out;
  out.tp_weight = p.tp;
  out.fn_weight = p.fn;
  double fp_sum = 0, window_sum = 0;
  std::ptrdiff_t prev_right = -1;
  double prev_width = 0;
  for (const Window& w : windows) {
    const std::ptrdiff_t left = index_of(times, w.start), right = index_of(times, w.end);
    if (left < 0 || right < 0)
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("nab: window [{}, {}] does not start and end on rows",
                                    format_nab_time(w.start), format_nab_time(w.end)));
    if (left <= prev_right)
      return make_error(ErrorCode::kInvalidArgument, "nab: windows overlap");
    const auto width = static_cast<double>(right - left + 1);
    // Rows between the previous window and this one: false positives.
    for (std::ptrdiff_t i = std::max<std::ptrdiff_t>(prev_right + 1, 0); i < left; ++i) {
      const auto u = static_cast<std::size_t>(i);
      if (u < probation || scores[u] < threshold)
        continue;
      const double y = prev_right < 0 ? 4.0
                                      : static_cast<double>(i - prev_right) / (prev_width - 1.0);
      fp_sum += p.fp * scaled_sigmoid(y);
      ++out.false_positives;
    }
    bool scored = false;
    double best = -p.fn;
    for (std::ptrdiff_t i = left; i <= right; ++i) {
      const auto u = static_cast<std::size_t>(i);
      if (u < probation)
        continue;
      scored = true;
      if (scores[u] >= threshold)
        best = std::max(best, p.tp * scaled_sigmoid(-static_cast<double>(right - i + 1) / width) /
                                  max_tp);
    }
    if (scored) {
      ++out.windows;
      window_sum += best;
      if (best > -p.fn)
        ++out.detected;
    }
    prev_right = right;
    prev_width = width;
  }
  for (std::size_t u = static_cast<std::size_t>(prev_right + 1); u < times.size(); ++u) {
    if (u < probation || scores[u] < threshold)
      continue;
    const double y = prev_right < 0
                         ? 4.0
                         : static_cast<double>(static_cast<std::ptrdiff_t>(u) - prev_right) /
                               (prev_width - 1.0);
    fp_sum += p.fp * scaled_sigmoid(y);
    ++out.false_positives;
  }
  out.raw = window_sum + fp_sum;
  return out;
}

double normalized_total(std::span<const FileScore> files) {
  double raw = 0, null = 0, perfect = 0;
  for (const FileScore& f : files) {
    raw += f.raw;
    null += f.null_score();
    perfect += f.perfect_score();
  }
  return perfect > null ? 100.0 * (raw - null) / (perfect - null) : 0.0;
}

}  // namespace rauch::detect::nab
