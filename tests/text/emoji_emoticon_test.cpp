// Emoji grapheme clusters and emoticons.

#include <gtest/gtest.h>

#include "invariants.h"
#include "text/tokens.h"

namespace rauch::text {
namespace {

using testing::cased_of;
using testing::folded_of;
using testing::kinds_of;

TEST(Emoji, EachEmojiIsOneToken) {
  EXPECT_EQ(folded_of("🔥🔥 super🔥"), " 🔥 🔥 super 🔥 ");
  EXPECT_EQ(kinds_of("🔥🔥 super🔥"), "emoji emoji word emoji");
}

TEST(Emoji, SkinTonesFoldAway) {
  EXPECT_EQ(folded_of("👍🏽 👍🏿 👍"), " 👍 👍 👍 ");
  EXPECT_EQ(cased_of("👍🏽 👍"), " 👍🏽 👍 ");
  EXPECT_EQ(kinds_of("👍🏽"), "emoji");
}

TEST(Emoji, VariationSelectorsFoldAway) {
  EXPECT_EQ(folded_of("❤️ ❤"), " ❤ ❤ ");
  EXPECT_EQ(cased_of("❤️"), " ❤️ ");
  EXPECT_EQ(folded_of("☕️Kaffee"), " ☕ kaffee ");
}

TEST(Emoji, ZwjSequencesStayOneToken) {
  EXPECT_EQ(folded_of("👨‍👩‍👧‍👦"), " 👨‍👩‍👧‍👦 ");
  EXPECT_EQ(kinds_of("👨‍👩‍👧‍👦"), "emoji");
  EXPECT_EQ(folded_of("👩🏽‍💻"), " 👩‍💻 ");
  EXPECT_EQ(cased_of("👩🏽‍💻"), " 👩🏽‍💻 ");
  EXPECT_EQ(folded_of("🏳️‍🌈"), " 🏳‍🌈 ");
}

TEST(Emoji, FlagsArePairsOfRegionalIndicators) {
  EXPECT_EQ(folded_of("🇩🇪🇫🇷"), " 🇩🇪 🇫🇷 ");
  EXPECT_EQ(kinds_of("🇩🇪🇫🇷"), "emoji emoji");
  EXPECT_EQ(folded_of("🇩🇪🇫"), " 🇩🇪 🇫 ");
  // England: black flag and tag characters.
  EXPECT_EQ(kinds_of("🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"), "emoji");
}

TEST(Emoji, Keycaps) {
  EXPECT_EQ(cased_of("1️⃣2️⃣"), " 1️⃣ 2️⃣ ");
  EXPECT_EQ(folded_of("1️⃣"), " 1\u20E3 ");
  EXPECT_EQ(kinds_of("1️⃣ *️⃣"), "emoji emoji");
  // '#' may only start a hashtag, so the #️⃣ keycap is dropped.
  EXPECT_EQ(folded_of("#️⃣ #\u20E3"), " ");
}

TEST(Emoji, CompatibilityPictographsFollowNfkc) {
  EXPECT_EQ(cased_of("Velora™"), " Velora TM ");
  EXPECT_EQ(kinds_of("Velora™"), "word emoji");
  EXPECT_EQ(folded_of("©2024"), " © 2024 ");
}

TEST(Emoji, SplitsWordsAndIgnoresStrayModifiers) {
  EXPECT_EQ(folded_of("ja👍nein"), " ja 👍 nein ");
  EXPECT_EQ(folded_of("a🏽b"), " a b ");
}

TEST(Emoticon, RecognizesTheListBetweenSpaces) {
  EXPECT_EQ(cased_of(":) :-) :( :-( :D :-D ;) ;-) :P :p :/ :-/ :'( :o :O <3 xD XD ^^ :* -.- o_O"),
            " :) :-) :( :-( :D :-D ;) ;-) :P :p :/ :-/ :'( :o :O <3 xD XD ^^ :* -.- o_O ");
  EXPECT_EQ(kinds_of(":) <3 xD o_O"), "emoticon emoticon emoticon emoticon");
}

TEST(Emoticon, FoldsLikeAnyToken) {
  // fold(token) must equal the folded token, so ":P" and ":p" fold alike.
  EXPECT_EQ(folded_of(":P :p XD xD o_O :D"), " :p :p xd xd o_o :d ");
}

TEST(Emoticon, NeedsDelimiters) {
  EXPECT_EQ(folded_of("Danke:)"), " danke :) ");  // ':' and ';' may follow a word.
  EXPECT_EQ(folded_of("super;)"), " super ;) ");
  EXPECT_EQ(folded_of("(:-))"), " :-) ");
  EXPECT_EQ(folded_of(":)!"), " :) ");
  EXPECT_EQ(folded_of("<3<3<3"), " <3 <3 <3 ");
  EXPECT_EQ(folded_of("a<3"), " a 3 ");
  EXPECT_EQ(folded_of("xDD"), " xdd ");
  EXPECT_EQ(folded_of(":Punkt Status:Done"), " punkt status done ");
  EXPECT_EQ(folded_of("C:/Programme"), " c programme ");
  EXPECT_EQ(folded_of("^^ja"), " ja ");
  EXPECT_EQ(folded_of("12:30 12:)"), " 12:30 12 :) ");
  EXPECT_EQ(folded_of("box boxD oxD"), " box boxd oxd ");
}

TEST(Emoticon, HyphenatedWordsAreNotEmoticons) {
  EXPECT_EQ(folded_of("DB-Störung -.- x-.-y"), " db storung -.- x y ");
}

}  // namespace
}  // namespace rauch::text
