// A process killed with SIGKILL in the middle of an ingest leaves a consistent database,
// and running the same ingest again completes it without duplicates.

#include <sqlite3.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/process.h"
#include "support/sqlite_query.h"
#include "support/temp_dir.h"

namespace rauch::testing {
namespace {

TEST(IngestKill, KilledIngestLeavesAConsistentDatabaseThatARerunCompletes) {
  TempDir dir;
  const std::string corpus = dir.file("corpus.ndjson");
  const std::string db = dir.file("kill.db");
  // About 200,000 posts: far more than one batch, so the kill lands mid-way.
  auto generated = run_rauchmelder({"generate", "--scenario", "baseline", "--days", "14",
                                    "--volume", "9.5", "--seed", "3", "--out", corpus});
  ASSERT_EQ(generated.exit_code, 0) << generated.err;

  {
    RunningProcess ingest({"ingest", corpus, "--db", db, "--batch-size", "500", "--progress"});
    std::string line;
    ASSERT_TRUE(ingest.read_err_line(line, 60'000)) << "no progress line";
    ASSERT_EQ(line.rfind("progress ", 0), 0U) << line;
    ingest.kill_hard();
  }

  EXPECT_EQ(query_one(db, "PRAGMA integrity_check"), "ok");
  const long partial = std::stol(query_one(db, "SELECT count(*) FROM posts"));
  EXPECT_GT(partial, 0);
  EXPECT_EQ(partial % 500, 0) << "only whole batches are committed";
  EXPECT_EQ(query_one(db, "SELECT status FROM ingest_log"), "running");
  EXPECT_EQ(query_one(db, "SELECT stored FROM ingest_log"), std::to_string(partial));

  auto rerun = run_rauchmelder({"ingest", corpus, "--db", db, "--json"});
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  auto summary = nlohmann::json::parse(rerun.out);
  const long lines = summary["total"]["lines"];
  EXPECT_LT(partial, lines) << "the kill came after the last batch; make the corpus larger";
  EXPECT_EQ(summary["total"]["duplicates"], partial);
  EXPECT_EQ(static_cast<long>(summary["total"]["stored"]) + partial, lines);
  EXPECT_EQ(query_one(db, "SELECT count(*) FROM posts"), std::to_string(lines));
  EXPECT_EQ(query_one(db, "SELECT count(DISTINCT source || ':' || ext_id) FROM posts"),
            std::to_string(lines));
  EXPECT_EQ(query_one(db, "PRAGMA integrity_check"), "ok");
  // The killed run was a bulk load that had dropped the per-author index; it is back.
  EXPECT_EQ(query_one(db, "SELECT count(*) FROM sqlite_master WHERE name = 'posts_by_author'"),
            "1");
}

}  // namespace
}  // namespace rauch::testing
