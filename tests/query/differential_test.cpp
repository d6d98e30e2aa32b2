// The engine must agree exactly with the reference evaluator (tests/reference) on random
// posts and random queries: every operator, folding rule and field. Seeded, so a failure
// is reproducible; the failing pair is printed.

#include <gtest/gtest.h>

#include "query/matcher.h"
#include "query/syntax/printer.h"
#include "random_queries.h"
#include "reference/reference_matcher.h"

namespace rauch::query {
namespace {

TEST(MatcherDifferential, AgreesWithReferenceOnRandomPostsAndQueries) {
  constexpr int kRounds = 6;
  constexpr int kQueriesPerRound = 250;
  constexpr int kPostsPerRound = 80;  // 6 x 250 x 80 = 120,000 pairs.
  std::int64_t pairs = 0, matched = 0;
  for (int round = 0; round < kRounds; ++round) {
    testing::RandomQueries random(1000 + static_cast<std::uint64_t>(round));
    std::vector<QuerySpec> specs;
    for (int q = 0; q < kQueriesPerRound; ++q) {
      specs.push_back({"q" + std::to_string(q), random.query()});
    }
    auto matcher = Matcher::compile(specs);
    ASSERT_TRUE(matcher.has_value()) << matcher.error().message();
    MatchScratch scratch;
    Document document;
    std::vector<std::uint32_t> hits;
    for (int p = 0; p < kPostsPerRound; ++p) {
      const Post post = random.post();
      const AnalysisLabels labels = random.labels();
      document.assign(post, labels);
      hits.clear();
      (*matcher)->match(document, scratch, hits);
      for (std::uint32_t q = 0; q < specs.size(); ++q) {
        const bool engine = std::find(hits.begin(), hits.end(), q) != hits.end();
        const bool expected = reference::matches(specs[q].root, post, labels);
        ++pairs;
        matched += expected ? 1 : 0;
        ASSERT_EQ(engine, expected)
            << "round " << round << " query " << print(specs[q].root) << "\ntitle: " << post.title
            << "\ntext: " << post.text << "\nurl: " << post.url << "\nlang: " << post.lang
            << " sentiment: " << labels.sentiment << " intent: " << labels.intent;
      }
    }
  }
  EXPECT_GE(pairs, 100'000);
  // The vocabulary is small on purpose: a good share of random pairs must match, or the
  // test would only prove that both sides say "no".
  EXPECT_GT(matched, pairs / 20);
  RecordProperty("pairs", std::to_string(pairs));
  RecordProperty("matched", std::to_string(matched));
}

}  // namespace
}  // namespace rauch::query
