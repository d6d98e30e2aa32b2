// `rauchmelder oncall` and `rauchmelder notify` as a user runs them.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

#include "app/process.h"
#include "support/http_sink.h"
#include "support/temp_dir.h"

namespace rauch {
namespace {

using testing::run_rauchmelder;

const std::string kExample = std::string(RAUCH_SOURCE_DIR) + "/config/rauchmelder.example.toml";

TEST(OnCallCli, ExampleConfigWeekendAndHoliday) {
  auto friday = run_rauchmelder({"oncall", "--config", kExample, "--at", "2026-11-27T18:30:00+01:00"});
  ASSERT_EQ(friday.exit_code, 0) << friday.err;
  EXPECT_EQ(friday.out,
            "on call at 2026-11-27T17:30:00Z (Fri 2026-11-27 18:30 Europe/Berlin)\n"
            "level 1: ben (rotation after-hours; smtp, webhook); escalates after 15 min\n"
            "level 2: cleo (rotation management; smtp); escalates after 30 min\n"
            "level 3: ole (rotation director; smtp); escalates after 15 min\n");
  auto json = run_rauchmelder(
      {"oncall", "--config", kExample, "--at", "2026-12-25T11:00:00+01:00", "--json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const auto out = nlohmann::json::parse(json.out);
  EXPECT_EQ(out["levels"][0]["person"], "ben");  // Week 50 since start: ben again.
  EXPECT_EQ(out["levels"][0]["rotation"], "after-hours");
  EXPECT_TRUE(out["warnings"].empty());
}

TEST(OnCallCli, InvalidConfigListsEveryProblem) {
  testing::TempDir dir;
  std::ofstream(dir.file("bad.toml")) << "[oncall]\ntime_zone = 3\n[[oncall.rotations]]\nname = \"x\"\npeople = [\"nobody\"]\n";
  auto result = run_rauchmelder({"oncall", "--config", dir.file("bad.toml")});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("bad.toml:2: oncall.time_zone: must be a string"), std::string::npos)
      << result.err;
}

TEST(NotifyCli, TestSendsThroughEachChannelAndReports) {
  testing::HttpSink hook;
  testing::TempDir dir;
  std::ofstream(dir.file("n.toml")) << "[oncall]\n[[oncall.people]]\nname = \"ben\"\nwebhook = \""
                                    << hook.url() << "\"\nlog = true\n[[oncall.rotations]]\n"
                                    << "name = \"all\"\npeople = [\"ben\"]\n";
  auto result = run_rauchmelder({"notify", "test", "--config", dir.file("n.toml")});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "ok      webhook ben\nok      log ben\n2 sent, 0 failed\n");
  ASSERT_EQ(hook.requests().size(), 1u);
  EXPECT_EQ(nlohmann::json::parse(hook.requests()[0].body)["event"], "test");

  auto deliver = run_rauchmelder(
      {"notify", "deliver", "--config", dir.file("n.toml"), "--db", dir.file("r.db")});
  EXPECT_EQ(deliver.exit_code, 0) << deliver.err;
  EXPECT_EQ(deliver.out, "escalated 0, sent 0, retrying 0, failed 0, pending 0\n");
}

}  // namespace
}  // namespace rauch
