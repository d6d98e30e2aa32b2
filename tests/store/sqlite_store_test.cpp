#include "store/sqlite/sqlite_store.h"

#include <sqlite3.h>

#include <fstream>

#include <gtest/gtest.h>

#include "store/sqlite/migrations.h"
#include "store/store_contract_test.h"
#include "support/sqlite_query.h"
#include "support/test_posts.h"

namespace rauch::store {
namespace {

using testing::query_one;

std::unique_ptr<Store> make_sqlite(const std::string& dir) {
  auto store = sqlite::SqliteStore::open(dir + "/test.db");
  return store ? std::move(*store) : nullptr;
}

std::string factory_name(const ::testing::TestParamInfo<StoreFactory>& param) {
  return param.param.name;
}

INSTANTIATE_TEST_SUITE_P(Sqlite, StoreContract,
                         ::testing::Values(StoreFactory{"sqlite", make_sqlite}), factory_name);

TEST(SqliteStore, CreatesADatabaseInWalModeAtTheLatestSchema) {
  testing::TempDir dir;
  auto store = sqlite::SqliteStore::open(dir.file("new.db"));
  ASSERT_TRUE(store) << store.error().message();
  EXPECT_EQ(*(*store)->schema_version(), sqlite::latest_schema_version());
  EXPECT_EQ(query_one(dir.file("new.db"), "PRAGMA journal_mode"), "wal");
}

TEST(SqliteStore, KeepsPostsAcrossReopening) {
  testing::TempDir dir;
  {
    auto store = sqlite::SqliteStore::open(dir.file("a.db"));
    std::vector<Post> posts = {testing::make_post("x", 1), testing::make_post("y", 2)};
    ASSERT_TRUE((*store)->put_batch(Batch{posts}));
  }
  auto again = sqlite::SqliteStore::open(dir.file("a.db"));
  ASSERT_TRUE(again);
  EXPECT_EQ(*(*again)->count_posts(), 2);
}

TEST(SqliteStore, RefusesADatabaseFromANewerReleaseWithoutTouchingIt) {
  testing::TempDir dir;
  const std::string path = dir.file("future.db");
  { ASSERT_TRUE(sqlite::SqliteStore::open(path)); }
  query_one(path, "PRAGMA user_version = 99");
  auto store = sqlite::SqliteStore::open(path);
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code(), ErrorCode::kConflict);
  EXPECT_NE(store.error().message().find("schema version 99"), std::string::npos)
      << store.error().message();
  EXPECT_NE(store.error().message().find("upgrade rauchmelder"), std::string::npos);
  EXPECT_EQ(query_one(path, "PRAGMA user_version"), "99");
}

TEST(SqliteStore, RefusesAFileThatIsNotADatabase) {
  testing::TempDir dir;
  const std::string path = dir.file("notes.txt");
  std::ofstream(path) << "these are my notes, not a database, but long enough to look like one"
                      << std::string(4096, 'x');
  auto store = sqlite::SqliteStore::open(path);
  ASSERT_FALSE(store);
  EXPECT_NE(store.error().message().find(path), std::string::npos) << store.error().message();
}

TEST(SqliteStore, ReportsAnUnopenablePathAsUnavailable) {
  auto store = sqlite::SqliteStore::open("/nonexistent-dir/sub/x.db");
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code(), ErrorCode::kUnavailable);
  EXPECT_NE(store.error().message().find("/nonexistent-dir/sub/x.db"), std::string::npos);
}

TEST(SqliteStore, ReopeningAfterAnUnfinishedBulkLoadRebuildsTheAuthorIndex) {
  testing::TempDir dir;
  const std::string path = dir.file("bulk.db");
  const std::string has_index =
      "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'posts_by_author'";
  {
    auto store = sqlite::SqliteStore::open(path);
    ASSERT_TRUE(store);
    EXPECT_EQ(query_one(path, has_index), "1");
    ASSERT_TRUE((*store)->begin_bulk_load());
    EXPECT_EQ(query_one(path, has_index), "0");
    // The process "dies" here: no end_bulk_load().
  }
  auto again = sqlite::SqliteStore::open(path);
  ASSERT_TRUE(again);
  EXPECT_EQ(query_one(path, has_index), "1");
}

TEST(SqliteStore, AnOlderPostIngestedLaterDoesNotOverwriteTheNewerProfile) {
  testing::TempDir dir;
  const std::string path = dir.file("profile.db");
  Post newest = testing::make_post("new", 10'000, "anna");
  newest.author.handle = "@anna_2026";
  Post middle = testing::make_post("mid", 5'000, "anna");  // Same profile as `newest`.
  middle.author.handle = "@anna_2026";
  {
    auto store = sqlite::SqliteStore::open(path);
    std::vector<Post> posts = {middle, newest};
    ASSERT_TRUE((*store)->put_batch(Batch{posts}));
  }
  // A new process (nothing remembered) gets an older post with an older handle.
  Post old = testing::make_post("old", 7'000, "anna");
  old.author.handle = "@anna_2019";
  auto store = sqlite::SqliteStore::open(path);
  ASSERT_TRUE((*store)->put_batch(Batch{std::span(&old, 1)}));
  auto author = (*store)->find_author(Source::kTwitter, "u-anna");
  ASSERT_TRUE(author && author->has_value());
  EXPECT_EQ((*author)->author.handle, "@anna_2026");
  EXPECT_EQ((*author)->first_seen.ms, 5'000);
  EXPECT_EQ((*author)->last_seen.ms, 10'000);
}

TEST(SqliteStore, ASecondWriterWaitsForTheFirstInsteadOfFailing) {
  testing::TempDir dir;
  auto a = sqlite::SqliteStore::open(dir.file("shared.db"));
  auto b = sqlite::SqliteStore::open(dir.file("shared.db"));
  ASSERT_TRUE(a && b);
  std::vector<Post> pa = {testing::make_post("a", 1)};
  std::vector<Post> pb = {testing::make_post("a", 1), testing::make_post("b", 2)};
  ASSERT_TRUE((*a)->put_batch(Batch{pa}));
  auto put = (*b)->put_batch(Batch{pb});
  ASSERT_TRUE(put);
  EXPECT_EQ(put->stored, 1);
  EXPECT_EQ(put->duplicates, 1);
}

}  // namespace
}  // namespace rauch::store
