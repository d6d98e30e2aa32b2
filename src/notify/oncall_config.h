#pragma once

// The on-call schedule as configured ([oncall] in the config file, docs/notifications.md):
// people and how to reach them, rotations with their shifts in local time, and the
// escalation delays. Plain values; OnCallSchedule (oncall_schedule.h) validates them and
// answers who is on call.

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "calendar/civil_date.h"

namespace rauch::notify {

inline constexpr std::string_view kDefaultTimeZone = "Europe/Berlin";

struct Person {
  std::string name;
  std::string email;    // smtp channel; "" = none.
  std::string slack;    // Slack/Mattermost incoming-webhook URL; "" = none.
  std::string webhook;  // Generic webhook URL; "" = none.
  bool log = false;     // Also write their notifications to the log.
  int line = 0;         // Where it is defined in the config file (0: unknown).

  // (channel, address) pairs, in the order smtp, slack, webhook, log.
  std::vector<std::pair<std::string, std::string>> channels() const;
};

// On public holidays of the rotation's region, a shift applies as on any other day
// (kAlso), not at all (kNever: business hours), or only then (kOnly: holiday cover).
enum class HolidayRule { kAlso, kNever, kOnly };

// A weekly window in the rotation's local time: on the listed weekdays, from `from_minute`
// (inclusive) to `to_minute` (exclusive), minutes after local midnight; to_minute may be
// 1440 (24:00). Shifts do not cross midnight: a night is two shifts.
struct Shift {
  std::array<bool, 7> days = {true, true, true, true, true, true, true};  // [0] = Sunday.
  int from_minute = 0;
  int to_minute = 24 * 60;
  HolidayRule holidays = HolidayRule::kAlso;
  int line = 0;
};

// Whether the shift covers local minute `minute` of a day with that weekday (0 = Sunday)
// that is (or is not) a public holiday.
bool shift_covers(const Shift& shift, unsigned weekday, int minute, bool holiday);

enum class Handover { kDaily, kWeekly };

struct Rotation {
  std::string name;
  int level = 1;                    // 1 = first called; 2, 3 ... escalation levels.
  std::vector<std::string> people;  // Names from OnCallConfig::people, in duty order.
  std::string time_zone = std::string(kDefaultTimeZone);  // IANA name.
  std::string holiday_region;       // "DE-BE" etc. (calendar/german_holidays.h); "" = none.
  std::vector<Shift> shifts = {Shift{}};  // Default: always.
  // people[0] is on duty from `start` at handover_minute local time, then each next one
  // for a day or a week (weekly: on start's weekday), round and round.
  Handover handover = Handover::kWeekly;
  int handover_minute = 9 * 60;
  calendar::CivilDate start{2026, 1, 5};  // A Monday.
  int line = 0;
};

struct OnCallConfig {
  std::string source;  // The config file, for messages.
  std::vector<Person> people;
  std::vector<Rotation> rotations;
  // Minutes without acknowledgement after notifying level L before level L+1 is called:
  // escalate_after_minutes[L-1], else default_escalate_after_minutes.
  std::vector<int> escalate_after_minutes;
  int default_escalate_after_minutes = 15;
};

// "Sun".."Sat" for 0..6, and "HH:MM" for minutes after midnight ("24:00" for 1440).
std::string_view weekday_short_name(unsigned weekday);
std::string format_minute(int minute);

}  // namespace rauch::notify
