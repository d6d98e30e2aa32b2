#include "query/syntax/lint.h"

#include <gtest/gtest.h>

namespace rauch::query {
namespace {

std::vector<std::string> lints_of(std::string_view query) {
  std::vector<std::string> out;
  for (const Lint& item : lint(query)) {
    out.push_back(format_lint(item));
  }
  return out;
}

using Lines = std::vector<std::string>;

TEST(QueryLint, CleanQueriesHaveNoLints) {
  EXPECT_EQ(lints_of("(bahn OR zug) AND verspät* lang:de"), Lines{});
  EXPECT_EQ(lints_of("a NEAR/10 b"), Lines{});
  EXPECT_EQ(lints_of("(a AND b) OR c"), Lines{});
  EXPECT_EQ(lints_of("bah*"), Lines{});
}

TEST(QueryLint, ReportsParseErrorsAsErrors) {
  EXPECT_EQ(lints_of("NOT bahn"),
            Lines{"error: col 1: query matches nothing but NOT terms: add a positive term"});
  EXPECT_EQ(lints_of("(bahn"), Lines{"error: col 6: expected ')' to close '(' at col 1"});
  EXPECT_EQ(lints_of("*bahn"),
            Lines{"error: col 1: a wildcard needs at least 3 characters before '*'"});
}

TEST(QueryLint, WarnsAboutShortWildcardPrefixes) {
  EXPECT_EQ(lints_of("ba*"), Lines{"warning: col 1: wildcard 'ba*' has fewer than 3 characters "
                                   "before '*' and may match many words"});
  EXPECT_EQ(lints_of("x a?c"), Lines{"warning: col 3: wildcard 'a?c' has fewer than 3 "
                                     "characters before '?' and may match many words"});
  EXPECT_EQ(lints_of("#ab*"), Lines{"warning: col 1: wildcard '#ab*' has fewer than 3 "
                                    "characters before '*' and may match many words"});
}

TEST(QueryLint, WarnsAboutWideNearDistances) {
  EXPECT_EQ(lints_of("a NEAR/11 b"),
            Lines{"warning: col 3: NEAR distance 11 is over 10 words; terms that far apart are "
                  "rarely about the same thing"});
  EXPECT_EQ(lints_of("\"a b\"~25"),
            Lines{"warning: col 6: NEAR distance 25 is over 10 words; terms that far apart are "
                  "rarely about the same thing"});
}

TEST(QueryLint, WarnsAboutAndAndOrMixedWithoutBrackets) {
  const std::string mixed =
      "AND and OR are mixed without brackets: AND binds tighter, so 'a b OR c' means "
      "'(a AND b) OR c'; add brackets to say what you mean";
  EXPECT_EQ(lints_of("bahn streik OR ausfall"), Lines{"warning: col 13: " + mixed});
  EXPECT_EQ(lints_of("a OR b AND c"), Lines{"warning: col 3: " + mixed});
  EXPECT_EQ(lints_of("x (a OR b c)"), Lines{"warning: col 6: " + mixed});
  EXPECT_EQ(lints_of("(a b) OR c"), Lines{});
}

TEST(QueryLint, WarnsAboutLowerCaseOperatorWords) {
  EXPECT_EQ(lints_of("bahn or zug"),
            Lines{"warning: col 6: 'or' is searched as a word; write OR for the operator"});
  EXPECT_EQ(lints_of("a near/3 b"),
            Lines{"warning: col 3: 'near/3' is searched as a word; operators are upper case "
                  "(NEAR/3, ONEAR/3)"});
  EXPECT_EQ(lints_of("\"and\" {or}"), Lines{});
}

TEST(QueryLint, KeepsWarningsBeforeAnErrorInColumnOrder) {
  EXPECT_EQ(lints_of("ba* a NEAR/20 b (c"),
            (Lines{"warning: col 1: wildcard 'ba*' has fewer than 3 characters before '*' and "
                   "may match many words",
                   "warning: col 7: NEAR distance 20 is over 10 words; terms that far apart are "
                   "rarely about the same thing",
                   "error: col 19: expected ')' to close '(' at col 17"}));
}

}  // namespace
}  // namespace rauch::query
