// The contract for stored text analyses, part of StoreContract (store_contract_test.h).

#include <gtest/gtest.h>

#include "store/store_contract_test.h"
#include "support/test_posts.h"

namespace rauch::store {
namespace {

using testing::make_post;

PostAnalysis sample_analysis(const std::string& intent) {
  PostAnalysis a;
  a.language = "de";
  a.sentiment = -0.75F;
  a.sentiment_label = "negative";
  a.intent = intent;
  a.offensive = 0.5F;
  a.text_offset = 7;
  a.spans = {{10, 28, "problem", "funktioniert nicht"},
             {40, 55, "phone", "+491712345678"},
             {60, 66, "insult", "personal attack: \"Idiot\" <script>"}};
  a.links = {{"https://ve1ora-login.de/x?a=\"b\"", "ve1ora-login.de", false, "velora.de",
              "contains the brand name velora"},
             {"https://bit.ly/abc", "bit.ly", true, "", ""}};
  return a;
}

TEST_P(StoreContract, StoresTheAnalysisOfNewPostsWithThem) {
  const std::vector<Post> posts = {make_post("1", 1000), make_post("2", 2000)};
  std::vector<PostAnalysis> analyses = {sample_analysis("complaint"), PostAnalysis{}};
  Batch batch{posts, 0, {}};
  batch.analyses = analyses;
  ASSERT_TRUE(store().put_batch(batch));

  auto first = store().find_analysis(Source::kTwitter, "1");
  ASSERT_TRUE(first) << first.error().message();
  ASSERT_TRUE(first->has_value());
  EXPECT_EQ(**first, analyses[0]);  // Spans and links round-trip, quotes and all.
  auto second = store().find_analysis(Source::kTwitter, "2");
  ASSERT_TRUE(second && second->has_value());
  EXPECT_EQ(**second, PostAnalysis{});

  // A duplicate keeps its first analysis.
  std::vector<PostAnalysis> again = {sample_analysis("praise")};
  Batch duplicate{std::span<const Post>(posts.data(), 1), 0, {}};
  duplicate.analyses = again;
  ASSERT_TRUE(store().put_batch(duplicate));
  EXPECT_EQ((*store().find_analysis(Source::kTwitter, "1"))->intent, "complaint");
}

TEST_P(StoreContract, PostsStoredWithoutAnalysisHaveNone) {
  const std::vector<Post> posts = {make_post("1", 1000)};
  ASSERT_TRUE(store().put_batch(Batch{posts, 0, {}}));
  auto found = store().find_analysis(Source::kTwitter, "1");
  ASSERT_TRUE(found);
  EXPECT_FALSE(found->has_value());
  auto unknown = store().find_analysis(Source::kTwitter, "nope");
  ASSERT_TRUE(unknown);
  EXPECT_FALSE(unknown->has_value());
}

TEST_P(StoreContract, RefusesAnalysesThatDoNotCoverTheBatch) {
  const std::vector<Post> posts = {make_post("1", 1000), make_post("2", 2000)};
  std::vector<PostAnalysis> one = {PostAnalysis{}};
  Batch batch{posts, 0, {}};
  batch.analyses = one;
  auto put = store().put_batch(batch);
  ASSERT_FALSE(put);
  EXPECT_EQ(put.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(*store().count_posts(), 0);
}

PostAnalysis detected(const std::string& language) {
  PostAnalysis a;
  a.language = language;
  a.language_source = "detected";
  return a;
}

TEST_P(StoreContract, KeepsTheUsualLanguageOfEachAuthor) {
  // Two German posts make German Anna's usual language; a short post whose language only
  // fell back to the stated one is no vote; Ben's single English post is no habit yet.
  const std::vector<Post> posts = {make_post("1", 1000, "anna"), make_post("2", 2000, "anna"),
                                   make_post("3", 3000, "anna"), make_post("4", 4000, "ben")};
  PostAnalysis stated = detected("en");
  stated.language_source = "stated";
  std::vector<PostAnalysis> analyses = {detected("de"), detected("de"), stated, detected("en")};
  Batch batch{posts, 0, {}};
  batch.analyses = analyses;
  ASSERT_TRUE(store().put_batch(batch));

  EXPECT_EQ((*store().find_author(Source::kTwitter, "u-anna"))->usual_language, "de");
  EXPECT_EQ((*store().find_author(Source::kTwitter, "u-ben"))->usual_language, "");
  EXPECT_EQ((*store().find_analysis(Source::kTwitter, "3"))->language_source, "stated");
  auto usual = store().usual_languages();
  ASSERT_TRUE(usual) << usual.error().message();
  ASSERT_EQ(usual->size(), 1u);
  EXPECT_EQ((*usual)[0].source, Source::kTwitter);
  EXPECT_EQ((*usual)[0].author_id, "u-anna");
  EXPECT_EQ((*usual)[0].language, "de");

  // The vote goes on in later batches: three English posts outvote the German lead.
  const std::vector<Post> later = {make_post("5", 5000, "anna"), make_post("6", 6000, "anna"),
                                   make_post("7", 7000, "anna"), make_post("8", 8000, "anna")};
  std::vector<PostAnalysis> english = {detected("en"), detected("en"), detected("en"),
                                       detected("en")};
  Batch next{later, 0, {}};
  next.analyses = english;
  ASSERT_TRUE(store().put_batch(next));
  EXPECT_EQ((*store().find_author(Source::kTwitter, "u-anna"))->usual_language, "en");
}

TEST_P(StoreContract, CountsNegativeMatchesPerMinute) {
  const std::vector<Post> posts = {make_post("1", 60'000), make_post("2", 61'000),
                                   make_post("3", 125'000), make_post("4", 130'000)};
  PostAnalysis negative;
  negative.sentiment_label = "negative";
  std::vector<PostAnalysis> analyses = {negative, PostAnalysis{}, negative, negative};
  std::vector<std::vector<std::string>> matches = {{"q"}, {"q"}, {"q"}, {}};
  Batch batch{posts, 0, {}};
  batch.analyses = analyses;
  batch.matches = matches;
  ASSERT_TRUE(store().put_batch(batch));
  auto minutes = store().match_counts_by_minute("q", std::nullopt, std::nullopt);
  ASSERT_TRUE(minutes) << minutes.error().message();
  // Post 4 is negative but did not match q.
  EXPECT_EQ(*minutes, (std::vector<MinuteCount>{{Timestamp{60'000}, 2, 1},
                                                {Timestamp{120'000}, 1, 1}}));
}

}  // namespace
}  // namespace rauch::store
