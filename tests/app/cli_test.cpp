// The CLI as a user sees it: the real binary, real files, real SQLite databases.

#include <sqlite3.h>

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/process.h"
#include "support/temp_dir.h"

namespace rauch::testing {
namespace {

std::string post_line(const std::string& id, const std::string& time, const std::string& text,
                      const std::string& author = "anna") {
  nlohmann::json post = {
      {"id", id},     {"source", "twitter"},
      {"text", text}, {"created_at", time},
      {"lang", "de"}, {"author", {{"id", "u-" + author}, {"handle", "@" + author}}}};
  return post.dump() + "\n";
}

void write_file(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class CliTest : public ::testing::Test {
 protected:
  std::string db() const { return dir_.file("test.db"); }
  TempDir dir_;
};

TEST_F(CliTest, PrintsVersionAndHelpForEveryCommand) {
  auto version = run_rauchmelder({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_NE(version.out.find("rauchmelder 0."), std::string::npos);
  auto help = run_rauchmelder({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  for (const char* command : {"ingest", "posts", "generate", "demo", "bench"}) {
    EXPECT_NE(help.out.find(command), std::string::npos) << command;
    auto sub = run_rauchmelder({command, "--help"});
    EXPECT_EQ(sub.exit_code, 0) << command;
    EXPECT_GT(sub.out.size(), 100U) << command;
  }
  EXPECT_NE(run_rauchmelder({"ingest", "--help"}).out.find("--max-future"), std::string::npos);
}

TEST_F(CliTest, UsageErrorsExitWithTwo) {
  EXPECT_EQ(run_rauchmelder({}).exit_code, 2);
  EXPECT_EQ(run_rauchmelder({"frobnicate"}).exit_code, 2);
  EXPECT_EQ(run_rauchmelder({"ingest"}).exit_code, 2);
  auto bad_since = run_rauchmelder({"posts", "--db", db(), "--since", "yesterday"});
  EXPECT_EQ(bad_since.exit_code, 2);
  EXPECT_NE(bad_since.err.find("--since: 'yesterday'"), std::string::npos) << bad_since.err;
}

TEST_F(CliTest, IngestsACleanFileAndSaysWhatItDid) {
  const std::string file = dir_.file("clean.ndjson");
  write_file(file, post_line("1", "2026-10-01T10:00:00Z", "eins") +
                       post_line("2", "2026-10-01T11:00:00Z", "zwei") +
                       post_line("3", "2026-10-01T12:00:00Z", "drei"));
  auto result = run_rauchmelder({"ingest", file, "--db", db()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("3 lines read, 3 stored, 0 duplicates, 0 rejected"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("posts/s"), std::string::npos);
  EXPECT_TRUE(result.err.empty()) << result.err;
}

TEST_F(CliTest, ReportsBadLinesAsFileLineReasonAndExitsWithOne) {
  const std::string file = dir_.file("mixed.ndjson");
  write_file(file, post_line("1", "2026-10-01T10:00:00Z", "gut") + "{kaputt\n" +
                       post_line("3", "2026-10-01T12:00:00Z", "auch gut"));
  auto result = run_rauchmelder({"ingest", file, "--db", db(), "--json"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(file + ":2: invalid JSON"), std::string::npos) << result.err;
  auto summary = nlohmann::json::parse(result.out);
  EXPECT_EQ(summary["total"]["stored"], 2);
  EXPECT_EQ(summary["total"]["rejected"], 1);
  EXPECT_EQ(summary["total"]["lines"], 3);
  EXPECT_EQ(summary["files"][0]["file"], file);
  EXPECT_EQ(run_rauchmelder({"posts", "--db", db(), "--json"}).out,
            run_rauchmelder({"posts", "--db", db(), "--json"}).out);
}

TEST_F(CliTest, BulkLoadRebuildsIndexesAndSaysSo) {
  const std::string file = dir_.file("bulk.ndjson");
  write_file(file, post_line("1", "2026-10-01T10:00:00Z", "eins", "anna") +
                       post_line("2", "2026-10-01T11:00:00Z", "zwei", "ben"));
  auto result = run_rauchmelder({"ingest", file, "--db", db(), "--bulk", "on", "--json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto summary = nlohmann::json::parse(result.out);
  EXPECT_GT(summary["index_rebuild_seconds"].get<double>(), 0.0);
  EXPECT_NE(run_rauchmelder({"posts", "--db", db(), "--author", "@ben"}).out.find("zwei"),
            std::string::npos);
  EXPECT_EQ(run_rauchmelder({"ingest", file, "--db", db(), "--bulk", "maybe"}).exit_code, 2);
}

TEST_F(CliTest, MissingFileIsAnIoErrorButOtherFilesAreStillIngested) {
  const std::string file = dir_.file("ok.ndjson");
  write_file(file, post_line("1", "2026-10-01T10:00:00Z", "gut"));
  auto result = run_rauchmelder({"ingest", dir_.file("missing.ndjson"), file, "--db", db()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("cannot open " + dir_.file("missing.ndjson")), std::string::npos);
  EXPECT_NE(result.out.find("1 stored"), std::string::npos) << result.out;
}

TEST_F(CliTest, ReadsStandardInputForDash) {
  auto result = run_rauchmelder({"ingest", "-", "--db", db()},
                                post_line("1", "2026-10-01T10:00:00Z", "von stdin"));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("-: 1 lines read, 1 stored"), std::string::npos) << result.out;
}

TEST_F(CliTest, IngestingTheSameFileTwiceStoresNothingNew) {
  const std::string file = dir_.file("twice.ndjson");
  write_file(file, post_line("1", "2026-10-01T10:00:00Z", "a") +
                       post_line("2", "2026-10-01T11:00:00Z", "b"));
  ASSERT_EQ(run_rauchmelder({"ingest", file, "--db", db()}).exit_code, 0);
  const std::string before = run_rauchmelder({"posts", "--db", db(), "--json"}).out;
  auto again = run_rauchmelder({"ingest", file, "--db", db()});
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_NE(again.out.find("0 stored, 2 duplicates"), std::string::npos) << again.out;
  EXPECT_EQ(run_rauchmelder({"posts", "--db", db(), "--json"}).out, before);
}

TEST_F(CliTest, RejectsPostsFromTheFutureUnlessAllowed) {
  const std::string file = dir_.file("future.ndjson");
  write_file(file, post_line("1", "2099-01-01T00:00:00Z", "aus der Zukunft"));
  auto result = run_rauchmelder({"ingest", file, "--db", db()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("lies in the future"), std::string::npos) << result.err;
  EXPECT_EQ(run_rauchmelder({"ingest", file, "--db", db(), "--allow-future"}).exit_code, 0);
}

TEST_F(CliTest, ListsPostsNewestFirstWithFilters) {
  const std::string file = dir_.file("list.ndjson");
  write_file(file, post_line("1", "2026-10-01T10:00:00Z", "erster", "anna") +
                       post_line("2", "2026-10-02T10:00:00Z", "zweiter", "ben") +
                       post_line("3", "2026-10-03T10:00:00Z", "dritter", "anna"));
  ASSERT_EQ(run_rauchmelder({"ingest", file, "--db", db()}).exit_code, 0);
  auto all = run_rauchmelder({"posts", "--db", db()});
  EXPECT_EQ(all.exit_code, 0);
  EXPECT_LT(all.out.find("dritter"), all.out.find("zweiter"));
  EXPECT_LT(all.out.find("zweiter"), all.out.find("erster"));
  auto anna = run_rauchmelder({"posts", "--db", db(), "--author", "@anna"});
  EXPECT_EQ(anna.out.find("zweiter"), std::string::npos);
  EXPECT_NE(anna.out.find("erster"), std::string::npos);
  auto window = run_rauchmelder(
      {"posts", "--db", db(), "--since", "2026-10-02", "--until", "2026-10-03T00:00:00Z"});
  EXPECT_EQ(window.out.find("erster"), std::string::npos);
  EXPECT_NE(window.out.find("zweiter"), std::string::npos);
  EXPECT_EQ(window.out.find("dritter"), std::string::npos);
  auto limited = run_rauchmelder({"posts", "--db", db(), "--limit", "1", "--json"});
  EXPECT_EQ(std::count(limited.out.begin(), limited.out.end(), '\n'), 1);
  EXPECT_EQ(run_rauchmelder({"posts", "--db", db(), "--source", "myspace"}).exit_code, 2);
}

TEST_F(CliTest, JsonOutputIngestsIntoAnIdenticalDatabase) {
  const std::string file = dir_.file("rich.ndjson");
  write_file(
      file,
      R"({"id":"r1","source":"review","text":"Gut \"so\"\n2. Zeile","created_at":"2026-10-01T12:00:00.5+02:00","url":"https://x.de","lang":"de","author":{"id":"u1","handle":"@anna","name":"Anna","followers":12,"verified":true,"city":"Ulm"},"kind":"review","rating":4,"metrics":{"likes":1,"views":9},"own":true,"title":"T","custom":{"a":[1,2]}})"
      "\n");
  ASSERT_EQ(run_rauchmelder({"ingest", file, "--db", db()}).exit_code, 0);
  const std::string exported = run_rauchmelder({"posts", "--db", db(), "--json"}).out;
  const std::string db2 = dir_.file("copy.db");
  ASSERT_EQ(run_rauchmelder({"ingest", "-", "--db", db2}, exported).exit_code, 0);
  EXPECT_EQ(run_rauchmelder({"posts", "--db", db2, "--json"}).out, exported);
  EXPECT_NE(exported.find(R"("custom":{"a":[1,2]})"), std::string::npos) << exported;
  EXPECT_NE(exported.find(R"("author.city":"Ulm")"), std::string::npos) << exported;
}

TEST_F(CliTest, HostileTextCannotControlTheTerminal) {
  const std::string file = dir_.file("hostile.ndjson");
  write_file(file, post_line("1", "2026-10-01T10:00:00Z",
                             "\x1b]0;pwned\x07 \x1b[2J <script>alert(1)</script> \u202egnp.exe"));
  ASSERT_EQ(run_rauchmelder({"ingest", file, "--db", db()}).exit_code, 0);
  auto shown = run_rauchmelder({"posts", "--db", db()});
  EXPECT_EQ(shown.out.find('\x1b'), std::string::npos);
  EXPECT_EQ(shown.out.find('\x07'), std::string::npos);
  EXPECT_EQ(shown.out.find("\u202e"), std::string::npos);
  EXPECT_NE(shown.out.find("<script>alert(1)</script>"), std::string::npos);
  auto json = run_rauchmelder({"posts", "--db", db(), "--json"});
  EXPECT_NE(json.out.find(R"(\u001b]0;pwned\u0007)"), std::string::npos) << json.out;
}

TEST_F(CliTest, RefusesADatabaseFromANewerRelease) {
  const std::string file = dir_.file("one.ndjson");
  write_file(file, post_line("1", "2026-10-01T10:00:00Z", "a"));
  ASSERT_EQ(run_rauchmelder({"ingest", file, "--db", db()}).exit_code, 0);
  sqlite3* handle = nullptr;
  sqlite3_open(db().c_str(), &handle);
  sqlite3_exec(handle, "PRAGMA user_version = 42", nullptr, nullptr, nullptr);
  sqlite3_close(handle);
  auto result = run_rauchmelder({"posts", "--db", db()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("schema version 42"), std::string::npos) << result.err;
}

TEST_F(CliTest, GenerateIsDeterministicForASeedAndWritesGroundTruth) {
  const std::string a = dir_.file("a.ndjson");
  const std::string b = dir_.file("b.ndjson");
  const std::string c = dir_.file("c.ndjson");
  ASSERT_EQ(run_rauchmelder({"generate", "--scenario", "baseline,scandal", "--seed", "7", "--days",
                             "21", "--out", a})
                .exit_code,
            0);
  ASSERT_EQ(run_rauchmelder({"generate", "--scenario", "baseline,scandal", "--seed", "7", "--days",
                             "21", "--out", b})
                .exit_code,
            0);
  ASSERT_EQ(run_rauchmelder({"generate", "--scenario", "baseline,scandal", "--seed", "8", "--days",
                             "21", "--out", c})
                .exit_code,
            0);
  EXPECT_GT(read_file(a).size(), 100'000U);
  EXPECT_EQ(read_file(a), read_file(b));
  EXPECT_NE(read_file(a), read_file(c));
  auto truth = nlohmann::json::parse(read_file(dir_.file("a.truth.json")));
  ASSERT_EQ(truth["events"].size(), 1U);
  EXPECT_EQ(truth["events"][0]["scenario"], "scandal");
  auto ingested = run_rauchmelder({"ingest", a, "--db", db()});
  EXPECT_EQ(ingested.exit_code, 0) << ingested.err.substr(0, 2000);
  auto unknown = run_rauchmelder({"generate", "--scenario", "earthquake", "--out", c});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("earthquake"), std::string::npos);
}

TEST_F(CliTest, DemoBuildsAFreshDatabaseAndSaysWhatToTryNext) {
  const std::string demo = dir_.file("demo");
  auto first = run_rauchmelder({"demo", "--dir", demo});
  ASSERT_EQ(first.exit_code, 0) << first.err.substr(0, 2000);
  EXPECT_NE(first.out.find("0 rejected"), std::string::npos) << first.out;
  EXPECT_NE(first.out.find("Try next"), std::string::npos);
  EXPECT_NE(first.out.find("scandal"), std::string::npos);
  EXPECT_NE(first.out.find("hijack"), std::string::npos);
  // It ends with how to serve it, the demo login and a token that the store knows.
  EXPECT_NE(first.out.find("Demo login: demo / velora-demo"), std::string::npos) << first.out;
  EXPECT_NE(first.out.find("API token:  rmt_"), std::string::npos) << first.out;
  auto tokens = run_rauchmelder({"tokens", "list", "--json", "--db", demo + "/rauchmelder.db"});
  ASSERT_EQ(tokens.exit_code, 0) << tokens.err;
  EXPECT_NE(tokens.out.find("\"user\":\"demo\""), std::string::npos) << tokens.out;
  auto second = run_rauchmelder({"demo", "--dir", demo});
  ASSERT_EQ(second.exit_code, 0);
  EXPECT_NE(second.out.find(" 0 duplicates"), std::string::npos) << second.out;  // fresh db
}

}  // namespace
}  // namespace rauch::testing
