// `rauchmelder analyze` as a user runs it: one text, or NDJSON posts from stdin.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/process.h"

namespace rauch::testing {
namespace {

TEST(AnalyzeCli, PrintsWhatAnalysisFindsInOneText) {
  auto run = run_rauchmelder(
      {"analyze", "--brand-domain", "velora.de", "--text",
       "@velora_hilfe Mein Akku funktioniert schon wieder nicht! Kundennummer 12345678, "
       "Login hier: https://ve1ora-login.de/x"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto a = nlohmann::json::parse(run.out);
  EXPECT_EQ(a["language"], "de");
  EXPECT_EQ(a["language_source"], "detected");
  EXPECT_EQ(a["intent"], "complaint");
  EXPECT_EQ(a["sentiment_label"], "negative");
  ASSERT_EQ(a["spans"].size(), 2u);
  EXPECT_EQ(a["spans"][0]["kind"], "problem");
  EXPECT_EQ(a["spans"][1]["kind"], "customer_number");
  EXPECT_EQ(a["spans"][1]["value"], "12345678");
  ASSERT_EQ(a["links"].size(), 1u);
  EXPECT_EQ(a["links"][0]["lookalike_of"], "velora.de");
}

TEST(AnalyzeCli, AnnotatesPostsFromStdinAndReportsBadLines) {
  const std::string input =
      R"({"id":"1","source":"twitter","created_at":"2026-10-01T10:00:00Z","lang":"en","text":"ok 👍"})"
      "\n\nnot json\n"
      R"({"id":"2","source":"twitter","created_at":"2026-10-01T11:00:00Z","text":"Why is my refund still not here? I was charged twice!"})"
      "\n";
  auto run = run_rauchmelder({"analyze", "--author-lang", "de"}, input);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("-:3: "), std::string::npos) << run.err;
  std::vector<nlohmann::json> posts;
  std::size_t start = 0;
  while (start < run.out.size()) {
    const std::size_t end = run.out.find('\n', start);
    posts.push_back(nlohmann::json::parse(run.out.substr(start, end - start)));
    start = end + 1;
  }
  ASSERT_EQ(posts.size(), 2u);
  EXPECT_EQ(posts[0]["id"], "1");
  // Too short to detect: the author's usual language wins over the stated one.
  EXPECT_EQ(posts[0]["analysis"]["language"], "de");
  EXPECT_EQ(posts[0]["analysis"]["language_source"], "author");
  EXPECT_EQ(posts[1]["analysis"]["language"], "en");
  EXPECT_EQ(posts[1]["analysis"]["intent"], "complaint");
}

}  // namespace
}  // namespace rauch::testing
