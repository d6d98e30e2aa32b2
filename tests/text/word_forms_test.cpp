#include "text/word_forms.h"

#include <array>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace rauch::text {
namespace {

std::vector<std::string> split(std::string_view tag) {
  std::array<std::string_view, 8> parts;
  const std::size_t n = split_hashtag(tag, parts);
  return {parts.begin(), parts.begin() + static_cast<std::ptrdiff_t>(n)};
}

using Words = std::vector<std::string>;

TEST(SplitHashtag, SplitsCamelCaseDigitsAndAcronyms) {
  EXPECT_EQ(split("#BahnChaos"), (Words{"Bahn", "Chaos"}));
  EXPECT_EQ(split("BahnChaos"), (Words{"Bahn", "Chaos"}));
  EXPECT_EQ(split("#iPhone15Pro"), (Words{"i", "Phone", "15", "Pro"}));
  EXPECT_EQ(split("#DBNavigator"), (Words{"DB", "Navigator"}));
  EXPECT_EQ(split("#NeverAgainVelora"), (Words{"Never", "Again", "Velora"}));
  EXPECT_EQ(split("#VerspätungÜberall"), (Words{"VerspätungÜberall"}));  // ASCII decides
}

TEST(SplitHashtag, KeepsPlainTagsWholeAndStopsAtTheBuffer) {
  EXPECT_EQ(split("#fail"), (Words{"fail"}));
  EXPECT_EQ(split("#WTF"), (Words{"WTF"}));
  EXPECT_EQ(split("#"), Words{});
  std::array<std::string_view, 2> two;
  EXPECT_EQ(split_hashtag("#OneTwoThreeFour", two), 2u);
  EXPECT_EQ(two[1], "Two");
}

TEST(Elongation, CutsRunsOfThreeOrMoreLetters) {
  char buf[64];
  EXPECT_TRUE(has_elongation("suuuuper"));
  EXPECT_FALSE(has_elongation("cool"));
  EXPECT_FALSE(has_elongation("!!!"));
  EXPECT_EQ(squeeze_elongation("suuuuper", 1, buf), "super");
  EXPECT_EQ(squeeze_elongation("suuuuper", 2, buf), "suuper");
  EXPECT_EQ(squeeze_elongation("goooood", 2, buf), "good");
  EXPECT_EQ(squeeze_elongation("LAAAME", 1, buf), "LAME");
  EXPECT_EQ(squeeze_elongation("cool", 1, buf), "");                 // Nothing elongated.
  EXPECT_EQ(squeeze_elongation(std::string(100, 'a'), 1, buf), "");  // Does not fit.
}

}  // namespace
}  // namespace rauch::text
