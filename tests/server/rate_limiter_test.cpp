#include "server/rate_limiter.h"

#include <gtest/gtest.h>

namespace rauch::server {
namespace {

using namespace std::chrono_literals;
using Clock = RateLimiter::Clock;

TEST(RateLimiter, ATokenGetsItsBurstThenOneRequestPerRefill) {
  RateLimiter limiter({.per_second = 2, .burst = 3});
  const Clock::time_point t0{};
  for (int i = 0; i < 3; ++i)
    EXPECT_FALSE(limiter.admit(7, t0)) << i;
  const auto wait = limiter.admit(7, t0);
  ASSERT_TRUE(wait);
  EXPECT_NEAR(wait->count(), 0.5, 1e-9);
  EXPECT_FALSE(limiter.admit(8, t0));  // Another token has its own bucket.
  EXPECT_FALSE(limiter.admit(7, t0 + 500ms));
  EXPECT_TRUE(limiter.admit(7, t0 + 600ms));
  EXPECT_FALSE(limiter.admit(7, t0 + 10s));  // Refilled, never above the burst.
  EXPECT_FALSE(limiter.admit(7, t0 + 10s));
  EXPECT_FALSE(limiter.admit(7, t0 + 10s));
  EXPECT_TRUE(limiter.admit(7, t0 + 10s));
}

TEST(RateLimiter, KeysThatComeAndGoDoNotGrowMemoryWithoutBound) {
  RateLimiter limiter({.per_second = 1, .burst = 10});
  const Clock::time_point t0{};
  for (std::int64_t key = 0; key < 50'000; ++key)
    EXPECT_FALSE(limiter.admit(key, t0 + std::chrono::milliseconds(key)));
  // Only the keys used within the last 10 s (the refill time) are kept, plus new ones.
  EXPECT_LE(limiter.tracked(), RateLimiter::kMaxIdle + 1);
  // A key whose bucket was dropped starts full: it is not punished for the sweep.
  for (int i = 0; i < 10; ++i)
    EXPECT_FALSE(limiter.admit(3, t0 + 60s)) << i;
  EXPECT_TRUE(limiter.admit(3, t0 + 60s));
}

TEST(RateLimiter, ZeroPerSecondIsNoLimit) {
  RateLimiter limiter({.per_second = 0, .burst = 1});
  for (int i = 0; i < 100; ++i)
    EXPECT_FALSE(limiter.admit(1));
  EXPECT_EQ(limiter.tracked(), 0u);
}

}  // namespace
}  // namespace rauch::server
