#include "query/syntax/printer.h"

#include <gtest/gtest.h>

#include "ast_builders.h"
#include "query/syntax/parser.h"

namespace rauch::query {
namespace {

using namespace testing;  // NOLINT(google-build-using-namespace): test-only builders.

std::string canonical(std::string_view query) {
  auto root = parse_syntax(query);
  return root ? print(*root) : "error: " + format_syntax_error(root.error());
}

TEST(QueryPrinter, PrintsLeavesWithTheirMarks) {
  EXPECT_EQ(print(T("bahn")), "bahn");
  EXPECT_EQ(print(P("funktioniert nicht")), "\"funktioniert nicht\"");
  EXPECT_EQ(print(P("er sagte \"nein\"")), "„er sagte \"nein\"“");
  EXPECT_EQ(print(CaseSensitive(T("DB"))), "{DB}");
  EXPECT_EQ(print(CaseSensitive(P("Deutsche Bahn"))), "{\"Deutsche Bahn\"}");
  EXPECT_EQ(print(Title(T("bahn"))), "title:bahn");
  EXPECT_EQ(print(Title(CaseSensitive(P("a b")))), "title:{\"a b\"}");
}

TEST(QueryPrinter, PrintsExplicitOperatorsAndOnlyNeededBrackets) {
  EXPECT_EQ(print(And({T("a"), T("b"), T("c")})), "a AND b AND c");
  EXPECT_EQ(print(Or({T("a"), And({T("b"), T("c")})})), "a OR (b AND c)");
  EXPECT_EQ(print(And({T("a"), Or({T("b"), T("c")})})), "a AND (b OR c)");
  EXPECT_EQ(print(And({T("a"), Not(T("b"))})), "a AND NOT b");
  EXPECT_EQ(print(And({T("a"), Not(Or({T("b"), T("c")}))})), "a AND NOT (b OR c)");
  EXPECT_EQ(print(And({T("a"), Not(Near(T("b"), T("c"), 2))})), "a AND NOT b NEAR/2 c");
  EXPECT_EQ(print(And({T("a"), Not(Not(T("b")))})), "a AND NOT NOT b");
}

TEST(QueryPrinter, PrintsNearLeftAssociativeAndOrderedAsOnear) {
  EXPECT_EQ(print(Near(T("a"), T("b"), 3)), "a NEAR/3 b");
  EXPECT_EQ(print(Near(T("a"), T("b"), 3, true)), "a ONEAR/3 b");
  EXPECT_EQ(print(Near(Near(T("a"), T("b"), 3), T("c"), 2)), "a NEAR/3 b NEAR/2 c");
  EXPECT_EQ(print(Near(T("a"), Near(T("b"), T("c"), 2), 3)), "a NEAR/3 (b NEAR/2 c)");
  EXPECT_EQ(print(Near(Or({T("a"), P("b c")}), T("d"), 1)), "(a OR \"b c\") NEAR/1 d");
}

TEST(QueryPrinter, PrintsFieldsCanonically) {
  EXPECT_EQ(print(F(Field::kLang, "de")), "lang:de");
  EXPECT_EQ(print(F(Field::kAuthor, "Velora Hilfe")), "author:\"Velora Hilfe\"");
  EXPECT_EQ(print(F(Field::kAuthor, "a \"b\"")), "author:„a \"b\"“");
  EXPECT_EQ(print(F(Field::kUrl, "velora.de/a(b)")), "url:\"velora.de/a(b)\"");
  EXPECT_EQ(print(R(Field::kFollowers, Range{.min = 1000, .min_exclusive = true})),
            "followers:>1000");
  EXPECT_EQ(print(R(Field::kFollowers, Range{.min = 1000})), "followers:>=1000");
  EXPECT_EQ(print(R(Field::kRating, Range{.max = 3, .max_exclusive = true})), "rating:<3");
  EXPECT_EQ(print(R(Field::kRating, Range{.max = 2.5})), "rating:<=2.5");
  EXPECT_EQ(print(R(Field::kFollowers, Range{.min = 10, .max = 500})), "followers:[10 TO 500]");
  EXPECT_EQ(print(R(Field::kRating, Range{.min = 1, .max = 2, .min_exclusive = true})),
            "rating:{1 TO 2]");
  EXPECT_EQ(print(R(Field::kFollowers, Range{})), "followers:[* TO *]");
  EXPECT_EQ(print(R(Field::kFollowers, Range{.min = 999999999999999, .max = 999999999999999})),
            "followers:[999999999999999 TO 999999999999999]");
}

TEST(QueryPrinter, WritesTheCanonicalFormOfEquivalentSpellings) {
  EXPECT_EQ(canonical("a b"), "a AND b");
  EXPECT_EQ(canonical("a -b"), "a AND NOT b");
  EXPECT_EQ(canonical("a NEAR/3f b"), "a ONEAR/3 b");
  EXPECT_EQ(canonical("\"a b\"~3"), "a NEAR/3 b");
  EXPECT_EQ(canonical("„Deutsche Bahn“"), "\"Deutsche Bahn\"");
  EXPECT_EQ(canonical("authorFollowers:[10 TO *]"), "followers:>=10");
  EXPECT_EQ(canonical("followers:10..500"), "followers:[10 TO 500]");
  EXPECT_EQ(canonical("followers:{* TO 5}"), "followers:<5");
  EXPECT_EQ(canonical("LANG:DE"), "lang:de");
  EXPECT_EQ(canonical("title:(a OR b)"), "title:a OR title:b");
  EXPECT_EQ(canonical("a b OR c"), "(a AND b) OR c");
  EXPECT_EQ(canonical("<<<x>>> a"), "a");
  EXPECT_EQ(canonical("rating:>=4.50"), "rating:>=4.5");
}

}  // namespace
}  // namespace rauch::query
