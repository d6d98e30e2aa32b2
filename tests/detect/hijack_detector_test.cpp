#include "detect/hijack/hijack_detector.h"

#include <optional>
#include <string>

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace rauch::detect
