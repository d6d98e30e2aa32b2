#include "text/intent/intent.h"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace rauch::text {
namespace {

IntentResult classify(std::string_view text, std::string_view lang) {
  TokenizedText tokens;
  tokenize(text, tokens);
  return classify_intent(text, tokens, lang);
}

Intent intent_of(std::string_view text, std::string_view lang) {
  return classify(text, lang).intent;
}

TEST(Intent, NamesEveryIntent) {
  EXPECT_EQ(intent_name(Intent::kComplaint), "complaint");
  EXPECT_EQ(intent_name(Intent::kQuestion), "question");
  EXPECT_EQ(intent_name(Intent::kPraise), "praise");
  EXPECT_EQ(intent_name(Intent::kSuggestion), "suggestion");
  EXPECT_EQ(intent_name(Intent::kSpam), "spam");
  EXPECT_EQ(intent_name(Intent::kOther), "other");
}

TEST(Intent, GermanComplaints) {
  EXPECT_EQ(intent_of("@Velora_Hilfe die App funktioniert seit gestern nicht", "de"),
            Intent::kComplaint);
  EXPECT_EQ(intent_of("Paket ist immer noch nicht angekommen, seit 3 Wochen!", "de"),
            Intent::kComplaint);
  EXPECT_EQ(intent_of("Zum dritten Mal Verspätung. Unverschämt.", "de"), Intent::kComplaint);
  EXPECT_EQ(intent_of("Kundenservice nach 45 Min aufgelegt. Danke für nichts", "de"),
            Intent::kComplaint);
}

TEST(Intent, EnglishComplaints) {
  EXPECT_EQ(intent_of("@VeloraShop my package never arrived and nobody answers", "en"),
            Intent::kComplaint);
  EXPECT_EQ(intent_of("You charged me twice for one order. Still waiting for a refund.", "en"),
            Intent::kComplaint);
}

TEST(Intent, QuestionAboutAProblemIsAComplaint) {
  EXPECT_EQ(intent_of("Warum funktioniert die App nicht?", "de"), Intent::kComplaint);
  EXPECT_EQ(intent_of("Why is my order still not delivered?", "en"), Intent::kComplaint);
}

TEST(Intent, QuestionsAndCallsForHelp) {
  EXPECT_EQ(intent_of("Wie kann ich meine Adresse ändern?", "de"), Intent::kQuestion);
  EXPECT_EQ(intent_of("Gibt es den X2 auch in Blau", "de"), Intent::kQuestion);
  EXPECT_EQ(intent_of("@FC_Help can I return an item bought online in store?", "en"),
            Intent::kQuestion);
  EXPECT_EQ(intent_of("Does anyone know when the new model ships", "en"), Intent::kQuestion);
  EXPECT_EQ(intent_of("Bitte helfen, Hilfe!", "de"), Intent::kQuestion);
  EXPECT_EQ(intent_of("need help with my account, please DM me", "en"), Intent::kQuestion);
}

TEST(Intent, Praise) {
  EXPECT_EQ(intent_of("Danke für die schnelle Hilfe, super Service 👍", "de"), Intent::kPraise);
  EXPECT_EQ(intent_of("Love the new app, thanks @Velora!", "en"), Intent::kPraise);
}

TEST(Intent, Suggestions) {
  EXPECT_EQ(intent_of("Wäre schön, wenn es einen Dark Mode gäbe", "de"), Intent::kSuggestion);
  EXPECT_EQ(intent_of("Bitte PayPal als Zahlungsart einführen", "de"), Intent::kSuggestion);
  EXPECT_EQ(intent_of("It would be great if you added Apple Pay. Feature request!", "en"),
            Intent::kSuggestion);
}

TEST(Intent, Spam) {
  EXPECT_EQ(intent_of("GEWINNSPIEL! Folgt mir und gewinnt #gewinnspiel #gratis #win #free",
                      "de"),
            Intent::kSpam);
  EXPECT_EQ(intent_of("Crypto giveaway 🚀 follow back and use promo code X1 "
                      "https://a.example https://b.example",
                      "en"),
            Intent::kSpam);
}

TEST(Intent, Other) {
  EXPECT_EQ(intent_of("Heute 12:30 Uhr Pressekonferenz in Köln", "de"), Intent::kOther);
}

TEST(Intent, ScoresAndConfidenceAreProbabilities) {
  const IntentResult r = classify("Mein Handy ist kaputt und defekt", "de");
  EXPECT_EQ(r.intent, Intent::kComplaint);
  for (float s : r.scores) {
    EXPECT_GE(s, 0.0F);
    EXPECT_LE(s, 1.0F);
  }
  EXPECT_GT(r.confidence, 0.5F);
  EXPECT_FLOAT_EQ(r.confidence, r.scores[0]);
}

TEST(ProblemPhrases, HaveSpansAndCanonicalForms) {
  const std::string text = "Die App funktioniert nicht und die Lieferung hat Verspätung.";
  const IntentResult r = classify(text, "de");
  ASSERT_EQ(r.problems.size(), 2U);
  EXPECT_EQ(r.problems[0].canonical, "funktioniert nicht");
  EXPECT_EQ(text.substr(r.problems[0].source_begin,
                        r.problems[0].source_end - r.problems[0].source_begin),
            "funktioniert nicht");
  EXPECT_EQ(r.problems[1].canonical, "Verspätung");
  EXPECT_EQ(text.substr(r.problems[1].source_begin,
                        r.problems[1].source_end - r.problems[1].source_begin),
            "Verspätung");
}

TEST(ProblemPhrases, MatchFoldedSpellings) {
  for (std::string_view text : {"schon wieder verspaetung", "SCHON WIEDER VERSPÄTUNG",
                                "schon wieder Verspatung"}) {
    const IntentResult r = classify(text, "de");
    ASSERT_EQ(r.problems.size(), 1U) << text;
    EXPECT_EQ(r.problems[0].canonical, "Verspätung");
    EXPECT_EQ(r.intent, Intent::kComplaint) << text;
  }
}

TEST(ProblemPhrases, EnglishPhrasesWithGap) {
  const std::string text = "my order never arrived and the app doesn't even work";
  const IntentResult r = classify(text, "en");
  ASSERT_EQ(r.problems.size(), 2U);
  EXPECT_EQ(r.problems[0].canonical, "never arrived");
  EXPECT_EQ(r.problems[1].canonical, "not working");
  EXPECT_EQ(text.substr(r.problems[1].source_begin,
                        r.problems[1].source_end - r.problems[1].source_begin),
            "doesn't even work");
}

TEST(ProblemPhrases, DoNotCrossFields) {
  TokenizedText tokens;
  tokenize("funktioniert", tokens);
  append_boundary(tokens);
  tokenize("nicht", tokens);
  // Spans refer to the last text given; here only the absence of a phrase matters.
  EXPECT_TRUE(classify_intent("nicht", tokens, "de").problems.empty());
}

TEST(ProblemPhrases, LanguageSelectsRules) {
  EXPECT_TRUE(classify("the app is kaputt", "en").problems.empty());
  EXPECT_EQ(classify("the app is kaputt", "").problems.size(), 1U);
}

TEST(Intent, EmptyAndInvalidInputDoNotCrash) {
  EXPECT_EQ(intent_of("", "de"), Intent::kOther);
  EXPECT_EQ(intent_of("\xff\xfe\xc3", "en"), Intent::kOther);
  EXPECT_EQ(intent_of("???", "xx"), Intent::kQuestion);
  std::string long_post;
  for (int i = 0; i < 3000; ++i) long_post += "kaputt ";
  const IntentResult r = classify(long_post, "de");
  EXPECT_EQ(r.intent, Intent::kComplaint);
  EXPECT_LE(r.problems.size(), 16U);
}

TEST(IntentClassifier, SameAsFreeFunction) {
  const IntentClassifier classifier;
  const std::string text = "Warum dauert die Rückerstattung immer 3 Wochen?";
  TokenizedText tokens;
  tokenize(text, tokens);
  EXPECT_EQ(classifier.classify(text, tokens, "de").intent,
            classify_intent(text, tokens, "de").intent);
}

}  // namespace
}  // namespace rauch::text

namespace rauch::text {
namespace {

// Complaints stated as plain facts, without a cue word of the lists, are found by tone,
// by whom they address, and by reports of what failed.
TEST(IntentSignals, NegativeToneToACareAccountIsAComplaint) {
  EXPECT_EQ(intent_of("@AcmeHelp the staff at your Leeds store made my mother cry", "en"),
            Intent::kComplaint);
  EXPECT_NE(intent_of("the staff at the Leeds store made my mother cry", "en"),
            Intent::kComplaint);
}

TEST(IntentSignals, ReportsOfFailures) {
  EXPECT_EQ(intent_of("@AcmeShop I was charged for a subscription I cancelled", "en"),
            Intent::kComplaint);
  EXPECT_EQ(intent_of("@AcmeApp your app keeps logging me out", "en"), Intent::kComplaint);
  EXPECT_EQ(intent_of("@AcmeApp the app won't let me pay with my card", "en"),
            Intent::kComplaint);
}

TEST(IntentSignals, WhyQuestionInANegativeToneIsAComplaint) {
  EXPECT_EQ(intent_of("@AcmeHelp why are the apps down again?! Terrible.", "en"),
            Intent::kComplaint);
  EXPECT_EQ(intent_of("@AcmeHelp how do I change my delivery address?", "en"),
            Intent::kQuestion);
}

TEST(IntentSignals, ExasperatedQuestionToACareAccountIsAComplaint) {
  EXPECT_EQ(intent_of("@AcmeHelp where is my parcel??", "en"), Intent::kComplaint);
  EXPECT_EQ(intent_of("@DB_Hilfe wo bleibt mein Zug?!", "de"), Intent::kComplaint);
  // One question mark and no sign of a failure: a question.
  EXPECT_EQ(intent_of("@AcmeHelp how do I change my delivery address?", "en"),
            Intent::kQuestion);
  // One weak problem word does not make a clear question a complaint.
  EXPECT_EQ(intent_of("@AcmeHelp who can I talk to about an issue with my invoice?", "en"),
            Intent::kQuestion);
}

TEST(IntentSignals, OutagesChasingAndSarcasticThanks) {
  EXPECT_EQ(intent_of("@AcmePower no power on our street since this morning", "en"),
            Intent::kComplaint);
  EXPECT_EQ(intent_of("@AcmeHelp any update on my refund? nothing since Monday", "en"),
            Intent::kComplaint);
  EXPECT_EQ(intent_of("thanks @AcmeAir for ruining my weekend", "en"), Intent::kComplaint);
  EXPECT_EQ(intent_of("@AcmeShop the fans in coach 5 are not running", "en"),
            Intent::kComplaint);
  EXPECT_EQ(intent_of("@AcmeShop thanks for the quick delivery", "en"), Intent::kPraise);
}

TEST(IntentSignals, ElongatedWordsMatchTheirCues) {
  EXPECT_EQ(intent_of("@AcmeHelp pleeeease heeelp", "en"), Intent::kQuestion);
  EXPECT_EQ(intent_of("@DB_Bahn Verspätung schon wieder, unverschääämt", "de"),
            Intent::kComplaint);
  EXPECT_EQ(intent_of("thanks, worst service everrr, terrrrible", "en"), Intent::kComplaint);
}

TEST(IntentSignals, PraiseWithACueWordIsNotAComplaint) {
  EXPECT_EQ(intent_of("Fantastic customer service from @Acme, thank you Brittany!", "en"),
            Intent::kPraise);
}

// The German weak cues were one broken three-element pattern ("nie|nicht mehr|..."): single
// words such as "gewartet" and "niemand" never matched.
TEST(IntentSignals, GermanWeakCuesMatchAlone) {
  EXPECT_EQ(intent_of("@DB_Bahn ich habe gewartet und niemand kam", "de"), Intent::kComplaint);
}

TEST(IntentSignals, SentimentIsReported) {
  TokenizedText tokens;
  const std::string_view text = "@AcmeHelp this is awful and I hate it";
  tokenize(text, tokens);
  EXPECT_LT(classify_intent(text, tokens, "en").sentiment, -0.5F);
}

TEST(IntentSignals, GivenToneDecidesLikeTheClassifiersOwn) {
  // The Analyzer passes the sentiment it computed; the result must be the same as when
  // the classifier scores the tone itself, and the given tone must be what counts.
  const IntentClassifier classifier;
  using Case = std::pair<std::string_view, std::string_view>;
  for (const auto& [text, lang] : {Case{"@AcmeHelp this is awful and I hate it", "en"},
                                   Case{"@velora_hilfe Warum klappt das schon wieder nicht?!", "de"},
                                   Case{"Danke, super Service!", "de"}}) {
    TokenizedText tokens;
    tokenize(text, tokens);
    const IntentResult own = classifier.classify(text, tokens, lang);
    const IntentResult given = classifier.classify(text, tokens, lang, own.sentiment);
    EXPECT_EQ(given.intent, own.intent) << text;
    EXPECT_EQ(given.sentiment, own.sentiment) << text;
  }
  TokenizedText tokens;
  const std::string_view text = "@AcmeHelp why did it arrive today";
  tokenize(text, tokens);
  EXPECT_EQ(classifier.classify(text, tokens, "en", -0.9F).sentiment, -0.9F);
}

}  // namespace
}  // namespace rauch::text
