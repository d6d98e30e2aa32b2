#include "notify/detail/oncall_coverage.h"

#include <map>
#include <tuple>

#include <fmt/format.h>

namespace rauch::notify::detail {
namespace {

constexpr int kMinutesPerDay = 24 * 60;

// A run of minutes on one weekday with the same covering rotations, keyed so equal runs
// on several weekdays print as one line.
using RunKey = std::tuple<bool /*holiday*/, int /*from*/, int /*to*/, std::string /*who*/>;

std::string covering(const std::vector<const Rotation*>& rotations, unsigned weekday, int minute,
                     bool holiday, int& count) {
  std::string names;
  count = 0;
  for (const Rotation* r : rotations) {
    for (const Shift& shift : r->shifts) {
      if (!shift_covers(shift, weekday, minute, holiday)) continue;
      names += fmt::format("{}'{}'", count == 0 ? "" : " and ", r->name);
      ++count;
      break;
    }
  }
  return names;
}

std::string days_text(const std::vector<unsigned>& days) {
  std::string out;
  for (const unsigned d : days) out += fmt::format("{}{}", out.empty() ? "" : ",", weekday_short_name(d));
  return out;
}

void check_level(const std::vector<const Rotation*>& rotations, int level, bool with_holidays,
                 CoverageProblems& out) {
  std::map<RunKey, std::vector<unsigned>> gaps, overlaps;
  for (const bool holiday : {false, true}) {
    if (holiday && !with_holidays) continue;
    for (unsigned day = 0; day < 7; ++day) {
      int start = 0, count = 0;
      std::string who = covering(rotations, day, 0, holiday, count);
      int run_count = count;
      for (int minute = 1; minute <= kMinutesPerDay; ++minute) {
        std::string now;
        if (minute < kMinutesPerDay) now = covering(rotations, day, minute, holiday, count);
        if (minute < kMinutesPerDay && now == who) continue;
        if (run_count == 0) gaps[{holiday, start, minute, ""}].push_back(day);
        if (run_count > 1) overlaps[{holiday, start, minute, who}].push_back(day);
        start = minute;
        who = std::move(now);
        run_count = count;
      }
    }
  }
  auto when = [](const RunKey& key, const std::vector<unsigned>& days) {
    return fmt::format("{}{} {}–{}", std::get<0>(key) ? "public holidays on " : "", days_text(days),
                       format_minute(std::get<1>(key)), format_minute(std::get<2>(key)));
  };
  for (const auto& [key, days] : gaps)
    out.gaps.push_back(fmt::format("level {}: nobody on call {}", level, when(key, days)));
  for (const auto& [key, days] : overlaps)
    out.overlaps.push_back(fmt::format("level {}: rotations {} overlap {}", level,
                                       std::get<3>(key), when(key, days)));
}

}  // namespace

CoverageProblems check_coverage(const OnCallConfig& config, int levels) {
  CoverageProblems out;
  for (int level = 1; level <= levels; ++level) {
    std::vector<const Rotation*> rotations;
    for (const Rotation& r : config.rotations)
      if (r.level == level) rotations.push_back(&r);
    if (rotations.empty()) continue;
    bool comparable = true;
    for (const Rotation* r : rotations)
      comparable = comparable && r->time_zone == rotations[0]->time_zone &&
                   r->holiday_region == rotations[0]->holiday_region;
    if (!comparable) {
      out.gaps.push_back(fmt::format(
          "level {}: rotations in different time zones or holiday regions; coverage not checked",
          level));
      continue;
    }
    check_level(rotations, level, !rotations[0]->holiday_region.empty(), out);
  }
  return out;
}

}  // namespace rauch::notify::detail
