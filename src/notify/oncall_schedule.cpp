#include "notify/oncall_schedule.h"

#include <chrono>
#include <set>

#include <date/tz.h>
#include <fmt/format.h>

#include "calendar/german_holidays.h"
#include "notify/detail/oncall_coverage.h"

namespace rauch::notify {

struct OnCallSchedule::Impl {
  OnCallConfig config;
  std::vector<const date::time_zone*> zones;  // Per rotation; the tz database lives forever.
  std::vector<std::string> warnings;
  int levels = 0;
};

namespace {

using Millis = std::chrono::milliseconds;

// "FILE:LINE: " when the line is known.
std::string where(const OnCallConfig& config, int line) {
  if (line <= 0) return config.source.empty() ? "" : config.source + ": ";
  return fmt::format("{}:{}: ", config.source.empty() ? "config" : config.source, line);
}

const date::time_zone* find_zone(const std::string& name) {
  try {
    return date::locate_zone(name);
  } catch (const std::exception&) {
    return nullptr;  // Unknown name, or no tz database: both a config error.
  }
}

void check_people(const OnCallConfig& c, std::vector<std::string>& errors,
                  std::vector<std::string>& warnings) {
  std::set<std::string, std::less<>> names;
  for (const Person& p : c.people) {
    if (p.name.empty()) errors.push_back(where(c, p.line) + "oncall.people: a person needs a name");
    if (!names.insert(p.name).second)
      errors.push_back(where(c, p.line) + fmt::format("oncall.people: '{}' is listed twice", p.name));
    if (p.channels().empty())
      warnings.push_back(where(c, p.line) +
                         fmt::format("oncall.people '{}': no email, slack, webhook or log, so "
                                     "nobody can reach them",
                                     p.name));
  }
}

void check_rotation(const OnCallConfig& c, const Rotation& r, const date::time_zone* zone,
                    std::vector<std::string>& errors) {
  const std::string at = where(c, r.line) + fmt::format("oncall.rotations '{}': ", r.name);
  if (r.level < 1) errors.push_back(at + "level must be 1 or more");
  if (r.people.empty()) errors.push_back(at + "people is empty");
  for (const std::string& name : r.people) {
    bool known = false;
    for (const Person& p : c.people) known = known || p.name == name;
    if (!known) errors.push_back(at + fmt::format("unknown person '{}' (not in oncall.people)", name));
  }
  if (zone == nullptr)
    errors.push_back(at + fmt::format("unknown time zone '{}' (an IANA name such as "
                                      "Europe/Berlin)",
                                      r.time_zone));
  if (!r.holiday_region.empty() && !calendar::is_german_region(r.holiday_region))
    errors.push_back(at + fmt::format("unknown holiday region '{}' (DE or DE-XX, e.g. DE-BE)",
                                      r.holiday_region));
  if (r.shifts.empty()) errors.push_back(at + "shifts is empty");
  for (const Shift& s : r.shifts)
    if (s.from_minute < 0 || s.to_minute > 24 * 60 || s.from_minute >= s.to_minute)
      errors.push_back(where(c, s.line) +
                       fmt::format("oncall.rotations '{}': shift {}–{} must start before it ends "
                                   "on the same day; split a night into two shifts",
                                   r.name, format_minute(s.from_minute), format_minute(s.to_minute)));
}

// Levels must be 1..N without holes, or escalation would skip to nobody.
void check_levels(const OnCallConfig& c, int levels, std::vector<std::string>& errors) {
  for (int level = 1; level <= levels; ++level) {
    bool found = false;
    for (const Rotation& r : c.rotations) found = found || r.level == level;
    if (!found)
      errors.push_back(where(c, 0) + fmt::format("oncall: level {} has no rotation, but level {} "
                                                 "has one",
                                                 level, levels));
  }
}

// Index into the rotation's people of whoever is on duty at local time `local`.
std::size_t duty_index(const Rotation& r, date::local_time<Millis> local) {
  const auto anchor = date::local_days{date::year{r.start.year} / static_cast<int>(r.start.month) /
                                       static_cast<int>(r.start.day)} +
                      std::chrono::minutes(r.handover_minute);
  const std::int64_t period_ms =
      (r.handover == Handover::kDaily ? 1 : 7) * std::int64_t{24 * 60 * 60 * 1000};
  const std::int64_t since = (local - anchor).count();
  // Floor division: before `start` the order runs backwards.
  std::int64_t turns = since / period_ms;
  if (since % period_ms < 0) --turns;
  const auto n = static_cast<std::int64_t>(r.people.size());
  return static_cast<std::size_t>(((turns % n) + n) % n);
}

}  // namespace

Result<OnCallSchedule> OnCallSchedule::create(OnCallConfig config) {
  auto impl = std::make_shared<Impl>();
  std::vector<std::string> errors;
  check_people(config, errors, impl->warnings);
  std::set<std::string, std::less<>> names;
  for (const Rotation& r : config.rotations) {
    const date::time_zone* zone = find_zone(r.time_zone);
    impl->zones.push_back(zone);
    check_rotation(config, r, zone, errors);
    if (!names.insert(r.name).second)
      errors.push_back(where(config, r.line) +
                       fmt::format("oncall.rotations: the name '{}' is used twice", r.name));
    impl->levels = std::max(impl->levels, r.level);
  }
  check_levels(config, impl->levels, errors);
  if (errors.empty()) {
    // Only a schedule without other errors is worth checking for coverage.
    detail::CoverageProblems coverage = detail::check_coverage(config, impl->levels);
    for (std::string& overlap : coverage.overlaps) errors.push_back(where(config, 0) + overlap);
    for (std::string& gap : coverage.gaps) impl->warnings.push_back(where(config, 0) + gap);
  }
  if (!errors.empty())
    return make_error(ErrorCode::kInvalidArgument, fmt::format("{}", fmt::join(errors, "\n")));
  impl->config = std::move(config);
  return OnCallSchedule(std::move(impl));
}

std::optional<OnCall> OnCallSchedule::who_is_on_call(Timestamp at, int level) const {
  const OnCallConfig& c = impl_->config;
  const date::sys_time<Millis> instant{Millis(at.ms)};
  for (std::size_t i = 0; i < c.rotations.size(); ++i) {
    const Rotation& r = c.rotations[i];
    if (r.level != level) continue;
    const auto local = date::zoned_time<Millis>(impl_->zones[i], instant).get_local_time();
    const auto day = date::floor<date::days>(local);
    const date::year_month_day ymd{day};
    const unsigned weekday = date::weekday{day}.c_encoding();
    const int minute = static_cast<int>(
        std::chrono::duration_cast<std::chrono::minutes>(local - day).count());
    bool holiday = false;
    if (!r.holiday_region.empty()) {
      const calendar::CivilDate date{static_cast<int>(ymd.year()),
                                     static_cast<unsigned>(ymd.month()),
                                     static_cast<unsigned>(ymd.day())};
      auto found = calendar::german_holiday_on(date, r.holiday_region);
      holiday = found && found->has_value();
    }
    for (const Shift& shift : r.shifts) {
      if (!shift_covers(shift, weekday, minute, holiday)) continue;
      const Person* person = find_person(r.people[duty_index(r, local)]);
      if (person == nullptr) break;  // Cannot happen: create checked the names.
      return OnCall{*person, r.name, level};
    }
  }
  return std::nullopt;
}

int OnCallSchedule::levels() const { return impl_->levels; }

std::int64_t OnCallSchedule::escalate_after_ms(int level) const {
  const OnCallConfig& c = impl_->config;
  const auto index = static_cast<std::size_t>(level - 1);
  const int minutes = level >= 1 && index < c.escalate_after_minutes.size()
                          ? c.escalate_after_minutes[index]
                          : c.default_escalate_after_minutes;
  return std::int64_t{minutes} * 60'000;
}

const std::vector<std::string>& OnCallSchedule::warnings() const { return impl_->warnings; }

const OnCallConfig& OnCallSchedule::config() const { return impl_->config; }

const Person* OnCallSchedule::find_person(std::string_view name) const {
  for (const Person& p : impl_->config.people)
    if (p.name == name) return &p;
  return nullptr;
}

std::string OnCallSchedule::local_time_text(Timestamp at) const {
  const date::time_zone* zone =
      impl_->zones.empty() ? find_zone(std::string(kDefaultTimeZone)) : impl_->zones[0];
  if (zone == nullptr) return format_rfc3339(at);
  const auto local =
      date::zoned_time<Millis>(zone, date::sys_time<Millis>{Millis(at.ms)}).get_local_time();
  return date::format("%a %Y-%m-%d %H:%M ", date::floor<std::chrono::minutes>(local)) +
         std::string(zone->name());
}

}  // namespace rauch::notify
