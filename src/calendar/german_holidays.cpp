#include "calendar/german_holidays.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "calendar/easter.h"

namespace rauch::calendar {
namespace {

constexpr std::array<std::string_view, 17> kRegions = {
    "DE",    "DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV",
    "DE-NI", "DE-NW", "DE-RP", "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH"};

// A holiday rule: a fixed date, or a number of days after Easter Sunday; observed in the
// listed states (empty: everywhere), in the given years.
struct Rule {
  std::string_view name;
  unsigned month = 0;  // 0: movable, counted from Easter.
  unsigned day = 0;
  int easter_offset = 0;
  std::string_view states;  // Space-separated codes without "DE-"; "" = federal.
  int first_year = 0;
  int last_year = 9999;
};

constexpr std::array<Rule, 20> kRules = {{
    {"Neujahr", 1, 1, 0, ""},
    {"Heilige Drei Könige", 1, 6, 0, "BW BY ST"},
    {"Internationaler Frauentag", 3, 8, 0, "BE", 2019},
    {"Internationaler Frauentag", 3, 8, 0, "MV", 2023},
    {"Karfreitag", 0, 0, -2, ""},
    {"Ostersonntag", 0, 0, 0, "BB"},
    {"Ostermontag", 0, 0, 1, ""},
    {"Tag der Arbeit", 5, 1, 0, ""},
    {"Tag der Befreiung", 5, 8, 0, "BE", 2025, 2025},
    {"Christi Himmelfahrt", 0, 0, 39, ""},
    {"Pfingstsonntag", 0, 0, 49, "BB"},
    {"Pfingstmontag", 0, 0, 50, ""},
    {"Fronleichnam", 0, 0, 60, "BW BY HE NW RP SL"},
    {"Mariä Himmelfahrt", 8, 15, 0, "SL"},
    {"Weltkindertag", 9, 20, 0, "TH", 2019},
    {"Tag der Deutschen Einheit", 10, 3, 0, ""},
    {"Reformationstag", 10, 31, 0, "BB HB HH MV NI SN ST SH TH"},
    {"Allerheiligen", 11, 1, 0, "BW BY NW RP SL"},
    {"1. Weihnachtstag", 12, 25, 0, ""},
    {"2. Weihnachtstag", 12, 26, 0, ""},
}};

bool observed_in(const Rule& rule, std::string_view region) {
  if (rule.states.empty()) return true;
  if (region.size() != 5) return false;  // "DE": federal holidays only.
  const std::string_view state = region.substr(3);
  std::string_view rest = rule.states;
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    if (rest.substr(0, space) == state) return true;
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
  }
  return false;
}

// Buß- und Bettag (Saxony): the Wednesday before 23 November, i.e. in 16..22 November.
CivilDate day_of_repentance(int year) {
  const CivilDate nov22{year, 11, 22};
  const unsigned back = (weekday(nov22) + 7 - 3) % 7;  // 3 = Wednesday.
  return add_days(nov22, -static_cast<std::int64_t>(back));
}

Result<void> check(int year, std::string_view region) {
  if (!is_german_region(region))
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("unknown holiday region '{}': expected one of {}", region,
                                  fmt::join(kRegions, ", ")));
  if (year < 1583 || year > 9999)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("year {} is outside 1583..9999", year));
  return {};
}

}  // namespace

bool is_german_region(std::string_view region) {
  return std::find(kRegions.begin(), kRegions.end(), region) != kRegions.end();
}

std::vector<std::string_view> german_regions() { return {kRegions.begin(), kRegions.end()}; }

Result<std::vector<Holiday>> german_holidays(int year, std::string_view region) {
  if (auto ok = check(year, region); !ok) return tl::unexpected(ok.error());
  const CivilDate easter = easter_sunday(year);
  std::vector<Holiday> out;
  for (const Rule& rule : kRules) {
    if (year < rule.first_year || year > rule.last_year || !observed_in(rule, region)) continue;
    const CivilDate date =
        rule.month == 0 ? add_days(easter, rule.easter_offset) : CivilDate{year, rule.month, rule.day};
    out.push_back(Holiday{date, rule.name});
  }
  if (region == "DE-SN") out.push_back(Holiday{day_of_repentance(year), "Buß- und Bettag"});
  std::stable_sort(out.begin(), out.end(),
                   [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  return out;
}

Result<std::optional<Holiday>> german_holiday_on(CivilDate date, std::string_view region) {
  auto holidays = german_holidays(date.year, region);
  if (!holidays) return tl::unexpected(holidays.error());
  for (const Holiday& holiday : *holidays)
    if (holiday.date == date) return std::optional<Holiday>(holiday);
  return std::optional<Holiday>();
}

}  // namespace rauch::calendar
