// The contract for the live feed of matches (Store::matches_after, last_post_position),
// part of StoreContract (see store_contract_test.h): every Store implementation runs it.

#include <gtest/gtest.h>

#include "store/store_contract_test.h"
#include "support/test_posts.h"

namespace rauch::store {
namespace {

using testing::make_post;
using Ids = std::vector<std::string>;

void save_query(Store& store, const std::string& id) {
  ASSERT_TRUE(store.put_query(QueryRecord{.id = id,
                                          .text = "velora",
                                          .name = id,
                                          .category = QueryCategory::kBrand,
                                          .owner = "kim",
                                          .created_at = Timestamp{1000},
                                          .updated_at = Timestamp{1000}}));
}

// "post/query" for each match, in the order given.
Ids names(const std::vector<StoredMatch>& matches) {
  Ids out;
  for (const StoredMatch& m : matches)
    out.push_back(m.post.id + "/" + m.query_id);
  return out;
}

TEST_P(StoreContract, FeedsTheMatchesOfPostsStoredAfterAPositionInStorageOrder) {
  save_query(store(), "q1");
  save_query(store(), "q2");
  EXPECT_EQ(*store().last_post_position(), 0);
  // Storage order, not event time: "late" is stored second with the oldest created_at.
  std::vector<Post> first = {make_post("a", 5000), make_post("late", 1000), make_post("b", 6000)};
  std::vector<Ids> first_found = {{"q2", "q1"}, {"q1"}, {}};
  ASSERT_TRUE(store().put_batch(Batch{.posts = first, .matches = first_found}));
  auto all = store().matches_after(0, 100);
  ASSERT_TRUE(all) << all.error().message();
  EXPECT_EQ(names(*all), (Ids{"a/q1", "a/q2", "late/q1"}));
  EXPECT_EQ(all->back().post.text, first[1].text);

  // From the last position seen on, only what is stored later.
  const std::int64_t seen = all->back().position;
  EXPECT_GT(*store().last_post_position(), seen);  // "b", stored last, matched nothing
  std::vector<Post> second = {make_post("a", 5000), make_post("c", 7000)};
  std::vector<Ids> second_found = {{"q1"}, {"q2"}};
  ASSERT_TRUE(store().put_batch(Batch{.posts = second, .matches = second_found}));
  EXPECT_EQ(names(*store().matches_after(seen, 100)), Ids{"c/q2"});
  EXPECT_EQ(names(*store().matches_after(0, 2)), (Ids{"a/q1", "a/q2"}));
}

TEST_P(StoreContract, FeedRefusesALimitOutOfRange) {
  auto none = store().matches_after(0, 0);
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code(), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace rauch::store
