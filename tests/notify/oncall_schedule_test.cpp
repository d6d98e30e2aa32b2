#include "notify/oncall_schedule.h"

#include <gtest/gtest.h>

#include "notify/config_file.h"
#include "notify/weekend_config.h"

namespace rauch::notify {
namespace {

Timestamp at(const char* rfc3339) { return *parse_rfc3339(rfc3339); }

NotifyFileConfig weekend() {
  auto config = parse_notify_config(
      testing::weekend_config("smtp://127.0.0.1:1", "http://127.0.0.1:1/a", "http://127.0.0.1:1/b"),
      "weekend.toml");
  EXPECT_TRUE(config) << config.error().message();
  return std::move(*config);
}

std::string on_call(const OnCallSchedule& s, const char* when, int level = 1) {
  auto who = s.who_is_on_call(at(when), level);
  return who ? who->person.name : "nobody";
}

TEST(OnCallSchedule, WeekendFridayEveningToMondayMorningIsAfterHours) {
  const NotifyFileConfig c = weekend();
  EXPECT_TRUE(c.warnings.empty()) << c.warnings.front();
  EXPECT_EQ(on_call(c.oncall, "2026-11-27T16:59:00+01:00"), "anna");
  EXPECT_EQ(on_call(c.oncall, "2026-11-27T17:00:00+01:00"), "ben");
  EXPECT_EQ(on_call(c.oncall, "2026-11-27T18:30:00+01:00"), "ben");
  EXPECT_EQ(on_call(c.oncall, "2026-11-28T12:00:00+01:00"), "ben");
  EXPECT_EQ(on_call(c.oncall, "2026-11-30T08:30:00+01:00"), "ben");
  EXPECT_EQ(on_call(c.oncall, "2026-11-30T09:30:00+01:00"), "anna");
  EXPECT_EQ(on_call(c.oncall, "2026-11-27T18:30:00+01:00", 2), "cleo");
  EXPECT_EQ(on_call(c.oncall, "2026-11-27T18:30:00+01:00", 3), "nobody");
  EXPECT_EQ(c.oncall.levels(), 2);
  EXPECT_EQ(c.oncall.escalate_after_ms(1), 15 * 60'000);
}

TEST(OnCallSchedule, PublicHolidaysOfTheRegionAreAfterHours) {
  const NotifyFileConfig c = weekend();
  EXPECT_EQ(on_call(c.oncall, "2026-12-25T11:00:00+01:00"), "ben");  // Christmas, a Friday.
  EXPECT_EQ(on_call(c.oncall, "2026-03-09T11:00:00+01:00"), "anna");
  EXPECT_EQ(on_call(c.oncall, "2027-03-08T11:00:00+01:00"), "ben");  // Frauentag in Berlin.
  EXPECT_EQ(on_call(c.oncall, "2026-06-04T11:00:00+02:00"), "anna");  // Fronleichnam: not BE.
}

TEST(OnCallSchedule, LocalTimeFollowsDaylightSavingSwitches) {
  const NotifyFileConfig c = weekend();
  // Monday after the last Sunday of March: 09:00 local is 07:00 UTC (CEST).
  EXPECT_EQ(on_call(c.oncall, "2026-03-30T06:59:00Z"), "ben");
  EXPECT_EQ(on_call(c.oncall, "2026-03-30T07:00:00Z"), "anna");
  // Monday after the last Sunday of October: back to CET, 09:00 local is 08:00 UTC.
  EXPECT_EQ(on_call(c.oncall, "2026-10-26T07:30:00Z"), "ben");
  EXPECT_EQ(on_call(c.oncall, "2026-10-26T08:00:00Z"), "anna");
  // The night of the switch itself: 02:30 UTC is 04:30 CEST (March) / 03:30 CET (October).
  EXPECT_EQ(c.oncall.local_time_text(at("2026-03-29T02:30:00Z")), "Sun 2026-03-29 04:30 Europe/Berlin");
  EXPECT_EQ(c.oncall.local_time_text(at("2026-10-25T02:30:00Z")), "Sun 2026-10-25 03:30 Europe/Berlin");
}

TEST(OnCallSchedule, WeeklyHandoverRotatesPeopleAtLocalTime) {
  OnCallConfig config;
  config.people = {Person{.name = "a", .log = true}, Person{.name = "b", .log = true}};
  Rotation r;
  r.name = "all";
  r.people = {"a", "b"};
  r.start = calendar::CivilDate{2026, 3, 23};  // A Monday; handover Mondays 09:00.
  config.rotations = {r};
  auto schedule = OnCallSchedule::create(config);
  ASSERT_TRUE(schedule) << schedule.error().message();
  auto who = [&](const char* t) { return schedule->who_is_on_call(at(t), 1)->person.name; };
  EXPECT_EQ(who("2026-03-23T08:00:00Z"), "a");  // 09:00 CET.
  EXPECT_EQ(who("2026-03-30T06:59:00Z"), "a");  // 08:59 CEST, after the switch.
  EXPECT_EQ(who("2026-03-30T07:00:00Z"), "b");  // 09:00 CEST.
  EXPECT_EQ(who("2026-04-06T07:00:00Z"), "a");
  EXPECT_EQ(who("2026-03-23T07:59:00Z"), "b");  // Before the start: the order runs back.
}

TEST(OnCallSchedule, ReportsConfigErrorsWithLinesAndAllAtOnce) {
  auto config = parse_notify_config(R"toml(
[oncall]
time_zone = "Europe/Berlinn"
escalate_after_minute = 15

[[oncall.people]]
name = "anna"
email = "anna@velora.example"

[[oncall.rotations]]
name = "day"
people = ["anna", "bob"]
)toml",
                                    "bad.toml");
  ASSERT_FALSE(config);
  const std::string& m = config.error().message();
  EXPECT_NE(m.find("bad.toml:4: oncall.escalate_after_minute: unknown key"), std::string::npos) << m;
  config = parse_notify_config(R"toml(
[oncall]
time_zone = "Europe/Berlinn"

[[oncall.people]]
name = "anna"
email = "anna@velora.example"

[[oncall.rotations]]
name = "day"
people = ["anna", "bob"]
)toml",
                               "bad.toml");
  ASSERT_FALSE(config);
  const std::string& m2 = config.error().message();
  EXPECT_NE(m2.find("bad.toml:9: oncall.rotations 'day': unknown person 'bob'"), std::string::npos)
      << m2;
  EXPECT_NE(m2.find("unknown time zone 'Europe/Berlinn'"), std::string::npos) << m2;
}

TEST(OnCallSchedule, OverlapsAreErrorsAndGapsWarnings) {
  const std::string people = R"toml(
[oncall]
[[oncall.people]]
name = "anna"
log = true
)toml";
  auto overlap = parse_notify_config(people + R"toml(
[[oncall.rotations]]
name = "one"
people = ["anna"]
[[oncall.rotations]]
name = "two"
people = ["anna"]
  [[oncall.rotations.shifts]]
  days = ["sat"]
  from = "10:00"
  to = "12:00"
)toml",
                                     "o.toml");
  ASSERT_FALSE(overlap);
  EXPECT_NE(overlap.error().message().find("level 1: rotations 'one' and 'two' overlap Sat 10:00–12:00"),
            std::string::npos)
      << overlap.error().message();

  auto gap = parse_notify_config(people + R"toml(
[[oncall.rotations]]
name = "days"
people = ["anna"]
  [[oncall.rotations.shifts]]
  from = "08:00"
  to = "20:00"
)toml",
                                 "g.toml");
  ASSERT_TRUE(gap) << gap.error().message();
  ASSERT_EQ(gap->warnings.size(), 2u);
  EXPECT_EQ(gap->warnings[0], "g.toml: level 1: nobody on call Sun,Mon,Tue,Wed,Thu,Fri,Sat 00:00–08:00");
  EXPECT_EQ(gap->warnings[1], "g.toml: level 1: nobody on call Sun,Mon,Tue,Wed,Thu,Fri,Sat 20:00–24:00");
}

}  // namespace
}  // namespace rauch::notify
