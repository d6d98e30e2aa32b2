#include "core/timestamp.h"

#include <charconv>

#include <fmt/format.h>

namespace rauch {
namespace {

// Reads exactly `count` ASCII digits at text[pos]; false when any is missing.
bool read_digits(std::string_view text, std::size_t pos, std::size_t count, unsigned& value) {
  if (pos + count > text.size()) {
    return false;
  }
  value = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const char c = text[pos + i];
    if (c < '0' || c > '9') {
      return false;
    }
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  return true;
}

bool is_leap(std::int64_t year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

unsigned days_in_month(std::int64_t year, unsigned month) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

tl::unexpected<Error> bad(std::string_view what, std::size_t pos) {
  return make_error(ErrorCode::kInvalidArgument,
                    fmt::format("not an RFC 3339 timestamp: {} at char {}", what, pos + 1));
}

}  // namespace

std::int64_t days_from_civil(std::int64_t year, unsigned month, unsigned day) {
  year -= month <= 2 ? 1 : 0;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const auto yoe = static_cast<unsigned>(year - era * 400);
  const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

CivilTime to_civil(Timestamp t) {
  std::int64_t days = t.ms / kMillisPerDay;
  std::int64_t rest = t.ms % kMillisPerDay;
  if (rest < 0) {
    rest += kMillisPerDay;
    days -= 1;
  }
  CivilTime c{};
  c.weekday = static_cast<unsigned>(((days % 7) + 7 + 4) % 7);  // 1970-01-01 was a Thursday
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  c.day = doy - (153 * mp + 2) / 5 + 1;
  c.month = mp < 10 ? mp + 3 : mp - 9;
  c.year = static_cast<std::int64_t>(yoe) + era * 400 + (c.month <= 2 ? 1 : 0);
  c.hour = static_cast<unsigned>(rest / kMillisPerHour);
  c.minute = static_cast<unsigned>(rest % kMillisPerHour / kMillisPerMinute);
  c.second = static_cast<unsigned>(rest % kMillisPerMinute / kMillisPerSecond);
  c.millisecond = static_cast<unsigned>(rest % kMillisPerSecond);
  return c;
}

Result<Timestamp> parse_rfc3339(std::string_view text) {
  unsigned year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!read_digits(text, 0, 4, year)) {
    return bad("expected a 4-digit year", 0);
  }
  if (text.size() <= 4 || text[4] != '-' || !read_digits(text, 5, 2, month)) {
    return bad("expected '-' and a 2-digit month", 4);
  }
  if (text.size() <= 7 || text[7] != '-' || !read_digits(text, 8, 2, day)) {
    return bad("expected '-' and a 2-digit day", 7);
  }
  if (text.size() <= 10 || (text[10] != 'T' && text[10] != 't' && text[10] != ' ')) {
    return bad("expected 'T' between date and time", 10);
  }
  if (!read_digits(text, 11, 2, hour)) {
    return bad("expected a 2-digit hour", 11);
  }
  if (text.size() <= 13 || text[13] != ':' || !read_digits(text, 14, 2, minute)) {
    return bad("expected ':' and 2-digit minutes", 13);
  }
  if (text.size() <= 16 || text[16] != ':' || !read_digits(text, 17, 2, second)) {
    return bad("expected ':' and 2-digit seconds", 16);
  }
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) {
    return bad("date out of range (years 1970..9999)", 0);
  }
  // Leap second 60 is accepted and folded into the next second, as POSIX time does.
  if (hour > 23 || minute > 59 || second > 60) {
    return bad("time out of range", 11);
  }
  std::size_t pos = 19;
  std::int64_t millis = 0;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    const std::size_t start = pos;
    std::int64_t scale = 100;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      millis += (text[pos] - '0') * scale;
      scale /= 10;
      ++pos;
    }
    if (pos == start) {
      return bad("expected digits after '.'", start - 1);
    }
  }
  std::int64_t offset_minutes = 0;
  if (pos >= text.size()) {
    return bad("expected a time zone ('Z' or +hh:mm)", pos);
  }
  if (text[pos] == 'Z' || text[pos] == 'z') {
    ++pos;
  } else if (text[pos] == '+' || text[pos] == '-') {
    unsigned oh = 0, om = 0;
    if (!read_digits(text, pos + 1, 2, oh) || text.size() <= pos + 3 || text[pos + 3] != ':' ||
        !read_digits(text, pos + 4, 2, om) || oh > 23 || om > 59) {
      return bad("expected an offset +hh:mm", pos);
    }
    offset_minutes = (text[pos] == '-' ? -1 : 1) * static_cast<std::int64_t>(oh * 60 + om);
    pos += 6;
  } else {
    return bad("expected a time zone ('Z' or +hh:mm)", pos);
  }
  if (pos != text.size()) {
    return bad("unexpected text after the time zone", pos);
  }
  const std::int64_t days = days_from_civil(year, month, day);
  const std::int64_t seconds = days * 86400 + hour * 3600 + minute * 60 + second;
  return Timestamp{seconds * kMillisPerSecond + millis - offset_minutes * kMillisPerMinute};
}

void append_rfc3339(Timestamp t, std::string& out) {
  const CivilTime c = to_civil(t);
  char buf[32];
  auto* end = fmt::format_to(buf, "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", c.year, c.month, c.day,
                             c.hour, c.minute, c.second);
  if (c.millisecond != 0) {
    end = fmt::format_to(end, ".{:03}", c.millisecond);
  }
  *end++ = 'Z';
  out.append(buf, end);
}

std::string format_rfc3339(Timestamp t) {
  std::string out;
  append_rfc3339(t, out);
  return out;
}

Result<std::int64_t> parse_duration_ms(std::string_view text) {
  std::int64_t value = 0;
  const auto [rest, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  const std::string_view unit(rest, static_cast<std::size_t>(text.data() + text.size() - rest));
  if (ec != std::errc() || value < 0 || unit.size() != 1) {
    return make_error(
        ErrorCode::kInvalidArgument,
        fmt::format("'{}' is not a duration (examples: 90s, 15m, 36h, 7d, 2w)", text));
  }
  std::int64_t unit_ms = 0;
  switch (unit[0]) {
    case 's':
      unit_ms = kMillisPerSecond;
      break;
    case 'm':
      unit_ms = kMillisPerMinute;
      break;
    case 'h':
      unit_ms = kMillisPerHour;
      break;
    case 'd':
      unit_ms = kMillisPerDay;
      break;
    case 'w':
      unit_ms = 7 * kMillisPerDay;
      break;
    default:
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("'{}': unknown duration unit (use s, m, h, d or w)", text));
  }
  return value * unit_ms;
}

}  // namespace rauch
