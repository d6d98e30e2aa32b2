#pragma once

// German public holidays (gesetzliche Feiertage): the nine federal ones, and those of each
// state (Bundesland), named by ISO 3166-2 code: "DE" (federal only), "DE-BW", "DE-BY",
// "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV", "DE-NI", "DE-NW", "DE-RP", "DE-SL",
// "DE-SN", "DE-ST", "DE-SH", "DE-TH". Movable feasts are counted from Easter
// (calendar/easter.h).
//
// Only holidays of a whole state are listed: Fronleichnam in parts of Saxony and
// Thuringia, Mariä Himmelfahrt in Bavaria's Catholic municipalities and the Augsburger
// Friedensfest are not. The rules are those in force since 2023 (Frauentag in
// Mecklenburg-Vorpommern since 2023, in Berlin since 2019; Weltkindertag in Thuringia since
// 2019; Reformationstag in the northern states since 2018); earlier years are computed with
// today's rules. One-off holidays are included for the years they apply (Berlin,
// 8 May 2025: 80 years since the end of the Second World War).

#include <optional>
#include <string_view>
#include <vector>

#include "calendar/civil_date.h"
#include "core/error.h"

namespace rauch::calendar {

struct Holiday {
  CivilDate date;
  std::string_view name;  // German name, e.g. "Ostermontag"; static storage.

  friend bool operator==(const Holiday&, const Holiday&) = default;
};

// True for "DE" and the sixteen state codes above (exact, upper case).
bool is_german_region(std::string_view region);

// The region codes is_german_region accepts, "DE" first.
std::vector<std::string_view> german_regions();

// The public holidays of `year` in `region`, in date order. kInvalidArgument for an
// unknown region (the message lists the valid ones) or a year outside 1583..9999.
[[nodiscard]] Result<std::vector<Holiday>> german_holidays(int year, std::string_view region);

// The holiday on `date` in `region`, or nullopt. kInvalidArgument as above.
[[nodiscard]] Result<std::optional<Holiday>> german_holiday_on(CivilDate date,
                                                               std::string_view region);

}  // namespace rauch::calendar
