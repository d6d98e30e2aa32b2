// Replays the fuzzer's seed corpus and every saved crash through the fuzzer's property.

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <gtest/gtest.h>

#include "fuzz/query_roundtrip_check.h"

namespace rauch::query {
namespace {

namespace fs = std::filesystem;

std::size_t replay(const fs::path& dir) {
  std::size_t count = 0;
  if (!fs::is_directory(dir)) {
    return count;
  }
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().filename().string().starts_with(".")) {
      continue;
    }
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string input((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(fuzz::check_query_roundtrip(input), "") << entry.path().filename();
    ++count;
  }
  return count;
}

TEST(QueryParserFuzzRegression, SeedCorpusParsesAndRoundtrips) {
  EXPECT_GT(replay(fs::path(RAUCH_SOURCE_DIR) / "tests/fuzz/corpus/query_parser"), 20U);
}

TEST(QueryParserFuzzRegression, SavedCrashesNoLongerFail) {
  replay(fs::path(RAUCH_SOURCE_DIR) / "tests/fuzz/crashes/query_parser");
}

}  // namespace
}  // namespace rauch::query
