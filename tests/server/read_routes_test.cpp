// The dashboard's read routes over real HTTP: full-text search of posts, author profiles
// and their posts, time series of matches (docs/api.md).

#include <httplib.h>

#include <cctype>
#include <thread>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "access/credentials.h"
#include "server/api_server.h"
#include "store/sqlite/sqlite_store.h"
#include "server_under_test.h"
#include "support/temp_dir.h"
#include "support/test_posts.h"

namespace rauch::server {
namespace {

using Ids = std::vector<std::string>;
constexpr std::int64_t kMinute = 60'000, kHour = 60 * kMinute, kDay = 24 * kHour;

// Every byte but letters and digits as %XX, so hostile text reaches the server as is.
std::string url_encoded(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) != 0)
      out += c;
    else
      out += fmt::format("%{:02X}", static_cast<unsigned>(byte));
  }
  return out;
}

class ReadRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = store::sqlite::SqliteStore::open(dir_.file("rauch.db"));
    ASSERT_TRUE(opened) << opened.error().message();
    store_ = std::move(*opened);
    ASSERT_TRUE(store_->add_user({"vic", store::Role::kViewer, "", Timestamp{1}}));
    auto made = access::generate_token();
    ASSERT_TRUE(made);
    store::TokenRecord t;
    t.public_id = made->public_id;
    t.user = "vic";
    t.role = store::Role::kViewer;
    t.secret_hash = made->secret_hash;
    t.created_at = Timestamp{2};
    ASSERT_TRUE(store_->add_token(t));
    token_ = made->token;
    running_.start(*store_, testing::test_server_options(dir_.file("rauch.db")));
    client_ = running_.client();
    client_->set_url_encode(false);  // Paths are encoded by the tests.
  }

  // The answer's status and JSON body.
  std::pair<int, nlohmann::json> get(const std::string& path) {
    auto r = client_->Get(path, {{"Authorization", "Bearer " + token_}});
    EXPECT_TRUE(r) << path;
    if (!r)
      return {0, nullptr};
    auto body = nlohmann::json::parse(r->body, nullptr, false);
    EXPECT_FALSE(body.is_discarded()) << path << ": " << r->body;
    return {r->status, body};
  }
  Ids ids(const std::string& path) {
    auto [status, body] = get(path);
    EXPECT_EQ(status, 200) << path << ": " << body.dump();
    Ids out;
    for (const auto& post : body["posts"])
      out.push_back(post["id"]);
    return out;
  }
  // The bucket size name (e.g. "5m") the series route picks for [from, to).
  std::string bucket_for(std::int64_t from_ms, std::int64_t to_ms) {
    auto [status, body] = get(fmt::format("/api/v1/series?category=brand&from={}&to={}",
                                          url_encoded(format_rfc3339(Timestamp{from_ms})),
                                          url_encoded(format_rfc3339(Timestamp{to_ms}))));
    EXPECT_EQ(status, 200) << body.dump();
    return body.value("bucket", "");
  }

  rauch::testing::TempDir dir_;
  std::unique_ptr<store::sqlite::SqliteStore> store_;
  httplib::Client* client_ = nullptr;
  std::string token_;
  testing::ServerUnderTest running_;  // Last: stops before the store goes.
};

TEST_F(ReadRoutesTest, SearchFindsPostsByWordWithoutCaseOrDiacritics) {
  std::vector<Post> posts = {testing::make_post("recall", 1000, "kim"),
                             testing::make_post("cafe", 2000, "lou"),
                             testing::make_post("reddit", 3000, "kim", Source::kReddit)};
  posts[0].text = "Rückruf der Velora-Akkus!";
  posts[1].text = "Kein WLAN im Café";
  posts[2].text = "Velora ruft zurück: RÜCKRUF";
  ASSERT_TRUE(store_->put_batch(store::Batch{posts}));

  EXPECT_EQ(ids("/api/v1/posts?q=ruckruf"), (Ids{"reddit", "recall"}));
  EXPECT_EQ(ids("/api/v1/posts?q=" + url_encoded("Rückruf akkus")), (Ids{"recall"}));
  EXPECT_EQ(ids("/api/v1/posts?q=CAFE"), (Ids{"cafe"}));
  EXPECT_EQ(ids("/api/v1/posts?q=ruckruf&source=reddit"), (Ids{"reddit"}));
  EXPECT_EQ(ids("/api/v1/posts?q=ruckruf&until=1970-01-01T00:00:02Z"), (Ids{"recall"}));
  EXPECT_EQ(ids("/api/v1/posts?q=velora&author=lou"), (Ids{}));
  // Pages of search results with the cursor.
  auto [status, first] = get("/api/v1/posts?q=velora&limit=1");
  ASSERT_EQ(status, 200);
  ASSERT_EQ(first["posts"].size(), 1U);
  EXPECT_EQ(first["posts"][0]["id"], "reddit");
  EXPECT_EQ(ids("/api/v1/posts?q=velora&limit=1&cursor=" + first["next_cursor"].get<std::string>()),
            (Ids{"recall"}));
}

TEST_F(ReadRoutesTest, HostileSearchTextGetsAnAnswerNeverAServerError) {
  std::vector<Post> posts = {testing::make_post("a", 1000)};
  posts[0].text = "Velora said \"NEAR\" (maybe) - or* not";
  ASSERT_TRUE(store_->put_batch(store::Batch{posts}));
  for (const char* q : {"\"",
                        "\"\"",
                        "\"unbalanced",
                        "*",
                        "velora*",
                        "NEAR(",
                        "NEAR(a b, 2)",
                        "-",
                        "-velora",
                        "(",
                        "((velora",
                        ")",
                        "a OR",
                        "AND",
                        "NOT velora",
                        "^velora",
                        "text:velora",
                        "{title text}: x",
                        "\\",
                        "'; DROP TABLE posts; --",
                        "\xff\xfe",
                        "%00",
                        "+"}) {
    auto [status, body] = get("/api/v1/posts?q=" + url_encoded(q));
    EXPECT_EQ(status, 200) << q << ": " << body.dump();
  }
  EXPECT_EQ(ids("/api/v1/posts?q=" + url_encoded("\"near\" (maybe)")), (Ids{"a"}));
  EXPECT_EQ(ids("/api/v1/posts?q=" + url_encoded(std::string("velora\0said", 11))), (Ids{"a"}));

  auto [long_status, long_body] = get("/api/v1/posts?q=" + std::string(5 * 1024, 'x'));
  EXPECT_EQ(long_status, 400);
  EXPECT_EQ(long_body["error"]["message"], "q must be at most 1000 bytes");
  // Past the HTTP server's 8 KiB request line, before any route.
  auto [huge_status, huge_body] = get("/api/v1/posts?q=" + std::string(10 * 1024, 'x'));
  EXPECT_EQ(huge_status, 414);
  EXPECT_EQ(huge_body["error"]["message"], "request URI too long (at most 8192 bytes)");
  std::string many;
  for (int i = 0; i < 40; ++i)
    many += "w ";
  auto [many_status, many_body] = get("/api/v1/posts?q=" + url_encoded(many));
  EXPECT_EQ(many_status, 400);
  EXPECT_EQ(many_body["error"]["message"], "q: full-text search takes at most 32 words");
  EXPECT_EQ(store_->count_posts(), 1);
}

TEST_F(ReadRoutesTest, AuthorProfileAndPostsByIdOrHandle) {
  std::vector<Post> posts = {
      testing::make_post("a", 1000, "kim"), testing::make_post("b", 3000, "kim"),
      testing::make_post("c", 2000, "kim"), testing::make_post("d", 4000, "lou")};
  posts[1].author.followers = 250;
  posts[1].author.name = "Kim K.";
  std::vector<PostAnalysis> analyses(4);
  analyses[0].sentiment = -0.5F;
  analyses[1].sentiment = 0.5F;
  analyses[2].sentiment = -0.75F;
  ASSERT_TRUE(store_->put_batch(store::Batch{.posts = posts, .analyses = analyses}));

  for (const char* who : {"u-kim", "kim", "%40KIM"}) {
    auto [status, body] = get(fmt::format("/api/v1/authors/twitter/{}", who));
    ASSERT_EQ(status, 200) << who << ": " << body.dump();
    const auto& author = body["author"];
    EXPECT_EQ(author["id"], "u-kim");
    EXPECT_EQ(author["handle"], "@kim");
    EXPECT_EQ(author["name"], "Kim K.");  // From the newest post.
    EXPECT_EQ(author["followers"], 250);
    EXPECT_EQ(author["first_seen"], "1970-01-01T00:00:01Z");
    EXPECT_EQ(author["last_seen"], "1970-01-01T00:00:03Z");
    EXPECT_EQ(author["posts"], 3);
    EXPECT_EQ(author["analyzed_posts"], 3);
    EXPECT_NEAR(author["average_sentiment"].get<double>(), -0.25, 1e-6);
  }
  auto [missing, missing_body] = get("/api/v1/authors/twitter/nobody");
  EXPECT_EQ(missing, 404);
  EXPECT_EQ(missing_body["error"]["message"], "no author twitter:nobody");
  EXPECT_EQ(get("/api/v1/authors/reddit/kim").first, 404);
  EXPECT_EQ(get("/api/v1/authors/myspace/kim").first, 400);
  EXPECT_EQ(get("/api/v1/authors/twitter/nobody/posts").first, 404);

  EXPECT_EQ(ids("/api/v1/authors/twitter/kim/posts"), (Ids{"b", "c", "a"}));
  auto [status, page] = get("/api/v1/authors/twitter/%40kim/posts?limit=2");
  ASSERT_EQ(status, 200);
  EXPECT_EQ(page["posts"].size(), 2U);
  EXPECT_EQ(ids("/api/v1/authors/twitter/kim/posts?limit=2&cursor=" +
                page["next_cursor"].get<std::string>()),
            (Ids{"a"}));
  // The path names the author: an author parameter does not widen it.
  EXPECT_EQ(ids("/api/v1/authors/twitter/kim/posts?author=lou"), (Ids{"b", "c", "a"}));
  EXPECT_EQ(get("/api/v1/authors/twitter/kim/posts?limit=0").first, 400);
}

TEST_F(ReadRoutesTest, SeriesBucketsSumToTheMatchCount) {
  for (const auto& [id, category] : {std::pair{"velora", store::QueryCategory::kBrand},
                                     {"velora-akku", store::QueryCategory::kBrand},
                                     {"rival", store::QueryCategory::kCompetitor}})
    ASSERT_TRUE(store_->put_query(store::QueryRecord{.id = id, .text = id, .category = category}));
  // 300 posts over a day, one every 4.8 minutes; every third also matches velora-akku,
  // every fifth is negative.
  std::vector<Post> posts;
  std::vector<std::vector<std::string>> matches;
  std::vector<PostAnalysis> analyses;
  for (int i = 0; i < 300; ++i) {
    posts.push_back(testing::make_post("p" + std::to_string(i), i * 288'000, "kim"));
    matches.push_back(i % 3 == 0 ? std::vector<std::string>{"velora", "velora-akku"}
                                 : std::vector<std::string>{"velora"});
    analyses.emplace_back();
    analyses.back().sentiment_label = i % 5 == 0 ? "negative" : "positive";
  }
  ASSERT_TRUE(
      store_->put_batch(store::Batch{.posts = posts, .matches = matches, .analyses = analyses}));

  auto [status, body] =
      get("/api/v1/series?query=velora&from=1970-01-01T00:00:00Z&to=1970-01-02T00:00:00Z");
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(body["bucket"], "5m");  // A day in 5-minute buckets:
  EXPECT_EQ(body["bucket_seconds"], 300);
  ASSERT_EQ(body["buckets"].size(), 288U);  // every one, empty ones as zeros.
  EXPECT_EQ(body["buckets"][0]["start"], "1970-01-01T00:00:00Z");
  EXPECT_EQ(body["buckets"][1]["start"], "1970-01-01T00:05:00Z");
  std::int64_t volume = 0, negative = 0, positive = 0, reach = 0;
  for (const auto& bucket : body["buckets"]) {
    volume += bucket["volume"].get<std::int64_t>();
    negative += bucket["negative"].get<std::int64_t>();
    positive += bucket["positive"].get<std::int64_t>();
    reach += bucket["reach"].get<std::int64_t>();
  }
  EXPECT_EQ(volume, *store_->count_matches("velora", Timestamp{0}, Timestamp{kDay}));
  EXPECT_EQ(volume, 300);
  EXPECT_EQ(negative, 60);
  EXPECT_EQ(positive, 240);
  EXPECT_EQ(reach, 300 * 100);

  // The brand's queries together: a post matched by both counts once.
  auto [brand_status, brand] = get(
      "/api/v1/series?category=brand&from=1970-01-01T00:00:00Z&to=1970-01-02T00:00:00Z&bucket=1d");
  ASSERT_EQ(brand_status, 200) << brand.dump();
  EXPECT_EQ(brand["queries"], (nlohmann::json{"velora", "velora-akku"}));
  ASSERT_EQ(brand["buckets"].size(), 1U);
  EXPECT_EQ(brand["buckets"][0]["volume"], 300);
  auto [rival_status, rival] =
      get("/api/v1/series?category=competitor&from=1970-01-01T00:00:00Z&to=1970-01-01T01:00:00Z");
  EXPECT_EQ(rival_status, 200);
  EXPECT_EQ(rival["buckets"].size(), 60U);
  EXPECT_EQ(rival["buckets"][0]["volume"], 0);
  // The range is widened to whole buckets.
  auto [hour_status, hour] =
      get("/api/v1/series?query=velora&from=1970-01-01T00:30:00Z&to=1970-01-01T02:10:00Z"
          "&bucket=1h");
  ASSERT_EQ(hour_status, 200);
  EXPECT_EQ(hour["from"], "1970-01-01T00:00:00Z");
  EXPECT_EQ(hour["to"], "1970-01-01T03:00:00Z");
  EXPECT_EQ(hour["buckets"].size(), 3U);
  EXPECT_EQ(hour["buckets"][0]["volume"], 13);  // 0, 4.8, ... 57.6 minutes.
}

TEST_F(ReadRoutesTest, SeriesBucketSizeFollowsTheRange) {
  EXPECT_EQ(bucket_for(0, kHour), "1m");
  EXPECT_EQ(bucket_for(0, 6 * kHour), "1m");
  EXPECT_EQ(bucket_for(0, 6 * kHour + 1), "5m");
  EXPECT_EQ(bucket_for(0, kDay), "5m");
  EXPECT_EQ(bucket_for(0, 3 * kDay), "15m");
  EXPECT_EQ(bucket_for(0, 7 * kDay), "1h");
  EXPECT_EQ(bucket_for(0, 30 * kDay), "6h");
  EXPECT_EQ(bucket_for(0, 60 * kDay), "6h");
  EXPECT_EQ(bucket_for(0, 61 * kDay), "1d");
  EXPECT_EQ(bucket_for(0, 365 * kDay), "1d");
}

TEST_F(ReadRoutesTest, SeriesRefusesBadParametersClearly) {
  ASSERT_TRUE(store_->put_query(store::QueryRecord{.id = "velora", .text = "velora"}));
  const std::string day = "&from=1970-01-01T00:00:00Z&to=1970-01-02T00:00:00Z";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"/api/v1/series?" + day.substr(1), "give either query=ID"},
      {"/api/v1/series?query=velora&category=brand" + day, "give either query=ID"},
      {"/api/v1/series?category=fans" + day, "category must be brand, competitor or topic"},
      {"/api/v1/series?query=velora&from=yesterday", "from: "},
      {"/api/v1/series?query=velora&from=1970-01-02T00:00:00Z&to=1970-01-01T00:00:00Z",
       "from must be before to"},
      {"/api/v1/series?query=velora&bucket=5x" + day, "bucket must be"},
      {"/api/v1/series?query=velora&bucket=0m" + day, "bucket must be"},
      {"/api/v1/series?query=velora&bucket=m" + day, "bucket must be"},
      {"/api/v1/series?query=velora&bucket=999999999999d" + day, "bucket must be"},
      {"/api/v1/series?query=velora&bucket=1m&from=1970-01-01T00:00:00Z&to=1970-01-03T00:00:00Z",
       "makes 2880 buckets, at most 2000"},
      {"/api/v1/series?query=velora&from=1970-01-01T00:00:00Z&to=1980-01-01T00:00:00Z",
       "makes 3652 buckets, at most 2000"},
  };
  for (const auto& [path, message] : cases) {
    auto [status, body] = get(path);
    EXPECT_EQ(status, 400) << path << ": " << body.dump();
    EXPECT_NE(body["error"]["message"].get<std::string>().find(message), std::string::npos)
        << path << ": " << body.dump();
  }
  auto [status, body] = get("/api/v1/series?query=nothing" + day);
  EXPECT_EQ(status, 404);
  EXPECT_EQ(body["error"]["message"], "no query \"nothing\"");
  EXPECT_EQ(get("/api/v1/series?query=velora&bucket=2000m&from=1970-01-01T00:00:00Z"
                "&to=1970-01-02T00:00:00Z")
                .first,
            200);
}

}  // namespace
}  // namespace rauch::server
