// The behaviour every Store implementation must have. Each implementation instantiates
// StoreContract with a factory (see sqlite_store_test.cpp); the PostgreSQL store will
// add its own instantiation.

#include "store/store_contract_test.h"

#include <gtest/gtest.h>

#include "support/test_posts.h"

namespace rauch::store {
namespace {

using testing::make_post;

TEST_P(StoreContract, StoresABatchAndListsNewestFirst) {
  std::vector<Post> posts = {make_post("a", 1000), make_post("b", 3000), make_post("c", 2000)};
  auto put = store().put_batch(Batch{posts});
  ASSERT_TRUE(put) << put.error().message();
  EXPECT_EQ(put->stored, 3);
  EXPECT_EQ(put->duplicates, 0);
  auto listed = store().list_posts({});
  ASSERT_TRUE(listed) << listed.error().message();
  ASSERT_EQ(listed->size(), 3U);
  EXPECT_EQ((*listed)[0].id, "b");
  EXPECT_EQ((*listed)[1].id, "c");
  EXPECT_EQ((*listed)[2].id, "a");
}

TEST_P(StoreContract, KeepsEveryFieldOfAPost) {
  Post post = make_post("full", 1795511700250, "anna");
  post.url = "https://velora.de/x";
  post.title = "Titel";
  post.in_reply_to = "parent";
  post.conversation_id = "conv";
  post.kind = PostKind::kReply;
  post.rating = 2.5;
  post.metrics = Metrics{1, 2, 3, 4};
  post.own = true;
  post.text = "Zeile 1\nZeile 2 <script>alert(1)</script> \u202e rtl \u200b zw";
  post.extra_json = R"({"geo":[1,2],"author.location":"Berlin"})";
  ASSERT_TRUE(store().put_batch(Batch{std::span(&post, 1)}));
  auto listed = store().list_posts({});
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 1U);
  EXPECT_EQ((*listed)[0], post);
}

TEST_P(StoreContract, StoresTheSamePostOnceAndCountsDuplicates) {
  std::vector<Post> first = {make_post("a", 1000), make_post("b", 2000)};
  ASSERT_TRUE(store().put_batch(Batch{first}));
  Post changed = make_post("a", 1000);
  changed.text = "a different text under the same id";
  std::vector<Post> second = {changed, make_post("c", 3000), make_post("c", 3000)};
  auto put = store().put_batch(Batch{second});
  ASSERT_TRUE(put);
  EXPECT_EQ(put->stored, 1);
  EXPECT_EQ(put->duplicates, 2);
  EXPECT_EQ(*store().count_posts(), 3);
  auto listed = store().list_posts({});
  EXPECT_EQ(listed->back().text, first[0].text);  // The first version stays.
}

TEST_P(StoreContract, SameIdFromAnotherSourceIsAnotherPost) {
  std::vector<Post> posts = {make_post("42", 1000, "", Source::kTwitter),
                             make_post("42", 1000, "", Source::kMastodon)};
  auto put = store().put_batch(Batch{posts});
  ASSERT_TRUE(put);
  EXPECT_EQ(put->stored, 2);
}

TEST_P(StoreContract, FindsOnePostByNetworkAndId) {
  Post post = make_post("p-7", 5000, "anna");
  post.url = "https://velora.de/p-7";
  std::vector<Post> posts = {post};
  ASSERT_TRUE(store().put_batch(Batch{posts}));
  auto found = store().find_post(post.source, "p-7");
  ASSERT_TRUE(found) << found.error().message();
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->url, "https://velora.de/p-7");
  EXPECT_EQ((*found)->created_at, post.created_at);
  auto other_network = store().find_post(
      post.source == Source::kReddit ? Source::kTwitter : Source::kReddit, "p-7");
  ASSERT_TRUE(other_network);
  EXPECT_FALSE(other_network->has_value());
  auto unknown = store().find_post(post.source, "nope");
  ASSERT_TRUE(unknown);
  EXPECT_FALSE(unknown->has_value());
}

TEST_P(StoreContract, PagesThroughPostsWithACursorWithoutLosingSameMillisecondPosts) {
  // Five posts, three of them in the same millisecond: pages of two lose none.
  std::vector<Post> posts = {make_post("a", 1000), make_post("b", 2000), make_post("c", 2000),
                             make_post("d", 2000), make_post("e", 3000)};
  ASSERT_TRUE(store().put_batch(Batch{posts}));
  std::vector<std::string> seen;
  PostFilter filter;
  filter.limit = 2;
  for (int page = 0; page < 5; ++page) {
    auto listed = store().list_posts(filter);
    ASSERT_TRUE(listed) << listed.error().message();
    if (listed->empty()) break;
    for (const Post& p : *listed) seen.push_back(p.id);
    const Post& last = listed->back();
    filter.after = PostCursor{last.created_at, last.source, last.id};
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"e", "b", "c", "d", "a"}));
}

TEST_P(StoreContract, FiltersByTimeSourceAuthorAndLimit) {
  std::vector<Post> posts = {make_post("1", 1000, "anna"), make_post("2", 2000, "ben"),
                             make_post("3", 3000, "anna", Source::kReddit),
                             make_post("4", 4000, "carla")};
  ASSERT_TRUE(store().put_batch(Batch{posts}));
  auto ids = [&](const PostFilter& f) {
    std::vector<std::string> out;
    auto listed = store().list_posts(f);
    for (const Post& p : *listed) {
      out.push_back(p.id);
    }
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(ids({.since = Timestamp{2000}}), (V{"4", "3", "2"}));
  EXPECT_EQ(ids({.until = Timestamp{3000}}), (V{"2", "1"}));
  EXPECT_EQ(ids({.source = Source::kReddit}), (V{"3"}));
  EXPECT_EQ(ids({.author = "@ANNA"}), (V{"3", "1"}));
  EXPECT_EQ(ids({.author = "u-ben"}), (V{"2"}));
  EXPECT_EQ(ids({.author = "nobody"}), V{});
  EXPECT_EQ(ids({.limit = 2}), (V{"4", "3"}));
  EXPECT_FALSE(store().list_posts({.limit = 0}));
}

TEST_P(StoreContract, AuthorProfileComesFromTheNewestPostWhateverTheIngestOrder) {
  Post old_post = make_post("old", 1000, "anna");
  old_post.author.handle = "@anna_alt";
  old_post.author.followers = 10;
  Post new_post = make_post("new", 5000, "anna");
  new_post.author.handle = "@anna_neu";
  new_post.author.followers = 900;
  Post middle = make_post("mid", 3000, "anna");
  // Newest first, then an older post in a later batch: the profile must not go back.
  ASSERT_TRUE(store().put_batch(Batch{std::span(&new_post, 1)}));
  std::vector<Post> later = {old_post, middle};
  ASSERT_TRUE(store().put_batch(Batch{later}));
  auto author = store().find_author(Source::kTwitter, "u-anna");
  ASSERT_TRUE(author);
  ASSERT_TRUE(author->has_value());
  EXPECT_EQ((*author)->author.handle, "@anna_neu");
  EXPECT_EQ((*author)->author.followers, 900);
  EXPECT_EQ((*author)->first_seen.ms, 1000);
  EXPECT_EQ((*author)->last_seen.ms, 5000);
  EXPECT_EQ(*store().count_authors(), 1);
  auto missing = store().find_author(Source::kTwitter, "u-nobody");
  ASSERT_TRUE(missing);
  EXPECT_FALSE(missing->has_value());
}

TEST_P(StoreContract, IngestLogAddsCountsWithEveryBatchAndRecordsTheEnd) {
  auto id = store().begin_ingest("posts.ndjson", Timestamp{100});
  ASSERT_TRUE(id);
  std::vector<Post> posts = {make_post("a", 1), make_post("b", 2)};
  ASSERT_TRUE(
      store().put_batch(Batch{posts, *id, IngestCounts{.lines = 4, .rejected = 1, .blank = 1}}));
  ASSERT_TRUE(store().put_batch(Batch{posts, *id, IngestCounts{.lines = 2}}));
  auto runs = store().list_ingests(10);
  ASSERT_TRUE(runs);
  ASSERT_EQ(runs->size(), 1U);
  EXPECT_EQ((*runs)[0].status, IngestStatus::kRunning);
  EXPECT_EQ((*runs)[0].counts, (IngestCounts{6, 2, 2, 1, 1}));
  ASSERT_TRUE(store().finish_ingest(*id, IngestStatus::kCompleted, Timestamp{200}));
  runs = store().list_ingests(10);
  EXPECT_EQ((*runs)[0].status, IngestStatus::kCompleted);
  EXPECT_EQ((*runs)[0].file, "posts.ndjson");
  EXPECT_EQ((*runs)[0].finished, Timestamp{200});
  EXPECT_FALSE(store().finish_ingest(*id + 100, IngestStatus::kCompleted, Timestamp{200}));
}

TEST_P(StoreContract, BulkLoadGivesTheSameAnswersDuringAndAfterIt) {
  ASSERT_TRUE(store().begin_bulk_load());
  std::vector<Post> posts = {make_post("1", 1000, "anna"), make_post("2", 2000, "ben"),
                             make_post("3", 3000, "anna")};
  ASSERT_TRUE(store().put_batch(Batch{posts}));
  auto during = store().list_posts({.author = "anna"});
  ASSERT_TRUE(during);
  EXPECT_EQ(during->size(), 2U);
  ASSERT_TRUE(store().end_bulk_load());
  auto after = store().list_posts({.author = "anna"});
  ASSERT_TRUE(after);
  EXPECT_EQ(*after, *during);
  EXPECT_EQ((*store().find_author(Source::kTwitter, "u-anna"))->last_seen.ms, 3000);
}

TEST_P(StoreContract, LargeBatchIsAllOrNothingAndFast) {
  std::vector<Post> posts;
  for (int i = 0; i < 20'000; ++i) {
    posts.push_back(make_post("p" + std::to_string(i), i, "a" + std::to_string(i % 500)));
  }
  auto put = store().put_batch(Batch{posts});
  ASSERT_TRUE(put);
  EXPECT_EQ(put->stored, 20'000);
  EXPECT_EQ(*store().count_authors(), 500);
}

}  // namespace
}  // namespace rauch::store
