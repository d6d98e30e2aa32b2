#pragma once

// A calendar date without a time or a time zone ("2026-04-06"), proleptic Gregorian.

#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.h"

namespace rauch::calendar {

struct CivilDate {
  int year = 1970;
  unsigned month = 1;  // 1..12
  unsigned day = 1;    // 1..31

  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

// Days since 1970-01-01, and back.
std::int64_t days_since_epoch(CivilDate date);
CivilDate date_from_days(std::int64_t days);

// The date `days` later (or earlier, when negative).
CivilDate add_days(CivilDate date, std::int64_t days);

// 0 = Sunday .. 6 = Saturday.
unsigned weekday(CivilDate date);

// "2026-04-06".
std::string format_date(CivilDate date);
// Parses "YYYY-MM-DD" (years 1583..9999, a real day of that month); kInvalidArgument
// naming what is wrong otherwise.
[[nodiscard]] Result<CivilDate> parse_date(std::string_view text);

}  // namespace rauch::calendar
