// `rauchmelder eval nab` on a small synthetic NAB folder written by the test: a daily
// rhythm with one labelled burst.

#include <cmath>
#include <filesystem>
#include <fstream>
#include <numbers>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/process.h"
#include "core/timestamp.h"
#include "support/temp_dir.h"

namespace rauch::testing {
namespace {

std::string nab_time(std::int64_t ms) {
  const CivilTime c = to_civil(Timestamp{ms});
  return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:{:02}", c.year, c.month, c.day, c.hour,
                     c.minute, c.second);
}

// 20 days of 5-minute rows (5760) with a burst at row 4000; window rows 3900..4099.
void write_fixture(const std::string& dir) {
  std::filesystem::create_directories(dir + "/synthetic");
  constexpr std::int64_t kStart = 1'425'000'000'000;  // 2015-02-27
  constexpr std::int64_t kStep = 300'000;
  std::ofstream csv(dir + "/synthetic/burst.csv");
  csv << "timestamp,value\n";
  for (int i = 0; i < 5760; ++i) {
    const double phase = (i % 288) / 288.0;
    double value = 60.0 - 40.0 * std::cos(2.0 * std::numbers::pi * phase) + (i * 7919 % 11);
    if (i >= 4000 && i < 4012)
      value *= 12;
    csv << nab_time(kStart + i * kStep) << "," << std::lround(value) << "\n";
  }
  std::ofstream windows(dir + "/synthetic/windows.json");
  windows << fmt::format(R"({{"synthetic/burst.csv": [["{}.000000", "{}.000000"]]}})",
                         nab_time(kStart + 3900 * kStep), nab_time(kStart + 4099 * kStep));
}

TEST(EvalNabCli, PrintsJsonWithProfileScoreAndFiles) {
  TempDir dir;
  write_fixture(dir.path());
  auto result = run_rauchmelder({"eval", "nab", "--data", dir.path(), "--json", "--results",
                                 dir.file("results")});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto out = nlohmann::json::parse(result.out);
  EXPECT_EQ(out["profile"], "standard");
  ASSERT_EQ(out["files"].size(), 1U);
  EXPECT_EQ(out["files"][0]["name"], "synthetic/burst.csv");
  EXPECT_EQ(out["files"][0]["detected"], 1);
  EXPECT_GT(out["score"].get<double>(), 50.0);
  EXPECT_DOUBLE_EQ(out["score"].get<double>(), out["files"][0]["score"].get<double>());

  std::ifstream results(dir.file("results/synthetic/rauchmelder_burst.csv"));
  std::string header;
  std::getline(results, header);
  EXPECT_EQ(header, "timestamp,value,anomaly_score");

  auto low_fp = run_rauchmelder({"eval", "nab", "--data", dir.path(), "--profile", "low_fp",
                                 "--json"});
  ASSERT_EQ(low_fp.exit_code, 0) << low_fp.err;
  EXPECT_EQ(nlohmann::json::parse(low_fp.out)["profile"], "low_fp");
}

TEST(EvalNabCli, TextOutputAndErrors) {
  TempDir dir;
  write_fixture(dir.path());
  auto text = run_rauchmelder({"eval", "nab", "--data", dir.path()});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("synthetic/burst.csv"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("total (standard"), std::string::npos) << text.out;
  EXPECT_EQ(run_rauchmelder({"eval", "nab", "--data", dir.file("missing")}).exit_code, 2);
  EXPECT_EQ(run_rauchmelder({"eval", "nab", "--data", dir.path(), "--profile", "x"}).exit_code,
            2);
  // The text tasks still need their --dataset.
  EXPECT_EQ(run_rauchmelder({"eval", "sentiment", "--data", dir.file("x.tsv")}).exit_code, 2);
}

}  // namespace
}  // namespace rauch::testing
