// The contract for saved queries and their matches, part of StoreContract (see
// store_contract_test.h): every Store implementation runs these too.

#include <gtest/gtest.h>

#include "store/store_contract_test.h"
#include "support/test_posts.h"

namespace rauch::store {
namespace {

using testing::make_post;
using Ids = std::vector<std::string>;

QueryRecord make_query(const std::string& id, std::int64_t now_ms = 1000) {
  return QueryRecord{.id = id,
                     .text = "velora AND (akku OR battery)",
                     .name = "Velora " + id,
                     .category = QueryCategory::kBrand,
                     .owner = "kim",
                     .created_at = Timestamp{now_ms},
                     .updated_at = Timestamp{now_ms}};
}

Timestamp at(std::string_view rfc3339) { return *parse_rfc3339(rfc3339); }

std::vector<std::string> post_ids(const Result<std::vector<Post>>& posts) {
  std::vector<std::string> ids;
  for (const Post& post : *posts) {
    ids.push_back(post.id);
  }
  return ids;
}

std::int64_t count_all(Store& store, std::string_view query_id) {
  auto count = store.count_matches(query_id, std::nullopt, std::nullopt);
  EXPECT_TRUE(count) << count.error().message();
  return count.value_or(-1);
}

void save(Store& store, std::initializer_list<std::string> ids) {
  for (const std::string& id : ids) {
    ASSERT_TRUE(store.put_query(make_query(id)));
  }
}

TEST_P(StoreContract, SavesQueriesAndListsThemById) {
  for (const char* id : {"b", "c", "a"}) {
    ASSERT_TRUE(store().put_query(make_query(id)));
  }
  QueryRecord topic = make_query("d");
  topic.category = QueryCategory::kTopic;
  topic.name.clear();
  topic.owner.clear();
  ASSERT_TRUE(store().put_query(topic));
  auto listed = store().list_queries();
  ASSERT_TRUE(listed) << listed.error().message();
  ASSERT_EQ(listed->size(), 4U);
  EXPECT_EQ((*listed)[0], make_query("a"));
  EXPECT_EQ((*listed)[1].id, "b");
  EXPECT_EQ((*listed)[2].id, "c");
  EXPECT_EQ((*listed)[3], topic);
  auto found = store().find_query("c");
  ASSERT_TRUE(found && found->has_value());
  EXPECT_EQ(**found, make_query("c"));
  auto missing = store().find_query("nope");
  ASSERT_TRUE(missing);
  EXPECT_FALSE(missing->has_value());
}

TEST_P(StoreContract, UpdatingAQueryKeepsWhenItWasCreated) {
  ASSERT_TRUE(store().put_query(make_query("q", 1000)));
  QueryRecord changed = make_query("q", 5000);
  changed.text = "radwerk";
  changed.name = "Radwerk";
  changed.category = QueryCategory::kCompetitor;
  changed.owner = "jo";
  ASSERT_TRUE(store().put_query(changed));
  auto found = store().find_query("q");
  ASSERT_TRUE(found && found->has_value());
  QueryRecord expected = changed;
  expected.created_at = Timestamp{1000};
  EXPECT_EQ(**found, expected);
  EXPECT_EQ(store().list_queries()->size(), 1U);
}

TEST_P(StoreContract, RefusesQueriesWithoutIdOrTextOrOverTheLimits) {
  QueryRecord no_id = make_query("");
  QueryRecord no_text = make_query("q");
  no_text.text.clear();
  QueryRecord long_id = make_query(std::string(kMaxQueryIdBytes + 1, 'q'));
  QueryRecord long_text = make_query("q");
  long_text.text = std::string(kMaxQueryTextBytes + 1, 'x');
  for (const QueryRecord& bad : {no_id, no_text, long_id, long_text}) {
    auto put = store().put_query(bad);
    ASSERT_FALSE(put);
    EXPECT_EQ(put.error().code(), ErrorCode::kInvalidArgument);
  }
  EXPECT_TRUE(store().list_queries()->empty());
  EXPECT_TRUE(store().put_query(make_query(std::string(kMaxQueryIdBytes, 'q'))));
}

TEST_P(StoreContract, CategoryNamesRoundTrip) {
  for (auto category : {QueryCategory::kBrand, QueryCategory::kCompetitor, QueryCategory::kTopic}) {
    EXPECT_EQ(query_category_from_name(query_category_name(category)), category);
  }
  EXPECT_EQ(query_category_name(QueryCategory::kCompetitor), "competitor");
  EXPECT_FALSE(query_category_from_name("Brand"));
}

TEST_P(StoreContract, StoresTheMatchesOfABatchWithItsPosts) {
  save(store(), {"q1", "q2"});
  std::vector<Post> posts = {make_post("a", 1000), make_post("b", 2000), make_post("c", 3000)};
  std::vector<Ids> found = {{"q1"}, {"q1", "q2"}, {}};
  auto put = store().put_batch(Batch{.posts = posts, .matches = found});
  ASSERT_TRUE(put) << put.error().message();
  EXPECT_EQ(put->stored, 3);
  EXPECT_EQ(count_all(store(), "q1"), 2);
  EXPECT_EQ(count_all(store(), "q2"), 1);
  EXPECT_EQ(post_ids(store().list_matched_posts("q1", {})), (Ids{"b", "a"}));
}

TEST_P(StoreContract, StoresMatchesOnlyForPostsNewInTheBatch) {
  save(store(), {"q1", "q2"});
  std::vector<Post> first = {make_post("a", 1000)};
  std::vector<Ids> first_found = {{"q1"}};
  ASSERT_TRUE(store().put_batch(Batch{.posts = first, .matches = first_found}));
  // "a" again, now said to match q2 as well, then "c" twice within the batch.
  std::vector<Post> second = {make_post("a", 1000), make_post("c", 3000), make_post("c", 3000)};
  std::vector<Ids> second_found = {{"q1", "q2"}, {"q2"}, {"q1", "q2"}};
  auto put = store().put_batch(Batch{.posts = second, .matches = second_found});
  ASSERT_TRUE(put);
  EXPECT_EQ(put->stored, 1);
  EXPECT_EQ(put->duplicates, 2);
  EXPECT_EQ(count_all(store(), "q1"), 1);
  EXPECT_EQ(count_all(store(), "q2"), 1);
  EXPECT_EQ(post_ids(store().list_matched_posts("q2", {})), Ids{"c"});
  // Ingesting the same input again adds nothing.
  ASSERT_TRUE(store().put_batch(Batch{.posts = second, .matches = second_found}));
  EXPECT_EQ(count_all(store(), "q1"), 1);
  EXPECT_EQ(count_all(store(), "q2"), 1);
}

TEST_P(StoreContract, ABatchWithoutMatchesStoresNoneAndAMisshapenOneIsRefused) {
  save(store(), {"q1"});
  std::vector<Post> posts = {make_post("a", 1000), make_post("b", 2000)};
  ASSERT_TRUE(store().put_batch(Batch{posts}));
  EXPECT_EQ(count_all(store(), "q1"), 0);
  std::vector<Post> more = {make_post("c", 3000), make_post("d", 4000)};
  std::vector<Ids> one = {{"q1"}};
  auto put = store().put_batch(Batch{.posts = more, .matches = one});
  ASSERT_FALSE(put);
  EXPECT_EQ(put.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(*store().count_posts(), 2);
}

TEST_P(StoreContract, RemovingAQueryRemovesItsMatchesOnly) {
  save(store(), {"q1", "q2"});
  std::vector<Post> posts = {make_post("a", 1000), make_post("b", 2000)};
  std::vector<Ids> found = {{"q1", "q2"}, {"q1"}};
  ASSERT_TRUE(store().put_batch(Batch{.posts = posts, .matches = found}));
  auto removed = store().remove_query("q1");
  ASSERT_TRUE(removed) << removed.error().message();
  EXPECT_TRUE(*removed);
  EXPECT_EQ(count_all(store(), "q1"), 0);
  EXPECT_EQ(count_all(store(), "q2"), 1);
  EXPECT_FALSE(store().find_query("q1")->has_value());
  EXPECT_EQ(*store().count_posts(), 2);
  // Saved again under the same id, the query starts without matches.
  save(store(), {"q1"});
  EXPECT_EQ(count_all(store(), "q1"), 0);
  ASSERT_TRUE(store().remove_query("q1"));
  auto again = store().remove_query("q1");
  ASSERT_TRUE(again);
  EXPECT_FALSE(*again);
}

TEST_P(StoreContract, BackfillSkipsUnknownPostsAndIsIdempotent) {
  save(store(), {"q1"});
  std::vector<Post> posts = {make_post("a", 1000), make_post("b", 2000),
                             make_post("a", 3000, "", Source::kReddit)};
  ASSERT_TRUE(store().put_batch(Batch{posts}));
  std::vector<PostKey> keys = {{Source::kTwitter, "a"},
                               {Source::kTwitter, "b"},
                               {Source::kTwitter, "not-stored"},
                               {Source::kMastodon, "a"},
                               {Source::kTwitter, "a"}};
  auto added = store().put_matches("q1", keys);
  ASSERT_TRUE(added) << added.error().message();
  EXPECT_EQ(*added, 2);
  added = store().put_matches("q1", keys);
  ASSERT_TRUE(added);
  EXPECT_EQ(*added, 0);
  EXPECT_EQ(count_all(store(), "q1"), 2);
  EXPECT_EQ(post_ids(store().list_matched_posts("q1", {})), (Ids{"b", "a"}));
  EXPECT_EQ(*store().put_matches("q1", {}), 0);
}

TEST_P(StoreContract, BackfillOfAnUnsavedQueryIsNotFound) {
  std::vector<Post> posts = {make_post("a", 1000)};
  ASSERT_TRUE(store().put_batch(Batch{posts}));
  std::vector<PostKey> keys = {{Source::kTwitter, "a"}};
  auto added = store().put_matches("nope", keys);
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(count_all(store(), "nope"), 0);
}

TEST_P(StoreContract, BackfillsMoreThanOneTransactionHolds) {
  save(store(), {"q1"});
  std::vector<Post> posts;
  std::vector<PostKey> keys;
  for (int i = 0; i < 25'000; ++i) {
    posts.push_back(make_post("p" + std::to_string(i), i));
    keys.push_back({Source::kTwitter, posts.back().id});
  }
  ASSERT_TRUE(store().put_batch(Batch{posts}));
  auto added = store().put_matches("q1", keys);
  ASSERT_TRUE(added) << added.error().message();
  EXPECT_EQ(*added, 25'000);
  EXPECT_EQ(count_all(store(), "q1"), 25'000);
}

TEST_P(StoreContract, CountsMatchesPerUtcDayAcrossMidnight) {
  save(store(), {"q1", "q2"});
  std::vector<Post> posts = {
      make_post("before-1970", -1),
      make_post("late", at("2026-11-24T23:59:59.999Z").ms),
      make_post("midnight", at("2026-11-25T00:00:00Z").ms),
      make_post("early", at("2026-11-25T00:59:00+01:00").ms),  // 23:59 UTC on the 24th.
      make_post("next", at("2026-11-25T08:00:00Z").ms),
      make_post("later", at("2026-11-27T12:00:00Z").ms),
      make_post("other-query", at("2026-11-26T12:00:00Z").ms),
  };
  std::vector<Ids> found(posts.size(), Ids{"q1"});
  found.back() = {"q2"};
  ASSERT_TRUE(store().put_batch(Batch{.posts = posts, .matches = found}));
  auto days = store().match_counts_by_day("q1", std::nullopt, std::nullopt);
  ASSERT_TRUE(days) << days.error().message();
  EXPECT_EQ(*days,
            (std::vector<DayCount>{
                {"1969-12-31", 1}, {"2026-11-24", 2}, {"2026-11-25", 2}, {"2026-11-27", 1}}));
  const Timestamp midnight = at("2026-11-25T00:00:00Z");
  days = store().match_counts_by_day("q1", midnight, std::nullopt);
  EXPECT_EQ(*days, (std::vector<DayCount>{{"2026-11-25", 2}, {"2026-11-27", 1}}));
  days = store().match_counts_by_day("q1", Timestamp{0}, midnight);
  EXPECT_EQ(*days, (std::vector<DayCount>{{"2026-11-24", 2}}));
  EXPECT_EQ(*store().count_matches("q1", midnight, std::nullopt), 3);
  EXPECT_EQ(*store().count_matches("q1", std::nullopt, midnight), 3);
  EXPECT_EQ(*store().count_matches("q1", midnight, at("2026-11-25T08:00:00Z")), 1);
  EXPECT_EQ(*store().count_matches("q2", std::nullopt, std::nullopt), 1);
  EXPECT_EQ(*store().count_matches("unknown", std::nullopt, std::nullopt), 0);
  EXPECT_TRUE(store().match_counts_by_day("unknown", std::nullopt, std::nullopt)->empty());

  auto minutes = store().match_counts_by_minute("q1", std::nullopt, midnight);
  ASSERT_TRUE(minutes) << minutes.error().message();
  EXPECT_EQ(*minutes, (std::vector<MinuteCount>{{Timestamp{-60'000}, 1, 0},
                                                {at("2026-11-24T23:59:00Z"), 2, 0}}));
  EXPECT_EQ(*store().match_counts_by_minute("q1", midnight, at("2026-11-25T08:00:01Z")),
            (std::vector<MinuteCount>{{midnight, 1, 0}, {at("2026-11-25T08:00:00Z"), 1, 0}}));
}

TEST_P(StoreContract, ListsMatchedPostsNewestFirstFilteredAndLimited) {
  save(store(), {"q1", "q2"});
  std::vector<Post> posts = {make_post("1", 1000, "anna"),
                             make_post("2", 2000, "ben"),
                             make_post("3", 3000, "anna", Source::kReddit),
                             make_post("4", 4000, "carla"),
                             make_post("5", 3000, "ben"),
                             make_post("6", 5000, "anna")};
  std::vector<Ids> found = {{"q1"}, {"q1"}, {"q1"}, {"q2"}, {"q1"}, {}};
  ASSERT_TRUE(store().put_batch(Batch{.posts = posts, .matches = found}));
  auto ids = [&](const PostFilter& filter) {
    return post_ids(store().list_matched_posts("q1", filter));
  };
  // 3 and 5 share a time: ordered by source ("reddit" before "twitter"), then id.
  EXPECT_EQ(ids({}), (Ids{"3", "5", "2", "1"}));
  EXPECT_EQ(ids({.limit = 2}), (Ids{"3", "5"}));
  EXPECT_EQ(ids({.since = Timestamp{2000}, .until = Timestamp{3000}}), Ids{"2"});
  EXPECT_EQ(ids({.source = Source::kTwitter}), (Ids{"5", "2", "1"}));
  EXPECT_EQ(ids({.author = "@anna"}), (Ids{"3", "1"}));
  EXPECT_EQ(post_ids(store().list_matched_posts("unknown", {})), Ids{});
  auto full = store().list_matched_posts("q1", {.limit = 1});
  ASSERT_TRUE(full);
  EXPECT_EQ(full->front(), posts[2]);  // Every field, as list_posts gives it.
  EXPECT_FALSE(store().list_matched_posts("q1", {.limit = 0}));
}

// Detection replays matched and own posts in event-time order, with their analysis and
// the queries they matched, and continues after a cursor.
TEST_P(StoreContract, ReplaysMatchedAndOwnPostsInEventTimeOrderAfterACursor) {
  save(store(), {"q1", "q2"});
  std::vector<Post> posts = {make_post("late", 3000), make_post("early", 1000),
                             make_post("unmatched", 1500), make_post("own", 2000),
                             make_post("same-time", 3000)};
  posts[3].own = true;
  std::vector<Ids> found = {{"q2", "q1"}, {"q1"}, {}, {}, {"q2"}};
  std::vector<PostAnalysis> analyses(posts.size());
  analyses[1].sentiment_label = "negative";
  analyses[1].intent = "question";
  ASSERT_TRUE(store().put_batch(Batch{.posts = posts, .matches = found, .analyses = analyses}));

  std::vector<std::string> order;
  std::vector<ReplayCursor> cursors;
  auto visited = store().replay_posts({}, [&](const ReplayedPost& r) -> Result<void> {
    order.push_back(r.post.id);
    cursors.push_back(r.cursor);
    if (r.post.id == "early") {
      EXPECT_EQ(r.query_ids, (Ids{"q1"}));
      EXPECT_TRUE(r.analysis);
      if (r.analysis) {
        EXPECT_EQ(r.analysis->intent, "question");
      }
    }
    if (r.post.id == "late") {
      EXPECT_EQ(r.query_ids, (Ids{"q1", "q2"}));
    }
    if (r.post.id == "own") {
      EXPECT_TRUE(r.query_ids.empty());
    }
    return {};
  });
  ASSERT_TRUE(visited) << visited.error().message();
  EXPECT_EQ(*visited, 4);
  EXPECT_EQ(order, (Ids{"early", "own", "late", "same-time"}));

  // After the cursor of "late": only the post stored after it at the same time.
  order.clear();
  ASSERT_TRUE(store().replay_posts({.after = cursors[2]}, [&](const ReplayedPost& r) -> Result<void> {
    order.push_back(r.post.id);
    return {};
  }));
  EXPECT_EQ(order, (Ids{"same-time"}));
  // A time range, and an error from the visitor stops the replay and comes back.
  order.clear();
  auto stopped = store().replay_posts(
      {.since = Timestamp{1500}, .until = Timestamp{3000}}, [&](const ReplayedPost& r) -> Result<void> {
        order.push_back(r.post.id);
        return make_error(ErrorCode::kInternal, "stop");
      });
  ASSERT_FALSE(stopped);
  EXPECT_EQ(stopped.error().message(), "stop");
  EXPECT_EQ(order, (Ids{"own"}));
}

TEST_P(StoreContract, KeepsTheDetectionCursor) {
  auto none = store().detection_cursor();
  ASSERT_TRUE(none) << none.error().message();
  EXPECT_FALSE(*none);
  ASSERT_TRUE(store().save_detection_cursor({Timestamp{5000}, 7}));
  ASSERT_TRUE(store().save_detection_cursor({Timestamp{6000}, 9}));
  auto saved = store().detection_cursor();
  ASSERT_TRUE(saved && *saved);
  EXPECT_EQ(**saved, (ReplayCursor{Timestamp{6000}, 9}));
}

}  // namespace
}  // namespace rauch::store
