#include "detect/hijack/hijack_detector.h"

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

}  // namespace
}  // namespace rauch::detect
