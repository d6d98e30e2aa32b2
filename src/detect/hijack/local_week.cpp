#include "detect/hijack/local_week.h"

#include <array>
#include <chrono>
#include <string_view>

#include <date/tz.h>
#include <fmt/format.h>

namespace rauch::detect {

LocalWeekTime local_week_time(Timestamp at, const date::time_zone& zone) {
  using std::chrono::duration_cast;
  const auto local =
      zone.to_local(date::sys_time<std::chrono::milliseconds>(std::chrono::milliseconds(at.ms)));
  const auto day = date::floor<date::days>(local);
  const auto since_midnight = duration_cast<std::chrono::minutes>(local - day).count();
  LocalWeekTime time;
  time.weekday = static_cast<int>(date::weekday(day).c_encoding());
  time.hour = static_cast<int>(since_midnight / 60);
  time.minute = static_cast<int>(since_midnight % 60);
  return time;
}

std::string format_local_week_time(const LocalWeekTime& time) {
  static constexpr std::array<std::string_view, 7> kNames = {"Sun", "Mon", "Tue", "Wed",
                                                             "Thu", "Fri", "Sat"};
  return fmt::format("{} {:02}:{:02}", kNames.at(static_cast<std::size_t>(time.weekday)),
                     time.hour, time.minute);
}

}  // namespace rauch::detect
