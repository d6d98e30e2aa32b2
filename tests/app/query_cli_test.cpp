// The query commands as a user runs them: match, query check, queries add/list/show/
// remove/test, and ingest recording matches of the saved queries.

#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/process.h"
#include "support/temp_dir.h"

namespace rauch::testing {
namespace {

std::string post_line(const std::string& id, const std::string& time, const std::string& text) {
  nlohmann::json post = {{"id", id}, {"source", "twitter"}, {"text", text}, {"created_at", time}};
  return post.dump() + "\n";
}

std::vector<nlohmann::json> json_lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::size_t start = 0;
  while (start < out.size()) {
    const std::size_t end = out.find('\n', start);
    lines.push_back(nlohmann::json::parse(out.substr(start, end - start)));
    start = end + 1;
  }
  return lines;
}

class QueryCliTest : public ::testing::Test {
 protected:
  std::string db() const { return dir_.file("q.db"); }
  std::string write(const std::string& name, const std::string& content) {
    const std::string path = dir_.file(name);
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
  TempDir dir_;
};

TEST_F(QueryCliTest, MatchWritesEveryPostWithTheIdsOfItsQueries) {
  const std::string queries = write("q.tsv",
                                    "# brand watch\n"
                                    "brand\tvelora OR #velora\n"
                                    "\n"
                                    "battery\tvelora AND akku* AND NOT gewinnspiel\n");
  const std::string input = post_line("1", "2026-10-01T10:00:00Z", "Mein Velora-Akku ist leer") +
                            "{not json\n" +
                            post_line("2", "2026-10-01T10:01:00Z", "Fahrrad ohne Marke");
  auto all = run_rauchmelder({"match", "--queries", queries}, input);
  EXPECT_EQ(all.exit_code, 1) << all.err;  // One line rejected.
  EXPECT_NE(all.err.find("-:2: invalid JSON"), std::string::npos) << all.err;
  const auto lines = json_lines(all.out);
  ASSERT_EQ(lines.size(), 2u) << all.out;
  EXPECT_EQ(lines[0]["id"], "1");
  EXPECT_EQ(lines[0]["matches"], nlohmann::json::array({"brand", "battery"}));
  EXPECT_EQ(lines[0]["text"], "Mein Velora-Akku ist leer");
  EXPECT_EQ(lines[1]["matches"], nlohmann::json::array());

  auto only = run_rauchmelder({"match", "--queries", queries, "--only-matching"}, input);
  EXPECT_EQ(json_lines(only.out).size(), 1u);
}

TEST_F(QueryCliTest, MatchReportsEveryBadQueryLineWithItsPosition) {
  const std::string queries = write("bad.tsv",
                                    "ok\tbahn\n"
                                    "no tab here\n"
                                    "broken\t(bahn OR zug\n"
                                    "ok\tzug\n");
  auto result = run_rauchmelder({"match", "--queries", queries}, "");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(queries + ":2: expected ID<TAB>QUERY"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find(queries + ":3: col 13: expected ')' to close '(' at col 1"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find(queries + ":4: query id 'ok' used twice"), std::string::npos)
      << result.err;
}

TEST_F(QueryCliTest, QueryCheckPrintsTheCanonicalFormOrACaretUnderTheError) {
  auto ok = run_rauchmelder({"query", "check", "bahn zug OR \"Deutsche  Bahn\"~3"});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_EQ(ok.out, "(bahn AND zug) OR Deutsche NEAR/3 Bahn\n");
  EXPECT_NE(ok.err.find("warning: col"), std::string::npos);  // AND and OR mixed.

  auto bad = run_rauchmelder({"query", "check", "bahn AND (zug OR"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_TRUE(bad.out.empty());
  EXPECT_NE(bad.err.find("error: col 17:"), std::string::npos) << bad.err;
  // The caret sits under column 17 (two spaces of indentation + 16).
  EXPECT_NE(bad.err.find("\n  " + std::string(16, ' ') + "^"), std::string::npos) << bad.err;
}

TEST_F(QueryCliTest, SavedQueriesAreBackfilledAndMatchedOnIngest) {
  const std::string before =
      write("before.ndjson", post_line("1", "2026-10-01T10:00:00Z", "Velora Akku kaputt") +
                                 post_line("2", "2026-10-02T10:00:00Z", "Velora ist super"));
  ASSERT_EQ(run_rauchmelder({"ingest", "--db", db(), before}).exit_code, 0);

  auto added = run_rauchmelder({"queries", "add", "--db", db(), "akku", "velora AND akku*",
                                "--category", "topic", "--name", "Akku"});
  EXPECT_EQ(added.exit_code, 0) << added.err;
  EXPECT_NE(added.out.find("backfill: 1 of 2 stored posts match"), std::string::npos) << added.out;
  auto again = run_rauchmelder({"queries", "add", "--db", db(), "akku", "x"});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("--replace"), std::string::npos);
  auto invalid = run_rauchmelder({"queries", "add", "--db", db(), "bad", "(velora"});
  EXPECT_EQ(invalid.exit_code, 1);

  const std::string after =
      write("after.ndjson", post_line("3", "2026-10-03T10:00:00Z", "AKKU von velora tot") +
                                post_line("4", "2026-10-03T11:00:00Z", "nur Akku"));
  auto ingested = run_rauchmelder({"ingest", "--db", db(), after});
  ASSERT_EQ(ingested.exit_code, 0) << ingested.err;

  auto list = run_rauchmelder({"queries", "list", "--db", db(), "--json"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  const auto queries = nlohmann::json::parse(list.out);
  ASSERT_EQ(queries.size(), 1u);
  EXPECT_EQ(queries[0]["id"], "akku");
  EXPECT_EQ(queries[0]["matches"], 2);
  EXPECT_EQ(queries[0]["category"], "topic");

  auto tested = run_rauchmelder({"queries", "test", "--db", db(), "akku", "--json"});
  ASSERT_EQ(tested.exit_code, 0) << tested.err;
  const auto test = nlohmann::json::parse(tested.out);
  EXPECT_EQ(test["posts_scanned"], 4);
  EXPECT_EQ(test["matches"], 2);
  EXPECT_EQ(test["new_matches"], 0);
  EXPECT_EQ(
      test["days"],
      nlohmann::json::parse(R"([{"day":"2026-10-01","count":1},{"day":"2026-10-03","count":1}])"));
  ASSERT_EQ(test["samples"].size(), 2u);
  EXPECT_EQ(test["samples"][0]["id"], "3");  // Newest first.

  auto show = run_rauchmelder({"queries", "show", "--db", db(), "akku", "--json"});
  EXPECT_EQ(nlohmann::json::parse(show.out)["canonical"], "velora AND akku*");

  EXPECT_EQ(run_rauchmelder({"queries", "remove", "--db", db(), "akku"}).exit_code, 0);
  EXPECT_EQ(run_rauchmelder({"queries", "remove", "--db", db(), "akku"}).exit_code, 1);
  EXPECT_EQ(run_rauchmelder({"queries", "test", "--db", db(), "akku"}).exit_code, 1);
}

TEST_F(QueryCliTest, IngestAnalyzesPostsSoQueriesCanFilterOnSentimentAndIntent) {
  const std::string early = write("early.ndjson",
                                  post_line("1", "2026-10-01T10:00:00Z",
                                            "Velora, mein Akku ist schon wieder kaputt. Unverschämt!") +
                                      post_line("2", "2026-10-01T11:00:00Z",
                                                "Velora, danke für den tollen Service!"));
  ASSERT_EQ(run_rauchmelder({"ingest", "--db", db(), early}).exit_code, 0);
  // Backfill reads the stored analyses.
  auto added = run_rauchmelder(
      {"queries", "add", "--db", db(), "unhappy", "velora sentiment:negative intent:complaint"});
  ASSERT_EQ(added.exit_code, 0) << added.err;
  EXPECT_NE(added.out.find("backfill: 1 of 2 stored posts match"), std::string::npos) << added.out;

  const std::string late = write("late.ndjson",
                                 post_line("3", "2026-10-02T10:00:00Z",
                                           "Velora, the battery died again and nobody answers. "
                                           "Terrible service!") +
                                     post_line("4", "2026-10-02T11:00:00Z",
                                               "Velora, I love my new bike, thank you!"));
  ASSERT_EQ(run_rauchmelder({"ingest", "--db", db(), late}).exit_code, 0);
  auto tested = run_rauchmelder({"queries", "test", "--db", db(), "unhappy", "--json"});
  ASSERT_EQ(tested.exit_code, 0) << tested.err;
  const auto test = nlohmann::json::parse(tested.out);
  EXPECT_EQ(test["matches"], 2);
  ASSERT_EQ(test["samples"].size(), 2u);
  EXPECT_EQ(test["samples"][0]["id"], "3");
  EXPECT_EQ(test["samples"][1]["id"], "1");
}

TEST_F(QueryCliTest, ShortPostsTakeTheUsualLanguageOfTheirAuthorAcrossIngests) {
  auto by = [](const std::string& id, const std::string& author, const std::string& lang,
               const std::string& text) {
    nlohmann::json post = {{"id", id},     {"source", "twitter"},          {"text", text},
                           {"lang", lang}, {"author", {{"id", author}}},
                           {"created_at", "2026-10-0" + id + "T10:00:00Z"}};
    return post.dump() + "\n";
  };
  // Anna writes German (her client states English).
  const std::string history =
      write("history.ndjson",
            by("1", "u-anna", "en", "Mein Velora Akku ist schon wieder leer, das nervt echt.") +
                by("2", "u-anna", "en", "Heute mit dem Velora zur Arbeit, die Sonne scheint."));
  ASSERT_EQ(run_rauchmelder({"ingest", "--db", db(), history}).exit_code, 0);
  // Too short to detect: Anna's is German by her habit, Ben's takes his stated language.
  const std::string shorts = write("short.ndjson", by("3", "u-anna", "en", "velora ok 👍") +
                                                        by("4", "u-ben", "en", "velora ok 👍"));
  ASSERT_EQ(run_rauchmelder({"ingest", "--db", db(), shorts}).exit_code, 0);

  ASSERT_EQ(run_rauchmelder({"queries", "add", "--db", db(), "german", "velora lang:de"}).exit_code,
            0);
  auto tested = run_rauchmelder({"queries", "test", "--db", db(), "german", "--json"});
  ASSERT_EQ(tested.exit_code, 0) << tested.err;
  const auto test = nlohmann::json::parse(tested.out);
  EXPECT_EQ(test["matches"], 3);
  std::vector<std::string> ids;
  for (const auto& post : test["samples"]) ids.push_back(post["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"3", "2", "1"}));
}

}  // namespace
}  // namespace rauch::testing
