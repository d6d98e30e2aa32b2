#include "detect/negative/negative_share_detector.h"

#include <gtest/gtest.h>

namespace rauch::detect {
namespace {

Timestamp minute(std::int64_t m) { return Timestamp{m * 60'000}; }

NegativeShareDetector make(NegativeShareOptions options = {}) {
  auto d = NegativeShareDetector::create(options);
  EXPECT_TRUE(d.has_value());
  return std::move(*d);
}

// Two days at 3 posts a minute with every fifth negative (20%).
void quiet(NegativeShareDetector& d, std::int64_t from, std::int64_t to) {
  for (std::int64_t m = from; m < to; ++m) {
    auto r = d.add(minute(m), 3, m % 5 == 0 ? 3 : 0);
    ASSERT_TRUE(r);
    ASSERT_FALSE(r->alert) << "minute " << m;
  }
}

TEST(NegativeShareDetector, AJumpInTheNegativeShareAlertsOnceAtSteadyVolume) {
  NegativeShareDetector d = make();
  quiet(d, 0, 2 * 24 * 60);
  // Same volume, now two of three negative.
  int alerts = 0;
  std::int64_t first = -1;
  for (std::int64_t m = 2 * 24 * 60; m < 2 * 24 * 60 + 60; ++m) {
    auto r = d.add(minute(m), 3, 2);
    ASSERT_TRUE(r);
    if (r->alert && first < 0) first = m - 2 * 24 * 60;
    alerts += r->alert ? 1 : 0;
    EXPECT_NEAR(r->usual_share, 0.2, 0.02);  // The crisis does not become the usual share.
  }
  EXPECT_EQ(alerts, 1);
  EXPECT_GE(first, 0);
  EXPECT_LE(first, 15);
}

TEST(NegativeShareDetector, QuietQueriesAndSmallWobblesDoNotAlert) {
  NegativeShareDetector d = make();
  quiet(d, 0, 24 * 60);
  // A quiet query: a few negative posts are under the count guard.
  for (std::int64_t m = 24 * 60; m < 24 * 60 + 30; ++m) {
    auto r = d.add(minute(m), m % 10 == 0 ? 1 : 0, m % 10 == 0 ? 1 : 0);
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->alert);
  }
  // 30% instead of 20%: under the lift guard.
  for (std::int64_t m = 24 * 60 + 30; m < 24 * 60 + 120; ++m) {
    auto r = d.add(minute(m), 10, 3);
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->alert);
  }
}

TEST(NegativeShareDetector, RefusesBadInputAndOptions) {
  NegativeShareDetector d = make();
  ASSERT_TRUE(d.add(minute(5), 3, 1));
  EXPECT_FALSE(d.add(minute(5), 3, 1));  // Not after the previous minute.
  EXPECT_FALSE(d.add(minute(6), 3, 4));  // More negative than posts.
  EXPECT_FALSE(NegativeShareDetector::create({.prior_share = 1.5}));
  EXPECT_FALSE(NegativeShareDetector::create({.window_minutes = {0, 60}}));
}

}  // namespace
}  // namespace rauch::detect
