// The API over real HTTP: ApiServer on a free port of 127.0.0.1 with a real SQLite file,
// spoken to with an HTTP client, as a client would.

#include "server/api_server.h"

#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>
#include <thread>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "access/credentials.h"
#include "server/sqlite_readers.h"
#include "store/sqlite/sqlite_store.h"
#include "server_under_test.h"
#include "support/temp_dir.h"
#include "support/test_posts.h"

namespace rauch::server {
namespace {

using rauch::testing::ServerUnderTest;

using store::Role;

class ApiServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = store::sqlite::SqliteStore::open(dir_.file("rauch.db"));
    ASSERT_TRUE(opened) << opened.error().message();
    store_ = std::move(*opened);
    for (auto [name, role] :
         {std::pair{"vic", Role::kViewer}, {"mia", Role::kAgent}, {"ada", Role::kAdmin}}) {
      ASSERT_TRUE(store_->add_user({name, role, "", Timestamp{1}}));
      tokens_[static_cast<int>(role)] = make_token(name, role);
    }
    ServerOptions options = rauch::testing::test_server_options(dir_.file("rauch.db"));
    options.max_posts_per_batch = 20'000;
    options.max_waiting_batches = 2;
    options.rate_limit = rate_limit_;
    running_.start(*store_, options);
    server_ = running_.server();
    client_ = running_.client();
  }
  std::string make_token(const std::string& user, Role role) {
    auto made = access::generate_token();
    EXPECT_TRUE(made);
    store::TokenRecord t;
    t.public_id = made->public_id;
    t.user = user;
    t.role = role;
    t.secret_hash = made->secret_hash;
    t.created_at = Timestamp{2};
    auto id = store_->add_token(t);
    EXPECT_TRUE(id);
    last_token_id_ = id ? *id : 0;
    return made->token;
  }
  const std::string& token(Role role) { return tokens_[static_cast<int>(role)]; }

  httplib::Result get(const std::string& path, const std::string& bearer) {
    return client_->Get(path, {{"Authorization", "Bearer " + bearer}});
  }
  httplib::Result post(const std::string& path, const std::string& bearer) {
    return client_->Post(path, {{"Authorization", "Bearer " + bearer}}, "", "application/json");
  }
  httplib::Result call(const Route& route, const std::string& bearer) {
    const httplib::Headers auth{{"Authorization", "Bearer " + bearer}};
    if (route.method == "PUT")
      return client_->Put(route.example, auth, "{}", "application/json");
    if (route.method == "DELETE")
      return client_->Delete(route.example, auth);
    return route.method == "GET" ? get(route.example, bearer) : post(route.example, bearer);
  }
  static nlohmann::json body(const httplib::Result& r) { return nlohmann::json::parse(r->body); }

  std::int64_t record_incident() {
    store::IncidentRecord r;
    r.key = "crisis:velora";
    r.query_id = "velora";
    r.kind = "crisis+new_topic";
    r.severity = store::Severity::kCritical;
    r.title = "Velora: #VeloraGate";
    r.details_json = "{}";
    r.started_at = r.updated_at = Timestamp{1000};
    auto update = store_->record_incident(r);
    EXPECT_TRUE(update);
    return update ? update->id : 0;
  }

  RateLimit rate_limit_;  // A test may set it before SetUp (in its constructor).
  testing::TempDir dir_;
  std::unique_ptr<store::sqlite::SqliteStore> store_;
  ApiServer* server_ = nullptr;
  httplib::Client* client_ = nullptr;
  std::string tokens_[3];
  std::int64_t last_token_id_ = 0;
  ServerUnderTest running_;  // Last: stops before the store goes.
};

TEST_F(ApiServerTest, HealthAndReadinessAnswerWithoutAToken) {
  auto health = client_->Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  auto ready = client_->Get("/readyz");
  ASSERT_TRUE(ready);
  EXPECT_EQ(ready->status, 200);
  EXPECT_EQ(body(ready)["status"], "ready");
}

// Every route with no token, a malformed and a wrong token, and every role: 401 without a
// valid token, 403 below the route's role, neither at or above it.
TEST_F(ApiServerTest, EveryRouteChecksTheTokenAndTheRole) {
  record_incident();
  const std::string wrong = token(Role::kAdmin).substr(0, token(Role::kAdmin).size() - 2) + "xx";
  ASSERT_GE(server_->routes().size(), 8u);
  for (const Route& route : server_->routes()) {
    SCOPED_TRACE(route.method + " " + route.example);
    if (!route.min_role) {
      auto r = call(route, "");
      ASSERT_TRUE(r);
      if (route.method == "GET")
        EXPECT_EQ(r->status, 200);
      else  // The login: an empty body is a 400, never a 401.
        EXPECT_EQ(r->status, 400);
      continue;
    }
    for (const std::string& bad : {std::string(), std::string("rmt_nonsense"), wrong}) {
      auto r = call(route, bad);
      ASSERT_TRUE(r);
      EXPECT_EQ(r->status, 401) << bad;
      EXPECT_EQ(r->get_header_value("WWW-Authenticate"), "Bearer");
      EXPECT_TRUE(body(r).contains("error"));
    }
    for (Role role : {Role::kViewer, Role::kAgent, Role::kAdmin}) {
      auto r = call(route, token(role));
      ASSERT_TRUE(r);
      if (role < *route.min_role) {
        EXPECT_EQ(r->status, 403) << store::role_name(role);
        EXPECT_NE(body(r)["error"]["message"].get<std::string>().find("needs"), std::string::npos);
      } else {
        EXPECT_NE(r->status, 401) << store::role_name(role);
        EXPECT_NE(r->status, 403) << store::role_name(role);
      }
    }
  }
}

TEST_F(ApiServerTest, ARevokedTokenStopsWorkingAtOnce) {
  const std::string t = make_token("mia", Role::kAgent);
  ASSERT_EQ(get("/api/v1/incidents", t)->status, 200);  // Verified and cached.
  ASSERT_TRUE(store_->revoke_token(last_token_id_, Timestamp{3}));
  EXPECT_EQ(get("/api/v1/incidents", t)->status, 401);
}

TEST_F(ApiServerTest, AnAgentAcknowledgesAndResolvesAnIncidentAsThemselves) {
  const std::int64_t id = record_incident();
  const std::string path = "/api/v1/incidents/" + std::to_string(id);
  auto listed = get("/api/v1/incidents", token(Role::kViewer));
  ASSERT_EQ(listed->status, 200);
  ASSERT_EQ(body(listed)["incidents"].size(), 1u);
  EXPECT_EQ(body(listed)["incidents"][0]["severity"], "critical");

  auto acked = post(path + "/ack", token(Role::kAgent));
  ASSERT_EQ(acked->status, 200) << acked->body;
  EXPECT_EQ(body(acked)["status"], "acknowledged");
  EXPECT_EQ(body(acked)["acknowledged_by"], "mia");
  auto again = post(path + "/ack", token(Role::kAgent));
  EXPECT_EQ(again->status, 409);
  EXPECT_NE(body(again)["error"]["message"].get<std::string>().find("mia"), std::string::npos);
  auto resolved = post(path + "/resolve", token(Role::kAdmin));
  ASSERT_EQ(resolved->status, 200);
  EXPECT_EQ(body(resolved)["resolved_by"], "ada");
  EXPECT_EQ(get(path, token(Role::kViewer))->status, 200);
  EXPECT_EQ(get("/api/v1/incidents/999", token(Role::kViewer))->status, 404);
  EXPECT_EQ(get("/api/v1/incidents/abc", token(Role::kViewer))->status, 400);
  EXPECT_EQ(get("/api/v1/incidents?status=gone", token(Role::kViewer))->status, 400);
  auto all = get("/api/v1/incidents?status=all", token(Role::kViewer));
  EXPECT_EQ(body(all)["incidents"].size(), 1u);
  EXPECT_EQ(body(get("/api/v1/incidents", token(Role::kViewer)))["incidents"].size(), 0u);
}

TEST_F(ApiServerTest, PostsComeInPagesAndHostileTextComesBackIntact) {
  std::vector<Post> posts;
  for (int i = 0; i < 5; ++i)
    posts.push_back(testing::make_post("p" + std::to_string(i), 1000 + i / 2));
  Post hostile = testing::make_post("evil", 5000, "mallory");
  hostile.text =
      "<script>alert(1)</script><img src=x onerror=alert(2)> \u202eevil\u200b \"quoted\" \\";
  hostile.url = "javascript:alert(3)";
  posts.push_back(hostile);
  ASSERT_TRUE(store_->put_batch(store::Batch{posts}));

  std::vector<std::string> ids;
  std::string path = "/api/v1/posts?limit=2";
  for (int page = 0; page < 10; ++page) {
    auto r = get(path, token(Role::kViewer));
    ASSERT_EQ(r->status, 200) << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
    const auto b = body(r);
    for (const auto& p : b["posts"])
      ids.push_back(p["id"]);
    if (b["next_cursor"].is_null())
      break;
    path = "/api/v1/posts?limit=2&cursor=" + b["next_cursor"].get<std::string>();
  }
  ASSERT_EQ(ids.size(), 6u);
  EXPECT_EQ(ids.front(), "evil");
  // Every post once, none lost between pages (two share each millisecond).
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(std::unique(ids.begin(), ids.end()), ids.end());

  auto one = get("/api/v1/posts/" + std::string(source_name(hostile.source)) + "/evil",
                 token(Role::kViewer));
  ASSERT_EQ(one->status, 200);
  EXPECT_EQ(body(one)["post"]["text"], hostile.text);  // Intact, as data: JSON-escaped.
  // JSON, and a browser must not guess otherwise and render it as HTML.
  EXPECT_EQ(one->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_TRUE(body(one)["analysis"].is_null());
  EXPECT_EQ(get("/api/v1/posts/nowhere/evil", token(Role::kViewer))->status, 400);
  EXPECT_EQ(get("/api/v1/posts/twitter/missing", token(Role::kViewer))->status, 404);

  for (const char* bad :
       {"/api/v1/posts?limit=0", "/api/v1/posts?limit=1001", "/api/v1/posts?since=yesterday",
        "/api/v1/posts?source=myspace", "/api/v1/posts?cursor=%%%", "/api/v1/posts?own=maybe"}) {
    auto r = get(bad, token(Role::kViewer));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << bad;
    EXPECT_FALSE(body(r)["error"]["message"].get<std::string>().empty()) << bad;
  }
}

// Posts filtered by what analysis found and by the saved query that matched them.
TEST_F(ApiServerTest, PostsFilterBySentimentIntentLanguageAndSavedQuery) {
  std::vector<Post> posts;
  std::vector<PostAnalysis> analyses;
  std::vector<std::vector<std::string>> matches;
  const char* kinds[][3] = {{"negative", "complaint", "de"},
                            {"negative", "question", "en"},
                            {"positive", "praise", "de"},
                            {"neutral", "question", "de"}};
  for (int i = 0; i < 4; ++i) {
    posts.push_back(testing::make_post("a" + std::to_string(i), 1000 + i));
    PostAnalysis a;
    a.sentiment_label = kinds[i][0];
    a.intent = kinds[i][1];
    a.language = kinds[i][2];
    analyses.push_back(a);
    matches.push_back(i % 2 == 0 ? std::vector<std::string>{"velora"} : std::vector<std::string>{});
  }
  ASSERT_TRUE(store_->put_query(
      store::QueryRecord{.id = "velora", .text = "velora", .category = store::QueryCategory::kBrand}));
  store::Batch batch{posts};
  batch.analyses = analyses;
  batch.matches = matches;
  auto put = store_->put_batch(batch);
  ASSERT_TRUE(put) << put.error().message();
  ASSERT_EQ(put->stored, 4);
  auto ids = [&](const std::string& query) {
    auto r = get("/api/v1/posts?" + query, token(Role::kViewer));
    EXPECT_EQ(r->status, 200) << query << ": " << r->body;
    const nlohmann::json page = body(r);  // Named: the loop below reads into it.
    std::vector<std::string> out;
    for (const auto& p : page["posts"])
      out.push_back(p["id"]);
    return out;
  };
  using Ids = std::vector<std::string>;
  EXPECT_EQ(ids("limit=10"), (Ids{"a3", "a2", "a1", "a0"}));
  EXPECT_EQ(ids("sentiment=negative"), (Ids{"a1", "a0"}));
  EXPECT_EQ(ids("intent=question"), (Ids{"a3", "a1"}));
  EXPECT_EQ(ids("lang=de&sentiment=negative"), (Ids{"a0"}));
  EXPECT_EQ(ids("query=velora"), (Ids{"a2", "a0"}));
  EXPECT_EQ(ids("query=velora&intent=praise"), (Ids{"a2"}));
  EXPECT_EQ(ids("query=velora&limit=1&cursor=" +
                body(get("/api/v1/posts?query=velora&limit=1", token(Role::kViewer)))["next_cursor"]
                    .get<std::string>()),
            (Ids{"a0"}));
  EXPECT_EQ(get("/api/v1/posts?query=nope", token(Role::kViewer))->status, 404);
  for (const char* bad : {"sentiment=angry", "intent=", "lang=DE", "lang=deu"}) {
    auto r = get(std::string("/api/v1/posts?") + bad, token(Role::kViewer));
    EXPECT_EQ(r->status, 400) << bad;
  }
}

// A megabyte of emoji with RTL overrides and zero-width joiners in between goes in over
// HTTP and comes back byte for byte.
TEST_F(ApiServerTest, AMegabyteOfEmojiComesBackIntact) {
  std::string text;
  while (text.size() < 1'000'000)
    text += "\U0001F525\u202e\u200d\U0001F469\u200d\U0001F4BB";
  const nlohmann::json post = {{"id", "emoji"},
                               {"source", "twitter"},
                               {"created_at", "2026-11-20T10:00:00Z"},
                               {"text", text},
                               {"author", {{"id", "u1"}, {"handle", "fire"}}}};
  auto sent = client_->Post("/api/v1/posts", {{"Authorization", "Bearer " + token(Role::kAgent)}},
                            post.dump() + "\n", "application/x-ndjson");
  ASSERT_TRUE(sent);
  ASSERT_EQ(sent->status, 202) << sent->body;
  ASSERT_EQ(body(sent)["stored"], 1) << sent->body;
  auto back = get("/api/v1/posts/twitter/emoji", token(Role::kViewer));
  ASSERT_TRUE(back);
  ASSERT_EQ(back->status, 200);
  EXPECT_EQ(body(back)["post"]["text"].get<std::string>(), text);
}

TEST_F(ApiServerTest, ABatchIsStoredLineByLineAndBadLinesAreReportedWithTheirNumbers) {
  const std::string ndjson =
      R"({"id":"a1","source":"twitter","created_at":"2026-10-13T15:00:00Z","text":"Akku kaputt","author":{"id":"u1"}})"
      "\n{not json}\n"
      R"({"id":"a2","source":"mastodon","created_at":"2026-10-13T15:01:00Z","text":"Frage zum Nova","author":{"id":"u2"}})"
      "\n"
      R"({"id":"a3","source":"twitter","created_at":"2099-01-01T00:00:00Z","text":"from the future","author":{"id":"u3"}})"
      "\n";
  auto r = client_->Post("/api/v1/posts", {{"Authorization", "Bearer " + token(Role::kAgent)}},
                         ndjson, "application/x-ndjson");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 202) << r->body;
  auto b = body(r);
  EXPECT_EQ(b["stored"], 2);
  EXPECT_EQ(b["rejected"], 2);
  ASSERT_EQ(b["errors"].size(), 2u);
  EXPECT_EQ(b["errors"][0]["line"], 2);
  EXPECT_EQ(b["errors"][1]["line"], 4);
  EXPECT_FALSE(b["errors"][1]["reason"].get<std::string>().empty());
  // Persisted before the answer: the store has them now.
  EXPECT_EQ(*store_->count_posts(), 2);

  // The same posts as a JSON array: duplicates, nothing stored twice.
  const std::string array =
      R"([{"id":"a1","source":"twitter","created_at":"2026-10-13T15:00:00Z","text":"Akku kaputt","author":{"id":"u1"}},)"
      R"( {"id":"a4","source":"twitter","created_at":"2026-10-13T15:02:00Z","text":"<script>x</script>","author":{"id":"u4"}}])";
  auto again = client_->Post("/api/v1/posts", {{"Authorization", "Bearer " + token(Role::kAgent)}},
                             array, "application/json");
  ASSERT_EQ(again->status, 202) << again->body;
  EXPECT_EQ(body(again)["stored"], 1);
  EXPECT_EQ(body(again)["duplicates"], 1);
  EXPECT_EQ(*store_->count_posts(), 3);
  auto listed = get("/api/v1/posts?source=twitter", token(Role::kViewer));
  EXPECT_EQ(body(listed)["posts"].size(), 2u);

  auto broken = client_->Post("/api/v1/posts", {{"Authorization", "Bearer " + token(Role::kAgent)}},
                              "[{\"id\":", "application/json");
  EXPECT_EQ(broken->status, 400);
  std::string too_many;
  for (int i = 0; i < 20'001; ++i)
    too_many += "{}\n";
  auto big = client_->Post("/api/v1/posts", {{"Authorization", "Bearer " + token(Role::kAgent)}},
                           too_many, "application/x-ndjson");
  EXPECT_EQ(big->status, 413);
  EXPECT_NE(body(big)["error"]["message"].get<std::string>().find("at most 20000"),
            std::string::npos);
  EXPECT_EQ(*store_->count_posts(), 3);
}

// Eight clients send big batches at once to a server that lets two wait: the others get
// 503 with Retry-After at once, and exactly the posts of the 202 batches are stored.
TEST_F(ApiServerTest, BusyIngestAnswers503WithRetryAfterAndStoresExactlyTheAcceptedBatches) {
  constexpr std::size_t kClients = 8;
  constexpr int kPosts = 10'000;
  std::vector<std::string> bodies(kClients);
  for (std::size_t c = 0; c < kClients; ++c)
    for (int i = 0; i < kPosts; ++i)
      bodies[c] += fmt::format(
          R"({{"id":"c{}-{}","source":"twitter","created_at":"2026-10-13T15:00:00Z","text":"post {}","author":{{"id":"u{}"}}}})"
          "\n",
          c, i, i, i);
  std::vector<int> status(kClients, 0);
  std::vector<std::string> retry_after(kClients);
  std::vector<std::thread> clients;
  for (std::size_t c = 0; c < kClients; ++c)
    clients.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", server_->port());
      client.set_read_timeout(60, 0);
      auto r = client.Post("/api/v1/posts", {{"Authorization", "Bearer " + token(Role::kAgent)}},
                           bodies[c], "application/x-ndjson");
      if (!r)
        return;
      status[c] = r->status;
      retry_after[c] = r->get_header_value("Retry-After");
    });
  for (auto& t : clients)
    t.join();
  int accepted = 0, busy = 0;
  for (std::size_t c = 0; c < kClients; ++c) {
    if (status[c] == 202)
      ++accepted;
    if (status[c] == 503) {
      ++busy;
      EXPECT_EQ(retry_after[c], "1");
    }
  }
  EXPECT_EQ(static_cast<std::size_t>(accepted + busy), kClients);
  EXPECT_GE(accepted, 1);
  EXPECT_GE(busy, 1);
  EXPECT_EQ(*store_->count_posts(), accepted * kPosts);
}

TEST_F(ApiServerTest, MetricsCountRequestsByRouteAndStatusAndTheIngestedPosts) {
  get("/api/v1/incidents/41", token(Role::kViewer));
  get("/api/v1/incidents/42", token(Role::kViewer));
  get("/api/v1/incidents", token(Role::kViewer));
  get("/nowhere", token(Role::kViewer));
  client_->Post(
      "/api/v1/posts", {{"Authorization", "Bearer " + token(Role::kAgent)}},
      R"({"id":"m1","source":"twitter","created_at":"2026-10-13T15:00:00Z","text":"x","author":{"id":"u"}})"
      "\n{bad}\n",
      "application/x-ndjson");
  auto r = get("/metrics", token(Role::kViewer));
  ASSERT_EQ(r->status, 200);
  EXPECT_TRUE(r->get_header_value("Content-Type").starts_with("text/plain; version=0.0.4"));
  const std::string& m = r->body;
  // Two requests to one route pattern are one series; ids never become labels.
  EXPECT_NE(
      m.find(
          "rauchmelder_http_requests_total{route=\"GET /api/v1/incidents/{}\",status=\"404\"} 2\n"),
      std::string::npos)
      << m;
  EXPECT_NE(
      m.find("rauchmelder_http_requests_total{route=\"GET /api/v1/incidents\",status=\"200\"} 1\n"),
      std::string::npos)
      << m;
  EXPECT_NE(m.find("rauchmelder_http_requests_total{route=\"unmatched\",status=\"404\"} 1\n"),
            std::string::npos)
      << m;
  EXPECT_NE(m.find("rauchmelder_http_request_duration_seconds_bucket{route=\"GET "
                   "/api/v1/incidents/{}\",le=\"+Inf\"} 2\n"),
            std::string::npos)
      << m;
  EXPECT_NE(
      m.find("rauchmelder_http_request_duration_seconds_count{route=\"POST /api/v1/posts\"} 1\n"),
      std::string::npos)
      << m;
  EXPECT_NE(m.find("rauchmelder_ingest_posts_total{result=\"stored\"} 1\n"), std::string::npos)
      << m;
  EXPECT_NE(m.find("rauchmelder_ingest_posts_total{result=\"rejected\"} 1\n"), std::string::npos)
      << m;
  EXPECT_EQ(m.find("/41"), std::string::npos);
}

// The served OpenAPI document names exactly the routes the server has: method and path,
// with path parameters as {name} where the route has a ([^/]+) group.
TEST_F(ApiServerTest, TheOpenApiDocumentDescribesExactlyTheRoutes) {
  auto r = client_->Get("/api/openapi.json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  const auto doc = nlohmann::json::parse(r->body);
  EXPECT_TRUE(doc["openapi"].get<std::string>().starts_with("3."));
  std::set<std::string> documented, served;
  for (const auto& [path, item] : doc["paths"].items()) {
    const std::string shape = std::regex_replace(path, std::regex(R"(\{[^}]+\})"), "{}");
    for (const auto& [method, op] : item.items()) {
      std::string upper = method;
      for (char& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      documented.insert(upper + " " + shape);
      // Public routes say so (security: []), the others inherit the bearer scheme.
      const bool public_route = op.contains("security") && op["security"].empty();
      for (const Route& route : server_->routes()) {
        if (route.method == upper &&
            std::regex_replace(route.pattern, std::regex(R"(\(\[\^/\]\+\))"), "{}") == shape) {
          EXPECT_EQ(public_route, !route.min_role.has_value()) << upper << " " << path;
        }
      }
    }
  }
  for (const Route& route : server_->routes())
    served.insert(route.method + " " +
                  std::regex_replace(route.pattern, std::regex(R"(\(\[\^/\]\+\))"), "{}"));
  EXPECT_EQ(documented, served);
}

class RateLimitedApiServerTest : public ApiServerTest {
 protected:
  RateLimitedApiServerTest() { rate_limit_ = {0.5, 3}; }
};

// A token that sends more than its burst is refused with 429 and told when to retry; the
// next token is not slowed down by it.
TEST_F(RateLimitedApiServerTest, ATokenOverItsRateGets429WithRetryAfterAndOthersDoNot) {
  for (int i = 0; i < 3; ++i)
    ASSERT_EQ(get("/api/v1/incidents", token(Role::kViewer))->status, 200) << i;
  auto refused = get("/api/v1/incidents", token(Role::kViewer));
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 429);
  EXPECT_EQ(refused->get_header_value("Retry-After"), "2");  // One request per 2 s.
  EXPECT_NE(body(refused)["error"]["message"].get<std::string>().find("too many requests"),
            std::string::npos);
  EXPECT_EQ(get("/api/v1/incidents", token(Role::kAgent))->status, 200);
  EXPECT_EQ(client_->Get("/healthz")->status, 200);  // Public routes are not limited.
}

// The list routes read through the read-only connections: what the writer committed is
// there at once.
TEST_F(ApiServerTest, ReadsSeeCommittedWritesThroughTheReadConnections) {
  const std::int64_t id = record_incident();
  auto one = get("/api/v1/incidents/" + std::to_string(id), token(Role::kViewer));
  ASSERT_TRUE(one);
  EXPECT_EQ(one->status, 200);
  ASSERT_TRUE(store_->acknowledge_incident(id, "mia", Timestamp{2000}));
  EXPECT_EQ(body(get("/api/v1/incidents/" + std::to_string(id), token(Role::kViewer)))["status"],
            "acknowledged");
}

// The dashboard's login: a password gives an HttpOnly, SameSite=Strict cookie; requests
// that change something also need the CSRF token; logging out ends the session.
TEST_F(ApiServerTest, APasswordLoginGivesAStrictCookieAndChangesNeedTheCsrfToken) {
  auto hash = access::hash_secret("correct horse battery");
  ASSERT_TRUE(hash);
  ASSERT_TRUE(store_->add_user({"dana", Role::kAgent, *hash, Timestamp{1}}));
  const std::int64_t id = record_incident();
  auto log_in = [&](const std::string& json) {
    return client_->Post("/api/v1/session", json, "application/json");
  };
  EXPECT_EQ(log_in(R"({"user": "dana", "password": "wrong horse battery"})")->status, 401);
  EXPECT_EQ(log_in(R"({"user": "nobody", "password": "correct horse battery"})")->status, 401);
  EXPECT_EQ(log_in(R"({"user": "vic", "password": ""})")->status, 401);  // No password set.
  auto unknown = log_in(R"({"user": "dana", "password": "x", "remember": true})");
  EXPECT_EQ(unknown->status, 400);
  EXPECT_NE(unknown->body.find("remember"), std::string::npos);
  EXPECT_EQ(log_in("not json")->status, 400);

  auto in = log_in(R"({"user": "dana", "password": "correct horse battery"})");
  ASSERT_TRUE(in);
  ASSERT_EQ(in->status, 200) << in->body;
  const std::string set_cookie = in->get_header_value("Set-Cookie");
  EXPECT_TRUE(set_cookie.starts_with("rm_session=")) << set_cookie;
  EXPECT_NE(set_cookie.find("; HttpOnly"), std::string::npos) << set_cookie;
  EXPECT_NE(set_cookie.find("; SameSite=Strict"), std::string::npos) << set_cookie;
  EXPECT_EQ(set_cookie.find("Secure"), std::string::npos) << set_cookie;  // Not under TLS.
  const std::string cookie = set_cookie.substr(0, set_cookie.find(';'));
  const std::string csrf = body(in)["csrf_token"];
  EXPECT_EQ(body(in)["role"], "agent");

  EXPECT_EQ(client_->Get("/api/v1/incidents", {{"Cookie", cookie}})->status, 200);
  auto me = client_->Get("/api/v1/session", {{"Cookie", "theme=dark; " + cookie}});
  ASSERT_EQ(me->status, 200);
  EXPECT_EQ(body(me)["user"], "dana");
  EXPECT_EQ(body(me)["via"], "session");
  EXPECT_EQ(body(me)["csrf_token"], csrf);

  const std::string ack = "/api/v1/incidents/" + std::to_string(id) + "/ack";
  auto forged = client_->Post(ack, {{"Cookie", cookie}}, "", "application/json");
  EXPECT_EQ(forged->status, 403);
  EXPECT_NE(body(forged)["error"]["message"].get<std::string>().find("CSRF"), std::string::npos);
  auto wrong = client_->Post(ack, {{"Cookie", cookie}, {"X-CSRF-Token", csrf + "x"}}, "",
                             "application/json");
  EXPECT_EQ(wrong->status, 403);
  auto acked =
      client_->Post(ack, {{"Cookie", cookie}, {"X-CSRF-Token", csrf}}, "", "application/json");
  ASSERT_EQ(acked->status, 200) << acked->body;
  EXPECT_EQ(body(acked)["acknowledged_by"], "dana");

  EXPECT_EQ(client_->Delete("/api/v1/session", {{"Cookie", cookie}})->status, 403);  // No CSRF.
  auto out = client_->Delete("/api/v1/session", {{"Cookie", cookie}, {"X-CSRF-Token", csrf}});
  ASSERT_EQ(out->status, 200);
  EXPECT_NE(out->get_header_value("Set-Cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(client_->Get("/api/v1/incidents", {{"Cookie", cookie}})->status, 401);
}

TEST_F(ApiServerTest, RemovingAUserEndsTheirSessionAtOnce) {
  auto hash = access::hash_secret("correct horse battery");
  ASSERT_TRUE(hash);
  ASSERT_TRUE(store_->add_user({"dana", Role::kViewer, *hash, Timestamp{1}}));
  auto in = client_->Post("/api/v1/session",
                          R"({"user": "dana", "password": "correct horse battery"})",
                          "application/json");
  ASSERT_EQ(in->status, 200);
  const std::string set_cookie = in->get_header_value("Set-Cookie");
  const std::string cookie = set_cookie.substr(0, set_cookie.find(';'));
  ASSERT_EQ(client_->Get("/api/v1/incidents", {{"Cookie", cookie}})->status, 200);
  ASSERT_TRUE(store_->remove_user("dana", Timestamp{5}));
  EXPECT_EQ(client_->Get("/api/v1/incidents", {{"Cookie", cookie}})->status, 401);
}

// The reply box of the dashboard: the same findings as `replies check --json`, and a
// promise of an earlier reply that ran out.
TEST_F(ApiServerTest, ARepliesCheckFindsTheDeflectionAndTheBrokenPromise) {
  const httplib::Headers agent{{"Authorization", "Bearer " + token(Role::kAgent)}};
  auto r = client_->Post(
      "/api/v1/replies/check", agent,
      R"({"text": "Bitte wenden Sie sich an unsere Hotline.", "lang": "de",
          "at": "2026-11-20T18:00:00Z",
          "earlier": [{"text": "Wir melden uns innerhalb von 24 Stunden.",
                       "at": "2026-11-19T09:00:00Z"}]})",
      "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const auto findings = body(r)["findings"];
  ASSERT_EQ(findings.size(), 2u) << r->body;
  EXPECT_EQ(findings[0]["kind"], "broken_promise");
  EXPECT_EQ(findings[1]["kind"], "deflection");
  EXPECT_EQ(findings[1]["span"], nlohmann::json::parse("[6, 39]"));  // "wenden … Hotline"
  auto good = client_->Post("/api/v1/replies/check", agent,
                            R"({"text": "Sorry! Please DM us and we'll fix it."})",
                            "application/json");
  EXPECT_EQ(body(good), nlohmann::json::parse(R"({"findings": []})"));
  auto typo = client_->Post("/api/v1/replies/check", agent, R"({"txt": "x"})", "application/json");
  EXPECT_EQ(typo->status, 400);
  EXPECT_NE(typo->body.find("txt"), std::string::npos);
  auto bad_earlier = client_->Post("/api/v1/replies/check", agent,
                                   R"({"text": "x", "earlier": [{"text": "y"}]})",
                                   "application/json");
  EXPECT_EQ(bad_earlier->status, 400);
  EXPECT_NE(bad_earlier->body.find("earlier[0]"), std::string::npos);
}

TEST_F(ApiServerTest, UnknownRoutesAndHugeBodiesGetJsonErrors) {
  auto unknown = get("/api/v1/nothing", token(Role::kAdmin));
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 404);
  EXPECT_NE(body(unknown)["error"]["message"].get<std::string>().find("/api/v1/nothing"),
            std::string::npos);
  const std::string huge(17 * 1024 * 1024, 'x');
  auto big =
      client_->Post("/api/v1/incidents/1/ack", {{"Authorization", "Bearer " + token(Role::kAgent)}},
                    huge, "application/json");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
}

}  // namespace
}  // namespace rauch::server
