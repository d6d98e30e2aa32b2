#include "text/string_table.h"

#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace rauch::text {
namespace {

TEST(StringTable, FindsEveryKeyAndNothingElse) {
  // Large enough that the filter and the probing both matter.
  std::vector<std::pair<std::string, int>> entries;
  for (int i = 0; i < 20000; ++i)
    entries.emplace_back("word" + std::to_string(i), i);
  const StringTable<int> table(entries);
  ASSERT_EQ(table.size(), 20000u);
  for (const auto& [key, value] : entries) {
    const int* found = table.find(key);
    ASSERT_NE(found, nullptr) << key;
    EXPECT_EQ(*found, value);
  }
  for (int i = 20000; i < 60000; ++i)
    EXPECT_FALSE(table.contains("word" + std::to_string(i)));
  EXPECT_FALSE(table.contains(""));
  EXPECT_FALSE(table.contains("word"));
}

TEST(StringTable, LaterEntriesWinAndEmptyTablesFindNothing) {
  const StringTable<float> table(
      std::vector<std::pair<std::string, float>>{{"gut", 1.0f}, {"", 5.0f}, {"gut", 2.0f}});
  EXPECT_EQ(table.size(), 1u);
  EXPECT_EQ(*table.find("gut"), 2.0f);
  EXPECT_FALSE(StringTable<float>().contains("gut"));
}

}  // namespace
}  // namespace rauch::text
