#pragma once

// Event time. Everything inside the pipeline is keyed on a post's created_at, never on
// the wall clock, so replaying history gives the same results as living through it.

#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.h"

namespace rauch {

// Milliseconds since 1970-01-01T00:00:00Z (UTC, leap seconds ignored as in POSIX time).
struct Timestamp {
  std::int64_t ms = 0;

  friend auto operator<=>(const Timestamp&, const Timestamp&) = default;
};

inline constexpr std::int64_t kMillisPerSecond = 1000;
inline constexpr std::int64_t kMillisPerMinute = 60 * kMillisPerSecond;
inline constexpr std::int64_t kMillisPerHour = 60 * kMillisPerMinute;
inline constexpr std::int64_t kMillisPerDay = 24 * kMillisPerHour;

// The start of the minute `t` falls in (also before 1970).
constexpr Timestamp minute_start(Timestamp t) {
  const std::int64_t q = t.ms / kMillisPerMinute;
  return {(t.ms % kMillisPerMinute < 0 ? q - 1 : q) * kMillisPerMinute};
}

// Parses an RFC 3339 date-time: "2026-11-24T09:15:00Z", with optional fractional seconds
// (digits past milliseconds are truncated), a numeric offset ("+01:00") or Z, and 'T',
// 't' or a space between date and time. Years 1970..9999. Returns kInvalidArgument with a
// message naming what is wrong ("expected ':' after the hour at char 14").
[[nodiscard]] Result<Timestamp> parse_rfc3339(std::string_view text);

// Formats as RFC 3339 in UTC with milliseconds only when non-zero:
// "2026-11-24T09:15:00Z" or "2026-11-24T09:15:00.250Z".
std::string format_rfc3339(Timestamp t);

// Appends the same text as format_rfc3339 to out, without allocating when out has room.
void append_rfc3339(Timestamp t, std::string& out);

// Parses a duration such as "90s", "15m", "36h", "7d" or "2w" into milliseconds.
[[nodiscard]] Result<std::int64_t> parse_duration_ms(std::string_view text);

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t days_from_civil(std::int64_t year, unsigned month, unsigned day);

// Calendar fields of a timestamp in UTC.
struct CivilTime {
  std::int64_t year;
  unsigned month, day, hour, minute, second, millisecond;
  unsigned weekday;  // 0 = Sunday .. 6 = Saturday
};
CivilTime to_civil(Timestamp t);

}  // namespace rauch
