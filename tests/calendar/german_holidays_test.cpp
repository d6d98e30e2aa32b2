#include "calendar/german_holidays.h"

#include <gtest/gtest.h>

#include "calendar/easter.h"

namespace rauch::calendar {
namespace {

std::string holiday(std::string_view date, std::string_view region) {
  auto found = german_holiday_on(*parse_date(date), region);
  EXPECT_TRUE(found) << found.error().message();
  return found && *found ? std::string((*found)->name) : "";
}

TEST(Easter, KnownSundays) {
  EXPECT_EQ(format_date(easter_sunday(2024)), "2024-03-31");
  EXPECT_EQ(format_date(easter_sunday(2025)), "2025-04-20");
  EXPECT_EQ(format_date(easter_sunday(2026)), "2026-04-05");
  EXPECT_EQ(format_date(easter_sunday(2027)), "2027-03-28");
  EXPECT_EQ(format_date(easter_sunday(2038)), "2038-04-25");  // Latest possible.
  EXPECT_EQ(format_date(easter_sunday(2285)), "2285-03-22");  // Earliest possible.
}

TEST(CivilDate, WeekdaysAndDayArithmetic) {
  EXPECT_EQ(weekday(*parse_date("2026-11-27")), 5u);  // Friday.
  EXPECT_EQ(weekday(*parse_date("1970-01-01")), 4u);
  EXPECT_EQ(weekday(*parse_date("1969-12-28")), 0u);
  EXPECT_EQ(format_date(add_days(*parse_date("2026-02-28"), 1)), "2026-03-01");
  EXPECT_EQ(format_date(add_days(*parse_date("2028-02-28"), 1)), "2028-02-29");
  EXPECT_FALSE(parse_date("2026-02-29"));
  EXPECT_FALSE(parse_date("2026-1-05"));
}

TEST(GermanHolidays, MovableFeastsFollowEaster) {
  EXPECT_EQ(holiday("2026-04-03", "DE"), "Karfreitag");
  EXPECT_EQ(holiday("2026-04-06", "DE"), "Ostermontag");
  EXPECT_EQ(holiday("2026-05-14", "DE"), "Christi Himmelfahrt");
  EXPECT_EQ(holiday("2026-05-25", "DE"), "Pfingstmontag");
  EXPECT_EQ(holiday("2025-04-21", "DE-BE"), "Ostermontag");
  EXPECT_EQ(holiday("2027-03-29", "DE-BY"), "Ostermontag");
  EXPECT_EQ(holiday("2027-05-17", "DE-HH"), "Pfingstmontag");
  EXPECT_EQ(holiday("2026-04-05", "DE-BB"), "Ostersonntag");
  EXPECT_EQ(holiday("2026-04-05", "DE-BE"), "");  // A Sunday, but no holiday there.
}

TEST(GermanHolidays, FronleichnamOnlyInSomeStates) {
  EXPECT_EQ(holiday("2026-06-04", "DE-BY"), "Fronleichnam");
  EXPECT_EQ(holiday("2026-06-04", "DE-NW"), "Fronleichnam");
  EXPECT_EQ(holiday("2025-06-19", "DE-HE"), "Fronleichnam");
  EXPECT_EQ(holiday("2027-05-27", "DE-BW"), "Fronleichnam");
  EXPECT_EQ(holiday("2026-06-04", "DE-BE"), "");
  EXPECT_EQ(holiday("2026-06-04", "DE-SN"), "");  // Only in some municipalities there.
  EXPECT_EQ(holiday("2026-06-04", "DE"), "");
}

TEST(GermanHolidays, StateHolidays) {
  EXPECT_EQ(holiday("2026-03-08", "DE-BE"), "Internationaler Frauentag");
  EXPECT_EQ(holiday("2026-03-08", "DE-MV"), "Internationaler Frauentag");
  EXPECT_EQ(holiday("2026-03-08", "DE-BY"), "");
  EXPECT_EQ(holiday("2026-10-31", "DE-HH"), "Reformationstag");
  EXPECT_EQ(holiday("2026-10-31", "DE-SN"), "Reformationstag");
  EXPECT_EQ(holiday("2026-10-31", "DE-BY"), "");
  EXPECT_EQ(holiday("2026-11-01", "DE-BY"), "Allerheiligen");
  EXPECT_EQ(holiday("2026-11-01", "DE-BE"), "");
  EXPECT_EQ(holiday("2026-01-06", "DE-ST"), "Heilige Drei Könige");
  EXPECT_EQ(holiday("2026-08-15", "DE-SL"), "Mariä Himmelfahrt");
  EXPECT_EQ(holiday("2026-09-20", "DE-TH"), "Weltkindertag");
  EXPECT_EQ(holiday("2025-05-08", "DE-BE"), "Tag der Befreiung");
  EXPECT_EQ(holiday("2026-05-08", "DE-BE"), "");  // One-off in 2025.
}

TEST(GermanHolidays, BussUndBettagOnlyInSaxony) {
  EXPECT_EQ(holiday("2025-11-19", "DE-SN"), "Buß- und Bettag");
  EXPECT_EQ(holiday("2026-11-18", "DE-SN"), "Buß- und Bettag");
  EXPECT_EQ(holiday("2027-11-17", "DE-SN"), "Buß- und Bettag");
  EXPECT_EQ(holiday("2026-11-18", "DE-BY"), "");
}

TEST(GermanHolidays, FederalYearHasNineInDateOrder) {
  auto year = german_holidays(2026, "DE");
  ASSERT_TRUE(year);
  ASSERT_EQ(year->size(), 9u);
  EXPECT_EQ(format_date(year->front().date), "2026-01-01");
  EXPECT_EQ(format_date(year->back().date), "2026-12-26");
  for (std::size_t i = 1; i < year->size(); ++i) EXPECT_LT((*year)[i - 1].date, (*year)[i].date);
  EXPECT_EQ(german_holidays(2026, "DE-BE")->size(), 10u);
  EXPECT_EQ(german_holidays(2026, "DE-BY")->size(), 12u);  // Mariä Himmelfahrt: not state-wide.
}

TEST(GermanHolidays, RejectsUnknownRegionNamingTheValidOnes) {
  auto bad = german_holidays(2026, "DE-XX");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(bad.error().message().find("DE-BE"), std::string::npos);
  EXPECT_FALSE(german_holidays(2026, "de-be"));
}

}  // namespace
}  // namespace rauch::calendar
