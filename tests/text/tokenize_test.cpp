// Words, numbers, hashtags, mentions and what separates them.

#include <gtest/gtest.h>

#include "invariants.h"
#include "text/tokens.h"

namespace rauch::text {
namespace {

using testing::cased_of;
using testing::folded_of;
using testing::kinds_of;

TEST(Tokenize, EmptyTextLeavesASingleSpace) {
  TokenizedText out;
  tokenize("", out);
  EXPECT_EQ(out.folded, " ");
  EXPECT_EQ(out.cased, " ");
  EXPECT_TRUE(out.tokens.empty());
  EXPECT_EQ(folded_of("  \t\n !?. "), " ");
}

TEST(Tokenize, FramesEveryTokenWithOneSpace) {
  EXPECT_EQ(folded_of("  Hello,   World!  "), " hello world ");
  EXPECT_EQ(cased_of("  Hello,   World!  "), " Hello World ");
}

TEST(Tokenize, FoldsGermanWords) {
  EXPECT_EQ(folded_of("Über ueber uber"), " uber uber uber ");
  EXPECT_EQ(folded_of("Straße Strasse"), " strasse strasse ");
  EXPECT_EQ(folded_of("Müller Mueller muller"), " muller muller muller ");
  EXPECT_EQ(cased_of("Über Straße"), " Über Straße ");
}

TEST(Tokenize, AppliesNfkcToTokens) {
  EXPECT_EQ(folded_of("ＡＣＭＥ ﬁrma"), " acme firma ");
  EXPECT_EQ(cased_of("ＡＣＭＥ ﬁrma"), " ACME firma ");
}

TEST(Tokenize, HyphensAndPunctuationSplitWords) {
  EXPECT_EQ(folded_of("DB-Störung"), " db storung ");
  EXPECT_EQ(cased_of("DB-Störung"), " DB Störung ");
  EXPECT_EQ(folded_of("e-mail"), " e mail ");
  EXPECT_EQ(folded_of("a/b (c) [d] {e} \"f\" «g» „h“ i…j"), " a b c d e f g h i j ");
  EXPECT_EQ(folded_of("Preis: 5€ + 3$ = ?"), " preis 5 3 ");
}

TEST(Tokenize, WordsHoldLettersDigitsMarksAndUnderscores) {
  EXPECT_EQ(folded_of("velora_hilfe e5 4you COVID19"), " velora_hilfe e5 4you covid19 ");
  EXPECT_EQ(kinds_of("velora_hilfe e5 4you"), "word word word");
  EXPECT_EQ(folded_of("Москва 東京 한국어"), " москва 東京 한국어 ");
}

TEST(Tokenize, ApostrophesBetweenLettersStayInTheWord) {
  EXPECT_EQ(folded_of("don't geht's rock'n'roll"), " don't geht's rock'n'roll ");
  EXPECT_EQ(folded_of("don’t"), " don't ");
  EXPECT_EQ(cased_of("Don’t"), " Don't ");
  EXPECT_EQ(folded_of("'tis dogs' 'quoted'"), " tis dogs quoted ");
  EXPECT_EQ(folded_of("90's"), " 90 s ");
  EXPECT_EQ(folded_of("don''t"), " don t ");
}

TEST(Tokenize, NumbersKeepInnerSeparatorsBetweenDigits) {
  EXPECT_EQ(folded_of("3.5 1.000 12:30 19,99 1.2.3"), " 3.5 1.000 12:30 19,99 1.2.3 ");
  EXPECT_EQ(kinds_of("3.5 1.000 12:30 2024"), "number number number number");
  EXPECT_EQ(folded_of("Ende. 3. Mal, 4,"), " ende 3 mal 4 ");
  EXPECT_EQ(folded_of("1..2 3.,4"), " 1 2 3 4 ");
  EXPECT_EQ(folded_of(".5 -3"), " 5 3 ");
}

TEST(Tokenize, NumbersDoNotSwallowWords) {
  // A word never holds '.', ',' or ':'.
  EXPECT_EQ(folded_of("3.5kg v1.2 a1:2"), " 3 5kg v1 2 a1 2 ");
  EXPECT_EQ(kinds_of("3.5kg"), "number word");
  EXPECT_EQ(folded_of("Punkt 12:30h"), " punkt 12 30h ");
}

TEST(Tokenize, Hashtags) {
  EXPECT_EQ(folded_of("#BahnChaos"), " #bahnchaos ");
  EXPECT_EQ(cased_of("#BahnChaos"), " #BahnChaos ");
  EXPECT_EQ(kinds_of("#BahnChaos"), "hashtag");
  EXPECT_EQ(folded_of("(#Störung)"), " #storung ");
  EXPECT_EQ(folded_of("#1 #ÖPNV"), " #1 #opnv ");
  EXPECT_EQ(folded_of("##tag"), " #tag ");
  EXPECT_EQ(folded_of("# tag #"), " tag ");
  EXPECT_EQ(folded_of("C# a#b"), " c a b ");  // Not after a word character.
  EXPECT_EQ(folded_of("#Bahn-Chaos"), " #bahn chaos ");
  EXPECT_EQ(folded_of("＃Bahn"), " #bahn ");  // Full-width number sign.
}

TEST(Tokenize, Mentions) {
  EXPECT_EQ(folded_of("@Velora_Hilfe"), " @velora_hilfe ");
  EXPECT_EQ(cased_of("@Velora_Hilfe"), " @Velora_Hilfe ");
  EXPECT_EQ(kinds_of("@Velora_Hilfe"), "mention");
  EXPECT_EQ(folded_of("@velora's support"), " @velora s support ");
  EXPECT_EQ(folded_of("RT @techblog: news"), " rt @techblog news ");
  EXPECT_EQ(folded_of("@ @@x"), " @x ");
}

TEST(Tokenize, EmailAddressesAreWordsNotMentions) {
  EXPECT_EQ(folded_of("a@b.de"), " a b de ");
  EXPECT_EQ(kinds_of("mail@velora.de"), "word word word");
  EXPECT_EQ(folded_of("user@host@x"), " user host x ");
}

TEST(Tokenize, SigilsNeverAppearInsideTokens) {
  TokenizedText out;
  tokenize("a#b#c @x@y #@z @#w x#️⃣ ＃＃a", out);
  EXPECT_EQ(testing::check_invariants(out, {"a#b#c @x@y #@z @#w x#️⃣ ＃＃a"}), "");
  EXPECT_EQ(out.folded, " a b c @x y @z #w x #a ");
}

TEST(Tokenize, InvisibleCharactersNeitherSplitNorShow) {
  EXPECT_EQ(folded_of("Ba\u200Bhn"), " bahn ");        // ZERO WIDTH SPACE
  EXPECT_EQ(folded_of("Ba\u200Chn"), " bahn ");        // ZERO WIDTH NON-JOINER
  EXPECT_EQ(folded_of("Ba\u200Dhn"), " bahn ");        // ZERO WIDTH JOINER outside emoji
  EXPECT_EQ(folded_of("Ba\u2060hn"), " bahn ");        // WORD JOINER
  EXPECT_EQ(folded_of("Ba\uFEFFhn"), " bahn ");        // BYTE ORDER MARK
  EXPECT_EQ(folded_of("Ba\u00ADhn"), " bahn ");        // SOFT HYPHEN
  EXPECT_EQ(folded_of("\u202Ebahn\u202C"), " bahn ");  // bidi override
  EXPECT_EQ(folded_of("\u2066Ba\u2069hn"), " bahn ");  // bidi isolates
  EXPECT_EQ(cased_of("B\u200Ba\u200Bh\u200Bn"), " Bahn ");
  EXPECT_EQ(folded_of("#Bahn\u200BChaos @Vel\u00ADora"), " #bahnchaos @velora ");
  EXPECT_EQ(folded_of("3\u200B.\u200B5"), " 3.5 ");
  EXPECT_EQ(folded_of("\u200B \u200B"), " ");
}

TEST(Tokenize, InvisibleCharactersDoNotTurnAWordIntoAHashtagContext) {
  EXPECT_EQ(folded_of("a\u200B#b"), " a b ");
}

TEST(Tokenize, InvalidUtf8SeparatesAndNeverAppears) {
  EXPECT_EQ(folded_of("ab\xFF"
                      "cd"),
            " ab cd ");
  EXPECT_EQ(folded_of("\xC3\x28 \xE2\x82 \xF0\x9F\x98 x"), " x ");
  EXPECT_EQ(folded_of("\xC0\xAF \xED\xA0\x80 \xF4\x90\x80\x80"), " ");  // overlong, surrogate
  EXPECT_EQ(folded_of("Stö\xFFrung"), " sto rung ");
}

TEST(Tokenize, ControlCharactersSeparate) {
  EXPECT_EQ(folded_of(std::string_view("a\0b\x1f"
                                       "c\x7f"
                                       "d\u0085e",
                                       10)),
            " a b c d e ");
}

TEST(Tokenize, LoneMarksFoldingToNothingAreDropped) {
  EXPECT_EQ(folded_of("\u0301 x"), " x ");
  EXPECT_EQ(cased_of("\u0301 x"), " x ");
  EXPECT_EQ(folded_of("#\u0301"), " ");
}

TEST(Tokenize, ReportsSpans) {
  const std::string_view text = "Die Störung #BahnChaos";
  TokenizedText out;
  tokenize(text, out);
  ASSERT_EQ(out.tokens.size(), 3u);
  const Token& t = out.tokens[1];
  EXPECT_EQ(text.substr(t.source_begin, t.source_end - t.source_begin), "Störung");
  EXPECT_EQ(out.folded_token(1), "storung");
  EXPECT_EQ(out.cased_token(1), "Störung");
  EXPECT_EQ(out.folded_token(2), "#bahnchaos");
  EXPECT_EQ(t.folded_begin, 5u);
  EXPECT_EQ(t.folded_end, 12u);
}

TEST(Tokenize, SourceSpansIncludeInnerButNotOuterInvisibleCharacters) {
  const std::string_view text = "\u200BBa\u200Bhn\u200B";
  TokenizedText out;
  tokenize(text, out);
  ASSERT_EQ(out.tokens.size(), 1u);
  EXPECT_EQ(out.tokens[0].source_begin, 3u);
  EXPECT_EQ(out.tokens[0].source_end, text.size() - 3);
}

TEST(Tokenize, AppendsAcrossCallsWithBoundaries) {
  TokenizedText out;
  tokenize("Störung im Netz", out);
  append_boundary(out);
  tokenize("Seit 12:30 #offline", out);
  EXPECT_EQ(out.folded, " storung im netz \x1f seit 12:30 #offline ");
  EXPECT_EQ(out.cased, " Störung im Netz \x1f Seit 12:30 #offline ");
  EXPECT_EQ(out.fields, 1u);
  ASSERT_EQ(out.tokens.size(), 7u);
  EXPECT_EQ(out.tokens[3].kind, TokenKind::kBoundary);
  EXPECT_EQ(out.folded_token(3), "\x1f");
  EXPECT_EQ(out.tokens[4].source_begin, 0u);  // Spans refer to the second text.
  EXPECT_EQ(testing::check_invariants(out, {"Störung im Netz", "Seit 12:30 #offline"}), "");
}

TEST(Tokenize, BoundaryOnEmptyFields) {
  TokenizedText out;
  tokenize("", out);
  append_boundary(out);
  tokenize("", out);
  EXPECT_EQ(out.folded, " \x1f ");
  EXPECT_EQ(out.fields, 1u);
}

TEST(Tokenize, ReadsAtMostTheLimit) {
  std::string text(kMaxTokenizedBytes - 2, ' ');
  text += "ab cd";
  TokenizedText out;
  tokenize(text, out);
  EXPECT_EQ(out.folded, " ab ");
  EXPECT_EQ(out.tokens[0].source_end, kMaxTokenizedBytes);
}

TEST(Tokenize, ManyExpandingTokensInALongText) {
  // U+FDFA grows tenfold under NFKC; the output grows as needed.
  std::string text;
  for (int i = 0; i < 20000; ++i)
    text += "ﷺ ab ";
  TokenizedText out;
  tokenize(text, out);
  EXPECT_EQ(out.tokens.size(), 40000u);
  EXPECT_EQ(testing::check_invariants(out, {text}), "");
}

TEST(Tokenize, ClearKeepsCapacity) {
  TokenizedText out;
  tokenize("Die Bahn hat heute wieder Verspätung, seit 40 Minuten 🙄 #BahnChaos", out);
  append_boundary(out);
  const std::size_t folded_capacity = out.folded.capacity();
  const std::size_t tokens_capacity = out.tokens.capacity();
  out.clear();
  EXPECT_EQ(out.folded, " ");
  EXPECT_EQ(out.cased, " ");
  EXPECT_TRUE(out.tokens.empty());
  EXPECT_TRUE(out.links.empty());
  EXPECT_EQ(out.fields, 0u);
  EXPECT_EQ(out.folded.capacity(), folded_capacity);
  EXPECT_EQ(out.tokens.capacity(), tokens_capacity);
}

TEST(Tokenize, DoesNotAllocateOnceGrown) {
  const std::string_view posts[] = {
      "Die Bahn hat heute wieder Verspätung 🙄 #BahnChaos @DB_Bahn https://bahn.de/x",
      "Über 3.5 Stunden gewartet!!! Straße gesperrt 👍🏽 :)",
      "ＡＣＭＥ ﬁrma 👨‍👩‍👧‍👦 🇩🇪 don't",
  };
  TokenizedText out;
  for (std::string_view post : posts)
    tokenize(post, out);  // Warm-up.
  const auto* folded = out.folded.data();
  const auto* tokens = out.tokens.data();
  const auto* scratch = out.scratch.code_points.data();
  const auto* scratch_text = out.scratch.text.data();
  for (int round = 0; round < 3; ++round) {
    for (std::string_view post : posts) {
      out.clear();
      tokenize(post, out);
    }
  }
  EXPECT_EQ(out.folded.data(), folded);
  EXPECT_EQ(out.tokens.data(), tokens);
  EXPECT_EQ(out.scratch.code_points.data(), scratch);
  EXPECT_EQ(out.scratch.text.data(), scratch_text);
}

}  // namespace
}  // namespace rauch::text
