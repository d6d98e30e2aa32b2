// `rauchmelder replies check` as a user (or the dashboard's back end) runs it: the --json
// contract {"findings": [{"kind", "span": [begin, end], "why"}]}.

#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/process.h"

namespace rauch::testing {
namespace {

TEST(RepliesCli, CheckJsonListsTheFindingsWithKindSpanAndWhy) {
  auto run = run_rauchmelder({"replies", "check", "--lang", "de", "--json",
                              "Bitte rufen Sie unsere Hotline an: 0800 123 4567."});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto out = nlohmann::json::parse(run.out);
  ASSERT_EQ(out["findings"].size(), 1u) << run.out;
  const auto& f = out["findings"][0];
  EXPECT_EQ(f["kind"], "deflection");
  EXPECT_EQ(f["span"][0], 6);  // "rufen"
  EXPECT_EQ(f["span"][1], 48);  // end of the number
  EXPECT_FALSE(f["why"].get<std::string>().empty());
}

TEST(RepliesCli, AGoodReplyGivesAnEmptyListAndStdinWorks) {
  auto good = run_rauchmelder({"replies", "check", "--lang", "en", "--json",
                               "So sorry! Please DM us your order number and we'll fix it."});
  ASSERT_EQ(good.exit_code, 0) << good.err;
  EXPECT_EQ(nlohmann::json::parse(good.out), nlohmann::json::parse(R"({"findings": []})"));
  auto piped = run_rauchmelder({"replies", "check", "--json", "-"},
                               "Your problem, not ours. Email us at support@acme.com.");
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  const auto out = nlohmann::json::parse(piped.out);
  ASSERT_EQ(out["findings"].size(), 2u) << piped.out;
  EXPECT_EQ(out["findings"][0]["kind"], "insult");
  EXPECT_EQ(out["findings"][1]["kind"], "deflection");
}

TEST(RepliesCli, AnUnknownLanguageIsRefused) {
  auto run = run_rauchmelder({"replies", "check", "--lang", "fr", "--json", "Bonjour"});
  EXPECT_NE(run.exit_code, 0);
  EXPECT_NE(run.err.find("--lang"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace rauch::testing
