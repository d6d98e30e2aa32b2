#include "core/timestamp.h"

#include <gtest/gtest.h>

namespace rauch {
namespace {

TEST(Rfc3339, ParsesUtcWithAndWithoutFraction) {
  EXPECT_EQ(parse_rfc3339("1970-01-01T00:00:00Z")->ms, 0);
  EXPECT_EQ(parse_rfc3339("2026-11-24T09:15:00Z")->ms, 1795511700000);
  EXPECT_EQ(parse_rfc3339("2026-11-24T09:15:00.250Z")->ms, 1795511700250);
  EXPECT_EQ(parse_rfc3339("2026-11-24T09:15:00.123456789Z")->ms, 1795511700123);
}

TEST(Rfc3339, AppliesNumericOffsets) {
  EXPECT_EQ(parse_rfc3339("2026-11-24T10:15:00+01:00")->ms, 1795511700000);
  EXPECT_EQ(parse_rfc3339("2026-11-24T04:15:00-05:00")->ms, 1795511700000);
}

TEST(Rfc3339, AcceptsLowercaseAndSpaceSeparator) {
  EXPECT_EQ(parse_rfc3339("2026-11-24t09:15:00z")->ms, 1795511700000);
  EXPECT_EQ(parse_rfc3339("2026-11-24 09:15:00Z")->ms, 1795511700000);
}

TEST(Rfc3339, RejectsMalformedTimesNamingThePosition) {
  auto no_zone = parse_rfc3339("2026-11-24T09:15:00");
  ASSERT_FALSE(no_zone);
  EXPECT_EQ(no_zone.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(no_zone.error().message(),
            "not an RFC 3339 timestamp: expected a time zone ('Z' or +hh:mm) at char 20");
  EXPECT_FALSE(parse_rfc3339("24.11.2026 09:15"));
  EXPECT_FALSE(parse_rfc3339("2026-02-30T00:00:00Z"));  // no such day
  EXPECT_FALSE(parse_rfc3339("2026-11-24T25:00:00Z"));
  EXPECT_FALSE(parse_rfc3339("2026-11-24T09:15:00Zjunk"));
  EXPECT_FALSE(parse_rfc3339("1969-12-31T23:59:59Z"));
  EXPECT_FALSE(parse_rfc3339(""));
  EXPECT_FALSE(parse_rfc3339("1700000000"));
}

TEST(Rfc3339, AcceptsLeapDayOnlyInLeapYears) {
  EXPECT_TRUE(parse_rfc3339("2024-02-29T12:00:00Z"));
  EXPECT_FALSE(parse_rfc3339("2026-02-29T12:00:00Z"));
  EXPECT_TRUE(parse_rfc3339("2000-02-29T12:00:00Z"));
  EXPECT_FALSE(parse_rfc3339("2100-02-29T12:00:00Z"));
}

TEST(Rfc3339, FormatRoundTripsOverManyInstants) {
  for (std::int64_t ms = 0; ms < 4'000'000'000'000; ms += 7'777'777'777) {
    const std::string text = format_rfc3339(Timestamp{ms});
    auto back = parse_rfc3339(text);
    ASSERT_TRUE(back) << text;
    EXPECT_EQ(back->ms, ms) << text;
  }
  EXPECT_EQ(format_rfc3339(Timestamp{1795511700250}), "2026-11-24T09:15:00.250Z");
  EXPECT_EQ(format_rfc3339(Timestamp{1795511700000}), "2026-11-24T09:15:00Z");
}

TEST(CivilTime, KnowsTheWeekday) {
  EXPECT_EQ(to_civil(*parse_rfc3339("2026-11-24T09:15:00Z")).weekday, 2U);  // Tuesday
  EXPECT_EQ(to_civil(*parse_rfc3339("2026-09-28T00:00:00Z")).weekday, 1U);  // Monday
  EXPECT_EQ(to_civil(Timestamp{0}).weekday, 4U);                            // Thursday
}

TEST(Duration, ParsesUnitsAndRejectsGarbage) {
  EXPECT_EQ(*parse_duration_ms("90s"), 90'000);
  EXPECT_EQ(*parse_duration_ms("15m"), 15 * kMillisPerMinute);
  EXPECT_EQ(*parse_duration_ms("36h"), 36 * kMillisPerHour);
  EXPECT_EQ(*parse_duration_ms("7d"), 7 * kMillisPerDay);
  EXPECT_EQ(*parse_duration_ms("2w"), 14 * kMillisPerDay);
  EXPECT_FALSE(parse_duration_ms("7"));
  EXPECT_FALSE(parse_duration_ms("7y"));
  EXPECT_FALSE(parse_duration_ms("-1d"));
  EXPECT_FALSE(parse_duration_ms("d"));
}

}  // namespace
}  // namespace rauch
