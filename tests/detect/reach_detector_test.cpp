#include "detect/reach/reach_detector.h"

#include <cstdint>
#include <random>
#include <string>

#include <gtest/gtest.h>

namespace rauch::detect {
namespace {

Timestamp minute(std::int64_t m) { return Timestamp{m * kMillisPerMinute}; }

ReachDetector make(ReachOptions options = {}) {
  auto d = ReachDetector::create(options);
  EXPECT_TRUE(d.has_value());
  return std::move(*d);
}

struct Outcome {
  int high_reach = 0;
  int broad_minutes = 0;
  ReachReading last;
};

void close(ReachDetector& d, std::int64_t m, Outcome& out) {
  auto r = d.close_minute(minute(m));
  ASSERT_TRUE(r);
  out.high_reach += r->high_reach ? 1 : 0;
  out.broad_minutes += r->broad ? 1 : 0;
  out.last = std::move(*r);
}

// A query whose authors have 50 to 2,000 followers: 2 posts a minute, every fourth negative,
// minutes [from, to).
void usual(ReachDetector& d, std::mt19937& rng, std::int64_t from, std::int64_t to,
           Outcome& out) {
  std::uniform_int_distribution<std::int64_t> followers(50, 2000);
  std::uniform_int_distribution<std::uint64_t> author(1, 3000);
  for (std::int64_t m = from; m < to; ++m) {
    for (int i = 0; i < 2; ++i)
      ASSERT_TRUE(d.add_post(minute(m), author(rng), "someone", followers(rng), i == 0 && m % 2 == 0,
                             "twitter:t-1"));
    close(d, m, out);
  }
}

TEST(ReachDetector, ANegativePostByAFarBiggerAccountAlertsOnceThenHolds) {
  ReachDetector d = make();
  std::mt19937 rng(1);
  Outcome out;
  usual(d, rng, 0, 600, out);
  ASSERT_EQ(out.high_reach, 0);
  ASSERT_TRUE(d.add_post(minute(600), 424242, "@bigvoice", 400'000, true, "twitter:t-99"));
  close(d, 600, out);
  ASSERT_EQ(out.high_reach, 1);
  const HighReachPost& p = *out.last.high_reach;
  EXPECT_EQ(p.post_key, "twitter:t-99");
  EXPECT_EQ(p.author, "@bigvoice");
  EXPECT_EQ(p.followers, 400'000);
  EXPECT_LE(p.usual_quantile, 2100);
  EXPECT_EQ(p.at, minute(600));
  // The same account again an hour later: the same alert (hold 6 h).
  usual(d, rng, 601, 660, out);
  ASSERT_TRUE(d.add_post(minute(660), 424242, "@bigvoice", 400'000, true, "twitter:t-100"));
  close(d, 660, out);
  EXPECT_EQ(out.high_reach, 1);
  // Seven hours later it is a new alert.
  usual(d, rng, 661, 600 + 7 * 60, out);
  ASSERT_TRUE(d.add_post(minute(600 + 7 * 60), 424242, "@bigvoice", 400'000, true, "twitter:t-101"));
  close(d, 600 + 7 * 60, out);
  EXPECT_EQ(out.high_reach, 2);
}

TEST(ReachDetector, TheSamePostPositiveOrDuringWarmUpDoesNotAlert) {
  ReachDetector d = make();
  std::mt19937 rng(2);
  Outcome out;
  ASSERT_TRUE(d.add_post(minute(0), 424242, "@bigvoice", 400'000, true, "twitter:t-1"));
  close(d, 0, out);  // warm-up
  usual(d, rng, 1, 600, out);
  ASSERT_TRUE(d.add_post(minute(600), 424242, "@bigvoice", 400'000, false, "twitter:t-99"));
  close(d, 600, out);
  EXPECT_EQ(out.high_reach, 0);
}

TEST(ReachDetector, AnAuthorPostingTenTimesInAWindowCountsOnce) {
  ReachDetector d = make();
  Outcome out;
  for (std::int64_t m = 0; m < 10; ++m) {
    ASSERT_TRUE(d.add_post(minute(m), 7, "a", 5000, false, "k"));
    if (m == 3) {
      ASSERT_TRUE(d.add_post(minute(m), 8, "b", -1, false, "k"));  // unknown: reach 0
    }
    close(d, m, out);
  }
  for (const ReachWindow& w : out.last.windows) {
    EXPECT_EQ(w.authors, 2);
    EXPECT_DOUBLE_EQ(w.reach, 5000);
  }
  EXPECT_EQ(out.last.windows[0].minutes, 15);
  EXPECT_EQ(out.last.windows[1].minutes, 60);
  // 20 minutes later the author has left the 15-minute window only.
  for (std::int64_t m = 10; m < 30; ++m)
    close(d, m, out);
  EXPECT_EQ(out.last.windows[0].authors, 0);
  EXPECT_EQ(out.last.windows[1].authors, 2);
}

TEST(ReachDetector, AWindowOfManyBigAccountsIsBroad) {
  ReachDetector d = make();
  std::mt19937 rng(3);
  Outcome out;
  usual(d, rng, 0, 600, out);
  EXPECT_EQ(out.broad_minutes, 0);
  const double usual_15 = out.last.windows[0].usual_reach;
  EXPECT_GT(usual_15, 10'000);
  EXPECT_LT(usual_15, 60'000);
  for (std::int64_t m = 600; m < 605; ++m) {
    for (std::uint64_t a = 0; a < 4; ++a)
      ASSERT_TRUE(d.add_post(minute(m), 100'000 + static_cast<std::uint64_t>(m) * 10 + a, "news",
                             150'000, false, "k"));
    close(d, m, out);
  }
  EXPECT_TRUE(out.last.broad);
  EXPECT_GE(out.last.windows[0].reach, 20 * 150'000);
  EXPECT_NEAR(out.last.windows[0].usual_reach, usual_15, usual_15 * 0.05);  // not learnt
}

TEST(ReachDetector, AboveTheCapBigAccountsAreExactAndTheRestIsEstimated) {
  ReachDetector d = make({.max_authors_per_minute = 64});
  Outcome out;
  double truth = 0;
  for (std::uint64_t a = 1; a <= 2000; ++a) {
    const std::int64_t f = a == 1000 ? 1'000'000 : static_cast<std::int64_t>(100 + a % 900);
    truth += static_cast<double>(f);
    ASSERT_TRUE(d.add_post(minute(0), a, "x", f, false, "k"));
  }
  close(d, 0, out);
  const ReachWindow& w = out.last.windows[0];
  EXPECT_NEAR(w.reach, truth, truth * 0.1);
  EXPECT_NEAR(static_cast<double>(w.authors), 2000, 2000 * 0.35);
  EXPECT_GE(w.reach, 1'000'000);  // the big account is never sampled away
}

TEST(ReachDetector, MemoryIsFixedWhateverTheStream) {
  ReachDetector d = make();
  std::mt19937_64 rng(4);
  std::size_t after_10k = 0;
  for (std::int64_t i = 0; i < 1'000'000; ++i) {
    ASSERT_TRUE(d.add_post(minute(i / 500), rng(), "x", static_cast<std::int64_t>(rng() % 100000),
                           i % 3 == 0, "twitter:t-1"));
    if (i % 500 == 499) {
      ASSERT_TRUE(d.close_minute(minute(i / 500)));
    }
    if (i == 9'999)
      after_10k = d.memory_bytes();
  }
  EXPECT_EQ(d.memory_bytes(), after_10k);
  EXPECT_LT(after_10k, std::size_t{256} << 10);
}

TEST(ReachDetector, RefusesPostsBeforeTheLastClosedMinuteAndBadOptions) {
  ReachDetector d = make();
  ASSERT_TRUE(d.add_post(minute(10), 1, "a", 10, false, "k"));
  ASSERT_TRUE(d.close_minute(minute(10)));
  auto late = d.add_post(minute(9), 1, "a", 10, false, "k");
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_TRUE(d.add_post(minute(11), 1, "a", 10, false, "k"));
  EXPECT_FALSE(d.close_minute(minute(10)));
  EXPECT_FALSE(ReachDetector::create({.window_minutes = {0, 60}}));
  EXPECT_FALSE(ReachDetector::create({.high_reach_quantile = 1.5}));
  EXPECT_FALSE(ReachDetector::create({.broad_factor = 1}));
}

}  // namespace
}  // namespace rauch::detect
