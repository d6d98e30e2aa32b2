#pragma once

// Where an instant falls in the local week of a time zone: the hour-of-week slot an own
// account's direct-message rhythm is learnt in (dm_rhythm.h), and the "Sun 03:10" an alert
// shows. Local wall-clock time, so the slots follow daylight saving time: a team that works
// 08:00-18:00 Berlin time keeps its slots in summer, when those hours are an hour earlier
// in UTC.

#include <string>

#include "core/timestamp.h"

namespace date {
class time_zone;
}

namespace rauch::detect {

inline constexpr int kHoursPerWeek = 7 * 24;

struct LocalWeekTime {
  int weekday = 0;  // 0 = Sunday ... 6 = Saturday.
  int hour = 0;     // 0..23, local.
  int minute = 0;   // 0..59, local.

  // 0..167: Sunday 00:00-01:00 local is 0, Monday 00:00-01:00 is 24.
  int slot() const { return weekday * 24 + hour; }
};

// `at` in the local time of `zone`. On the night clocks go back, both 02:00-03:00 hours
// fall in the same slot; on the night they go forward, 02:00-03:00 does not occur.
LocalWeekTime local_week_time(Timestamp at, const date::time_zone& zone);

// "Sun 03:10" (English weekday abbreviations, independent of the process locale).
std::string format_local_week_time(const LocalWeekTime& time);

}  // namespace rauch::detect
