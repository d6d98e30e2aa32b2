#include "calendar/civil_date.h"

#include <charconv>

#include <fmt/format.h>

#include "core/timestamp.h"

namespace rauch::calendar {
namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

unsigned days_in_month(int year, unsigned month) {
  constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

bool parse_number(std::string_view text, unsigned& out) {
  if (text.empty()) return false;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

}  // namespace

std::int64_t days_since_epoch(CivilDate date) {
  return days_from_civil(date.year, date.month, date.day);
}

// Howard Hinnant's civil_from_days (the inverse of core's days_from_civil).
CivilDate date_from_days(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const auto doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned day = doy - (153 * mp + 2) / 5 + 1;
  const unsigned month = mp < 10 ? mp + 3 : mp - 9;
  const auto year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2));
  return CivilDate{year, month, day};
}

CivilDate add_days(CivilDate date, std::int64_t days) {
  return date_from_days(days_since_epoch(date) + days);
}

unsigned weekday(CivilDate date) {
  const std::int64_t days = days_since_epoch(date);
  // 1970-01-01 was a Thursday (4); % keeps the sign of negative days, hence the + 11.
  return static_cast<unsigned>((days % 7 + 11) % 7);
}

std::string format_date(CivilDate date) {
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

Result<CivilDate> parse_date(std::string_view text) {
  unsigned year = 0, month = 0, day = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
      !parse_number(text.substr(0, 4), year) || !parse_number(text.substr(5, 2), month) ||
      !parse_number(text.substr(8, 2), day))
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("expected a date as YYYY-MM-DD, got '{}'", text));
  if (year < 1583 || month < 1 || month > 12 || day < 1 ||
      day > days_in_month(static_cast<int>(year), month))
    return make_error(ErrorCode::kInvalidArgument, fmt::format("no such date: {}", text));
  return CivilDate{static_cast<int>(year), month, day};
}

}  // namespace rauch::calendar
