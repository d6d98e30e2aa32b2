// Table-driven cases from tests/cases/query_syntax/*.txt. Each line is
//   query<TAB>expected
// where expected is the canonical print, or "error: col N: message". Blank lines and
// lines starting with "# " are skipped (a query may start with a #hashtag).

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "query/syntax/parser.h"
#include "query/syntax/printer.h"

namespace rauch::query {
namespace {

namespace fs = std::filesystem;

std::string outcome(std::string_view query) {
  auto root = parse_syntax(query);
  return root ? print(*root) : "error: " + format_syntax_error(root.error());
}

std::vector<fs::path> case_files() {
  std::vector<fs::path> files;
  for (const auto& entry :
       fs::directory_iterator(fs::path(RAUCH_SOURCE_DIR) / "tests" / "cases" / "query_syntax")) {
    if (entry.path().extension() == ".txt") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(QuerySyntaxCases, EveryCaseFileLineHolds) {
  const auto files = case_files();
  ASSERT_FALSE(files.empty());
  std::size_t cases = 0;
  for (const fs::path& file : files) {
    std::ifstream in(file);
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
      if (line.empty() || line.starts_with("# ")) {
        continue;
      }
      const std::size_t tab = line.find('\t');
      ASSERT_NE(tab, std::string::npos) << file.filename() << ":" << number << ": no tab";
      const std::string query = line.substr(0, tab);
      const std::string expected = line.substr(tab + 1);
      EXPECT_EQ(outcome(query), expected) << file.filename() << ":" << number << ": " << query;
      if (expected.rfind("error: ", 0) != 0) {
        EXPECT_EQ(outcome(expected), expected)
            << file.filename() << ":" << number << ": canonical form is not stable";
      }
      ++cases;
    }
  }
  EXPECT_GT(cases, 100U);
}

}  // namespace
}  // namespace rauch::query
