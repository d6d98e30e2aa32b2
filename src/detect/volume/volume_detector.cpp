#include "detect/volume/volume_detector.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace rauch::detect {
namespace {

constexpr std::int64_t kMsPerMinute = 60'000;

std::int64_t buckets_for(double minutes, std::int64_t bucket_minutes) {
  return std::max<std::int64_t>(
      1, std::llround(minutes / static_cast<double>(bucket_minutes)));
}

}  // namespace

Result<VolumeDetector> VolumeDetector::create(const VolumeOptions& options) {
  auto valid = validate(options);
  if (!valid)
    return tl::unexpected(valid.error());
  return VolumeDetector(*valid);
}

VolumeDetector::VolumeDetector(const VolumeOptions& o) : options_(o), baseline_(o) {
  std::int64_t ring = 1;
  for (std::size_t k = 0; k < windows_.size(); ++k) {
    windows_[k].buckets = buckets_for(static_cast<double>(o.window_minutes[k]), o.bucket_minutes);
    if (windows_[k].buckets > ring)
      longest_window_ = k;
    ring = std::max(ring, windows_[k].buckets);
  }
  ring_count_.assign(static_cast<std::size_t>(ring), 0.0);
  ring_expected_.assign(static_cast<std::size_t>(ring), 0.0);
  warmup_buckets_ = static_cast<std::int64_t>(
      std::ceil(o.warmup_minutes / static_cast<double>(o.bucket_minutes)));
  max_gap_buckets_ = static_cast<std::int64_t>(
      std::floor(o.max_gap_fill_minutes / static_cast<double>(o.bucket_minutes)));
  alpha_dispersion_ =
      1.0 - std::pow(0.5, static_cast<double>(o.bucket_minutes) /
                              (o.dispersion_half_life_days * 24.0 * 60.0));
  rare_decay_ = std::pow(0.5, static_cast<double>(o.bucket_minutes) /
                                  (o.rare_half_life_days * 24.0 * 60.0));
  rare_fraction_ = o.rare_minutes_per_day / (24.0 * 60.0);
  peak_decay_ = std::pow(0.5, static_cast<double>(o.bucket_minutes) /
                                  (o.peak_half_life_days * 24.0 * 60.0));
}

std::size_t VolumeDetector::memory_bytes() const {
  return sizeof(*this) + (ring_count_.capacity() + ring_expected_.capacity()) * sizeof(double);
}

Result<VolumeReading> VolumeDetector::add(Timestamp bucket_start, double count) {
  if (!(count >= 0))
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("volume detector: negative count {}", count));
  const std::int64_t width = options_.bucket_minutes * kMsPerMinute;
  if (started_) {
    const std::int64_t dt = bucket_start.ms - last_.ms;
    if (dt < width)
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("volume detector: bucket {} is not at least {} min after "
                                    "the previous one {}",
                                    format_rfc3339(bucket_start), options_.bucket_minutes,
                                    format_rfc3339(last_)));
    const std::int64_t missing = dt / width - 1;
    if (missing > max_gap_buckets_) {
      std::fill(ring_count_.begin(), ring_count_.end(), 0.0);
      std::fill(ring_expected_.begin(), ring_expected_.end(), 0.0);
    } else {
      for (std::int64_t i = 1; i <= missing; ++i)
        step(Timestamp{last_.ms + i * width}, 0.0);
    }
  }
  started_ = true;
  last_ = bucket_start;
  return step(bucket_start, count);
}

double VolumeDetector::window_z(WindowState& w, double observed, double expected, bool learn) {
  const double c = options_.pseudo_count * static_cast<double>(w.buckets);
  const double r = std::log((observed + c) / (expected + c));
  // Negative-binomial counts (variance mu + phi mu^2): by the delta method log(count) has
  // variance phi + 1/mu, the overdispersion and the Poisson noise of this very window added,
  // so a quiet night hour is judged by its own Poisson noise and a busy hour by phi.
  const double poisson_var = 1.0 / (expected + c);
  const double min_var = options_.min_scale * options_.min_scale;
  const double scale = std::sqrt(std::max(w.excess_var, min_var) + poisson_var);
  const double z = w.n == 0 ? 0.0 : (r - w.mean) / scale;
  if (learn) {
    const double rate = std::max(alpha_dispersion_, 1.0 / static_cast<double>(w.n + 1));
    const double limit = options_.winsor_sigmas * scale;
    const double dev = w.n == 0 ? r - w.mean : std::clamp(r - w.mean, -limit, limit);
    w.mean += rate * dev;
    // Method-of-moments phi: the (winsorised) squared deviation less its Poisson part.
    w.excess_var += rate * (dev * dev - poisson_var - w.excess_var);
    if (w.n < (std::int64_t{1} << 40))
      ++w.n;
  }
  return z;
}

double VolumeDetector::rare_bar() const {
  if (rare_fraction_ <= 0 || z_mass_ <= 0)
    return 0;
  const double allowed = rare_fraction_ * z_mass_;
  double above = 0;
  for (int i = kZBins - 1; i >= 0; --i) {
    above += z_hist_[static_cast<std::size_t>(i)];
    if (above > allowed)
      return (i + 1) * kZBin;
  }
  return 0;
}

double VolumeDetector::apply_hold(double surprise, double max_z, Timestamp t, bool& alert) {
  alert = false;
  if (holding_ && t.ms >= hold_until_.ms)
    holding_ = false;
  if (surprise < options_.alert_score)
    return surprise;
  if (holding_ && max_z < hold_z_ * options_.escalation_factor) {
    // The open incident's peak so far: a burst that grows step by step stays one incident.
    hold_z_ = std::max(hold_z_, max_z);
    return std::nextafter(options_.alert_score, 0.0);
  }
  alert = true;
  holding_ = true;
  hold_z_ = max_z;
  hold_until_ = Timestamp{t.ms + static_cast<std::int64_t>(options_.hold_minutes *
                                                           static_cast<double>(kMsPerMinute))};
  return surprise;
}

bool VolumeDetector::is_aftershock(const VolumeReading& out) {
  const WindowReading& longest = out.windows[longest_window_];
  const double excess = longest.observed - longest.expected;
  const bool aftershock = options_.peak_fraction > 0 &&
                          out.surprise >= options_.alert_score &&
                          excess < options_.peak_fraction * peak_excess_;
  // Warm-up buckets are compared with a baseline still learning the day: their excess says
  // nothing about what a burst of this query looks like.
  if (!out.warming_up)
    peak_excess_ = std::max(peak_excess_ * peak_decay_, excess);
  return aftershock;
}

VolumeReading VolumeDetector::step(Timestamp t, double count) {
  const WeekSlot slot = week_slot(t.ms, options_.utc_offset_minutes);
  const double c = options_.pseudo_count;
  const double expected =
      baseline_.updates() == 0 ? count : std::max(0.0, std::exp(baseline_.predict_log(slot)) - c);
  ring_count_[ring_pos_] = count;
  ring_expected_[ring_pos_] = expected;

  VolumeReading out;
  out.bucket_start = t;
  out.count = count;
  out.expected = expected;
  out.warming_up = buckets_seen_ < warmup_buckets_;
  double max_z = 0;
  const std::size_t size = ring_count_.size();
  for (std::size_t k = 0; k < windows_.size(); ++k) {
    WindowState& w = windows_[k];
    double observed = 0, exp_sum = 0;
    std::size_t at = ring_pos_;
    for (std::int64_t i = 0; i < w.buckets; ++i) {
      observed += ring_count_[at];
      exp_sum += ring_expected_[at];
      at = at == 0 ? size - 1 : at - 1;
    }
    double z = window_z(w, observed, exp_sum, baseline_.updates() > 0);
    if (z > 0 && (observed < options_.min_count || observed - exp_sum < options_.min_excess))
      z = 0;
    out.windows[k] = {options_.window_minutes[k], observed, exp_sum, z};
    max_z = std::max(max_z, z);
  }
  const double bar = std::max(options_.alert_z, rare_bar());
  out.surprise = out.warming_up ? 0.0 : max_z * max_z / (max_z * max_z + bar * bar);
  if (rare_fraction_ > 0) {
    // Decay by growing the weight of new entries instead of shrinking every bin; rescale
    // everything long before the weight could overflow.
    z_weight_ /= rare_decay_;
    if (z_weight_ > 1e200) {
      for (double& bin : z_hist_)
        bin /= z_weight_;
      z_mass_ /= z_weight_;
      z_weight_ = 1.0;
    }
    z_mass_ += z_weight_;
    const auto bin = std::clamp(static_cast<int>(max_z / kZBin), 0, kZBins - 1);
    z_hist_[static_cast<std::size_t>(bin)] += z_weight_;
  }
  // An aftershock neither alerts nor opens an incident: its score stays just under the bar.
  out.score = is_aftershock(out) ? std::nextafter(options_.alert_score, 0.0)
                                 : apply_hold(out.surprise, max_z, t, out.alert);

  baseline_.update(slot, std::log(count + c));
  ring_pos_ = (ring_pos_ + 1) % size;
  ++buckets_seen_;
  return out;
}

}  // namespace rauch::detect
