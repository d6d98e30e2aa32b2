// NAB's scorer against cases computed by hand from nab/sweeper.py's formulas.

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "detect/nab/nab_scorer.h"

namespace rauch::detect::nab {
namespace {

constexpr std::int64_t kStep = 5 * 60'000;

// 1000 rows (probation 150), one window over rows 400..499 (width 100).
class NabScorerTest : public ::testing::Test {
 protected:
  NabScorerTest() : times_(1000), scores_(1000, 0.0) {
    for (std::size_t i = 0; i < times_.size(); ++i)
      times_[i] = Timestamp{static_cast<std::int64_t>(i) * kStep};
    windows_.push_back({times_[400], times_[499]});
  }
  FileScore score(const char* profile = "standard") {
    auto s = score_file(times_, scores_, windows_, *profile_named(profile), 0.5);
    EXPECT_TRUE(s.has_value());
    return s.value_or(FileScore{});
  }
  static double sigmoid(double y) { return 2.0 / (1.0 + std::exp(5.0 * y)) - 1.0; }

  std::vector<Timestamp> times_;
  std::vector<double> scores_;
  std::vector<Window> windows_;
};

TEST_F(NabScorerTest, NoDetectionCostsFnWeightAndNormalisesToZero) {
  const FileScore s = score();
  EXPECT_DOUBLE_EQ(s.raw, -1.0);
  EXPECT_EQ(s.windows, 1U);
  EXPECT_EQ(s.detected, 0U);
  EXPECT_DOUBLE_EQ(s.normalized(), 0.0);
  EXPECT_DOUBLE_EQ(score("low_fn").raw, -2.0);
  EXPECT_DOUBLE_EQ(score("low_fn").normalized(), 0.0);
}

TEST_F(NabScorerTest, DetectionAtWindowStartEarnsTpWeightAndIsPerfect) {
  scores_[400] = 0.9;
  const FileScore s = score();
  EXPECT_NEAR(s.raw, 1.0, 1e-12);
  EXPECT_NEAR(s.normalized(), 100.0, 1e-9);
}

TEST_F(NabScorerTest, OnlyTheEarliestDetectionInAWindowCounts) {
  scores_[450] = 0.9;
  const double middle = sigmoid(-50.0 / 100.0) / sigmoid(-1.0);
  EXPECT_NEAR(score().raw, middle, 1e-12);
  scores_[460] = 1.0;
  scores_[499] = 1.0;
  EXPECT_NEAR(score().raw, middle, 1e-12);
  EXPECT_EQ(score().false_positives, 0U);
}

TEST_F(NabScorerTest, DetectionAtWindowEndEarnsAlmostNothing) {
  scores_[499] = 0.5;  // >= threshold counts
  EXPECT_NEAR(score().raw, sigmoid(-1.0 / 100.0) / sigmoid(-1.0), 1e-12);
  EXPECT_NEAR(score().raw, 0.02533, 1e-5);
}

TEST_F(NabScorerTest, FalsePositiveBeforeFirstWindowCostsFullFpWeight) {
  scores_[200] = 1.0;
  EXPECT_NEAR(score().raw, -1.0 - 0.11, 1e-12);
  EXPECT_NEAR(score("low_fp").raw, -1.0 - 0.22, 1e-12);
  EXPECT_EQ(score().false_positives, 1U);
}

TEST_F(NabScorerTest, FalsePositiveAfterWindowIsWeightedByDistance) {
  scores_[400] = 1.0;
  scores_[500] = 1.0;  // right after the window: y = 1/99, almost free
  scores_[599] = 1.0;  // one width later: y = 100/99
  scores_[999] = 1.0;  // beyond 3 widths: -fp
  const double expected = 1.0 + 0.11 * sigmoid(1.0 / 99.0) + 0.11 * sigmoid(100.0 / 99.0) -
                          0.11;
  EXPECT_NEAR(score().raw, expected, 1e-12);
  EXPECT_NEAR(0.11 * sigmoid(100.0 / 99.0), -0.11 * 0.987, 1e-3);
  EXPECT_EQ(score().false_positives, 3U);
}

TEST_F(NabScorerTest, ProbationaryRowsAreNotScored) {
  EXPECT_EQ(probationary_rows(1000), 150U);
  EXPECT_EQ(probationary_rows(15902), 750U);
  scores_[100] = 1.0;  // a detection in the probationary period is ignored
  EXPECT_DOUBLE_EQ(score().raw, -1.0);
  // A window wholly inside the probationary period is not counted at all.
  windows_.insert(windows_.begin(), Window{times_[10], times_[20]});
  scores_[15] = 1.0;
  const FileScore s = score();
  EXPECT_EQ(s.windows, 1U);
  EXPECT_DOUBLE_EQ(s.raw, -1.0);
}

TEST_F(NabScorerTest, CorpusNormalisationSumsRawNullAndPerfect) {
  scores_[400] = 1.0;
  const FileScore hit = score();
  scores_[400] = 0.0;
  const FileScore miss = score();
  const std::vector<FileScore> both = {hit, miss};
  // raw 0, null -2, perfect 2: 50.
  EXPECT_NEAR(normalized_total(both), 50.0, 1e-9);
}

TEST_F(NabScorerTest, RejectsWindowsThatDoNotFallOnRows) {
  windows_[0].start.ms += 1;
  EXPECT_FALSE(score_file(times_, scores_, windows_, *profile_named("standard"), 0.5));
  EXPECT_FALSE(profile_named("lenient"));
}

}  // namespace
}  // namespace rauch::detect::nab
