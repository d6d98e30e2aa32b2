// `rauchmelder backtest` on generated scenarios, checked against the generator's ground
// truth: the scandal raises negative-share and volume alerts soon after it starts, the
// hijack a critical alert within 15 minutes, four quiet weeks none.

#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/process.h"
#include "core/timestamp.h"
#include "support/temp_dir.h"

namespace rauch::testing {
namespace {

constexpr const char* kVeloraQuery = "velora OR #velora* OR @velora OR @velora_hilfe OR @velora_news";

class BacktestCliTest : public ::testing::Test {
 protected:
  // Generates, saves the query, ingests; returns the ground truth.
  nlohmann::json load(const std::string& scenarios, const std::string& seed) {
    return load(scenarios, seed, {});
  }
  nlohmann::json load(const std::string& scenarios, const std::string& seed,
                      std::vector<std::string> ingest_options) {
    const std::string posts = dir_.file("posts.ndjson");
    auto generated = run_rauchmelder({"generate", "--scenario", scenarios, "--seed", seed,
                                      "--days", "28", "--out", posts});
    EXPECT_EQ(generated.exit_code, 0) << generated.err;
    EXPECT_EQ(run_rauchmelder({"queries", "add", "--db", db(), "velora", kVeloraQuery}).exit_code, 0);
    std::vector<std::string> ingest = {"ingest", "--db", db(), posts};
    ingest.insert(ingest.end(), ingest_options.begin(), ingest_options.end());
    auto ingested = run_rauchmelder(ingest);
    EXPECT_EQ(ingested.exit_code, 0) << ingested.err;
    std::ifstream truth(dir_.file("posts.truth.json"));
    return nlohmann::json::parse(truth);
  }
  std::string db() const { return dir_.file("b.db"); }
  TempDir dir_;
};

TEST_F(BacktestCliTest, TheScandalRaisesNegativeShareThenVolumeAlertsSoonAfterItStarts) {
  const auto truth = load("baseline,scandal", "3");
  const Timestamp start = *parse_rfc3339(truth["events"][0]["start"].get<std::string>());
  auto run = run_rauchmelder({"backtest", "--db", db(), "--json", "--record"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto alerts = nlohmann::json::parse(run.out);
  ASSERT_EQ(alerts.size(), 2u) << run.out;
  auto minutes_after_start = [&](const nlohmann::json& alert) {
    return (parse_rfc3339(alert["at"].get<std::string>())->ms - start.ms) / 60'000;
  };
  // The share of negative posts jumps first, then the volume.
  EXPECT_EQ(alerts[0]["kind"], "negative_share");
  EXPECT_EQ(alerts[1]["kind"], "volume");
  for (const auto& alert : alerts) EXPECT_EQ(alert["query_id"], "velora");
  EXPECT_GE(minutes_after_start(alerts[0]), 0);
  EXPECT_LE(minutes_after_start(alerts[0]), 35) << alerts[0]["at"];
  EXPECT_LE(minutes_after_start(alerts[1]), 60) << alerts[1]["at"];

  // --record made them incidents, one per signal and query.
  auto incidents = run_rauchmelder({"incidents", "--db", db(), "--json"});
  const auto list = nlohmann::json::parse(incidents.out);
  ASSERT_EQ(list.size(), 2u);
  std::set<std::string> keys;
  for (const auto& incident : list) {
    keys.insert(incident["key"].get<std::string>());
    EXPECT_EQ(incident["severity"], "warning");
  }
  EXPECT_EQ(keys, (std::set<std::string>{"negative_share:velora", "volume:velora"}));
}

TEST_F(BacktestCliTest, AHijackedOwnAccountRaisesACriticalAlertWithinFifteenMinutes) {
  const auto truth = load("baseline,hijack", "3", {"--brand-domain", "velora.de"});
  const Timestamp start = *parse_rfc3339(truth["events"][0]["start"].get<std::string>());
  auto run = run_rauchmelder({"backtest", "--db", db(), "--brand-domain", "velora.de", "--json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto alerts = nlohmann::json::parse(run.out);
  ASSERT_EQ(alerts.size(), 1u) << run.out;
  EXPECT_EQ(alerts[0]["kind"], "hijack");
  EXPECT_EQ(alerts[0]["severity"], "critical");
  EXPECT_NE(alerts[0]["title"].get<std::string>().find("lookalike of velora.de"), std::string::npos);
  const Timestamp at = *parse_rfc3339(alerts[0]["at"].get<std::string>());
  EXPECT_GE(at.ms, start.ms);
  EXPECT_LE(at.ms - start.ms, 15 * 60'000) << "alert at " << alerts[0]["at"];
}

TEST_F(BacktestCliTest, FourQuietWeeksRaiseNothing) {
  load("baseline", "5", {"--brand-domain", "velora.de"});
  auto run = run_rauchmelder({"backtest", "--db", db(), "--brand-domain", "velora.de", "--json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(nlohmann::json::parse(run.out).size(), 0u) << run.out;
}

TEST_F(BacktestCliTest, UnknownQueryIsRefused) {
  auto run = run_rauchmelder({"backtest", "--db", db(), "--query", "nope"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("no saved query 'nope'"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace rauch::testing
