// Full-text search in the SQLite store: the FTS5 query built from user text, and the
// index filled for posts stored before migration 10.

#include "store/sqlite/text_search.h"

#include <gtest/gtest.h>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_store.h"
#include "support/temp_dir.h"
#include "support/test_posts.h"

namespace rauch::store {
namespace {

TEST(FtsQuery, QuotesEveryWordAsAPhrase) {
  EXPECT_EQ(*sqlite::fts_query_of("Rückruf  velora"), R"("Rückruf" "velora")");
  EXPECT_EQ(*sqlite::fts_query_of(R"(say "hi" NEAR( *)"), R"("say" """hi""" "NEAR(" "*")");
  EXPECT_EQ(*sqlite::fts_query_of(std::string("a\0b", 3)), R"("a" "b")");
  EXPECT_EQ(*sqlite::fts_query_of(" \t\n"), "");
  std::string words;
  for (std::size_t i = 0; i < kMaxSearchWords; ++i)
    words += "x ";
  EXPECT_TRUE(sqlite::fts_query_of(words));
  words += "one-too-many";
  EXPECT_FALSE(sqlite::fts_query_of(words));
}

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

TEST(SqliteTextSearch, Migration10IndexesThePostsStoredBeforeIt) {
  testing::TempDir dir;
  const std::string path = dir.file("v9.db");
  {
    // A database as release 9 wrote it, with a post.
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
    sqlite::Connection db(raw);
    ASSERT_EQ(sqlite::migrate(db.get(), 9), 9);
    ASSERT_TRUE(sqlite::exec(db.get(),
                             "INSERT INTO posts (source, ext_id, created_at, text, title) VALUES "
                             "('twitter', 'old', 1000, 'Rückruf bei Velora', NULL), "
                             "('reddit', 'titled', 1500, 'body', 'Velora Akku')"));
  }
  auto store = sqlite::SqliteStore::open(path);
  ASSERT_TRUE(store) << store.error().message();
  EXPECT_EQ(*(*store)->schema_version(), 10);
  std::vector<Post> posts = {testing::make_post("new", 2000)};
  posts[0].text = "Noch ein Rückruf";
  ASSERT_TRUE((*store)->put_batch(Batch{posts}));
  EXPECT_EQ(searched(**store, "ruckruf"), (std::vector<std::string>{"new", "old"}));
  EXPECT_EQ(searched(**store, "akku"), (std::vector<std::string>{"titled"}));
  // A duplicate changes neither the post nor the index.
  posts[0].text = "anders";
  ASSERT_EQ((*store)->put_batch(Batch{posts})->duplicates, 1);
  EXPECT_EQ(searched(**store, "anders"), (std::vector<std::string>{}));
  EXPECT_EQ(searched(**store, "noch"), (std::vector<std::string>{"new"}));
}

}  // namespace
}  // namespace rauch::store
