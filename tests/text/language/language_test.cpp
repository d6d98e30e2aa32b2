#include "text/language/language.h"

#include <gtest/gtest.h>

namespace rauch::text {
namespace {

TEST(Language, DetectsGerman) {
  const auto guess = detect_language(
      "Die Lieferung ist schon wieder zu spät gekommen, und der Kundenservice antwortet nicht.",
      "");
  EXPECT_EQ(guess.code, "de");
  EXPECT_TRUE(guess.reliable);
  EXPECT_EQ(guess.source, LanguageSource::kDetected);
}

TEST(Language, DetectsEnglish) {
  const auto guess = detect_language(
      "My order still has not arrived and nobody at customer support answers my emails.", "");
  EXPECT_EQ(guess.code, "en");
  EXPECT_EQ(guess.source, LanguageSource::kDetected);
}

TEST(Language, TextBeatsAWrongStatedLanguage) {
  // Twitter states the UI language; this German user has an English UI.
  const auto guess = detect_language(
      "Warum dauert die Rückerstattung bei euch eigentlich immer so unglaublich lange?", "en");
  EXPECT_EQ(guess.code, "de");
  EXPECT_EQ(guess.source, LanguageSource::kDetected);
}

TEST(Language, UrlsMentionsAndHashtagsDoNotMislead) {
  const auto guess = detect_language(
      "@velora_support https://velora.de/help/order-status/tracking-information-page "
      "#Lieferchaos Mein Paket ist seit einer Woche verschwunden",
      "en");
  EXPECT_EQ(guess.code, "de");
}

TEST(Language, ShortPostFallsBackToAuthorThenStated) {
  const auto author = detect_language("Danke!! 👍", "en", "de");
  EXPECT_EQ(author.code, "de");
  EXPECT_EQ(author.source, LanguageSource::kAuthor);
  EXPECT_FALSE(author.reliable);

  const auto stated = detect_language("lol ok", "en-GB");
  EXPECT_EQ(stated.code, "en");
  EXPECT_EQ(stated.source, LanguageSource::kStated);

  const auto none = detect_language("👍👍 https://bit.ly/x", "");
  EXPECT_EQ(none.code, "und");
  EXPECT_EQ(none.source, LanguageSource::kNone);
}

TEST(Language, NormalizesTags) {
  EXPECT_EQ(detect_language("ok", "DE_at").code, "de");
  EXPECT_EQ(detect_language("ok", "", "en-US").code, "en");
  EXPECT_EQ(detect_language("ok", "x").code, "und");
  EXPECT_EQ(detect_language("ok", "12").code, "und");
}

TEST(Language, StripRemovesUrlsMentionsAndHashMarks) {
  std::string out;
  const std::size_t letters =
      strip_for_language("@anna_b schau #Bahnchaos www.bahn.de/x ok", out);
  EXPECT_EQ(out, "  schau Bahnchaos   ok");
  EXPECT_EQ(letters, 16u);
}

TEST(Language, InvalidUtf8DoesNotCrash) {
  const std::string text =
      "Das ist \xff\xfe ein ziemlich langer deutscher Satz \xc3 mit kaputten Bytes \xed\xa0\x80.";
  const auto guess = detect_language(text, "");
  EXPECT_EQ(guess.code, "de");
}

TEST(Language, ScratchIsReused) {
  std::string scratch;
  const auto first = detect_language(
      "This is a longer English sentence about a broken washing machine.", "", "", scratch);
  const auto second = detect_language(
      "Das ist ein längerer deutscher Satz über eine kaputte Waschmaschine.", "", "", scratch);
  EXPECT_EQ(first.code, "en");
  EXPECT_EQ(second.code, "de");
}

}  // namespace
}  // namespace rauch::text
