// Detection inside ingest, end to end: ingest with a config file whose [detect] tables set
// parameters per query and whose [notify]/[oncall] tables send to a webhook (a real HTTP
// server on 127.0.0.1). The hijacked own account reaches the on-call person's webhook as a
// critical incident while ingest runs; a bad [detect] option is refused with its line.

#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/process.h"
#include "support/http_sink.h"
#include "support/temp_dir.h"

namespace rauch::testing {
namespace {

constexpr const char* kVeloraQuery = "velora OR #velora* OR @velora OR @velora_hilfe OR @velora_news";

std::string config_text(const std::string& webhook, const std::string& detect) {
  return detect + R"(
[notify]
min_severity = "warning"
connect_timeout_seconds = 2
timeout_seconds = 5

[oncall]
time_zone = "Europe/Berlin"
holidays = "DE-BE"

[[oncall.people]]
name = "ben"
webhook = ")" + webhook + R"("

[[oncall.rotations]]
name = "always"
level = 1
people = ["ben"]
)";
}

class IngestNotifyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    posts_ = dir_.file("posts.ndjson");
    ASSERT_EQ(run_rauchmelder({"generate", "--scenario", "baseline,hijack", "--seed", "3",
                               "--days", "28", "--out", posts_}).exit_code, 0);
    ASSERT_EQ(run_rauchmelder({"queries", "add", "--db", db(), "velora", kVeloraQuery}).exit_code, 0);
  }
  std::string write_config(const std::string& text) {
    const std::string path = dir_.file("rauchmelder.toml");
    std::ofstream(path) << text;
    return path;
  }
  std::string db() const { return dir_.file("n.db"); }
  TempDir dir_;
  std::string posts_;
};

TEST_F(IngestNotifyTest, TheHijackReachesTheOnCallWebhookDuringIngest) {
  HttpSink sink;
  const std::string config = write_config(config_text(sink.url(), R"(
[detect.hijack]
allowed_domains = ["velora.de"]
)"));
  auto run = run_rauchmelder(
      {"ingest", "--db", db(), "--brand-domain", "velora.de", "--config", config, posts_});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("critical Velora links to ve1ora-login.de"), std::string::npos) << run.err;
  ASSERT_TRUE(sink.wait_for(1, std::chrono::seconds(5))) << run.err;
  bool hijack = false;
  for (const HttpRequest& request : sink.requests()) {
    const auto body = nlohmann::json::parse(request.body);
    if (body["incident"]["kind"] != "hijack") continue;
    hijack = true;
    EXPECT_EQ(body["event"], "opened");
    EXPECT_EQ(body["incident"]["severity"], "critical");
    EXPECT_EQ(body["recipient"]["name"], "ben");
    EXPECT_GT(body["incident"]["id"].get<int>(), 0);
  }
  EXPECT_TRUE(hijack) << sink.requests().size() << " requests";
  // Nothing is left pending.
  auto deliver = run_rauchmelder({"notify", "deliver", "--db", db(), "--config", config, "--json"});
  ASSERT_EQ(deliver.exit_code, 0) << deliver.err;
  EXPECT_EQ(nlohmann::json::parse(deliver.out)["pending"], 0) << deliver.out;
}

TEST_F(IngestNotifyTest, PerQueryOptionsApplyAndUnknownOnesAreRefusedWithTheirLine) {
  // Without the allow-list the lookalike still counts; a per-query setting that silences
  // the velora query's signals leaves only the brand-level hijack.
  const std::string quiet = write_config(R"(
[detect.queries.velora.reach]
min_followers = 1e12
)");
  auto run = run_rauchmelder(
      {"ingest", "--db", db(), "--brand-domain", "velora.de", "--config", quiet, posts_});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err.find("negative post by"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("critical Velora links to"), std::string::npos) << run.err;

  const std::string bad = write_config("[detect.volume]\nalert_z = 7\nalert_zz = 3\n");
  auto refused = run_rauchmelder({"ingest", "--db", dir_.file("other.db"), "--config", bad, posts_});
  EXPECT_NE(refused.exit_code, 0);
  EXPECT_NE(refused.err.find("rauchmelder.toml:3: detect.volume.alert_zz: unknown option"),
            std::string::npos) << refused.err;
  const std::string zone = write_config("[detect.hijack]\ntime_zone = \"Europe/Berlni\"\n");
  auto bad_zone = run_rauchmelder({"ingest", "--db", dir_.file("zone.db"), "--config", zone, posts_});
  EXPECT_NE(bad_zone.exit_code, 0);
  EXPECT_NE(bad_zone.err.find("unknown time_zone 'Europe/Berlni'"), std::string::npos) << bad_zone.err;
  // The learnt DM rhythm's options are read and checked the same way.
  const std::string share = write_config("[detect.hijack]\ndm_quiet_share = 2.0\n");
  auto bad_share = run_rauchmelder({"ingest", "--db", dir_.file("share.db"), "--config", share, posts_});
  EXPECT_NE(bad_share.exit_code, 0);
  EXPECT_NE(bad_share.err.find("dm_quiet_share must be 0..1"), std::string::npos) << bad_share.err;
}

}  // namespace
}  // namespace rauch::testing
