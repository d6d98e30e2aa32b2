#include "detect/hijack/hijack_detector.h"

#include <cmath>
#include <functional>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include <date/tz.h>
#include <gtest/gtest.h>

#include "detect/hijack/dm_rhythm.h"
#include "detect/hijack/local_week.h"

namespace rauch::detect {
namespace {

Post own_post(std::int64_t minute, bool own = true) {
  Post p;
  p.id = "p" + std::to_string(minute);
  p.own = own;
  p.author.id = "u-velora";
  p.author.handle = "@Velora";
  p.kind = PostKind::kDm;
  p.created_at = Timestamp{minute * 60'000};
  return p;
}

PostAnalysis with_link(std::string domain, std::string lookalike_of = "") {
  PostAnalysis a;
  a.links.push_back({"https://" + domain + "/login", domain, false, lookalike_of,
                     lookalike_of.empty() ? "" : "one character differs"});
  return a;
}

TEST(HijackDetector, AnOwnPostWithALookalikeLinkRaisesOneAlertPerTakeover) {
  HijackDetector detector({});
  EXPECT_FALSE(detector.add(own_post(0), with_link("hilfe.velora.de")));
  auto alert = detector.add(own_post(10), with_link("ve1ora-login.de", "velora.de"));
  ASSERT_TRUE(alert);
  EXPECT_EQ(alert->account, "@Velora");
  EXPECT_EQ(alert->at.ms, 10 * 60'000);
  EXPECT_EQ(alert->title, "@Velora links to ve1ora-login.de (lookalike of velora.de)");
  EXPECT_NE(alert->explanation.find("direct message"), std::string::npos);
  EXPECT_NE(alert->details_json.find("ve1ora-login.de"), std::string::npos);
  // The same takeover goes on: no new alert while posts keep coming within the hold.
  EXPECT_FALSE(detector.add(own_post(20), with_link("ve1ora-login.de", "velora.de")));
  EXPECT_FALSE(detector.add(own_post(20 + 23 * 60), with_link("ve1ora-login.de", "velora.de")));
  // A day of quiet later it is news again.
  EXPECT_TRUE(detector.add(own_post(20 + 23 * 60 + 25 * 60), with_link("ve1ora-login.de", "velora.de")));
}

TEST(HijackDetector, TheAllowListDecidesForOtherDomainsAndOthersPostsDoNotCount) {
  HijackDetector open_list({});
  EXPECT_FALSE(open_list.add(own_post(0), with_link("example.com")));  // No list: lookalikes only.
  HijackDetector listed({.allowed_domains = {"velora.de"}});
  EXPECT_FALSE(listed.add(own_post(0), with_link("velora.de")));
  auto alert = listed.add(own_post(1), with_link("free-gifts.example"));
  ASSERT_TRUE(alert);
  EXPECT_NE(alert->title.find("not on the allow-list"), std::string::npos);
  HijackDetector customers({});
  EXPECT_FALSE(customers.add(own_post(0, /*own=*/false), with_link("ve1ora-login.de", "velora.de")));
}

// "2026-11-14T01:" + minute -> an RFC 3339 time.
std::string fmt_time(std::string prefix, int minute) {
  return prefix + (minute < 10 ? "0" : "") + std::to_string(minute) + ":00Z";
}

Post own_at(std::string_view rfc3339, std::string text, int n = 0) {
  Post p = own_post(0);
  p.id = "dm" + std::to_string(n);
  p.created_at = *parse_rfc3339(rfc3339);
  p.text = std::move(text);
  return p;
}

TEST(HijackDetector, CredentialBaitMakesANonBrandLinkSuspiciousWithoutAnAllowList) {
  HijackDetector detector({});
  // A care post about passwords that links elsewhere is not bait.
  EXPECT_FALSE(detector.add(own_at("2026-10-09T10:00:00Z", "Passwort vergessen? Anleitung hier"),
                            with_link("example-help.com")));
  auto alert = detector.add(
      own_at("2026-10-09T10:05:00Z",
             "Ihr Konto wurde gesperrt, bitte hier BESTÄTIGEN: https://secure-check.example/x"),
      with_link("secure-check.example"));
  ASSERT_TRUE(alert);
  EXPECT_NE(alert->title.find("asking for credentials"), std::string::npos) << alert->title;
  EXPECT_NE(alert->details_json.find("\"credential_bait\":\"konto wurde gesperrt\""), std::string::npos)
      << alert->details_json;
  // The brand's own domain stays fine even with such words.
  HijackDetector listed({.allowed_domains = {"velora.de"}});
  EXPECT_FALSE(listed.add(own_at("2026-10-09T10:10:00Z", "Confirm your details in the app"),
                          with_link("velora.de")));
}

TEST(HijackDetector, ABurstOfDirectMessagesAtNightBerlinTimeRaisesAnAlert) {
  // 01:00-01:18 UTC in November is 02:00-02:18 in Berlin: night.
  HijackDetector night({});
  std::optional<HijackAlert> alert;
  for (int i = 0; i < 10 && !alert; ++i)
    alert = night.add(own_at(fmt_time("2026-11-14T01:", 2 * i), "Hallo, kurze Frage", i), {});
  ASSERT_TRUE(alert);
  EXPECT_EQ(alert->title, "@Velora sent 10 direct messages within 30 min at night");
  // The same burst at 14:00 Berlin time is care work.
  HijackDetector day({});
  for (int i = 0; i < 12; ++i)
    EXPECT_FALSE(day.add(own_at(fmt_time("2026-11-14T13:", 2 * i), "Hallo, kurze Frage", i), {}));
  // Summer time: 21:30 UTC in July is 23:30 in Berlin, night; in January it is 22:30, night
  // too, while 20:30 UTC is 22:30 in July (night) and 21:30 in January (not yet).
  HijackDetector july({});
  std::optional<HijackAlert> summer;
  for (int i = 0; i < 10 && !summer; ++i)
    summer = july.add(own_at(fmt_time("2026-07-14T20:", 30 + 2 * i), "Hallo", i), {});
  EXPECT_TRUE(summer);
  HijackDetector january({});
  std::optional<HijackAlert> winter;
  for (int i = 0; i < 10 && !winter; ++i)
    winter = january.add(own_at(fmt_time("2026-01-14T20:", 30 + 2 * i), "Hallo", i), {});
  EXPECT_FALSE(winter);
}

// --- The learnt DM rhythm -------------------------------------------------------------

// Berlin's UTC offset in 2026, written out rather than taken from date/tz, so the tests do
// not share the detector's arithmetic: summer time from 2026-03-29T01:00Z to
// 2026-10-25T01:00Z.
std::int64_t berlin_offset_ms(std::int64_t utc_ms) {
  const std::int64_t summer_from = parse_rfc3339("2026-03-29T01:00:00Z")->ms;
  const std::int64_t summer_to = parse_rfc3339("2026-10-25T01:00:00Z")->ms;
  return (utc_ms >= summer_from && utc_ms < summer_to ? 2 : 1) * kMillisPerHour;
}

// Minutes between a care team's DMs in a Berlin hour (weekday 0 = Sunday); 0: not working.
using Schedule = std::function<int(int weekday, int hour)>;

int around_the_clock(int /*weekday*/, int hour) { return hour >= 8 && hour < 22 ? 2 : 3; }
int office_hours(int weekday, int hour) {
  return weekday >= 1 && weekday <= 5 && hour >= 8 && hour < 18 ? 2 : 0;
}

// Feeds the team's DMs from `from` for `days` days; returns the alerts they raised.
std::vector<HijackAlert> feed_team(HijackDetector& detector, std::string_view from, int days,
                                   const Schedule& schedule) {
  std::vector<HijackAlert> alerts;
  const std::int64_t start = parse_rfc3339(from)->ms;
  for (std::int64_t minute = 0; minute < days * 24 * 60; ++minute) {
    const std::int64_t utc = start + minute * kMillisPerMinute;
    const std::int64_t local = utc + berlin_offset_ms(utc);
    const int weekday = static_cast<int>((local / kMillisPerDay + 4) % 7);  // 1970-01-01: Thu.
    const int hour = static_cast<int>(local % kMillisPerDay / kMillisPerHour);
    const int minute_of_hour = static_cast<int>(local % kMillisPerHour / kMillisPerMinute);
    const int every = schedule(weekday, hour);
    if (every == 0 || minute_of_hour % every != 0) continue;
    Post p = own_post(0);
    p.id = "team" + std::to_string(utc);
    p.created_at = Timestamp{utc};
    if (auto alert = detector.add(p, {})) alerts.push_back(*alert);
  }
  return alerts;
}

// Twelve DMs two minutes apart from `from`: the alert, if any.
std::optional<HijackAlert> burst(HijackDetector& detector, std::string_view from) {
  const std::int64_t start = parse_rfc3339(from)->ms;
  std::optional<HijackAlert> alert;
  for (int i = 0; i < 12 && !alert; ++i) {
    Post p = own_post(0);
    p.id = "burst" + std::to_string(i);
    p.created_at = Timestamp{start + 2 * i * kMillisPerMinute};
    alert = detector.add(p, {});
  }
  return alert;
}

// One alert per burst, not one per night of a takeover, so every unusual burst shows.
HijackOptions short_hold() {
  HijackOptions options;
  options.hold_minutes = 60;
  return options;
}

TEST(HijackDetector, ATwentyFourSevenCareTeamIsQuietAtNightOnceItsRhythmIsLearnt) {
  HijackDetector detector(short_hold());
  // Warm-up: the fixed night counts, so its first two weeks of night work ring.
  const auto warming = feed_team(detector, "2026-01-05T00:00:00Z", 14, around_the_clock);
  ASSERT_FALSE(warming.empty());
  EXPECT_NE(warming.front().title.find("at night"), std::string::npos) << warming.front().title;
  // Then the team's own rhythm says nights are its working hours: four weeks, no alert.
  const auto learnt = feed_team(detector, "2026-01-19T00:00:00Z", 28, around_the_clock);
  EXPECT_TRUE(learnt.empty()) << learnt.front().explanation;
}

TEST(HijackDetector, AnOfficeHoursTeamIsAlertedAtNightAndOnASundayAfternoon) {
  HijackDetector trained(short_hold());
  // Three weeks of weekdays 08:00-18:00 Berlin time (one DM every 2 minutes: bursts, but in
  // the team's hours, so nothing rings).
  EXPECT_TRUE(feed_team(trained, "2026-01-05T00:00:00Z", 21, office_hours).empty());

  HijackDetector night = trained;
  const auto at_three = burst(night, "2026-01-27T02:10:00Z");  // Tue 03:10 CET.
  ASSERT_TRUE(at_three);
  EXPECT_EQ(at_three->title,
            "@Velora sent 10 direct messages within 30 min at an unusual hour (Tue 03:28)");
  EXPECT_NE(at_three->explanation.find("at Tue 03:28 Europe/Berlin; this account usually sends "
                                       "0% of its direct messages in this hour"),
            std::string::npos)
      << at_three->explanation;
  EXPECT_NE(at_three->details_json.find("\"burst_dms\":10,\"local_time\":\"Tue 03:28\","
                                        "\"usual_share\":0"),
            std::string::npos)
      << at_three->details_json;

  HijackDetector sunday = trained;  // Never works Sundays; the fixed night would miss this.
  const auto afternoon = burst(sunday, "2026-02-01T14:00:00Z");  // Sun 15:00 CET.
  ASSERT_TRUE(afternoon);
  EXPECT_NE(afternoon->title.find("at an unusual hour (Sun 15:18)"), std::string::npos)
      << afternoon->title;

  // Its ordinary fourth week rings nothing, nor does an extra burst an hour after closing.
  HijackDetector week = trained;
  EXPECT_TRUE(feed_team(week, "2026-01-26T00:00:00Z", 7, office_hours).empty());
  EXPECT_FALSE(burst(week, "2026-02-03T17:05:00Z"));  // Tue 18:05 CET, next to 17:00.
}

TEST(HijackDetector, DuringWarmUpTheFixedNightProtectsANewAccountFromDayOne) {
  // Day one: no history at all, a night burst rings.
  HijackDetector fresh(short_hold());
  const auto first_night = burst(fresh, "2026-01-05T02:10:00Z");  // Mon 03:10 CET.
  ASSERT_TRUE(first_night);
  EXPECT_EQ(first_night->title, "@Velora sent 10 direct messages within 30 min at night");
  EXPECT_NE(first_night->explanation.find("not learnt yet"), std::string::npos)
      << first_night->explanation;
  EXPECT_NE(first_night->details_json.find("\"usual_share\":null"), std::string::npos)
      << first_night->details_json;

  // One week of office hours (about 1,500 DMs, but not 14 days yet): still the fixed night.
  HijackDetector week(short_hold());
  EXPECT_TRUE(feed_team(week, "2026-01-05T00:00:00Z", 7, office_hours).empty());
  HijackDetector night = week;
  EXPECT_TRUE(burst(night, "2026-01-13T02:10:00Z"));  // Tue 03:10 CET.
  HijackDetector sunday = week;  // Outside the night: warm-up cannot know Sundays are rare.
  EXPECT_FALSE(burst(sunday, "2026-01-18T14:00:00Z"));
}

TEST(HijackDetector, TheRhythmFollowsLocalTimeAcrossTheChangeToSummerTime) {
  // Six weeks of office hours across 2026-03-29, when Berlin moves from UTC+1 to UTC+2: the
  // team keeps 08:00-18:00 local, which is an hour earlier in UTC from then on.
  HijackDetector trained(short_hold());
  EXPECT_TRUE(feed_team(trained, "2026-03-02T00:00:00Z", 42, office_hours).empty());
  // 17:30 UTC was 18:30 in winter (next to the team's last hour); in summer it is 19:30.
  HijackDetector evening = trained;
  const auto alert = burst(evening, "2026-04-14T17:30:00Z");
  ASSERT_TRUE(alert);
  EXPECT_NE(alert->title.find("(Tue 19:48)"), std::string::npos) << alert->title;
  // 06:10 UTC is 08:10 in summer: the team's first hour, not unusual; so is its whole week.
  HijackDetector morning = trained;
  EXPECT_FALSE(burst(morning, "2026-04-14T06:10:00Z"));
  HijackDetector week = trained;
  EXPECT_TRUE(feed_team(week, "2026-04-13T00:00:00Z", 7, office_hours).empty());
}

TEST(LocalWeekTime, TheNightsClocksChangeMapToLocalHours) {
  const date::time_zone& berlin = *date::locate_zone("Europe/Berlin");
  const auto at = [&](std::string_view utc) {
    return format_local_week_time(local_week_time(*parse_rfc3339(utc), berlin));
  };
  // Spring: 01:59 CET is followed by 03:00 CEST.
  EXPECT_EQ(at("2026-03-29T00:59:00Z"), "Sun 01:59");
  EXPECT_EQ(at("2026-03-29T01:00:00Z"), "Sun 03:00");
  // Autumn: 02:00-03:00 happens twice and is one slot.
  EXPECT_EQ(at("2026-10-25T00:30:00Z"), "Sun 02:30");
  EXPECT_EQ(at("2026-10-25T01:30:00Z"), "Sun 02:30");
  EXPECT_EQ(local_week_time(*parse_rfc3339("2026-10-25T01:30:00Z"), berlin).slot(), 2);
  EXPECT_EQ(local_week_time(*parse_rfc3339("2026-11-16T08:15:00Z"), berlin).slot(), 24 + 9);
}

TEST(DmRhythm, IsAFixedSizeValueWhoseOldWeeksFade) {
  static_assert(std::is_trivially_copyable_v<DmRhythm>);  // No heap, no per-DM growth.
  static_assert(sizeof(DmRhythm) <= kHoursPerWeek * sizeof(double) + 64);
  DmRhythm rhythm(7);
  EXPECT_EQ(rhythm.usual_share(5), 0);
  const std::int64_t start = parse_rfc3339("2026-01-01T00:00:00Z")->ms;
  // Two years, one DM an hour: a year in slot 5, then a year in slot 100 (the weights are
  // rescaled every 32 half-lives, three times here, and must stay finite).
  for (std::int64_t h = 0; h < 2 * 365 * 24; ++h)
    rhythm.learn(Timestamp{start + h * kMillisPerHour}, h < 365 * 24 ? 5 : 100);
  EXPECT_EQ(rhythm.learnt(), 2 * 365 * 24);
  EXPECT_TRUE(std::isfinite(rhythm.usual_share(100)));
  EXPECT_NEAR(rhythm.usual_share(100), 1.0, 1e-3);
  EXPECT_LT(rhythm.usual_share(5), 1e-3);  // A year ago is 52 half-lives.
  // Neighbours lend an hour a third of their share; two hours away lends nothing.
  EXPECT_NEAR(rhythm.usual_share(101), 1.0 / 3, 1e-3);
  EXPECT_LT(rhythm.usual_share(102), 1e-3);
  // The week wraps: Saturday 23:00 is next to Sunday 00:00.
  DmRhythm sunday_midnight(28);
  sunday_midnight.learn(Timestamp{start}, 0);
  EXPECT_NEAR(sunday_midnight.usual_share(kHoursPerWeek - 1), 1.0 / 3, 1e-9);
}

TEST(HijackDetector, MemoryPerAccountDoesNotGrowWithItsDirectMessages) {
  HijackDetector detector({});
  feed_team(detector, "2026-01-05T00:00:00Z", 7, around_the_clock);
  const std::size_t after_a_week = detector.dm_state_bytes();
  EXPECT_GT(after_a_week, 0U);
  EXPECT_LT(after_a_week, 4096U);
  // A year of DMs every few minutes (about 200,000), each O(1): the same bytes.
  feed_team(detector, "2026-01-12T00:00:00Z", 358, around_the_clock);
  EXPECT_EQ(detector.dm_state_bytes(), after_a_week);
}

TEST(HijackDetector, RejectsRhythmOptionsOutsideTheirRange) {
  EXPECT_TRUE(HijackDetector::validate({}));
  HijackOptions share;
  share.dm_quiet_share = 1.5;
  EXPECT_FALSE(HijackDetector::validate(share));
  HijackOptions half_life;
  half_life.dm_rhythm_half_life_days = 0;
  EXPECT_FALSE(HijackDetector::validate(half_life));
  HijackOptions count;
  count.dm_burst_count = 1'000'000;
  EXPECT_FALSE(HijackDetector::validate(count));
}

}  // namespace
}  // namespace rauch::detect
