// The contract for what the dashboard reads, part of StoreContract (see
// store_contract_test.h): full-text search of posts, author profiles, match series.

#include <gtest/gtest.h>

#include "store/store_contract_test.h"
#include "support/test_posts.h"

namespace rauch::store {
namespace {

using testing::make_post;

std::vector<std::string> searched(Store& store, const std::string& text) {
  PostFilter filter;
  filter.text = text;
  auto posts = store.list_posts(filter);
  EXPECT_TRUE(posts) << text << ": " << posts.error().message();
  std::vector<std::string> ids;
  for (const Post& post : posts.value_or(std::vector<Post>{}))
    ids.push_back(post.id);
  return ids;
}

using Ids = std::vector<std::string>;

TEST_P(StoreContract, SearchFindsEveryWordIgnoringCaseAndDiacritics) {
  std::vector<Post> posts = {make_post("recall", 1000), make_post("cafe", 2000),
                             make_post("street", 3000), make_post("titled", 4000)};
  posts[0].text = "Rückruf der Velora-Akkus: Brandgefahr!";
  posts[1].text = "Im Café gibt es kein WLAN";
  posts[2].text = "Die Straße ist gesperrt";
  posts[3].text = "see the title";
  posts[3].title = "Akku Rückruf";
  ASSERT_TRUE(store().put_batch(Batch{posts}));

  EXPECT_EQ(searched(store(), "ruckruf"), (Ids{"titled", "recall"}));  // Newest first.
  EXPECT_EQ(searched(store(), "RÜCKRUF akkus"), (Ids{"recall"}));      // Every word.
  EXPECT_EQ(searched(store(), "cafe"), (Ids{"cafe"}));
  EXPECT_EQ(searched(store(), "Café wlan"), (Ids{"cafe"}));
  EXPECT_EQ(searched(store(), "straße"), (Ids{"street"}));
  EXPECT_EQ(searched(store(), "strasse"), (Ids{}));               // ß is its own letter, not "ss".
  EXPECT_EQ(searched(store(), "velora akkus"), (Ids{"recall"}));  // "Velora-Akkus": 2 words.
  EXPECT_EQ(searched(store(), "ruck"), (Ids{}));                  // Whole words only.
  EXPECT_EQ(searched(store(), "   "), (Ids{"titled", "street", "cafe", "recall"}));
}

TEST_P(StoreContract, SearchTreatsOperatorsAndQuotesAsPlainText) {
  std::vector<Post> posts = {make_post("a", 1000)};
  posts[0].text = "He said \"NEAR\" AND (not) OR - but* never";
  ASSERT_TRUE(store().put_batch(Batch{posts}));
  for (const char* text : {"\"",      "\"\"\"", "*",        "NEAR(",      "NEAR(a b",
                           "-",       "(",      ")",        "a OR",       "AND",
                           "^x",      "x:y",    "col:text", "{title}: x", "\"unbalanced",
                           "\\",      "'",      "a\"b",     "+",          "NOT",
                           "\xff\xfe"}) {
    PostFilter filter;
    filter.text = text;
    auto posts_found = store().list_posts(filter);
    EXPECT_TRUE(posts_found) << text << ": " << posts_found.error().message();
  }
  EXPECT_EQ(searched(store(), "\"near\""), (Ids{"a"}));
  EXPECT_EQ(searched(store(), "(not) OR"), (Ids{"a"}));
  EXPECT_EQ(searched(store(), "but*"), (Ids{"a"}));
  EXPECT_EQ(searched(store(), "butter"), (Ids{}));
  EXPECT_EQ(searched(store(), std::string("said\0never", 10)), (Ids{"a"}));
  PostFilter many;
  for (std::size_t i = 0; i <= kMaxSearchWords; ++i)
    many.text += "w ";
  auto refused = store().list_posts(many);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code(), ErrorCode::kInvalidArgument);
}

TEST_P(StoreContract, SearchCombinesWithTheOtherFiltersAndTheCursor) {
  std::vector<Post> posts;
  for (int i = 0; i < 6; ++i) {
    posts.push_back(make_post("p" + std::to_string(i), 1000 + i / 2, i % 2 ? "kim" : "lou"));
    posts.back().text = i < 5 ? "Akku leer" : "voll";
  }
  ASSERT_TRUE(store().put_batch(Batch{posts}));
  PostFilter filter;
  filter.text = "akku";
  filter.author = "@kim";
  EXPECT_EQ(store().list_posts(filter)->size(), 2U);  // p1, p3 (p5 is "voll").
  filter.author.clear();
  filter.limit = 2;
  std::vector<std::string> ids;
  for (int page = 0; page < 5; ++page) {
    auto listed = store().list_posts(filter);
    ASSERT_TRUE(listed);
    for (const Post& post : *listed)
      ids.push_back(post.id);
    if (listed->size() < 2)
      break;
    filter.after = PostCursor{listed->back().created_at, listed->back().source, listed->back().id};
  }
  EXPECT_EQ(ids, (Ids{"p4", "p2", "p3", "p0", "p1"}));
}

TEST_P(StoreContract, AuthorProfileCountsPostsAndAveragesSentiment) {
  std::vector<Post> posts = {make_post("a", 1000, "kim"), make_post("b", 5000, "kim"),
                             make_post("c", 3000, "kim"), make_post("d", 2000, "lou")};
  posts[1].author.followers = 250;
  std::vector<PostAnalysis> analyses(4);
  analyses[0].sentiment = -0.5F;
  analyses[1].sentiment = 0.25F;
  analyses[2].sentiment = 0.0F;
  ASSERT_TRUE(store().put_batch(Batch{.posts = posts, .analyses = analyses}));

  for (const char* who : {"u-kim", "@kim", "kim", "KIM", "@Kim"}) {
    auto profile = store().author_profile(Source::kTwitter, who);
    ASSERT_TRUE(profile) << profile.error().message();
    ASSERT_TRUE(*profile) << who;
    EXPECT_EQ((*profile)->record.author.id, "u-kim");
    EXPECT_EQ((*profile)->record.author.followers, 250);  // From the newest post.
    EXPECT_EQ((*profile)->record.first_seen, Timestamp{1000});
    EXPECT_EQ((*profile)->record.last_seen, Timestamp{5000});
    EXPECT_EQ((*profile)->posts, 3);
    EXPECT_EQ((*profile)->analyzed_posts, 3);
    ASSERT_TRUE((*profile)->average_sentiment);
    EXPECT_NEAR(*(*profile)->average_sentiment, -0.25 / 3, 1e-6);
  }
  EXPECT_FALSE(store().author_profile(Source::kTwitter, "nobody")->has_value());
  EXPECT_FALSE(store().author_profile(Source::kReddit, "kim")->has_value());  // Another network.
}

TEST_P(StoreContract, MatchSeriesBucketsVolumeSentimentAndReach) {
  for (const char* id : {"q1", "q2"})
    ASSERT_TRUE(store().put_query(QueryRecord{.id = id, .text = "velora"}));
  constexpr std::int64_t kMin = 60'000;
  std::vector<Post> posts = {make_post("a", 0 * kMin + 5, "kim"), make_post("b", 1 * kMin, "lou"),
                             make_post("c", 1 * kMin + 59'999, "kim"),
                             make_post("d", 7 * kMin, "kim"), make_post("e", 20 * kMin, "kim")};
  posts[1].author.followers = 1000;
  std::vector<PostAnalysis> analyses(5);
  analyses[0].sentiment_label = "negative";
  analyses[1].sentiment_label = "positive";
  analyses[2].sentiment_label = "negative";
  std::vector<std::vector<std::string>> matches = {{"q1"}, {"q1", "q2"}, {"q2"}, {"q1"}, {"q1"}};
  ASSERT_TRUE(store().put_batch(Batch{.posts = posts, .matches = matches, .analyses = analyses}));

  auto q1 = store().match_series({{"q1"}, Timestamp{0}, Timestamp{10 * kMin}, 5 * kMin});
  ASSERT_TRUE(q1) << q1.error().message();
  EXPECT_EQ(*q1, (std::vector<SeriesBucket>{{Timestamp{0}, 2, 1, 1, 1100},
                                            {Timestamp{5 * kMin}, 1, 0, 0, 100}}));
  // q1 or q2: b counts once.
  auto both = store().match_series({{"q1", "q2"}, Timestamp{0}, Timestamp{30 * kMin}, 10 * kMin});
  ASSERT_TRUE(both);
  EXPECT_EQ(*both, (std::vector<SeriesBucket>{{Timestamp{0}, 4, 2, 1, 1300},
                                              {Timestamp{20 * kMin}, 1, 0, 0, 100}}));
  std::int64_t volume = 0;
  auto minutes = store().match_series({{"q1"}, Timestamp{0}, Timestamp{60 * kMin}, kMin});
  for (const SeriesBucket& bucket : *minutes)
    volume += bucket.volume;
  EXPECT_EQ(volume, *store().count_matches("q1", Timestamp{0}, Timestamp{60 * kMin}));
  EXPECT_TRUE(store().match_series({{}, Timestamp{0}, Timestamp{kMin}, kMin})->empty());
  EXPECT_FALSE(store().match_series({{"q1"}, Timestamp{0}, Timestamp{kMin}, 0}));
}

}  // namespace
}  // namespace rauch::store
