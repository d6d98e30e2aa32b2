#include <gtest/gtest.h>

#include "text/eval/dataset.h"
#include "text/eval/metrics.h"

namespace rauch::text::eval {
namespace {

TEST(Metrics, MatchHandComputedValues) {
  // gold a: 3 items (2 right, 1 -> b); gold b: 1 item (-> b).
  // a: P = 2/2, R = 2/3, F1 = 0.8; b: P = 1/2, R = 1, F1 = 2/3.
  Confusion c({"a", "b"});
  c.add(0, 0);
  c.add(0, 0);
  c.add(0, 1);
  c.add(1, 1);
  const Metrics m = compute_metrics(c);
  EXPECT_EQ(m.n, 4u);
  EXPECT_DOUBLE_EQ(m.accuracy, 0.75);
  EXPECT_NEAR(m.macro_f1, (0.8 + 2.0 / 3.0) / 2, 1e-12);
  EXPECT_NEAR(m.weighted_f1, (3 * 0.8 + 1 * 2.0 / 3.0) / 4, 1e-12);
}

TEST(Metrics, UnpredictedClassHasZeroF1) {
  Confusion c({"a", "b", "c"});
  c.add(0, 0);
  c.add(1, 0);
  const Metrics m = compute_metrics(c);
  EXPECT_DOUBLE_EQ(m.classes[1].f1, 0);
  EXPECT_DOUBLE_EQ(m.classes[2].f1, 0);
  EXPECT_NEAR(m.macro_f1, (2.0 / 3.0) / 3, 1e-12);
}

TEST(Metrics, PearsonOfLinearAndConstantSeries) {
  const double x[] = {1, 2, 3, 4};
  const double y[] = {2, 4, 6, 8};
  const double z[] = {4, 3, 2, 1};
  const double k[] = {1, 1, 1, 1};
  EXPECT_NEAR(*pearson(x, y), 1.0, 1e-12);
  EXPECT_NEAR(*pearson(x, z), -1.0, 1e-12);
  EXPECT_FALSE(pearson(x, k).has_value());
}

TEST(Dataset, DerivesVaderClassesFromTheRating) {
  auto d = parse_dataset("vader", "id\tmean_sentiment\ttext\n1\t2.5\tgood\n2\t0.0\tmeh\n"
                                   "3\t-0.06\tbad\n", "t.tsv");
  ASSERT_TRUE(d.has_value()) << d.error().message();
  ASSERT_EQ(d->rows.size(), 3u);
  EXPECT_EQ(d->labels[d->rows[0].label], "positive");
  EXPECT_EQ(d->labels[d->rows[1].label], "neutral");
  EXPECT_EQ(d->labels[d->rows[2].label], "negative");
  EXPECT_DOUBLE_EQ(*d->rows[2].rating, -0.06);
}

TEST(Dataset, SkipsPottsMixedAndNamesBadLines) {
  auto d = parse_dataset("potts", "id\tlabel\ttopic\ttext_tokenized\n1\tmixed\tx\ta\n"
                                   "2\tpositive\tx\tb\n", "p.tsv");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->rows.size(), 1u);
  EXPECT_EQ(d->skipped, 1u);
  auto bad = parse_dataset("sb10k", "id\tlabel\ttext\n1\tgreat\tx\n", "s.tsv");
  ASSERT_FALSE(bad.has_value());
  EXPECT_NE(bad.error().message().find("s.tsv:2"), std::string::npos);
}

}  // namespace
}  // namespace rauch::text::eval
