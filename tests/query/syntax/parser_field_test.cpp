#include <gtest/gtest.h>

#include "ast_builders.h"
#include "query/syntax/parser.h"

namespace rauch::query {
namespace {

using namespace testing;  // NOLINT(google-build-using-namespace): test-only builders.

Node parsed(std::string_view query) {
  auto root = parse_syntax(query);
  EXPECT_TRUE(root) << query << ": " << (root ? "" : format_syntax_error(root.error()));
  return root ? *root : Node{};
}

Range range(double min, double max, bool min_exclusive = false, bool max_exclusive = false) {
  return Range{
      .min = min, .max = max, .min_exclusive = min_exclusive, .max_exclusive = max_exclusive};
}

TEST(QueryParserFields, ReadsEveryTextField) {
  EXPECT_EQ(parsed("lang:de"), F(Field::kLang, "de"));
  EXPECT_EQ(parsed("language:DE"), F(Field::kLang, "de"));
  EXPECT_EQ(parsed("lang:pt-BR"), F(Field::kLang, "pt-br"));
  EXPECT_EQ(parsed("source:twitter"), F(Field::kSource, "twitter"));
  EXPECT_EQ(parsed("SOURCE:Mastodon"), F(Field::kSource, "mastodon"));
  EXPECT_EQ(parsed("author:velora_hilfe"), F(Field::kAuthor, "velora_hilfe"));
  EXPECT_EQ(parsed("author:@Velora_Hilfe"), F(Field::kAuthor, "@Velora_Hilfe"));
  EXPECT_EQ(parsed("author:\"Velora Hilfe\""), F(Field::kAuthor, "Velora Hilfe"));
  EXPECT_EQ(parsed("author:„Velora \"die\" Hilfe“"), F(Field::kAuthor, "Velora \"die\" Hilfe"));
  EXPECT_EQ(parsed("site:velora.de"), F(Field::kSite, "velora.de"));
  EXPECT_EQ(parsed("url:https://velora.de/produkt?id=1"),
            F(Field::kUrl, "https://velora.de/produkt?id=1"));
  EXPECT_EQ(parsed("links:\"velora.de/a(b)\""), F(Field::kLinks, "velora.de/a(b)"));
  EXPECT_EQ(parsed("kind:Reply"), F(Field::kKind, "reply"));
  EXPECT_EQ(parsed("own:TRUE"), F(Field::kOwn, "true"));
  EXPECT_EQ(parsed("verified:false"), F(Field::kVerified, "false"));
  EXPECT_EQ(parsed("country:AT"), F(Field::kCountry, "at"));
  EXPECT_EQ(parsed("sentiment:negative"), F(Field::kSentiment, "negative"));
  EXPECT_EQ(parsed("intent:Complaint"), F(Field::kIntent, "complaint"));
  EXPECT_EQ(parsed("source:\"twitter\""), F(Field::kSource, "twitter"));
}

TEST(QueryParserFields, EndsABareValueAtABracket) {
  EXPECT_EQ(parsed("(lang:de)"), F(Field::kLang, "de"));
  EXPECT_EQ(parsed("x (a OR site:velora.de)"),
            And({T("x"), Or({T("a"), F(Field::kSite, "velora.de")})}));
}

TEST(QueryParserFields, ReadsFollowerRangesInEverySpelling) {
  EXPECT_EQ(parsed("followers:>1000"), R(Field::kFollowers, range(1000, kInf, true)));
  EXPECT_EQ(parsed("followers:>=1000"), R(Field::kFollowers, range(1000, kInf)));
  EXPECT_EQ(parsed("followers:<50"), R(Field::kFollowers, range(-kInf, 50, false, true)));
  EXPECT_EQ(parsed("followers:<=50"), R(Field::kFollowers, range(-kInf, 50)));
  EXPECT_EQ(parsed("followers:10..500"), R(Field::kFollowers, range(10, 500)));
  EXPECT_EQ(parsed("followers:42"), R(Field::kFollowers, range(42, 42)));
  EXPECT_EQ(parsed("authorFollowers:[10 TO 500]"), R(Field::kFollowers, range(10, 500)));
  EXPECT_EQ(parsed("AUTHORFOLLOWERS:{10 TO 500}"),
            R(Field::kFollowers, range(10, 500, true, true)));
  EXPECT_EQ(parsed("followers:[10 TO 500}"), R(Field::kFollowers, range(10, 500, false, true)));
  EXPECT_EQ(parsed("followers:[1000 TO *]"), R(Field::kFollowers, range(1000, kInf)));
  EXPECT_EQ(parsed("followers:{* TO 50}"), R(Field::kFollowers, range(-kInf, 50, false, true)));
  EXPECT_EQ(parsed("followers:[* TO *]"), R(Field::kFollowers, range(-kInf, kInf)));
  EXPECT_EQ(parsed("followers:[  10   TO   500  ]"), R(Field::kFollowers, range(10, 500)));
  EXPECT_EQ(parsed("followers:999999999999999"),
            R(Field::kFollowers, range(999999999999999.0, 999999999999999.0)));
}

TEST(QueryParserFields, ReadsDecimalRatings) {
  EXPECT_EQ(parsed("rating:[1 TO 2]"), R(Field::kRating, range(1, 2)));
  EXPECT_EQ(parsed("rating:<3"), R(Field::kRating, range(-kInf, 3, false, true)));
  EXPECT_EQ(parsed("rating:>=4.5"), R(Field::kRating, range(4.5, kInf)));
  EXPECT_EQ(parsed("rating:{0.5 TO 2.25]"), R(Field::kRating, range(0.5, 2.25, true, false)));
  EXPECT_EQ(parsed("rating:1.5..3"), R(Field::kRating, range(1.5, 3)));
}

TEST(QueryParserFields, ReadsARangeFollowedByMoreQuery) {
  EXPECT_EQ(parsed("followers:[10 TO 500] velora"),
            And({R(Field::kFollowers, range(10, 500)), T("velora")}));
  EXPECT_EQ(parsed("(followers:>10)"), R(Field::kFollowers, range(10, kInf, true)));
}

}  // namespace
}  // namespace rauch::query
