#include "text/domains/lookalike.h"

#include <gtest/gtest.h>

#include "text/domains/detail/edit_distance.h"

namespace rauch::text {
namespace {

class LookalikeTest : public ::testing::Test {
 protected:
  LookalikeDetector detector_ =
      LookalikeDetector::create({"paypal.com", "microsoft.com", "apple.com", "velora.de"}).value();

  std::optional<Lookalike> check(std::string_view host) const { return detector_.check(host); }
};

TEST_F(LookalikeTest, FlagsTheIssueExamples) {
  const auto paypal = check("paypa1.com");
  ASSERT_TRUE(paypal);
  EXPECT_EQ(paypal->brand_domain, "paypal.com");
  EXPECT_EQ(paypal->kind, LookalikeKind::kConfusable);
  EXPECT_EQ(paypal->reason, "confusable with paypal.com (skeleton)");

  const auto microsoft = check("rnicrosoft.com");
  ASSERT_TRUE(microsoft);
  EXPECT_EQ(microsoft->brand_domain, "microsoft.com");
  EXPECT_EQ(microsoft->kind, LookalikeKind::kConfusable);

  const auto apple = check("\xD0\xB0pple.com");  // Cyrillic а.
  ASSERT_TRUE(apple);
  EXPECT_EQ(apple->brand_domain, "apple.com");
  EXPECT_EQ(apple->kind, LookalikeKind::kConfusable);
  EXPECT_TRUE(check("xn--pple-43d.com"));  // The same host in punycode.
}

TEST_F(LookalikeTest, BrandDomainsAndSubdomainsAreNotFlagged) {
  EXPECT_FALSE(check("apple.com"));
  EXPECT_FALSE(check("support.apple.com"));
  EXPECT_FALSE(check("https://www.PayPal.com/signin"));
  EXPECT_FALSE(check("velora.de"));
  EXPECT_FALSE(check("hilfe.velora.de"));
}

TEST_F(LookalikeTest, UnrelatedDomainsAreNotFlagged) {
  EXPECT_FALSE(check("example.com"));
  EXPECT_FALSE(check("pineapple.com"));  // Short brand labels need an exact part.
  EXPECT_FALSE(check("spiegel.de"));
  EXPECT_FALSE(check("t.co"));
  EXPECT_FALSE(check("192.168.0.1"));
  EXPECT_FALSE(check(""));
  EXPECT_FALSE(check("\xff\xfe.com"));
}

TEST_F(LookalikeTest, FlagsTheHijackScenario) {
  const auto zero = check("vel0ra.de");
  ASSERT_TRUE(zero);
  EXPECT_EQ(zero->kind, LookalikeKind::kConfusable);
  EXPECT_EQ(zero->reason, "confusable with velora.de (skeleton)");

  const auto login = check("ve1ora-login.de");
  ASSERT_TRUE(login);
  EXPECT_EQ(login->kind, LookalikeKind::kBrandName);
  EXPECT_EQ(login->reason, "contains the brand name velora");

  const auto support = check("velora-support.com");
  ASSERT_TRUE(support);
  EXPECT_EQ(support->kind, LookalikeKind::kBrandName);
  EXPECT_EQ(support->brand_domain, "velora.de");
}

TEST_F(LookalikeTest, FlagsEditDistanceOne) {
  const auto swapped = check("veolra.de");
  ASSERT_TRUE(swapped);
  EXPECT_EQ(swapped->kind, LookalikeKind::kEditDistance);
  EXPECT_EQ(swapped->distance, 1u);
  EXPECT_EQ(swapped->reason, "edit distance 1 from velora.de");
  EXPECT_TRUE(check("paypall.com"));
  EXPECT_TRUE(check("micosoft.com"));
}

TEST_F(LookalikeTest, FlagsBrandNameElsewhere) {
  EXPECT_TRUE(check("velora.com"));              // Another suffix.
  EXPECT_TRUE(check("velora.de.example.com"));   // Brand domain as a subdomain.
  EXPECT_TRUE(check("login-apple.com"));
  EXPECT_TRUE(check("secure.paypal-konto.de"));
  EXPECT_TRUE(check("veloraservice.net"));       // Long brand label as a prefix.
}

TEST(LookalikeDetector, RejectsInvalidBrandDomains) {
  EXPECT_FALSE(LookalikeDetector::create({}));
  const auto bad = LookalikeDetector::create({"velora.de", "co.uk"});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(bad.error().message().find("co.uk"), std::string::npos);
}

TEST(LookalikeDetector, AcceptsUrlsAndSubdomainsAsBrandDomains) {
  const auto detector = LookalikeDetector::create({"https://www.velora.de/"}).value();
  EXPECT_FALSE(detector.check("velora.de"));
  EXPECT_TRUE(detector.check("vel0ra.de"));
}

TEST(EditDistance, BoundedOsa) {
  EXPECT_EQ(detail::bounded_edit_distance("velora", "velora", 2), 0u);
  EXPECT_EQ(detail::bounded_edit_distance("velora", "veolra", 2), 1u);  // Swap.
  EXPECT_EQ(detail::bounded_edit_distance("velora", "velra", 2), 1u);
  EXPECT_EQ(detail::bounded_edit_distance("velora", "xelorax", 2), 2u);
  EXPECT_EQ(detail::bounded_edit_distance("velora", "amazon", 2), 3u);
  EXPECT_EQ(detail::bounded_edit_distance("", "abcd", 2), 3u);
}

}  // namespace
}  // namespace rauch::text
