#include "generate/detail/rhythm.h"

#include "generate/detail/berlin_time.h"

namespace rauch::generate::detail {
namespace {

// Raw curves; hour_weight() normalizes them to average 1.0.
constexpr double kWeekday[24] = {0.55, 0.3, 0.18, 0.12, 0.12, 0.25, 0.6, 1.1,
                                 1.45, 1.5, 1.45, 1.55, 1.9,  1.8,  1.4, 1.3,
                                 1.35, 1.5, 1.65, 1.8,  1.85, 1.6,  1.2, 0.83};
constexpr double kWeekend[24] = {0.8,  0.5, 0.3,  0.2, 0.12, 0.12, 0.2, 0.45, 0.8, 1.2, 1.5,  1.65,
                                 1.75, 1.7, 1.65, 1.6, 1.5,  1.45, 1.5, 1.55, 1.5, 1.3, 1.05, 0.91};
constexpr double kMaxWeight = 1.9;

constexpr double sum(const double (&weights)[24]) {
  double total = 0.0;
  for (double w : weights) {
    total += w;
  }
  return total;
}
constexpr double kWeekdayScale = 24.0 / sum(kWeekday);
constexpr double kWeekendScale = 24.0 / sum(kWeekend);

}  // namespace

double hour_weight(int local_hour, bool weekend) {
  const auto h = static_cast<std::size_t>(local_hour);
  return weekend ? kWeekend[h] * kWeekendScale : kWeekday[h] * kWeekdayScale;
}

double day_factor(bool weekend) { return weekend ? 0.85 : 1.06; }

Timestamp rhythmic_time(Rng& rng, Timestamp from, Timestamp to) {
  const auto span = static_cast<std::uint64_t>(to.ms - from.ms);
  Timestamp t = from;
  for (int attempt = 0; attempt < 64; ++attempt) {
    t = Timestamp{from.ms + static_cast<std::int64_t>(rng.below(span))};
    const LocalClock clock = berlin_clock(t);
    const bool weekend = clock.weekday == 0 || clock.weekday == 6;
    const auto h = static_cast<std::size_t>(clock.hour);
    if (rng.uniform() * kMaxWeight < (weekend ? kWeekend[h] : kWeekday[h])) {
      return t;
    }
  }
  return t;
}

}  // namespace rauch::generate::detail
