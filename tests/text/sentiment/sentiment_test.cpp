#include <gtest/gtest.h>

#include "text/sentiment/lexicons.h"
#include "text/sentiment/sentiment.h"

namespace rauch::text::sentiment {
namespace {

class Sentiment : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto a = SentimentAnalyzer::create({.use_models = false});
    ASSERT_TRUE(a.has_value()) << a.error().message();
    rules_ = new SentimentAnalyzer(std::move(*a));
    auto m = SentimentAnalyzer::create();
    ASSERT_TRUE(m.has_value()) << m.error().message();
    full_ = new SentimentAnalyzer(std::move(*m));
  }
  static void TearDownTestSuite() {
    delete rules_;
    delete full_;
  }
  static float rule(std::string_view text, std::string_view lang) {
    TokenizedText t;
    tokenize(text, t);
    return rules_->analyze(text, t, lang).score;
  }
  static SentimentResult full(std::string_view text, std::string_view lang) {
    TokenizedText t;
    tokenize(text, t);
    return full_->analyze(text, t, lang);
  }
  static inline SentimentAnalyzer* rules_ = nullptr;
  static inline SentimentAnalyzer* full_ = nullptr;
};

TEST_F(Sentiment, EnglishMatchesVaderOnItsExamples) {
  // Compound scores printed by vaderSentiment for these sentences.
  EXPECT_NEAR(rule("VADER is smart, handsome, and funny.", "en"), 0.8316, 0.002);
  EXPECT_NEAR(rule("VADER is not smart, handsome, nor funny.", "en"), -0.7424, 0.002);
  EXPECT_NEAR(rule("The book was good.", "en"), 0.4404, 0.002);
}

TEST_F(Sentiment, NegationFlips) {
  EXPECT_GT(rule("the service is good", "en"), 0.3f);
  EXPECT_LT(rule("the service is not good", "en"), -0.2f);
  EXPECT_LT(rule("the service isn't good", "en"), -0.2f);
  EXPECT_GT(rule("Der Service ist gut", "de"), 0.3f);
  EXPECT_LT(rule("Der Service ist nicht gut", "de"), -0.2f);
  EXPECT_LT(rule("Das gefällt mir nicht", "de"), -0.2f);
  EXPECT_LT(rule("Das war niemals gut", "de"), -0.2f);
}

TEST_F(Sentiment, IntensifiersAndDampenersScale) {
  EXPECT_GT(rule("very good", "en"), rule("good", "en"));
  EXPECT_LT(rule("barely good", "en"), rule("good", "en"));
  EXPECT_GT(rule("sehr gut", "de"), rule("gut", "de"));
  EXPECT_GT(rule("mega gut", "de"), rule("gut", "de"));
  EXPECT_LT(rule("etwas gut", "de"), rule("gut", "de"));
}

TEST_F(Sentiment, ContrastLeansOnTheClauseAfterIt) {
  EXPECT_LT(rule("gut, aber teuer", "de"), 0.0f);
  EXPECT_GT(rule("teuer, aber gut", "de"), 0.0f);
  EXPECT_LT(rule("The food was good but the service was terrible", "en"), 0.0f);
  // "doch" as a particle is no contrast.
  EXPECT_GT(rule("Das ist doch toll", "de"), 0.3f);
}

TEST_F(Sentiment, EmojiEmoticonsCapsAndExclamationsCount) {
  EXPECT_GT(rule("Lieferung heute 😍", "de"), 0.2f);
  EXPECT_LT(rule("Lieferung heute 😠", "de"), -0.2f);
  EXPECT_GT(rule("Paket ist da :)", "de"), 0.2f);
  EXPECT_LT(rule("Paket ist weg :(", "de"), -0.2f);
  EXPECT_GT(rule("this is GREAT", "en"), rule("this is great", "en"));
  EXPECT_GT(rule("this is great!!!", "en"), rule("this is great", "en"));
}

TEST_F(Sentiment, EnglishKeepsVadersSpecialCaseIdioms) {
  // vaderSentiment: "the shit" = 3 (with three words before it), compound 3/sqrt(24).
  EXPECT_NEAR(rule("this new show is the shit", "en"), 0.6124, 0.002);
  EXPECT_GT(rule("my new show is the bomb", "en"), 0.5f);
  // "kind of" dampens: the two-word booster adds B_DECR.
  EXPECT_LT(rule("the new show is kind of good", "en"), rule("the new show is really good", "en"));
}

TEST_F(Sentiment, HandWrittenEmojiValencesFillVaderGaps) {
  // VADER's descriptions ("pouting face", "thumbs up") have no lexicon word.
  EXPECT_LT(rule("my order 😡", "en"), -0.3f);
  EXPECT_GT(rule("my order 👍", "en"), 0.3f);
  EXPECT_LT(rule("Lieferung heute 🤬", "de"), -0.3f);
}

TEST_F(Sentiment, ElongatedWordsAreLookedUpShortened) {
  EXPECT_NEAR(rule("that was goooood", "en"), rule("that was good", "en"), 1e-6);
  EXPECT_LT(rule("so LAAAME", "en"), 0.0f);
  EXPECT_GT(rule("das war guuuut", "de"), 0.2f);
}

TEST_F(Sentiment, GermanCompoundsTakeTheValenceOfTheirLastPart) {
  // "Verkehrschaos", "stocksauer" and "Wahlbetrug" are not in the lexicon, their heads are.
  EXPECT_LT(rule("Das Verkehrschaos heute", "de"), -0.05f);
  EXPECT_LT(rule("Ich bin stocksauer", "de"), -0.05f);
  EXPECT_LT(rule("Das ist Wahlbetrug", "de"), -0.05f);
  EXPECT_GT(rule("Ein bildschöner Abend", "de"), 0.05f);
  // Not after "un", not for heads under five characters ("Schröder" is no "öder"), and
  // not in English.
  EXPECT_EQ(rule("Das ist unsicher", "de"), 0.0f);
  EXPECT_EQ(rule("Gerhard Schröder spricht", "de"), 0.0f);
  // Nor for heads that end many ordinary words ("gemeinsam" is no "einsam").
  EXPECT_EQ(rule("Wir machen das gemeinsam", "de"), 0.0f);
  EXPECT_EQ(rule("Die Vermögenssteuer kommt", "de"), 0.0f);
  EXPECT_EQ(rule("a stockbad idea", "en"), 0.0f);
}

TEST_F(Sentiment, CamelCaseHashtagsAreReadAsTheirWords) {
  EXPECT_LT(rule("Heute wieder #BahnChaos", "de"), -0.05f);
  EXPECT_LT(rule("what an #EpicFail", "en"), -0.05f);
  EXPECT_EQ(rule("unterwegs mit #VeloraCity2", "de"), 0.0f);  // No word with sentiment.
}

TEST_F(Sentiment, NegationStopsAtTheEndOfASentence) {
  // VADER let "Nope" negate "wrong" across the full stop.
  EXPECT_LT(rule("Nope. I was wrong.", "en"), -0.2f);
  EXPECT_GT(rule("Nicht heute. Gut gemacht!", "de"), 0.2f);
  EXPECT_LT(rule("Heute nicht gut", "de"), -0.2f);  // same sentence: still negated
}

TEST_F(Sentiment, NegationStopsAtAComma) {
  EXPECT_GT(rule("Nope, this is great", "en"), 0.3f);
  EXPECT_LT(rule("Nope, still clueless", "en"), 0.0f);
  EXPECT_GT(rule("Nichts da, das ist super", "de"), 0.3f);
  EXPECT_LT(rule("nichts ist super", "de"), 0.0f);
}

TEST_F(Sentiment, RepeatedNoIsAnEmphaticNo) {
  // vaderSentiment scores "NO NO NO" positive: each "no" negated the next.
  EXPECT_LT(rule("NO NO NO NO. Not the knee again", "en"), -0.3f);
  EXPECT_LT(rule("no no no", "en"), -0.3f);
}

TEST(SentimentRuleFeatures, CountNegationsSymbolsAndPunctuation) {
  auto de = embedded_german_rules();
  ASSERT_TRUE(de.has_value()) << de.error().message();
  const std::string_view text = "Das ist nicht gut?! :(";
  TokenizedText t;
  tokenize(text, t);
  const RuleScore s = score_rules(*de, text, t);
  EXPECT_EQ(s.negations, 1u);
  EXPECT_EQ(s.negative_symbols, 1u);
  EXPECT_EQ(s.positive_symbols, 0u);
  EXPECT_EQ(s.questions, 1u);
  EXPECT_EQ(s.exclamations, 1u);
  float f[kRuleFeatures];
  rule_features(s, f);
  for (float v : f) {
    EXPECT_GE(v, -1.0f);
    EXPECT_LE(v, 1.0f);
  }
}

TEST_F(Sentiment, NeutralTextIsNeutral) {
  const auto r = full("Der Zug fährt um 12:30 ab Gleis 4", "de");
  EXPECT_EQ(rule("Der Zug fährt um 12:30 ab Gleis 4", "de"), 0.0f);
  EXPECT_GE(r.score, -1.0f);
  EXPECT_LE(r.score, 1.0f);
  EXPECT_EQ(rule("The train leaves at noon", "en"), 0.0f);
}

TEST_F(Sentiment, WithTheModelGermanLabelsAreSensible) {
  EXPECT_EQ(full("Super Service, vielen Dank! 😍", "de").label, Polarity::kPositive);
  EXPECT_EQ(full("Totaler Mist, das ist echt eine Frechheit", "de").label, Polarity::kNegative);
  EXPECT_EQ(full("I love this, great job!", "en").label, Polarity::kPositive);
  EXPECT_EQ(full("This is terrible, I hate it", "en").label, Polarity::kNegative);
}

}  // namespace
}  // namespace rauch::text::sentiment
