// The volume-burst detector as a user of the crisis view would notice it: bursts are
// flagged within minutes, the daily rhythm is not, a burst does not teach the baseline
// that bursts are normal, a smaller aftershock of a recent burst is not announced again,
// and memory does not grow with the stream.

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include "detect/volume/volume_detector.h"

namespace rauch::detect {
namespace {

constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kDay = 24 * 60 * kMinute;
// 2026-11-02T00:00:00Z, a Monday.
constexpr std::int64_t kStart = 1'793'577'600'000;

// Posts per minute of a query with a daily rhythm: 6 at night, 30 in the afternoon.
double daily_rate(std::int64_t minute) {
  const double phase = static_cast<double>(minute % (24 * 60)) / (24.0 * 60.0);
  return 18.0 - 12.0 * std::cos(2.0 * std::numbers::pi * phase);
}

class VolumeDetectorTest : public ::testing::Test {
 protected:
  VolumeDetectorTest() : detector_(VolumeDetector::create(VolumeOptions{}).value()) {}

  // Feeds minutes [from, to) with Poisson counts at daily_rate times `factor` for minutes
  // in [burst_from, burst_to); returns the readings.
  std::vector<VolumeReading> feed(std::int64_t from, std::int64_t to, std::int64_t burst_from = 0,
                                  std::int64_t burst_to = 0, double factor = 10.0) {
    std::vector<VolumeReading> out;
    for (std::int64_t m = from; m < to; ++m) {
      double rate = daily_rate(m);
      if (m >= burst_from && m < burst_to)
        rate *= factor;
      std::poisson_distribution<int> counts(rate);
      auto r = detector_.add(Timestamp{kStart + m * kMinute}, counts(rng_));
      EXPECT_TRUE(r.has_value());
      if (r)
        out.push_back(*r);
    }
    return out;
  }
  static int alerts(const std::vector<VolumeReading>& readings) {
    int n = 0;
    for (const auto& r : readings)
      n += r.alert ? 1 : 0;
    return n;
  }

  // A big burst on day 10 and, two days later (its incident closed), a burst a fifth of
  // its size: the same story going on, not news. Returns the alerts of the second burst and
  // its largest surprise, from a fresh detector with `peak_fraction`.
  int aftershock_alerts(double peak_fraction, double& max_surprise) {
    VolumeOptions options;
    options.peak_fraction = peak_fraction;
    detector_ = VolumeDetector::create(options).value();
    rng_.seed(42);
    feed(0, 10 * 24 * 60);
    const std::int64_t day10 = 10 * 24 * 60 + 10 * 60;
    EXPECT_EQ(alerts(feed(10 * 24 * 60, day10 + 60, day10, day10 + 60, 10.0)), 1);
    const std::int64_t day12 = day10 + 2 * 24 * 60;
    const auto second = feed(day10 + 60, day12 + 120, day12, day12 + 60, 2.5);
    max_surprise = 0;
    for (const auto& r : second)
      max_surprise = std::max(max_surprise, r.surprise);
    return alerts(second);
  }

  std::mt19937 rng_{42};
  VolumeDetector detector_;
};

TEST_F(VolumeDetectorTest, DailyRhythmAloneRaisesNoAlert) {
  const auto readings = feed(0, 14 * 24 * 60);
  EXPECT_EQ(alerts(readings), 0);
  // After the first week the expectation follows the rhythm within 20 %.
  for (std::size_t i = 7 * 24 * 60; i < readings.size(); i += 97) {
    const double truth = daily_rate(static_cast<std::int64_t>(i));
    EXPECT_NEAR(readings[i].expected, truth, 0.2 * truth + 1.0) << i;
  }
}

TEST_F(VolumeDetectorTest, SuddenTenfoldBurstAlertsWithinFiveMinutes) {
  feed(0, 10 * 24 * 60);
  const std::int64_t at = 10 * 24 * 60 + 10 * 60;  // day 10, 10:00
  const auto readings = feed(10 * 24 * 60, at + 60, at, at + 30);
  const auto start = static_cast<std::size_t>(at - 10 * 24 * 60);
  int first_alert = -1;
  for (std::size_t i = start; i < readings.size() && first_alert < 0; ++i)
    if (readings[i].alert)
      first_alert = static_cast<int>(i - start);
  EXPECT_GE(first_alert, 0);
  EXPECT_LT(first_alert, 5);
  EXPECT_EQ(alerts(readings), 1) << "one burst, one alert";
  const VolumeReading& r = readings[start + 4];
  EXPECT_EQ(r.windows[0].minutes, 5);
  EXPECT_GT(r.windows[0].observed, 5 * r.windows[0].expected);
  EXPECT_GT(r.windows[0].z, 6.0);
}

TEST_F(VolumeDetectorTest, BurstDoesNotPoisonTheBaseline) {
  feed(0, 10 * 24 * 60);
  const std::int64_t day10 = 10 * 24 * 60 + 10 * 60;
  feed(10 * 24 * 60, day10 + 24 * 60 - 60, day10, day10 + 60);
  // The next day at the same hour: expected is still the normal level and the burst is
  // as surprising as the first (the incident of the first is still open, so it is not
  // announced again unless it grows, but its surprise is there).
  const std::int64_t day11 = day10 + 24 * 60;
  const auto second = feed(day11 - 60, day11 + 60, day11, day11 + 60);
  const VolumeReading& r = second[60 + 10];
  EXPECT_NEAR(r.expected, daily_rate(day11 + 10), 0.25 * daily_rate(day11 + 10));
  EXPECT_GE(r.surprise, 0.5);
  // Two days after the first burst its incident is closed: a new burst alerts again.
  const std::int64_t day12 = day11 + 24 * 60;
  const auto third = feed(day11 + 60, day12 + 60, day12, day12 + 60);
  EXPECT_EQ(alerts(third), 1);
}

TEST_F(VolumeDetectorTest, SmallerAftershockOfARecentBurstIsNotAnnounced) {
  double surprise = 0;
  EXPECT_EQ(aftershock_alerts(VolumeOptions{}.peak_fraction, surprise), 0);
  EXPECT_GE(surprise, 0.5) << "the aftershock on its own is surprising";
  EXPECT_EQ(aftershock_alerts(0.0, surprise), 1) << "peak_fraction 0 turns the rule off";
}

TEST_F(VolumeDetectorTest, QuietQueryNeedsMinimumCounts) {
  // One post every 20 minutes, then 4 posts in one minute: a big ratio but few posts.
  for (std::int64_t m = 0; m < 5 * 24 * 60; m += 20) {
    auto r = detector_.add(Timestamp{kStart + m * kMinute}, 1.0);
    ASSERT_TRUE(r);
  }
  auto r = detector_.add(Timestamp{kStart + 5 * kDay}, 4.0);
  ASSERT_TRUE(r);
  EXPECT_LT(r->score, 0.5);
  EXPECT_FALSE(r->alert);
}

TEST_F(VolumeDetectorTest, MemoryIsFixedWhateverTheStreamLength) {
  const std::size_t before = detector_.memory_bytes();
  EXPECT_LT(before, 8192U);
  feed(0, 30 * 24 * 60);
  EXPECT_EQ(detector_.memory_bytes(), before);
}

TEST_F(VolumeDetectorTest, ScoresUseOnlyThePast) {
  // Replaying a prefix gives the same scores as the full run: nothing looks ahead.
  const auto full = feed(0, 3 * 24 * 60, 2 * 24 * 60, 2 * 24 * 60 + 30);
  rng_.seed(42);
  detector_ = VolumeDetector::create(VolumeOptions{}).value();
  const auto prefix = feed(0, 2 * 24 * 60 + 10, 2 * 24 * 60, 2 * 24 * 60 + 30);
  for (std::size_t i = 0; i < prefix.size(); ++i)
    ASSERT_DOUBLE_EQ(prefix[i].score, full[i].score) << i;
}

TEST_F(VolumeDetectorTest, RejectsOutOfOrderBucketsAndBadOptions) {
  ASSERT_TRUE(detector_.add(Timestamp{kStart}, 1.0));
  EXPECT_FALSE(detector_.add(Timestamp{kStart}, 1.0));
  EXPECT_FALSE(detector_.add(Timestamp{kStart + kMinute}, -1.0));
  EXPECT_TRUE(detector_.add(Timestamp{kStart + kMinute}, 1.0));
  VolumeOptions bad;
  bad.alert_z = 0;
  EXPECT_FALSE(VolumeDetector::create(bad));
  VolumeOptions negative_peak;
  negative_peak.peak_fraction = -0.5;
  EXPECT_FALSE(VolumeDetector::create(negative_peak));
}

TEST(WeekSlot, CountsFromMondayMidnightInLocalTime) {
  EXPECT_EQ(week_slot(kStart, 0).hour_of_week, 0);
  EXPECT_EQ(week_slot(kStart + 25 * 60 * kMinute, 0).hour_of_week, 25);
  EXPECT_EQ(week_slot(kStart - kMinute, 0).hour_of_week, 167);
  EXPECT_EQ(week_slot(kStart, 60).hour_of_day, 1);
}

}  // namespace
}  // namespace rauch::detect
