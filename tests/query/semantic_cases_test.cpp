// Table-driven query semantics from tests/cases/query_match/*.txt, each case checked
// against both the engine and the reference evaluator.

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "ingest/post_decoder.h"
#include "query/matcher.h"
#include "query/syntax/parser.h"
#include "reference/reference_matcher.h"

namespace rauch::query {
namespace {

struct Case {
  std::string where;
  std::string query;
  std::string post;
  bool expected = false;
};

std::vector<Case> load_cases() {
  std::vector<Case> cases;
  const std::filesystem::path dir =
      std::filesystem::path(RAUCH_SOURCE_DIR) / "tests/cases/query_match";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(entry.path());
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      if (line.empty() || line[0] == '#')
        continue;
      const std::size_t tab1 = line.find('\t');
      const std::size_t tab2 = line.find('\t', tab1 + 1);
      const std::string where = entry.path().filename().string() + ":" + std::to_string(number);
      if (tab1 == std::string::npos || tab2 == std::string::npos) {
        ADD_FAILURE() << where << ": expected QUERY<TAB>POST<TAB>match|no";
        continue;
      }
      const std::string verdict = line.substr(tab2 + 1);
      EXPECT_TRUE(verdict == "match" || verdict == "no") << where << ": verdict " << verdict;
      cases.push_back({where, line.substr(0, tab1), line.substr(tab1 + 1, tab2 - tab1 - 1),
                       verdict == "match"});
    }
  }
  return cases;
}

Post post_of(const Case& c) {
  nlohmann::json json = nlohmann::json::object();
  if (!c.post.empty() && c.post[0] == '{')
    json = nlohmann::json::parse(c.post);
  else
    json["text"] = c.post;
  json.emplace("id", "1");
  json.emplace("source", "twitter");
  json.emplace("created_at", "2026-01-01T00:00:00Z");
  json.emplace("text", "");
  std::string line = json.dump();
  const std::size_t size = line.size();
  line.append(ingest::kDecodePadding, ' ');
  ingest::PostDecoder decoder;
  Post post;
  auto decoded = decoder.decode(std::string_view(line.data(), size), post);
  EXPECT_TRUE(decoded.has_value()) << c.where << ": " << decoded.error().message();
  return post;
}

TEST(QuerySemantics, EveryCaseFileAgreesWithEngineAndReference) {
  const std::vector<Case> cases = load_cases();
  ASSERT_GT(cases.size(), 100u);
  MatchScratch scratch;
  Document document;
  for (const Case& c : cases) {
    auto root = parse(c.query);
    ASSERT_TRUE(root.has_value()) << c.where << ": " << root.error().message();
    std::vector<QuerySpec> specs{{"q", *root}};
    auto matcher = Matcher::compile(specs);
    ASSERT_TRUE(matcher.has_value()) << c.where << ": " << matcher.error().message();
    const Post post = post_of(c);
    document.assign(post);
    std::vector<std::uint32_t> hits;
    (*matcher)->match(document, scratch, hits);
    EXPECT_EQ(!hits.empty(), c.expected) << c.where << ": engine on " << c.query;
    EXPECT_EQ(reference::matches(*root, post), c.expected)
        << c.where << ": reference on " << c.query;
  }
}

}  // namespace
}  // namespace rauch::query
