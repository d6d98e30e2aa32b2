// Detection on generated scenarios, checked against the generator's ground truth, through
// `rauchmelder backtest` and through ingest itself: the scandal is a critical crisis within
// 15 minutes, the hijack critical within 15 minutes, the launch delay an unanswered-questions
// incident, four quiet weeks nothing above info.

#include <fstream>
#include <set>
#include <string>
#include <string_view>
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
  static std::int64_t minutes_after(const nlohmann::json& alert, Timestamp start) {
    return (parse_rfc3339(alert["at"].get<std::string>())->ms - start.ms) / 60'000;
  }
  static std::vector<nlohmann::json> of_kind(const nlohmann::json& alerts, std::string_view kind) {
    std::vector<nlohmann::json> out;
    for (const auto& alert : alerts)
      if (alert["kind"] == kind) out.push_back(alert);
    return out;
  }
  TempDir dir_;
};

TEST_F(BacktestCliTest, TheScandalIsACriticalCrisisWithinFifteenMinutes) {
  const auto truth = load("baseline,scandal", "3");
  const Timestamp start = *parse_rfc3339(truth["events"][0]["start"].get<std::string>());
  auto run = run_rauchmelder({"backtest", "--db", db(), "--json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto alerts = nlohmann::json::parse(run.out);

  // The new topic names the scandal's hashtag; the three conditions add up to critical.
  const auto topic = of_kind(alerts, "new_topic");
  ASSERT_FALSE(topic.empty()) << run.out;
  EXPECT_NE(topic[0]["title"].get<std::string>().find("#VeloraGate"), std::string::npos)
      << topic[0]["title"];
  const auto crisis = of_kind(alerts, "crisis");
  ASSERT_EQ(crisis.size(), 1u) << run.out;
  EXPECT_EQ(crisis[0]["severity"], "critical");
  EXPECT_EQ(crisis[0]["query_id"], "velora");
  EXPECT_GE(minutes_after(crisis[0], start), 0);
  EXPECT_LE(minutes_after(crisis[0], start), 15) << crisis[0]["at"];
  const auto& incident = crisis[0]["incident"];
  EXPECT_EQ(incident["key"], "crisis:velora");
  EXPECT_EQ(incident["details"]["answered_at"], nullptr);
  EXPECT_NE(incident["explanation"].get<std::string>().find("No own account has answered"),
            std::string::npos) << incident["explanation"];
  // Top posts come with their links, most-followed first, also in the explanation.
  const auto& top = incident["details"]["top_posts"];
  ASSERT_TRUE(top.is_array() && !top.empty()) << incident.dump();
  const std::string url = top[0]["url"].get<std::string>();
  EXPECT_TRUE(url.starts_with("https://")) << top.dump();
  EXPECT_FALSE(top[0]["author"].get<std::string>().empty()) << top.dump();
  for (std::size_t i = 1; i < top.size(); ++i)
    EXPECT_GE(top[i - 1]["followers"].get<std::int64_t>(), top[i]["followers"].get<std::int64_t>());
  const std::string explanation = incident["explanation"].get<std::string>();
  EXPECT_NE(explanation.find("Top posts:"), std::string::npos) << explanation;
  EXPECT_NE(explanation.find(url), std::string::npos) << explanation;
  // The share of negative posts and the volume follow within the hour, in the same incident.
  for (std::string_view kind : {"negative_share", "volume"}) {
    const auto later = of_kind(alerts, kind);
    ASSERT_FALSE(later.empty()) << kind << " " << run.out;
    EXPECT_LE(minutes_after(later[0], start), 60) << kind << " " << later[0]["at"];
    EXPECT_EQ(later[0]["incident"]["key"], "crisis:velora");
    EXPECT_EQ(later[0]["severity"], "critical");
  }
  // Nothing of warning or critical severity before the scandal.
  for (const auto& alert : alerts)
    if (alert["severity"] != "info") {
      EXPECT_GE(minutes_after(alert, start), 0) << alert.dump();
    }

  // Ingest already ran the same detection and recorded it: one critical incident.
  auto incidents = run_rauchmelder({"incidents", "--db", db(), "--json"});
  ASSERT_EQ(incidents.exit_code, 0) << incidents.err;
  int critical = 0;
  for (const auto& recorded : nlohmann::json::parse(incidents.out)) {
    if (recorded["severity"] != "critical") continue;
    ++critical;
    EXPECT_EQ(recorded["key"], "crisis:velora");
  }
  EXPECT_EQ(critical, 1) << incidents.out;
}

TEST_F(BacktestCliTest, TheLaunchDelayRaisesAnUnansweredQuestionsIncident) {
  const auto truth = load("baseline,launch-delay", "3");
  const Timestamp start = *parse_rfc3339(truth["events"][0]["start"].get<std::string>());
  const Timestamp end = *parse_rfc3339(truth["events"][0]["end"].get<std::string>());
  auto run = run_rauchmelder({"backtest", "--db", db(), "--json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto alerts = nlohmann::json::parse(run.out);
  const auto unanswered = of_kind(alerts, "unanswered");
  ASSERT_FALSE(unanswered.empty()) << run.out;
  const Timestamp at = *parse_rfc3339(unanswered[0]["at"].get<std::string>());
  EXPECT_GE(at.ms, start.ms);
  EXPECT_LE(at.ms, end.ms);
  EXPECT_EQ(unanswered[0]["severity"], "warning");
  EXPECT_EQ(unanswered[0]["incident"]["key"], "unanswered:velora");
  EXPECT_NE(unanswered[0]["title"].get<std::string>().find("Nova"), std::string::npos)
      << unanswered[0]["title"];
}

TEST_F(BacktestCliTest, IngestInTwoRunsRecordsTheSameSingleCrisis) {
  // The scandal file cut in two: the second ingest process rebuilds the detectors from the
  // stored history (warm-up) and goes on where the first stopped.
  const std::string posts = dir_.file("posts.ndjson");
  ASSERT_EQ(run_rauchmelder({"generate", "--scenario", "baseline,scandal", "--seed", "3", "--days",
                             "28", "--out", posts}).exit_code, 0);
  std::ifstream truth_file(dir_.file("posts.truth.json"));
  const auto truth = nlohmann::json::parse(truth_file);
  const std::string start_text = truth["events"][0]["start"].get<std::string>();
  std::ifstream in(posts);
  std::ofstream first(dir_.file("first.ndjson")), second(dir_.file("second.ndjson"));
  // Cut ten minutes into the scandal: the first run cannot know yet.
  const Timestamp cut{parse_rfc3339(start_text)->ms + 10 * 60'000};
  for (std::string line; std::getline(in, line);) {
    const auto post = nlohmann::json::parse(line);
    (parse_rfc3339(post["created_at"].get<std::string>())->ms < cut.ms ? first : second) << line << '\n';
  }
  first.close();
  second.close();
  ASSERT_EQ(run_rauchmelder({"queries", "add", "--db", db(), "velora", kVeloraQuery}).exit_code, 0);
  auto one = run_rauchmelder({"ingest", "--db", db(), dir_.file("first.ndjson")});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(one.err.find("critical"), std::string::npos) << one.err;
  auto two = run_rauchmelder({"ingest", "--db", db(), dir_.file("second.ndjson")});
  ASSERT_EQ(two.exit_code, 0) << two.err;
  EXPECT_NE(two.err.find("critical velora: crisis"), std::string::npos) << two.err;

  auto incidents = run_rauchmelder({"incidents", "--db", db(), "--json"});
  int crisis = 0;
  for (const auto& recorded : nlohmann::json::parse(incidents.out)) {
    if (recorded["key"] != "crisis:velora" || recorded["severity"] != "critical") continue;
    ++crisis;
    const Timestamp started = *parse_rfc3339(recorded["started_at"].get<std::string>());
    EXPECT_LE(started.ms - parse_rfc3339(start_text)->ms, 15 * 60'000) << recorded.dump();
  }
  EXPECT_EQ(crisis, 1) << incidents.out;
}

TEST_F(BacktestCliTest, AHijackedOwnAccountRaisesACriticalAlertWithinFifteenMinutes) {
  const auto truth = load("baseline,hijack", "3", {"--brand-domain", "velora.de"});
  const Timestamp start = *parse_rfc3339(truth["events"][0]["start"].get<std::string>());
  auto run = run_rauchmelder({"backtest", "--db", db(), "--brand-domain", "velora.de", "--json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  // Only the hijack is critical (a big account's negative post is info).
  const auto alerts = of_kind(nlohmann::json::parse(run.out), "hijack");
  ASSERT_EQ(alerts.size(), 1u) << run.out;
  for (const auto& alert : nlohmann::json::parse(run.out)) {
    if (alert["kind"] != "hijack") {
      EXPECT_EQ(alert["severity"], "info") << alert.dump();
    }
  }
  EXPECT_EQ(alerts[0]["kind"], "hijack");
  EXPECT_EQ(alerts[0]["severity"], "critical");
  EXPECT_NE(alerts[0]["title"].get<std::string>().find("lookalike of velora.de"), std::string::npos);
  const Timestamp at = *parse_rfc3339(alerts[0]["at"].get<std::string>());
  EXPECT_GE(at.ms, start.ms);
  EXPECT_LE(at.ms - start.ms, 15 * 60'000) << "alert at " << alerts[0]["at"];
}

class QuietWeeksTest : public BacktestCliTest, public ::testing::WithParamInterface<const char*> {};

// Info alerts (a new term, one big account) may come; nothing that would wake anyone.
TEST_P(QuietWeeksTest, FourQuietWeeksRaiseNoWarningOrCriticalIncident) {
  load("baseline", GetParam(), {"--brand-domain", "velora.de"});
  auto run = run_rauchmelder({"backtest", "--db", db(), "--brand-domain", "velora.de", "--json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  for (const auto& alert : nlohmann::json::parse(run.out)) {
    EXPECT_EQ(alert["severity"], "info") << alert.dump();
  }
  auto incidents = run_rauchmelder({"incidents", "--db", db(), "--json"});
  for (const auto& recorded : nlohmann::json::parse(incidents.out)) {
    EXPECT_EQ(recorded["severity"], "info") << recorded.dump();
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, QuietWeeksTest, ::testing::Values("5", "11"));

TEST_F(BacktestCliTest, UnknownQueryIsRefused) {
  auto run = run_rauchmelder({"backtest", "--db", db(), "--query", "nope"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("no saved query 'nope'"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace rauch::testing
