#include <string>

#include <gtest/gtest.h>

#include "query/syntax/parser.h"

namespace rauch::query {
namespace {

std::string error_of(std::string_view query, const Limits& limits = {}) {
  auto root = parse_syntax(query, limits);
  return root ? "no error" : format_syntax_error(root.error());
}

TEST(QueryParserErrors, RejectsUnbalancedBracketsWithColumn) {
  EXPECT_EQ(error_of("(bahn OR zug AND x"), "col 19: expected ')' to close '(' at col 1");
  EXPECT_EQ(error_of("(a (b)"), "col 7: expected ')' to close '(' at col 1");
  EXPECT_EQ(error_of("a)"), "col 2: unexpected ')' without a matching '('");
  EXPECT_EQ(error_of("(a))"), "col 4: unexpected ')' without a matching '('");
  EXPECT_EQ(error_of("x ()"),
            "col 4: empty brackets: expected a term, a phrase, '(' or a field "
            "before ')'");
  EXPECT_EQ(error_of("}"), "col 1: unexpected '}' without a matching '{'");
}

TEST(QueryParserErrors, NamesTheUnexpectedTokenAndWhatWasExpected) {
  EXPECT_EQ(error_of("a OR OR b"),
            "col 6: unexpected 'OR': expected a term, a phrase, '(' or a field");
  EXPECT_EQ(error_of("AND a"),
            "col 1: unexpected 'AND': expected a term, a phrase, '(' or a field");
  EXPECT_EQ(error_of("a AND NEAR/3 b"),
            "col 7: unexpected 'NEAR/3': expected a term, a phrase, '(' or a field");
  EXPECT_EQ(error_of("bahn OR"),
            "col 8: unexpected end of query: expected a term, a phrase, '(' or a field");
  EXPECT_EQ(error_of("a NOT"),
            "col 6: unexpected end of query: expected a term, a phrase, '(' or a field");
  EXPECT_EQ(error_of("(a OR )"),
            "col 7: unexpected ')': expected a term, a phrase, '(' or a field");
}

TEST(QueryParserErrors, CountsColumnsInCodePoints) {
  EXPECT_EQ(error_of("äöü 🔥 OR OR"),
            "col 10: unexpected 'OR': expected a term, a phrase, '(' or a field");
  EXPECT_EQ(error_of("(Störung"), "col 9: expected ')' to close '(' at col 1");
}

TEST(QueryParserErrors, RejectsLeadingWildcards) {
  EXPECT_EQ(error_of("*bahn"), "col 1: a wildcard needs at least 3 characters before '*'");
  EXPECT_EQ(error_of("x ?ahn"), "col 3: a wildcard needs at least 3 characters before '?'");
  EXPECT_EQ(error_of("x #*"), "col 3: a wildcard needs at least 3 characters before '*'");
  EXPECT_EQ(error_of("{*DB}"), "col 2: a wildcard needs at least 3 characters before '*'");
  EXPECT_EQ(error_of("\"a *b\"~2"), "col 4: a wildcard needs at least 3 characters before '*'");
}

TEST(QueryParserErrors, RejectsQueriesOfOnlyNotTerms) {
  EXPECT_EQ(error_of("NOT bahn"),
            "col 1: query matches nothing but NOT terms: add a positive term");
  EXPECT_EQ(error_of("-a -b"), "col 1: query matches nothing but NOT terms: add a positive term");
  EXPECT_EQ(error_of("(NOT a)"), "col 1: query matches nothing but NOT terms: add a positive term");
  EXPECT_EQ(error_of("bahn OR -zug"),
            "col 9: this OR alternative has nothing but NOT terms, so the query matches almost "
            "every post: add a positive term to it");
  EXPECT_EQ(error_of("(a OR NOT b) NOT c"),
            "col 7: this OR alternative has nothing but NOT terms, so the query matches almost "
            "every post: add a positive term to it");
  EXPECT_EQ(error_of("NOT (a OR NOT b)"),
            "col 1: query matches nothing but NOT terms: add a positive term");
}

TEST(QueryParserErrors, RejectsNearOperandsThatAreNotTermsOrPhrases) {
  EXPECT_EQ(error_of("(a AND b) NEAR/3 c"),
            "col 1: NEAR/3 needs a term, a phrase or an OR of those on each side, not an AND "
            "group");
  EXPECT_EQ(error_of("a NEAR/3 NOT b"),
            "col 10: NEAR/3 needs a term, a phrase or an OR of those on each side, not a NOT");
  EXPECT_EQ(error_of("a ONEAR/2 -b"),
            "col 11: ONEAR/2 needs a term, a phrase or an OR of those on each side, not a NOT");
  EXPECT_EQ(error_of("lang:de NEAR/3 x"),
            "col 1: NEAR/3 needs a term, a phrase or an OR of those on each side, not a field");
  EXPECT_EQ(error_of("x NEAR/3f (a OR NOT b)"),
            "col 11: NEAR/3f needs a term, a phrase or an OR of those on each side, not an OR "
            "group containing a NOT");
}

TEST(QueryParserErrors, RejectsMalformedNearOperators) {
  EXPECT_EQ(error_of("a NEAR b"), "col 3: 'NEAR' needs a distance, e.g. NEAR/3");
  EXPECT_EQ(error_of("a ONEAR b"), "col 3: 'ONEAR' needs a distance, e.g. ONEAR/3");
  EXPECT_EQ(error_of("a NEAR/ b"),
            "col 3: expected a distance after 'NEAR/', e.g. NEAR/3 or NEAR/3f");
  EXPECT_EQ(error_of("a NEAR/3x b"),
            "col 3: expected a distance after 'NEAR/', e.g. NEAR/3 or NEAR/3f");
  EXPECT_EQ(error_of("a ONEAR/3f b"), "col 3: expected a distance after 'ONEAR/', e.g. ONEAR/3");
  EXPECT_EQ(error_of("\"a b\"~"), "col 7: expected a number of words after '~', e.g. \"a b\"~5");
  EXPECT_EQ(error_of("\"a b\"~3f"), "col 7: expected a number of words after '~', e.g. \"a b\"~5");
}

TEST(QueryParserErrors, RejectsMalformedPhrasesBracesAndComments) {
  EXPECT_EQ(error_of("bahn \"zug fällt"),
            "col 16: unterminated phrase: expected '\"' to close '\"' at col 6");
  EXPECT_EQ(error_of("„Deutsche Bahn"),
            "col 15: unterminated phrase: expected '“' to close '„' at col 1");
  EXPECT_EQ(error_of("x \"\""), "col 3: empty phrase");
  EXPECT_EQ(error_of("x \"  \""), "col 3: empty phrase");
  EXPECT_EQ(error_of("{DB"), "col 4: expected '}' to close '{' at col 1");
  EXPECT_EQ(error_of("{DB AG}"),
            "col 4: expected '}' to close '{' at col 1; a case-sensitive "
            "term has no spaces, write {\"...\"} for a phrase");
  EXPECT_EQ(error_of("{\"DB AG\" x}"), "col 9: expected '}' to close '{' at col 1");
  EXPECT_EQ(error_of("x {}"), "col 3: empty braces: expected a term or a phrase inside '{...}'");
  EXPECT_EQ(error_of("{(a)}"), "col 2: expected a term or a phrase after '{'");
  EXPECT_EQ(error_of("bahn <<<Krise"),
            "col 14: unterminated comment: expected '>>>' to close '<<<' at col 6");
  EXPECT_EQ(error_of("a - b"),
            "col 3: '-' must be directly followed by what it excludes: a "
            "term, a phrase, '(' or a field");
}

TEST(QueryParserErrors, RejectsUnknownFieldsAndBadValues) {
  EXPECT_EQ(error_of("a foo:bar"),
            "col 3: unknown field 'foo:'; known fields are lang, source, author, site, url, "
            "links, kind, own, verified, country, sentiment, intent, followers, "
            "authorFollowers, rating, title; put text with ':' in quotes");
  EXPECT_EQ(error_of("x lang:"), "col 8: expected a value after 'lang:'");
  EXPECT_EQ(error_of("x Lang: de"), "col 8: expected a value after 'Lang:'");
  EXPECT_EQ(error_of("x author:\" \""), "col 11: expected a value after 'author:'");
  EXPECT_EQ(error_of("x followers:"), "col 13: expected a value after 'followers:'");
  EXPECT_EQ(error_of("x lang:deutsch"),
            "col 8: expected a language code like de, en or pt-br, got 'deutsch'");
  EXPECT_EQ(error_of("x country:deu"),
            "col 11: expected a two-letter country code like de or at, got 'deu'");
  EXPECT_EQ(error_of("x source:friendster"),
            "col 10: unknown source 'friendster'; known values are twitter, x, facebook, "
            "instagram, mastodon, bluesky, reddit, youtube, forum, blog, news, review, email, "
            "other");
  EXPECT_EQ(error_of("x kind:tweet"),
            "col 8: unknown kind 'tweet'; known values are post, comment, reply, share, dm, "
            "review");
  EXPECT_EQ(error_of("x own:yes"), "col 7: expected true or false, got 'yes'");
  EXPECT_EQ(error_of("x verified:1"), "col 12: expected true or false, got '1'");
  EXPECT_EQ(error_of("x sentiment:angry"),
            "col 13: unknown sentiment 'angry'; known values are negative, neutral, positive");
  EXPECT_EQ(error_of("x intent:rant"),
            "col 10: unknown intent 'rant'; known values are complaint, question, praise, "
            "suggestion, spam, other");
  EXPECT_EQ(error_of("x author:\"a b\"~2"),
            "col 15: '~' makes a phrase a proximity search; a field value cannot have it");
}

TEST(QueryParserErrors, RejectsMalformedRanges) {
  EXPECT_EQ(error_of("followers:[5 TO 1]"), "col 11: empty range: no value lies between 5 and 1");
  EXPECT_EQ(error_of("followers:{5 TO 5]"), "col 11: empty range: no value lies between 5 and 5");
  EXPECT_EQ(error_of("followers:many"), "col 11: expected a whole number, got 'many'");
  EXPECT_EQ(error_of("followers:>1.5"), "col 12: expected a whole number, got '1.5'");
  EXPECT_EQ(error_of("followers:>"), "col 12: expected a whole number");
  EXPECT_EQ(error_of("followers:10..x"), "col 15: expected a whole number, got 'x'");
  EXPECT_EQ(error_of("followers:1234567890123456"),
            "col 11: number '1234567890123456' is too large: at most 15 digits before the point");
  EXPECT_EQ(error_of("rating:<999999999999999.99"),
            "col 9: number '999999999999999.99' is too large: at most 15 digits before the "
            "point");
  EXPECT_EQ(error_of("rating:<abc"), "col 9: expected a number like 4 or 4.5, got 'abc'");
  EXPECT_EQ(error_of("rating:[1 TO x]"),
            "col 14: expected a number like 4 or 4.5, or '*', got 'x'");
  EXPECT_EQ(error_of("followers:[1 TO]"), "col 16: expected a whole number or '*'");
  EXPECT_EQ(error_of("followers:[1 - 5]"), "col 14: expected 'TO' in a range like [10 TO 500]");
  EXPECT_EQ(error_of("followers:[1 TO 5"), "col 18: expected ']' or '}' to close '[' at col 11");
}

TEST(QueryParserErrors, RejectsTitleWithoutATermPhraseOrGroup) {
  EXPECT_EQ(error_of("x title: bahn"),
            "col 9: expected a term, a phrase or '(' directly after 'title:'");
  EXPECT_EQ(error_of("x title:lang:de"),
            "col 9: expected a term, a phrase or '(' directly after 'title:'");
  EXPECT_EQ(error_of("x title:AND"),
            "col 9: expected a term, a phrase or '(' directly after 'title:'");
  EXPECT_EQ(error_of("x title:"),
            "col 9: expected a term, a phrase or '(' directly after 'title:'");
}

TEST(QueryParserErrors, RejectsInputThatIsNotAQuery) {
  EXPECT_EQ(error_of(""), "col 1: query is empty");
  EXPECT_EQ(error_of("   \t "), "col 1: query is empty");
  EXPECT_EQ(error_of("<<<nur ein Kommentar>>>"), "col 1: query is empty");
  EXPECT_EQ(error_of("bahn \xC3\x28"), "col 6: invalid UTF-8 at byte 6");
  EXPECT_EQ(error_of("ä \xED\xA0\x80"), "col 3: invalid UTF-8 at byte 4");  // A surrogate.
  EXPECT_EQ(error_of("a\x01"), "col 2: control character U+0001 is not allowed");
  EXPECT_EQ(error_of(std::string("a\0b", 3)), "col 2: control character U+0000 is not allowed");
}

TEST(QueryParserErrors, EnforcesEveryLimit) {
  EXPECT_EQ(error_of(std::string(8193, 'a')), "col 1: query is longer than 8192 bytes");
  EXPECT_EQ(error_of(std::string(8192, 'a')), "no error");

  const Limits depth{.max_depth = 3};
  EXPECT_EQ(error_of("((a))", depth), "no error");
  EXPECT_EQ(error_of("x (((a)))", depth), "no error");  // Redundant brackets are not depth.
  EXPECT_EQ(error_of("x ((((a))))", depth), "col 6: query nests deeper than 3 levels");
  EXPECT_EQ(error_of("x NOT NOT NOT a", depth), "col 3: query nests deeper than 3 levels");
  EXPECT_EQ(error_of("x (a OR (b NOT c))", depth), "col 4: query nests deeper than 3 levels");
  EXPECT_EQ(error_of("a NEAR/1 b NEAR/1 c NEAR/1 d", depth),
            "col 1: query nests deeper than 3 levels");
  EXPECT_EQ(error_of(std::string(5000, '(') + "a"), "col 33: query nests deeper than 32 levels");

  const Limits terms{.max_terms = 3};
  EXPECT_EQ(error_of("a b c", terms), "no error");
  EXPECT_EQ(error_of("a b c lang:de", terms),
            "col 7: query has more than 3 terms, phrases and "
            "fields");
  EXPECT_EQ(error_of("x \"a b c\"~2", terms),
            "col 8: query has more than 3 terms, phrases and "
            "fields");

  EXPECT_EQ(error_of("a NEAR/100 b"), "no error");
  EXPECT_EQ(error_of("a NEAR/101 b"), "col 3: NEAR distance 101 is over the limit of 100");
  EXPECT_EQ(error_of("\"a b\"~500"), "col 6: NEAR distance 500 is over the limit of 100");
  EXPECT_EQ(error_of("a NEAR/99999999999999999999999 b"),
            "col 3: NEAR distance 1000000000000 is over the limit of 100");
}

}  // namespace
}  // namespace rauch::query
