#include "notify/detail/oncall_toml.h"

#include <array>

#include <fmt/format.h>

namespace rauch::notify::detail {
namespace {

constexpr std::array<std::string_view, 7> kDayNames = {"sun", "mon", "tue", "wed",
                                                       "thu", "fri", "sat"};

int line_of(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

// Defaults of [oncall] that rotations inherit.
struct Defaults {
  std::string time_zone = std::string(kDefaultTimeZone);
  std::string holiday_region;
};

std::optional<int> clock(TomlFields& f, const toml::table& t, std::string_view key,
                         const std::string& path) {
  auto text = f.text(t, key, path);
  if (!text) return std::nullopt;
  auto minute = parse_clock(*text);
  if (!minute) f.problem(t.get(key), fmt::format("{}.{}", path, key), "expected HH:MM (00:00..24:00)");
  return minute;
}

Shift read_shift(const toml::table& t, const std::string& path, TomlFields& f) {
  f.only_keys(t, path, {"days", "from", "to", "holidays"});
  Shift shift;
  shift.line = line_of(t);
  if (auto days = f.texts(t, "days", path)) {
    shift.days.fill(false);
    for (const std::string& name : *days) {
      auto it = std::find(kDayNames.begin(), kDayNames.end(), name);
      if (it == kDayNames.end()) {
        f.problem(t.get("days"), path + ".days",
                  fmt::format("unknown day '{}' (sun, mon, tue, wed, thu, fri, sat)", name));
        continue;
      }
      shift.days[static_cast<std::size_t>(it - kDayNames.begin())] = true;
    }
  }
  if (auto from = clock(f, t, "from", path)) shift.from_minute = *from;
  if (auto to = clock(f, t, "to", path)) shift.to_minute = *to;
  if (auto rule = f.text(t, "holidays", path)) {
    if (*rule == "also") {
      shift.holidays = HolidayRule::kAlso;
    } else if (*rule == "skip") {
      shift.holidays = HolidayRule::kNever;
    } else if (*rule == "only") {
      shift.holidays = HolidayRule::kOnly;
    } else {
      f.problem(t.get("holidays"), path + ".holidays", "expected also, skip or only");
    }
  }
  return shift;
}

Rotation read_rotation(const toml::table& t, const std::string& path, const Defaults& defaults,
                       TomlFields& f) {
  f.only_keys(t, path, {"name", "level", "people", "time_zone", "holidays", "handover",
                        "handover_at", "start", "shifts"});
  Rotation r;
  r.line = line_of(t);
  r.time_zone = defaults.time_zone;
  r.holiday_region = defaults.holiday_region;
  if (auto name = f.text(t, "name", path)) r.name = *name;
  if (r.name.empty()) f.problem(&t, path + ".name", "a rotation needs a name");
  if (auto level = f.integer(t, "level", path, 1, 9)) r.level = static_cast<int>(*level);
  if (auto people = f.texts(t, "people", path)) r.people = *people;
  if (auto zone = f.text(t, "time_zone", path)) r.time_zone = *zone;
  if (auto region = f.text(t, "holidays", path)) r.holiday_region = *region;
  if (auto handover = f.text(t, "handover", path)) {
    if (*handover == "daily") {
      r.handover = Handover::kDaily;
    } else if (*handover != "weekly") {
      f.problem(t.get("handover"), path + ".handover", "expected daily or weekly");
    }
  }
  if (auto at = clock(f, t, "handover_at", path)) r.handover_minute = *at;
  if (auto start = f.text(t, "start", path)) {
    auto date = calendar::parse_date(*start);
    if (date) {
      r.start = *date;
    } else {
      f.problem(t.get("start"), path + ".start", date.error().message());
    }
  }
  if (const toml::array* shifts = f.tables(t, "shifts", path)) {
    r.shifts.clear();
    for (std::size_t i = 0; i < shifts->size(); ++i)
      r.shifts.push_back(read_shift(*(*shifts)[i].as_table(), fmt::format("{}.shifts[{}]", path, i), f));
  }
  return r;
}

Person read_person(const toml::table& t, const std::string& path, TomlFields& f) {
  f.only_keys(t, path, {"name", "email", "slack", "webhook", "log"});
  Person p;
  p.line = line_of(t);
  if (auto name = f.text(t, "name", path)) p.name = *name;
  if (auto email = f.text(t, "email", path)) {
    const bool plausible = email->find('@') != std::string::npos &&
                           email->find_first_of(" \t\r\n<>,;\"") == std::string::npos;
    if (plausible) {
      p.email = *email;
    } else {
      f.problem(t.get("email"), path + ".email", "expected one address such as anna@example.org");
    }
  }
  for (auto [key, out] : {std::pair{"slack", &p.slack}, std::pair{"webhook", &p.webhook}}) {
    auto url = f.text(t, key, path);
    if (!url) continue;
    if (url->starts_with("https://") || url->starts_with("http://")) {
      *out = *url;
    } else {
      f.problem(t.get(key), fmt::format("{}.{}", path, key), "expected an http:// or https:// URL");
    }
  }
  if (auto log = f.boolean(t, "log", path)) p.log = *log;
  return p;
}

}  // namespace

OnCallConfig read_oncall(const toml::table& oncall, TomlFields& f) {
  f.only_keys(oncall, "oncall",
              {"time_zone", "holidays", "escalate_after_minutes", "levels", "people", "rotations"});
  OnCallConfig config;
  config.source = f.source();
  Defaults defaults;
  if (auto zone = f.text(oncall, "time_zone", "oncall")) defaults.time_zone = *zone;
  if (auto region = f.text(oncall, "holidays", "oncall")) defaults.holiday_region = *region;
  if (auto minutes = f.integer(oncall, "escalate_after_minutes", "oncall", 1, 24 * 60))
    config.default_escalate_after_minutes = static_cast<int>(*minutes);
  if (const toml::array* levels = f.tables(oncall, "levels", "oncall")) {
    for (std::size_t i = 0; i < levels->size(); ++i) {
      const toml::table& t = *(*levels)[i].as_table();
      const std::string path = fmt::format("oncall.levels[{}]", i);
      f.only_keys(t, path, {"level", "escalate_after_minutes"});
      auto level = f.integer(t, "level", path, 1, 9);
      auto minutes = f.integer(t, "escalate_after_minutes", path, 1, 24 * 60);
      if (!level || !minutes) {
        if (!t.contains("level") || !t.contains("escalate_after_minutes"))
          f.problem(&t, path, "needs level and escalate_after_minutes");
        continue;
      }
      auto index = static_cast<std::size_t>(*level - 1);
      if (config.escalate_after_minutes.size() <= index)
        config.escalate_after_minutes.resize(index + 1, -1);
      config.escalate_after_minutes[index] = static_cast<int>(*minutes);
    }
    for (int& minutes : config.escalate_after_minutes)
      if (minutes < 0) minutes = config.default_escalate_after_minutes;
  }
  if (const toml::array* people = f.tables(oncall, "people", "oncall"))
    for (std::size_t i = 0; i < people->size(); ++i)
      config.people.push_back(
          read_person(*(*people)[i].as_table(), fmt::format("oncall.people[{}]", i), f));
  if (const toml::array* rotations = f.tables(oncall, "rotations", "oncall"))
    for (std::size_t i = 0; i < rotations->size(); ++i)
      config.rotations.push_back(read_rotation(*(*rotations)[i].as_table(),
                                               fmt::format("oncall.rotations[{}]", i), defaults, f));
  return config;
}

}  // namespace rauch::notify::detail
