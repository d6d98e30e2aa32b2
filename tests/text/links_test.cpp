// URLs become links, not tokens.

#include <gtest/gtest.h>

#include "invariants.h"
#include "text/tokens.h"

namespace rauch::text {
namespace {

using testing::folded_of;
using testing::links_of;

TEST(Links, UrlsAreLinksNotTokens) {
  const std::string_view text = "Infos unter https://velora.de/hilfe und www.velora.de";
  EXPECT_EQ(links_of(text), "https://velora.de/hilfe | www.velora.de");
  EXPECT_EQ(folded_of(text), " infos unter und ");
}

TEST(Links, RecognizesPrefixesInAnyCase) {
  EXPECT_EQ(links_of("HTTP://A.DE Http://b.de WWW.c.de"), "HTTP://A.DE | Http://b.de | WWW.c.de");
}

TEST(Links, TrimsTrailingPunctuationAndQuotes) {
  EXPECT_EQ(links_of("Siehe https://velora.de/hilfe."), "https://velora.de/hilfe");
  EXPECT_EQ(links_of("https://a.de/x?y=1, https://b.de!"), "https://a.de/x?y=1 | https://b.de");
  EXPECT_EQ(links_of("\"https://a.de/\" 'www.b.de'"), "https://a.de/ | www.b.de");
  EXPECT_EQ(links_of("»https://a.de/x« „https://b.de“"), "https://a.de/x | https://b.de");
  EXPECT_EQ(links_of("https://a.de/x...; https://b.de?!"), "https://a.de/x | https://b.de");
  EXPECT_EQ(links_of("<https://a.de/x>"), "https://a.de/x");
  EXPECT_EQ(links_of("https://t.co/abc…"), "https://t.co/abc");
}

TEST(Links, KeepsAClosingParenthesisThatTheUrlOpened) {
  EXPECT_EQ(links_of("(https://de.wikipedia.org/wiki/Rauch_(Begriff))"),
            "https://de.wikipedia.org/wiki/Rauch_(Begriff)");
  EXPECT_EQ(links_of("(siehe https://velora.de/faq)."), "https://velora.de/faq");
  EXPECT_EQ(links_of("[https://a.de/x[1]]"), "https://a.de/x[1]");
  EXPECT_EQ(links_of("https://a.de/x)"), "https://a.de/x");
}

TEST(Links, EndsAtWhiteSpaceControlsAndInvalidUtf8) {
  EXPECT_EQ(links_of("https://a.de/x\u00A0weiter"), "https://a.de/x");
  EXPECT_EQ(links_of("https://a.de/x\nweiter"), "https://a.de/x");
  EXPECT_EQ(links_of("https://a.de/x\xFFweiter"), "https://a.de/x");
  EXPECT_EQ(links_of("https://a.de/straße"), "https://a.de/straße");
}

TEST(Links, NeedsSomethingAfterThePrefix) {
  EXPECT_EQ(links_of("http:// www. https://."), "");
  EXPECT_EQ(folded_of("http:// www."), " http www ");
}

TEST(Links, OnlyAtTheStartOfAWord) {
  EXPECT_EQ(links_of("xhttp://a.de awww.b.de"), "");
  EXPECT_EQ(links_of("Link:https://a.de (www.b.de)"), "https://a.de | www.b.de");
}

TEST(Links, RecordTheirField) {
  TokenizedText out;
  tokenize("Titel https://a.de", out);
  append_boundary(out);
  tokenize("Text www.b.de und https://c.de", out);
  ASSERT_EQ(out.links.size(), 3u);
  EXPECT_EQ(out.links[0].field, 0u);
  EXPECT_EQ(out.links[1].field, 1u);
  EXPECT_EQ(out.links[2].field, 1u);
  EXPECT_EQ(out.links[1].source_begin, 5u);
  EXPECT_EQ(out.links[1].source_end, 13u);
}

TEST(Links, HashtagsAndMentionsInsideUrlsStayInTheUrl) {
  EXPECT_EQ(folded_of("https://a.de/#anker https://b.de/@user"), " ");
}

}  // namespace
}  // namespace rauch::text
