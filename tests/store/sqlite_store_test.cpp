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

TEST(SqliteStore, UpgradesAVersion1DatabaseWithPostsAndCanMatchThem) {
  testing::TempDir dir;
  const std::string path = dir.file("v1.db");
  {
    // A database as release 1 wrote it, with posts.
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
    sqlite::Connection db(raw);
    ASSERT_EQ(sqlite::migrate(db.get(), 1), 1);
    ASSERT_TRUE(sqlite::exec(db.get(),
                             "INSERT INTO posts (source, ext_id, created_at, text) VALUES "
                             "('twitter', 'a', 1000, 'Velora Akku'), "
                             "('reddit', 'b', 2000, 'Velora Akku')"));
  }
  EXPECT_EQ(query_one(path, "PRAGMA user_version"), "1");
  auto store = sqlite::SqliteStore::open(path);
  ASSERT_TRUE(store) << store.error().message();
  EXPECT_EQ(*(*store)->schema_version(), sqlite::latest_schema_version());
  EXPECT_EQ(*(*store)->count_posts(), 2);
  ASSERT_TRUE((*store)->put_query(QueryRecord{.id = "q1", .text = "velora"}));
  std::vector<PostKey> keys = {{Source::kTwitter, "a"}, {Source::kReddit, "b"}};
  EXPECT_EQ((*store)->put_matches("q1", keys), 2);
  auto listed = (*store)->list_matched_posts("q1", {});
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 2U);
  EXPECT_EQ((*listed)[0].id, "b");
  EXPECT_EQ((*listed)[0].text, "Velora Akku");
  // New posts get matches with their batch, next to the old ones.
  std::vector<Post> posts = {testing::make_post("c", 3000)};
  std::vector<std::vector<std::string>> found = {{"q1"}};
  ASSERT_TRUE((*store)->put_batch(Batch{.posts = posts, .matches = found}));
  EXPECT_EQ((*store)->count_matches("q1", std::nullopt, std::nullopt), 3);
}

TEST(SqliteStore, MatchesRollBackWithTheirBatch) {
  testing::TempDir dir;
  const std::string path = dir.file("rollback.db");
  auto store = sqlite::SqliteStore::open(path);
  ASSERT_TRUE(store);
  ASSERT_TRUE((*store)->put_query(QueryRecord{.id = "q1", .text = "velora"}));
  // Makes the insert of the second post's match fail, after the first post and its match
  // were written inside the transaction.
  query_one(path,
            "CREATE TRIGGER refuse BEFORE INSERT ON matches WHEN NEW.query_id = 'refused' "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
  std::vector<Post> posts = {testing::make_post("a", 1000, "anna"),
                             testing::make_post("b", 2000, "ben")};
  std::vector<std::vector<std::string>> found = {{"q1"}, {"refused"}};
  auto put = (*store)->put_batch(Batch{.posts = posts, .matches = found});
  ASSERT_FALSE(put);
  EXPECT_NE(put.error().message().find("refused by the test"), std::string::npos)
      << put.error().message();
  EXPECT_EQ(*(*store)->count_posts(), 0);
  EXPECT_EQ(*(*store)->count_authors(), 0);
  EXPECT_EQ((*store)->count_matches("q1", std::nullopt, std::nullopt), 0);
  // Nothing of the failed batch is remembered: the same batch goes through in full.
  query_one(path, "DROP TRIGGER refuse");
  put = (*store)->put_batch(Batch{.posts = posts, .matches = found});
  ASSERT_TRUE(put) << put.error().message();
  EXPECT_EQ(put->stored, 2);
  EXPECT_EQ(*(*store)->count_authors(), 2);
  EXPECT_EQ((*store)->count_matches("q1", std::nullopt, std::nullopt), 1);
  EXPECT_EQ((*store)->count_matches("refused", std::nullopt, std::nullopt), 1);
}

}  // namespace
}  // namespace rauch::store
