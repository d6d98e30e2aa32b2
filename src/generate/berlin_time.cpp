#include "generate/detail/berlin_time.h"

namespace rauch::generate::detail {
namespace {

// Days since the epoch of the last Sunday of a month with 31 days (March, October).
std::int64_t last_sunday(std::int64_t year, unsigned month) {
  const std::int64_t last = days_from_civil(year, month, 31);
  const std::int64_t weekday = ((last + 4) % 7 + 7) % 7;  // 1970-01-01 was a Thursday.
  return last - weekday;
}

}  // namespace

std::int64_t berlin_offset_ms(Timestamp t) {
  const CivilTime civil = to_civil(t);
  const std::int64_t summer_start = last_sunday(civil.year, 3) * kMillisPerDay + kMillisPerHour;
  const std::int64_t summer_end = last_sunday(civil.year, 10) * kMillisPerDay + kMillisPerHour;
  const bool summer = t.ms >= summer_start && t.ms < summer_end;
  return summer ? 2 * kMillisPerHour : kMillisPerHour;
}

LocalClock berlin_clock(Timestamp t) {
  const CivilTime local = to_civil(Timestamp{t.ms + berlin_offset_ms(t)});
  return LocalClock{static_cast<int>(local.hour), static_cast<int>(local.weekday)};
}

Timestamp berlin_instant(Timestamp utc_day_start, int hour, int minute) {
  // The offset at noon UTC is the one of the whole local day, except on the two switch
  // days, where scenario times (afternoons) lie after the switch anyway.
  const std::int64_t offset = berlin_offset_ms(Timestamp{utc_day_start.ms + 12 * kMillisPerHour});
  return Timestamp{utc_day_start.ms + hour * kMillisPerHour + minute * kMillisPerMinute - offset};
}

}  // namespace rauch::generate::detail
