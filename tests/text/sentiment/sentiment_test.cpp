#include <gtest/gtest.h>

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
