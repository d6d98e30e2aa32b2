// fold() and nfkc(): the character transformation that query words and post tokens share.

#include <gtest/gtest.h>

#include "text/tokens.h"

namespace rauch::text {
namespace {

TEST(Fold, UnifiesGermanSpellings) {
  EXPECT_EQ(fold("Über"), "uber");
  EXPECT_EQ(fold("ueber"), "uber");
  EXPECT_EQ(fold("uber"), "uber");
  EXPECT_EQ(fold("ÜBER"), "uber");
  EXPECT_EQ(fold("UEBER"), "uber");
  EXPECT_EQ(fold("Müller"), "muller");
  EXPECT_EQ(fold("Mueller"), "muller");
  EXPECT_EQ(fold("Köln"), "koln");
  EXPECT_EQ(fold("Koeln"), "koln");
  EXPECT_EQ(fold("Ärger"), "arger");
  EXPECT_EQ(fold("Aerger"), "arger");
}

TEST(Fold, FoldsSharpSToSs) {
  EXPECT_EQ(fold("Straße"), "strasse");
  EXPECT_EQ(fold("Strasse"), "strasse");
  EXPECT_EQ(fold("STRASSE"), "strasse");
  EXPECT_EQ(fold("STRAẞE"), "strasse");  // U+1E9E capital sharp s
}

TEST(Fold, AppliesGermanSpellingsLeftToRightWithoutOverlap) {
  EXPECT_EQ(fold("aee"), "ae");
  EXPECT_EQ(fold("queue"), "quu");
  EXPECT_EQ(fold("blue"), "blu");
  EXPECT_EQ(fold("Michael"), "michal");
  EXPECT_EQ(fold("Kaffee"), "kaffee");  // No a, o or u before "ee".
  EXPECT_EQ(fold("Zoo"), "zoo");
}

TEST(Fold, AppliesNfkcFirst) {
  EXPECT_EQ(fold("ＡＣＭＥ"), "acme");  // Full-width letters.
  EXPECT_EQ(fold("ﬁnanz"), "finanz");   // Ligature fi.
  EXPECT_EQ(fold("①"), "1");
  EXPECT_EQ(fold("x²"), "x2");
  EXPECT_EQ(nfkc("ＡＣＭＥ"), "ACME");
  EXPECT_EQ(nfkc("ﬁnanz"), "finanz");
}

TEST(Fold, RemovesDiacritics) {
  EXPECT_EQ(fold("café"), "cafe");
  EXPECT_EQ(fold("cafe\u0301"), "cafe");  // Decomposed é.
  EXPECT_EQ(fold("naïve"), "naive");
  EXPECT_EQ(fold("Ångström"), "angstrom");
  EXPECT_EQ(fold("façade"), "facade");
  EXPECT_EQ(fold("İstanbul"), "istanbul");
  EXPECT_EQ(fold("Łódź"), "łodz");  // Ł has no decomposition: it is a letter of its own.
}

TEST(Fold, CaseFoldsBeyondAscii) {
  EXPECT_EQ(fold("ΣΟΦΊΑ"), "σοφια");
  EXPECT_EQ(fold("МОСКВА"), "москва");
}

TEST(Nfkc, KeepsCaseAndDiacritics) {
  EXPECT_EQ(nfkc("Über"), "Über");
  EXPECT_EQ(nfkc("U\u0308ber"), "Über");  // Composed.
  EXPECT_EQ(nfkc("Straße"), "Straße");
  EXPECT_EQ(nfkc("DB"), "DB");
}

TEST(Fold, NormalizesTypographicApostrophe) {
  EXPECT_EQ(fold("don’t"), "don't");
  EXPECT_EQ(nfkc("don’t"), "don't");
}

TEST(Fold, DropsInvisibleCharacters) {
  EXPECT_EQ(fold("Ba\u200Bhn"), "bahn");
  EXPECT_EQ(fold("Ba\u00ADhn"), "bahn");
  EXPECT_EQ(fold("Ba\u200Dhn"), "bahn");
  EXPECT_EQ(fold("\u202Ebahn\u202C"), "bahn");
  EXPECT_EQ(fold("\uFEFFbahn\u2060"), "bahn");
  EXPECT_EQ(nfkc("Ba\u200Chn"), "Bahn");
}

TEST(Fold, DropsSkinTonesAndEmojiVariationSelectors) {
  EXPECT_EQ(fold("👍🏽"), "👍");
  EXPECT_EQ(fold("❤️"), "❤");
  EXPECT_EQ(fold("👩🏽‍💻"), "👩‍💻");  // The ZWJ stays.
  EXPECT_EQ(nfkc("👍🏽"), "👍🏽");
  EXPECT_EQ(nfkc("👩🏽‍💻"), "👩🏽‍💻");
}

TEST(Fold, KeepsWhitespaceOfTheInputButNeverCreatesSpaces) {
  EXPECT_EQ(fold("A B"), "a b");
  EXPECT_EQ(nfkc("\u037A"), "\u0345");  // NFKC alone would give " \u0345".
  EXPECT_EQ(fold("\u037A"), "\u03B9");
}

TEST(Fold, ReplacesInvalidUtf8) {
  EXPECT_EQ(fold("a\xFF"
                 "b"),
            "a\uFFFDb");
  EXPECT_EQ(nfkc("\xC3"), "\uFFFD");
  EXPECT_EQ(fold(""), "");
}

TEST(Fold, IsWhatTheMatcherNeedsForWildcardPieces) {
  EXPECT_EQ(fold("Stör"), "stor");
  EXPECT_EQ(fold("#BahnChaos"), "#bahnchaos");
  EXPECT_EQ(fold("@Velora_Hilfe"), "@velora_hilfe");
  EXPECT_EQ(fold("＃Bahn"), "#bahn");  // NFKC maps the full-width sign to '#'.
}

}  // namespace
}  // namespace rauch::text
