// Saved queries over HTTP (docs/api.md#queries): ApiServer on a free port of 127.0.0.1 with
// a real SQLite file, spoken to as the dashboard's query editor would.

#include <httplib.h>

#include <string>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "access/credentials.h"
#include "server/api_server.h"
#include "server/sqlite_readers.h"
#include "store/sqlite/sqlite_store.h"
#include "server_under_test.h"
#include "support/temp_dir.h"
#include "support/test_posts.h"

namespace rauch::server {
namespace {

using rauch::testing::ServerUnderTest;

using nlohmann::json;
using store::Role;

constexpr std::int64_t kOct13 = 1'791'849'600'000;  // 2026-10-13T00:00:00Z
constexpr std::int64_t kDay = 24LL * 60 * 60 * 1000;

class QueryRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = store::sqlite::SqliteStore::open(dir_.file("rauch.db"));
    ASSERT_TRUE(opened) << opened.error().message();
    store_ = std::move(*opened);
    ASSERT_TRUE(store_->add_user({"ada", Role::kAdmin, "", Timestamp{1}}));
    for (Role role : {Role::kViewer, Role::kAgent, Role::kAdmin}) {
      auto made = access::generate_token();
      ASSERT_TRUE(made);
      store::TokenRecord t{};
      t.public_id = made->public_id;
      t.user = "ada";
      t.role = role;
      t.secret_hash = made->secret_hash;
      t.created_at = Timestamp{2};
      ASSERT_TRUE(store_->add_token(t));
      tokens_[static_cast<int>(role)] = made->token;
    }
    ServerOptions options = rauch::testing::test_server_options(dir_.file("rauch.db"));
    options.threads = 4;
    running_.start(*store_, options);
    server_ = running_.server();
    client_ = running_.client();
  }
  httplib::Headers auth(Role role) {
    return {{"Authorization", "Bearer " + tokens_[static_cast<int>(role)]}};
  }
  httplib::Result get(const std::string& path) { return client_->Get(path, auth(Role::kViewer)); }
  httplib::Result post(const std::string& path, const std::string& body, Role role = Role::kAdmin) {
    return client_->Post(path, auth(role), body, "application/json");
  }
  httplib::Result put(const std::string& path, const std::string& body) {
    return client_->Put(path, auth(Role::kAdmin), body, "application/json");
  }
  static json body(const httplib::Result& r) { return json::parse(r->body); }
  static std::string message(const httplib::Result& r) {
    return body(r)["error"]["message"].get<std::string>();
  }

  // Stores posts with this text directly (not over HTTP, so nothing is matched).
  void store_posts(const std::vector<std::pair<std::string, std::int64_t>>& id_and_time,
                   const std::string& text) {
    std::vector<Post> posts;
    for (const auto& [id, ms] : id_and_time) {
      posts.push_back(testing::make_post(id, ms, "kim"));
      posts.back().text = text;
    }
    ASSERT_TRUE(store_->put_batch(store::Batch{posts}));
  }

  testing::TempDir dir_;
  std::unique_ptr<store::sqlite::SqliteStore> store_;
  ApiServer* server_ = nullptr;
  httplib::Client* client_ = nullptr;
  std::string tokens_[3];
  ServerUnderTest running_;  // Last: stops before the store goes.
};

TEST_F(QueryRoutesTest, AnAdminCreatesListsReadsReplacesAndRemovesAQuery) {
  auto created = post("/api/v1/queries", R"({"id": "velora-akku", "text": "velora  AND akku*",
      "name": "Velora battery", "category": "brand", "owner": "ada"})");
  ASSERT_EQ(created->status, 201) << created->body;
  EXPECT_EQ(body(created)["id"], "velora-akku");
  EXPECT_EQ(body(created)["text"], "velora  AND akku*");
  EXPECT_EQ(body(created)["canonical"], "velora AND akku*");
  EXPECT_EQ(body(created)["category"], "brand");
  EXPECT_EQ(body(created)["matches"], 0);
  EXPECT_TRUE(body(created)["warnings"].empty());

  auto listed = get("/api/v1/queries");
  ASSERT_EQ(listed->status, 200);
  ASSERT_EQ(body(listed)["queries"].size(), 1u);
  EXPECT_EQ(body(listed)["queries"][0]["name"], "Velora battery");
  auto one = get("/api/v1/queries/velora-akku");
  ASSERT_EQ(one->status, 200);
  EXPECT_EQ(body(one)["owner"], "ada");
  EXPECT_EQ(get("/api/v1/queries/nothing")->status, 404);

  // PUT replaces (200) and keeps created_at; a new id is created (201).
  auto replaced = put("/api/v1/queries/velora-akku", R"({"text": "velora akku ba*"})");
  ASSERT_EQ(replaced->status, 200) << replaced->body;
  EXPECT_EQ(body(replaced)["text"], "velora akku ba*");
  EXPECT_EQ(body(replaced)["category"], "topic");  // Replaced as a whole: the default.
  EXPECT_EQ(body(replaced)["created_at"], body(created)["created_at"]);
  ASSERT_EQ(body(replaced)["warnings"].size(), 1u);  // "ba*": few characters before '*'.
  EXPECT_EQ(body(replaced)["warnings"][0]["column"], 13);
  EXPECT_EQ(put("/api/v1/queries/zug", R"({"text": "zug"})")->status, 201);
  EXPECT_EQ(body(get("/api/v1/queries"))["queries"].size(), 2u);

  auto removed = client_->Delete("/api/v1/queries/velora-akku", auth(Role::kAdmin));
  ASSERT_EQ(removed->status, 200);
  EXPECT_EQ(get("/api/v1/queries/velora-akku")->status, 404);
  EXPECT_EQ(client_->Delete("/api/v1/queries/velora-akku", auth(Role::kAdmin))->status, 404);
  EXPECT_EQ(body(get("/api/v1/queries"))["queries"].size(), 1u);

  // Viewers read; only admins change.
  EXPECT_EQ(post("/api/v1/queries", R"({"id": "x", "text": "x"})", Role::kAgent)->status, 403);
}

TEST_F(QueryRoutesTest, AnInvalidQueryIsRefusedWithTheLineAndColumnOfTheError) {
  auto unclosed = post("/api/v1/queries", json{{"id", "q"}, {"text", "velora\nAND (akku"}}.dump());
  ASSERT_EQ(unclosed->status, 400);
  const json error = body(unclosed)["error"];
  EXPECT_EQ(error["status"], 400);
  ASSERT_EQ(error["errors"].size(), 1u);
  EXPECT_EQ(error["errors"][0]["line"], 2);
  EXPECT_EQ(error["errors"][0]["column"], 10);  // One past the end of "AND (akku".
  EXPECT_NE(error["errors"][0]["message"].get<std::string>().find("expected ')'"),
            std::string::npos);
  EXPECT_EQ(error["message"].get<std::string>().rfind("text: line 2, col 10: ", 0), 0u);

  auto twice = post("/api/v1/queries", R"({"id": "q", "text": "a OR OR b"})");
  ASSERT_EQ(twice->status, 400);
  EXPECT_EQ(body(twice)["error"]["errors"][0]["column"], 6);

  // The limits of the query language (docs/query-language.md#limits) are 400s too.
  std::string many;
  for (int i = 0; i < 300; ++i)
    many += "w" + std::to_string(i) + " OR ";
  many += "end";
  auto over = post("/api/v1/queries", json{{"id", "q"}, {"text", many}}.dump());
  ASSERT_EQ(over->status, 400);
  EXPECT_NE(message(over).find("more than 256 terms"), std::string::npos) << message(over);
  auto deep =
      post("/api/v1/queries",
           json{{"id", "q"}, {"text", std::string(40, '(') + "a" + std::string(40, ')')}}.dump());
  ASSERT_EQ(deep->status, 400);
  EXPECT_NE(message(deep).find("nests deeper than 32"), std::string::npos) << message(deep);
  // Found when compiling: about the whole query, at line 1, column 1.
  auto wildcard = post("/api/v1/queries", R"({"id": "q", "text": "DB-Stör*"})");
  ASSERT_EQ(wildcard->status, 400);
  EXPECT_EQ(body(wildcard)["error"]["errors"][0]["column"], 1);
  EXPECT_NE(message(wildcard).find("single word"), std::string::npos) << message(wildcard);
  EXPECT_EQ(body(get("/api/v1/queries"))["queries"].size(), 0u);  // Nothing saved.
}

TEST_F(QueryRoutesTest, BadBodiesAreRefusedNamingTheField) {
  const std::pair<const char*, const char*> cases[] = {
      {R"({"id": "q", "text": "x", "catgory": "brand"})", "unknown field \"catgory\""},
      {R"({"id": "q", "text": "x")", "not valid JSON"},
      {R"(["q", "x"])", "expected a JSON object"},
      {"", "expected a JSON object"},
      {R"({"id": "q"})", "text is required"},
      {R"({"id": "q", "text": 7})", "text must be a string"},
      {R"({"id": "a/b", "text": "x"})", "id must be"},
      {R"({"text": "x"})", "id must be"},
      {R"({"id": "q", "text": "x", "category": "rival"})", "category must be"},
  };
  for (const auto& [request, expected] : cases) {
    auto r = post("/api/v1/queries", request);
    ASSERT_EQ(r->status, 400) << request;
    EXPECT_NE(message(r).find(expected), std::string::npos) << request << " -> " << message(r);
  }
  auto differs = put("/api/v1/queries/q", R"({"id": "p", "text": "x"})");
  ASSERT_EQ(differs->status, 400);
  EXPECT_NE(message(differs).find("differs"), std::string::npos);
}

TEST_F(QueryRoutesTest, CreatingAnExistingIdIsAConflict) {
  ASSERT_EQ(post("/api/v1/queries", R"({"id": "q", "text": "velora"})")->status, 201);
  auto again = post("/api/v1/queries", R"({"id": "q", "text": "zug"})");
  ASSERT_EQ(again->status, 409);
  EXPECT_NE(message(again).find("PUT /api/v1/queries/q"), std::string::npos);
  EXPECT_EQ(body(get("/api/v1/queries/q"))["text"], "velora");  // Unchanged.
}

TEST_F(QueryRoutesTest, TestingAQueryCountsItsMatchesPerDayAndSavesNothing) {
  store_posts({{"a", kOct13 + 1000}, {"b", kOct13 + 2000}, {"c", kOct13 + kDay + 5}},
              "Velora Akku leer");
  store_posts({{"d", kOct13 + 3000}}, "Bahn kommt zu spät");
  store_posts({{"e", kOct13 - kDay}}, "Velora Akku, zu alt für den Bereich");

  auto r = post("/api/v1/queries/test",
                R"({"text": "velora akku", "from": "2026-10-13T00:00:00Z",
                    "to": "2026-10-15T00:00:00Z", "samples": 2})",
                Role::kAgent);
  ASSERT_EQ(r->status, 200) << r->body;
  const json b = body(r);
  EXPECT_EQ(b["posts_scanned"], 4);
  EXPECT_EQ(b["matches"], 3);
  EXPECT_EQ(b["truncated"], false);
  EXPECT_EQ(b["days"], json::parse(R"([{"day": "2026-10-13", "count": 2},
                                       {"day": "2026-10-14", "count": 1}])"));
  ASSERT_EQ(b["samples"].size(), 2u);
  EXPECT_EQ(b["samples"][0]["id"], "c");  // Newest first.
  EXPECT_EQ(b["samples"][1]["id"], "b");
  EXPECT_EQ(b["canonical"], "velora AND akku");

  // `days` counts back from `to`.
  auto day = post("/api/v1/queries/test",
                  R"({"text": "velora", "to": "2026-10-14T00:00:00Z", "days": 1})", Role::kAgent);
  ASSERT_EQ(day->status, 200) << day->body;
  EXPECT_EQ(body(day)["matches"], 2);
  EXPECT_EQ(body(day)["since"], "2026-10-13T00:00:00Z");

  EXPECT_EQ(store_->list_queries()->size(), 0u);                             // Nothing saved,
  EXPECT_EQ(*store_->count_matches("test", std::nullopt, std::nullopt), 0);  // nor matched.

  for (const char* bad : {R"({"text": "velora", "days": 0})",
                          R"({"text": "velora", "days": 2, "from": "2026-10-13T00:00:00Z"})",
                          R"({"text": "velora", "from": "yesterday"})", R"({"days": 3})",
                          R"({"text": "velora", "samples": 1000})"}) {
    auto refused = post("/api/v1/queries/test", bad, Role::kAgent);
    ASSERT_EQ(refused->status, 400) << bad;
  }
  auto invalid = post("/api/v1/queries/test", json{{"text", "velora)"}}.dump(), Role::kAgent);
  ASSERT_EQ(invalid->status, 400);
  EXPECT_EQ(body(invalid)["error"]["errors"][0]["column"], 7);
  EXPECT_EQ(post("/api/v1/queries/test", R"({"text": "velora"})", Role::kViewer)->status, 403);
}

TEST_F(QueryRoutesTest, BackfillRecordsTheMatchesOfTheStoredPosts) {
  store_posts({{"a", kOct13 + 1000}, {"b", kOct13 + kDay}}, "Velora Akku leer");
  store_posts({{"c", kOct13 + 2000}}, "Bahn");
  ASSERT_EQ(post("/api/v1/queries", R"({"id": "akku", "text": "akku"})")->status, 201);
  EXPECT_EQ(body(get("/api/v1/queries/akku"))["matches"], 0);  // Saving does not backfill.

  auto first = post("/api/v1/queries/akku/backfill", R"({"to": "2026-10-14T00:00:00Z"})");
  ASSERT_EQ(first->status, 200) << first->body;
  EXPECT_EQ(body(first)["posts_scanned"], 2);
  EXPECT_EQ(body(first)["new_matches"], 1);
  auto all = post("/api/v1/queries/akku/backfill", "");  // Empty body: the whole history.
  ASSERT_EQ(all->status, 200) << all->body;
  EXPECT_EQ(body(all)["posts_scanned"], 3);
  EXPECT_EQ(body(all)["matches"], 2);
  EXPECT_EQ(body(all)["new_matches"], 1);
  EXPECT_EQ(body(get("/api/v1/queries/akku"))["matches"], 2);

  EXPECT_EQ(post("/api/v1/queries/nothing/backfill", "")->status, 404);
  EXPECT_EQ(post("/api/v1/queries/akku/backfill", R"({"since": "2026-10-13T00:00:00Z"})")->status,
            400);
}

// The server matches posts ingested over HTTP against the queries saved a moment before,
// and stops matching a replaced query's old text at once.
TEST_F(QueryRoutesTest, IngestMatchesNewPostsAgainstTheQueriesJustChanged) {
  int minute = 10;  // Each post a minute later, so the newest is first in the lists.
  const auto line = [&minute](const std::string& id, const std::string& text) {
    return json{{"id", id},
                {"source", "twitter"},
                {"created_at", "2026-10-13T15:" + std::to_string(minute++) + ":00Z"},
                {"text", text},
                {"author", {{"id", "u1"}}}}
        .dump();
  };
  const auto ingest = [&](const std::string& id, const std::string& text) {
    auto r = client_->Post("/api/v1/posts", auth(Role::kAgent), line(id, text) + "\n",
                           "application/x-ndjson");
    ASSERT_EQ(r->status, 202) << r->body;
    ASSERT_EQ(body(r)["stored"], 1);
  };
  ingest("before", "Mein Velora Akku ist leer");
  ASSERT_EQ(post("/api/v1/queries", R"({"id": "akku", "text": "velora akku"})")->status, 201);
  ingest("after", "Der Velora Akku schon wieder");
  EXPECT_EQ(*store_->count_matches("akku", std::nullopt, std::nullopt), 1);
  auto matched = store_->list_matched_posts("akku", store::PostFilter{});
  ASSERT_TRUE(matched);
  ASSERT_EQ(matched->size(), 1u);
  EXPECT_EQ((*matched)[0].id, "after");
  EXPECT_EQ(body(get("/api/v1/queries/akku"))["matches"], 1);

  ASSERT_EQ(put("/api/v1/queries/akku", R"({"text": "velora display"})")->status, 200);
  ingest("old-text", "Velora Akku kaputt");
  ingest("new-text", "Velora Display kaputt");
  matched = store_->list_matched_posts("akku", store::PostFilter{});
  ASSERT_TRUE(matched);
  ASSERT_EQ(matched->size(), 2u);
  EXPECT_EQ((*matched)[0].id, "new-text");

  ASSERT_EQ(client_->Delete("/api/v1/queries/akku", auth(Role::kAdmin))->status, 200);
  ASSERT_EQ(post("/api/v1/queries", R"({"id": "zug", "text": "zug"})")->status, 201);
  ingest("zug", "Velora Display im Zug");
  EXPECT_EQ(*store_->count_matches("akku", std::nullopt, std::nullopt), 0);
  EXPECT_EQ(*store_->count_matches("zug", std::nullopt, std::nullopt), 1);
}

// Batches stored while the query is replaced again and again are each matched against one
// of its texts: the posts contain both, so every one of them is recorded as a match.
TEST_F(QueryRoutesTest, BatchesIngestedWhileAQueryChangesAreAllMatched) {
  ASSERT_EQ(post("/api/v1/queries", R"({"id": "q", "text": "alpha"})")->status, 201);
  constexpr int kBatches = 20, kPerBatch = 50;
  std::thread sender([&] {
    httplib::Client client("127.0.0.1", server_->port());
    for (int b = 0; b < kBatches; ++b) {
      std::string ndjson;
      for (int i = 0; i < kPerBatch; ++i)
        ndjson += json{{"id", "p" + std::to_string(b * kPerBatch + i)},
                       {"source", "twitter"},
                       {"created_at", "2026-10-13T15:00:00Z"},
                       {"text", "alpha und beta"},
                       {"author", {{"id", "u1"}}}}
                      .dump() +
                  "\n";
      auto r = client.Post("/api/v1/posts", auth(Role::kAgent), ndjson, "application/x-ndjson");
      ASSERT_TRUE(r);
      ASSERT_EQ(r->status, 202) << r->body;
    }
  });
  for (int i = 0; i < 10; ++i) {
    auto r = put("/api/v1/queries/q", i % 2 == 0 ? R"({"text": "beta"})" : R"({"text": "alpha"})");
    ASSERT_EQ(r->status, 200) << r->body;
  }
  sender.join();
  EXPECT_EQ(*store_->count_matches("q", std::nullopt, std::nullopt), kBatches * kPerBatch);
}

}  // namespace
}  // namespace rauch::server
