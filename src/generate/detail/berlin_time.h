#pragma once

// Local time of the fictional brand's audience (Europe/Berlin), computed with the EU
// daylight-saving rule (last Sunday of March to last Sunday of October, switching at
// 01:00 UTC) rather than a tz database, so the stream needs no system files and is the
// same everywhere.

#include <cstdint>

#include "core/timestamp.h"

namespace rauch::generate::detail {

// +1 h in winter, +2 h in summer, in milliseconds.
std::int64_t berlin_offset_ms(Timestamp t);

struct LocalClock {
  int hour;     // 0..23
  int weekday;  // 0 = Sunday .. 6 = Saturday
};
LocalClock berlin_clock(Timestamp t);

// The instant of hh:mm local time on the calendar date of `utc_day_start` (a UTC midnight).
Timestamp berlin_instant(Timestamp utc_day_start, int hour, int minute);

}  // namespace rauch::generate::detail
