#include "query/syntax/parser.h"

#include <gtest/gtest.h>

#include "ast_builders.h"

namespace rauch::query {
namespace {

using namespace testing;  // NOLINT(google-build-using-namespace): test-only builders.

Node parsed(std::string_view query) {
  auto root = parse_syntax(query);
  EXPECT_TRUE(root) << query << ": " << (root ? "" : format_syntax_error(root.error()));
  return root ? *root : Node{};
}

TEST(QueryParser, ReadsTermsOfAnyScriptAsOneTermEach) {
  EXPECT_EQ(parsed("bahn"), T("bahn"));
  EXPECT_EQ(parsed("DB-Störung"), T("DB-Störung"));
  EXPECT_EQ(parsed("e-bike"), T("e-bike"));
  EXPECT_EQ(parsed("🔥"), T("🔥"));
  EXPECT_EQ(parsed("👨‍👩‍👧"), T("👨‍👩‍👧"));
  EXPECT_EQ(parsed("#bahn"), T("#bahn"));
  EXPECT_EQ(parsed("@velora_hilfe"), T("@velora_hilfe"));
  EXPECT_EQ(parsed("10:30"), T("10:30"));
  EXPECT_EQ(parsed("  bahn\t"), T("bahn"));
  EXPECT_EQ(parsed("\u00A0bahn\u3000"), T("bahn"));  // No-break and ideographic spaces.
}

TEST(QueryParser, ReadsWildcardsAsPartOfTheTerm) {
  EXPECT_EQ(parsed("verspät*"), T("verspät*"));
  EXPECT_EQ(parsed("colo?r"), T("colo?r"));
  EXPECT_EQ(parsed("ba*"), T("ba*"));  // A warning, not an error (lint_test).
  EXPECT_EQ(parsed("#ba*"), T("#ba*"));
}

TEST(QueryParser, ReadsPhrasesInStraightAndTypographicQuotes) {
  EXPECT_EQ(parsed("\"funktioniert nicht\""), P("funktioniert nicht"));
  EXPECT_EQ(parsed("„Deutsche Bahn“"), P("Deutsche Bahn"));
  EXPECT_EQ(parsed("„Deutsche Bahn”"), P("Deutsche Bahn"));
  EXPECT_EQ(parsed("“train delay”"), P("train delay"));
  EXPECT_EQ(parsed("”tåget är sent”"), P("tåget är sent"));
  EXPECT_EQ(parsed("„er sagte \"nein\"“"), P("er sagte \"nein\""));
  EXPECT_EQ(parsed("\"bahn\""), P("bahn"));                // One word stays a phrase: no wildcards.
  EXPECT_EQ(parsed("\"a <<<b>>> c\""), P("a <<<b>>> c"));  // No comments inside quotes.
}

TEST(QueryParser, ReadsBracesAsCaseSensitive) {
  EXPECT_EQ(parsed("{DB}"), CaseSensitive(T("DB")));
  EXPECT_EQ(parsed("{\"Deutsche Bahn\"}"), CaseSensitive(P("Deutsche Bahn")));
  EXPECT_EQ(parsed("{AND}"), CaseSensitive(T("AND")));
  EXPECT_EQ(parsed("{re:publica}"), CaseSensitive(T("re:publica")));
}

TEST(QueryParser, ReadsUppercaseOperatorsOnly) {
  EXPECT_EQ(parsed("a AND b"), And({T("a"), T("b")}));
  EXPECT_EQ(parsed("a OR b"), Or({T("a"), T("b")}));
  EXPECT_EQ(parsed("a NOT b"), And({T("a"), Not(T("b"))}));
  EXPECT_EQ(parsed("a AND NOT b"), And({T("a"), Not(T("b"))}));
  EXPECT_EQ(parsed("a and b"), And({T("a"), T("and"), T("b")}));
  EXPECT_EQ(parsed("a or b"), And({T("a"), T("or"), T("b")}));
  EXPECT_EQ(parsed("ANDROID NOTE"), And({T("ANDROID"), T("NOTE")}));
  EXPECT_EQ(parsed("NEARBY"), T("NEARBY"));
}

TEST(QueryParser, JoinsAdjacentOperandsWithAnd) {
  EXPECT_EQ(parsed("a b c"), And({T("a"), T("b"), T("c")}));
  EXPECT_EQ(parsed("a \"b c\" lang:de"), And({T("a"), P("b c"), F(Field::kLang, "de")}));
  EXPECT_EQ(parsed("a(b)"), And({T("a"), T("b")}));
}

TEST(QueryParser, ReadsMinusAsNot) {
  EXPECT_EQ(parsed("a -b"), And({T("a"), Not(T("b"))}));
  EXPECT_EQ(parsed("a -\"b c\""), And({T("a"), Not(P("b c"))}));
  EXPECT_EQ(parsed("a -(b OR c)"), And({T("a"), Not(Or({T("b"), T("c")}))}));
  EXPECT_EQ(parsed("a -lang:en"), And({T("a"), Not(F(Field::kLang, "en"))}));
  EXPECT_EQ(parsed("a -{DB}"), And({T("a"), Not(CaseSensitive(T("DB")))}));
  EXPECT_EQ(parsed("a --b"), And({T("a"), Not(Not(T("b")))}));
  EXPECT_EQ(parsed("a-b"), T("a-b"));
}

TEST(QueryParser, GivesNearTheTightestThenNotThenAndThenOr) {
  EXPECT_EQ(parsed("a OR b AND c"), Or({T("a"), And({T("b"), T("c")})}));
  EXPECT_EQ(parsed("a AND b OR c"), Or({And({T("a"), T("b")}), T("c")}));
  EXPECT_EQ(parsed("x NOT a NEAR/3 b"), And({T("x"), Not(Near(T("a"), T("b"), 3))}));
  EXPECT_EQ(parsed("x a NEAR/3 b OR c"), Or({And({T("x"), Near(T("a"), T("b"), 3)}), T("c")}));
  EXPECT_EQ(parsed("x (NOT a OR b c)"), And({T("x"), Or({Not(T("a")), And({T("b"), T("c")})})}));
}

TEST(QueryParser, FlattensAndAndOrEverywhere) {
  EXPECT_EQ(parsed("a AND b AND c"), And({T("a"), T("b"), T("c")}));
  EXPECT_EQ(parsed("a AND (b AND c)"), And({T("a"), T("b"), T("c")}));
  EXPECT_EQ(parsed("(a OR b) OR (c OR d)"), Or({T("a"), T("b"), T("c"), T("d")}));
  EXPECT_EQ(parsed("a (b c) OR d"), Or({And({T("a"), T("b"), T("c")}), T("d")}));
  EXPECT_EQ(parsed("(a OR b) AND (c OR d)"), And({Or({T("a"), T("b")}), Or({T("c"), T("d")})}));
}

TEST(QueryParser, UnwrapsSingleElementGroups) {
  EXPECT_EQ(parsed("(a)"), T("a"));
  EXPECT_EQ(parsed("((((a))))"), T("a"));
  EXPECT_EQ(parsed("x ((a OR b))"), And({T("x"), Or({T("a"), T("b")})}));
}

TEST(QueryParser, ReadsNearChainsLeftAssociative) {
  EXPECT_EQ(parsed("a NEAR/3 b"), Near(T("a"), T("b"), 3));
  EXPECT_EQ(parsed("a ONEAR/3 b"), Near(T("a"), T("b"), 3, true));
  EXPECT_EQ(parsed("a NEAR/3f b"), Near(T("a"), T("b"), 3, true));
  EXPECT_EQ(parsed("a NEAR/0 b"), Near(T("a"), T("b"), 0));
  EXPECT_EQ(parsed("a NEAR/3 b NEAR/2 c"), Near(Near(T("a"), T("b"), 3), T("c"), 2));
  EXPECT_EQ(parsed("a NEAR/3 (b NEAR/2 c)"), Near(T("a"), Near(T("b"), T("c"), 2), 3));
  EXPECT_EQ(parsed("(a OR \"b c\") NEAR/3 {DB}"),
            Near(Or({T("a"), P("b c")}), CaseSensitive(T("DB")), 3));
  EXPECT_EQ(parsed("((a OR b) OR c) NEAR/1 d"), Near(Or({T("a"), T("b"), T("c")}), T("d"), 1));
  EXPECT_EQ(parsed("(a NEAR/2 b OR c) NEAR/1 d"),
            Near(Or({Near(T("a"), T("b"), 2), T("c")}), T("d"), 1));
}

TEST(QueryParser, TurnsProximityPhrasesIntoNearChains) {
  EXPECT_EQ(parsed("\"a b\"~3"), Near(T("a"), T("b"), 3));
  EXPECT_EQ(parsed("\"a b c\"~5"), Near(Near(T("a"), T("b"), 5), T("c"), 5));
  EXPECT_EQ(parsed("\"a\"~3"), T("a"));
  EXPECT_EQ(parsed("\"  a   b \"~2"), Near(T("a"), T("b"), 2));
  EXPECT_EQ(parsed("\"verspät* zug\"~2"), Near(T("verspät*"), T("zug"), 2));
  // Words that cannot stand bare become one-word phrases, so the tree prints back.
  EXPECT_EQ(parsed("\"a (b OR -c\"~3"),
            Near(Near(Near(T("a"), P("(b"), 3), P("OR"), 3), P("-c"), 3));
  EXPECT_EQ(parsed("{\"Deutsche Bahn\"}~2"),
            Near(CaseSensitive(T("Deutsche")), CaseSensitive(T("Bahn")), 2));
  EXPECT_EQ(parsed("title:\"a b\"~2"), Near(Title(T("a")), Title(T("b")), 2));
}

TEST(QueryParser, MarksTitleTermsAndEveryTermOfATitleGroup) {
  EXPECT_EQ(parsed("title:bahn"), Title(T("bahn")));
  EXPECT_EQ(parsed("TITLE:\"a b\""), Title(P("a b")));
  EXPECT_EQ(parsed("title:{DB}"), Title(CaseSensitive(T("DB"))));
  EXPECT_EQ(parsed("title:(a OR \"b c\" -d)"),
            Or({Title(T("a")), And({Title(P("b c")), Not(Title(T("d")))})}));
  EXPECT_EQ(parsed("title:(a lang:de)"), And({Title(T("a")), F(Field::kLang, "de")}));
  EXPECT_EQ(parsed("title:a NEAR/2 b"), Near(Title(T("a")), T("b"), 2));
}

TEST(QueryParser, IgnoresComments) {
  EXPECT_EQ(parsed("<<<Bahn-Krise>>> bahn"), T("bahn"));
  EXPECT_EQ(parsed("bahn <<<x>>> OR <<<y>>> zug"), Or({T("bahn"), T("zug")}));
  EXPECT_EQ(parsed("a<<<x>>>b"), And({T("a"), T("b")}));
  EXPECT_EQ(parsed("bahn <<< a <<< b >>>"), T("bahn"));
}

TEST(QueryParser, KeepsNestingOfNotAndMixedGroups) {
  EXPECT_EQ(parsed("a NOT (b OR c NOT d)"),
            And({T("a"), Not(Or({T("b"), And({T("c"), Not(T("d"))})}))}));
  EXPECT_EQ(parsed("x AND (a OR NOT b)"), And({T("x"), Or({T("a"), Not(T("b"))})}));
}

TEST(QueryParser, ParseWrapsErrorsAsInvalidArgument) {
  auto result = parse("(a");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(result.error().message(), "col 3: expected ')' to close '(' at col 1");
  EXPECT_TRUE(parse("a OR b"));
}

TEST(QueryParser, ParsesTheDesignDocumentExample) {
  const Node expected = And({Or({P("Deutsche Bahn"), T("DB"), T("#bahn")}),
                             Or({T("verspät*"), T("ausfall"), P("funktioniert nicht")}),
                             Not(F(Field::kAuthor, "@DB_Bahn")), F(Field::kLang, "de")});
  EXPECT_EQ(parsed("(\"Deutsche Bahn\" OR DB OR #bahn) AND (verspät* OR ausfall OR "
                   "\"funktioniert nicht\")\n    AND NOT author:@DB_Bahn lang:de"),
            expected);
}

}  // namespace
}  // namespace rauch::query
