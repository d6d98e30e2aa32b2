#include "notify/oncall_config.h"

#include <fmt/format.h>

namespace rauch::notify {

std::vector<std::pair<std::string, std::string>> Person::channels() const {
  std::vector<std::pair<std::string, std::string>> out;
  if (!email.empty()) out.emplace_back("smtp", email);
  if (!slack.empty()) out.emplace_back("slack", slack);
  if (!webhook.empty()) out.emplace_back("webhook", webhook);
  if (log) out.emplace_back("log", "");
  return out;
}

bool shift_covers(const Shift& shift, unsigned weekday, int minute, bool holiday) {
  if (weekday > 6 || !shift.days[weekday]) return false;
  if (minute < shift.from_minute || minute >= shift.to_minute) return false;
  switch (shift.holidays) {
    case HolidayRule::kAlso: return true;
    case HolidayRule::kNever: return !holiday;
    case HolidayRule::kOnly: return holiday;
  }
  return false;
}

std::string_view weekday_short_name(unsigned weekday) {
  static constexpr std::string_view kNames[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  return weekday < 7 ? kNames[weekday] : "?";
}

std::string format_minute(int minute) { return fmt::format("{:02}:{:02}", minute / 60, minute % 60); }

}  // namespace rauch::notify
